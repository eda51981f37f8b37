import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account registered through the admin's create-first-user screen is the
 * administrator (otherwise a fresh installation would have nobody able to manage users).
 * Local API creates (seeds, tests, scripts) are left as they are.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs > 0) return data
  const roles = new Set<string>(Array.isArray(data.roles) ? data.roles : [])
  roles.add('admin')
  return { ...data, roles: [...roles] }
}
