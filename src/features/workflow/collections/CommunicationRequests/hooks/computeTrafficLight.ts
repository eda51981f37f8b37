import type { FieldHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { SLA_RUNNING_STATUSES } from '../../../tables.js'
import { trafficLight } from '../../../../../kernel/time/workingDays.js'

/** Virtual `trafficLight` of an open request with a due date: on-time / due-soon / overdue (null otherwise). */
export const computeTrafficLight =
  (options: ResolvedOptions): FieldHook =>
  ({ siblingData }) => {
    const status = siblingData?.status
    const due = siblingData?.dueDate
    if (!due || !SLA_RUNNING_STATUSES.includes(status)) return null
    return trafficLight(due, new Date(), options.workflow.dueSoonDays)
  }
