import type { Access, Field, FieldAccess, Where } from 'payload'

import { anonymousOr, anyOf, whereAccess } from './combinators.js'
import { allowRolesForField } from './byRole.js'
import { OFFICE_ROLES } from './roles.js'

/**
 * The "public face" of a collection that is closed except for a published subset (issue 7):
 * - anonymous callers read only the documents matching `where` (ANDed by Payload with whatever
 *   they ask, by id, in counts, in GraphQL, through relationships);
 * - signed-in users read what their role reads (`staff`) OR, at least, what the public reads;
 * combined with `withPublicFields`, which hides every other field from whoever lacks the full read.
 */
export const publicOr = ({ where, staff }: { where: Where; staff: Access }): Access =>
  anonymousOr({ anonymous: where, staff: anyOf(staff, whereAccess(where)) })

/** Field read for the office and oversight: who reads plans and campaigns in full. */
export const officeAndAuditorsField: FieldAccess = allowRolesForField(...OFFICE_ROLES, 'auditor')

const guard = (rule: FieldAccess, existing?: FieldAccess): FieldAccess =>
  existing ? async (args) => Boolean(await rule(args)) && Boolean(await existing(args)) : rule

/**
 * Keeps the top-level fields named in `publicNames` (the public schema) as they are and gives every
 * other data field the read rule `staffRead` (AND its own read rule, if any). Rows and collapsibles
 * are walked (their fields are top-level data); `ui` fields carry no data. Payload then neither
 * returns a hidden field to the caller nor lets them query, sort or `select` by it.
 */
export const withPublicFields = (fields: Field[], publicNames: readonly string[], staffRead: FieldAccess): Field[] =>
  fields.map((field): Field => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      return { ...field, fields: withPublicFields(field.fields, publicNames, staffRead) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? publicNames.includes(tab.name)
              ? tab
              : { ...tab, access: { ...tab.access, read: guard(staffRead, tab.access?.read) } }
            : { ...tab, fields: withPublicFields(tab.fields, publicNames, staffRead) },
        ),
      } as Field
    }
    if (field.type === 'ui' || !('name' in field) || publicNames.includes(field.name)) return field
    const access = 'access' in field ? field.access : undefined
    return { ...field, access: { ...access, read: guard(staffRead, access?.read) } } as Field
  })

/** Campaigns the public sees: active and addressed to citizens (not internal campaigns). */
export const PUBLIC_CAMPAIGNS: Where = { and: [{ status: { equals: 'active' } }, { audience: { equals: 'external' } }] }

/** Communication plans the public sees: approved (in execution or closed too) and of external scope. */
export const PUBLIC_PLANS: Where = {
  and: [{ status: { in: ['approved', 'in-execution', 'closed'] } }, { scope: { equals: 'external' } }],
}

/** Brand assets the public sees (press and partners download them): logos and icons, never templates or font files. */
export const PUBLIC_BRAND_ASSETS: Where = { kind: { in: ['logo', 'icon'] } }

/** Anyone, anonymous included (a global's public part, with `withPublicFields`). */
export const everyone: Access = () => true

