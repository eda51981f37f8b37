import type { Field } from 'payload'

/** Links to the plan (campaign, plan action): filled by the plan-measure-act area. */
export const requestPlanLinkFields: Field[] = []
