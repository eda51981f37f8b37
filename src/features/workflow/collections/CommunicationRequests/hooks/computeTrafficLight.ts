import type { FieldHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { requestTrafficLight } from '../../../trafficLight.js'

/** Virtual `trafficLight` of an open request with a due date: on-time / due-soon / overdue (null otherwise). */
export const computeTrafficLight =
  (options: ResolvedOptions): FieldHook =>
  ({ siblingData }) =>
    requestTrafficLight({ status: siblingData?.status, dueDate: siblingData?.dueDate }, new Date(), options.workflow.dueSoonDays)
