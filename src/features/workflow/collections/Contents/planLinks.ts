import { planLinkFields } from '../../../../../collections/planLinkFields.js'

/** Links of a content to the plan (plan action, campaign). */
export const contentPlanLinkFields = planLinkFields
