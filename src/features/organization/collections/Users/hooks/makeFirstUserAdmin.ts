import type { CollectionBeforeValidateHook } from 'payload'
import { SLUGS } from '../../../../../kernel/slugs.js'

/**
 * The first account registered through the admin's create-first-user screen is the
 * administrator (otherwise a fresh installation would have nobody able to manage users). It runs
 * before validation: the roles field's default (requester) would otherwise demand a department
 * before the first department can exist, so the first account is never a requester.
 * Local API creates (seeds, tests, scripts) are left as they are.
 */
export const makeFirstUserAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: SLUGS.users, req, overrideAccess: true })
  if (totalDocs > 0) return data
  const asked = Array.isArray(data.roles) ? (data.roles as string[]) : []
  return { ...data, roles: ['admin', ...asked.filter((role) => role !== 'admin' && role !== 'requester')] }
}
