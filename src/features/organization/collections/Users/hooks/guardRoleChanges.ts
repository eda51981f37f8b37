import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../../../../../kernel/access/index.js'
import { forbidden } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

const sameSet = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length === b.length && a.every((item) => b.includes(item))

/**
 * Field access would silently drop a forged `roles` or `department`; we answer 403 instead,
 * so that a user trying to raise their own roles is told so, and nothing is written.
 */
export const guardRoleChanges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (args.overrideAccess !== false && !req.user) return args // system code (seed, jobs)
  if (args.overrideAccess === true) return args
  if (hasRole(req.user, 'admin')) return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data) return args
  for (const field of ['roles', 'department'] as const) {
    if (!(field in data)) continue
    if (operation === 'create') throw forbidden(tr(req, field === 'roles' ? 'userRolesCreateAdminOnly' : 'userDepartmentCreateAdminOnly'))
    const id = ('id' in args ? (args.id as number | string | undefined) : undefined) ?? req.user?.id
    const current = id
      ? await req.payload.findByID({ collection: SLUGS.users, id, depth: 0, req, overrideAccess: true })
      : null
    const before = current?.[field]
    const after = data[field]
    const unchanged =
      field === 'roles'
        ? sameSet(before as unknown[], after as unknown[])
        : String((before as { id?: unknown })?.id ?? before ?? '') === String((after as { id?: unknown })?.id ?? after ?? '')
    if (!unchanged) {
      throw forbidden(tr(req, field === 'roles' ? 'userRolesChangeAdminOnly' : 'userDepartmentChangeAdminOnly'))
    }
  }
  return args
}
