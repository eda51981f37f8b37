import type { Access, FieldAccess } from 'payload'

/** Nobody through any API; only system code with `overrideAccess` (hooks, jobs, seeds) may do it. */
export const nobody: Access = () => false

/** The field counterpart of `nobody`. */
export const nobodyField: FieldAccess = () => false

/** Any signed-in user of the users collection. */
export const authenticated: Access = ({ req }) => Boolean(req.user)
