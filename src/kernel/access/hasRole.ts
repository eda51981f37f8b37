import type { Role } from './roles.js'

/** The shape of a user as the access predicates see it (adapter-neutral ids). */
export type UserLike = {
  id?: number | string
  roles?: null | readonly string[]
  department?: null | number | string | { id: number | string }
  collection?: string
} | null | undefined

/** True when the user holds at least one of the given roles. Pure: used by access functions, hooks and UI. */
export const hasRole = (user: UserLike, ...roles: readonly Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))

/** The id of the user's department, whether the relationship is populated or not. */
export const departmentOf = (user: UserLike): null | number | string => {
  const dep = user?.department
  if (dep === null || dep === undefined) return null
  return typeof dep === 'object' ? dep.id : dep
}
