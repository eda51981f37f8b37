// Module resolve hook (Node runs it on its module-hooks thread; preload.mjs registers it):
// lexical loads without top-level `await` (the rule: lexicalConditions.cjs).
import { conditionsFor } from './lexicalConditions.cjs'

export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, { ...context, conditions: conditionsFor(specifier, context.conditions) })
}
