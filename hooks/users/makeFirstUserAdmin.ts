import type { CollectionBeforeChangeHook } from 'payload'

/** The first account of a new installation (create-first-user screen) is the administrator. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) {
    const roles = new Set<string>(Array.isArray(data.roles) ? data.roles : [])
    roles.add('admin')
    return { ...data, roles: [...roles] }
  }
  return data
}
