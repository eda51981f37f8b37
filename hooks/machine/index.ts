/**
 * The engine's hooks for a collection whose state field is a machine (src/kernel/machine/):
 * `enforceTransition` last in `beforeChange`, `recordTransition` first in `afterChange`.
 */
export { enforceTransition } from './enforceTransition.js'
export { recordTransition } from './recordTransition.js'
