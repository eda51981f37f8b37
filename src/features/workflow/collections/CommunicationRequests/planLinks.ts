import { planLinkFields } from '../../../../../collections/planLinkFields.js'

/** Links of a request to the plan (plan action, campaign). */
export const requestPlanLinkFields = planLinkFields
