import type { Access, AccessArgs, AccessResult, Where } from 'payload'

/**
 * Generic access combinators: express "anonymous callers get this Where, staff get that" once,
 * and combine a collection's own rules without rewriting them. An Access result is `true`
 * (everything), `false` (nothing) or a `Where` (the matching documents).
 */

const isWhere = (result: AccessResult): result is Where => typeof result === 'object' && result !== null

/** A constant Where as an Access function (`whereAccess({ status: { equals: 'active' } })`). */
export const whereAccess =
  (where: Where): Access =>
  () =>
    where

/** Documents readable by ANY of the rules: `true` if one is `true`, the OR of the Wheres, else `false`. */
export const anyOf =
  (...rules: Access[]): Access =>
  async (args: AccessArgs) => {
    const wheres: Where[] = []
    for (const rule of rules) {
      const result = await rule(args)
      if (result === true) return true
      if (isWhere(result)) wheres.push(result)
    }
    if (wheres.length === 0) return false
    return wheres.length === 1 ? wheres[0]! : { or: wheres }
  }

/** Documents readable by EVERY rule: `false` if one is `false`, the AND of the Wheres, `true` if all are `true`. */
export const allOf =
  (...rules: Access[]): Access =>
  async (args: AccessArgs) => {
    const wheres: Where[] = []
    for (const rule of rules) {
      const result = await rule(args)
      if (!result) return false
      if (isWhere(result)) wheres.push(result)
    }
    if (wheres.length === 0) return true
    return wheres.length === 1 ? wheres[0]! : { and: wheres }
  }

/**
 * One rule for anonymous callers (the public website), another for signed-in users.
 * `anonymousOr({ anonymous: { accessLevel: { equals: 'public' } }, staff: allowRoles('admin') })`.
 * Either side may be an Access function, a Where, or a boolean.
 */
export const anonymousOr =
  ({ anonymous, staff }: { anonymous: Access | Where | boolean; staff: Access | Where | boolean }): Access =>
  async (args: AccessArgs) => {
    const rule = args.req.user ? staff : anonymous
    if (typeof rule === 'function') return rule(args)
    return rule
  }

/** Anonymous callers are refused; signed-in users get `staff` (e.g. `readVersions`, personal data). */
export const staffOnly = (staff: Access | Where | boolean = true): Access => anonymousOr({ anonymous: false, staff })
