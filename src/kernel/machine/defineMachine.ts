import type { MachineDefinition, StateLabel, StateMachine } from './types.js'

import { ROLES } from '../access/roles.js'
import { spanishMessages } from '../i18n/index.js'

import { resolveGuard } from './canTransition.js'

/**
 * What is wrong with a machine's definition: a rule that names a state the machine does not have,
 * a role that does not exist or a guard nothing defines, an initial state outside the states.
 * Empty when the machine is sound.
 */
export const machineProblems = (definition: MachineDefinition): string[] => {
  const problems: string[] = []
  const states = new Set(Object.keys(definition.states))
  const roles = new Set<string>(ROLES)
  const where = `${definition.name} (${definition.collection}.${definition.field})`
  if (!states.has(definition.initial)) problems.push(`${where}: initial state "${definition.initial}" is not one of its states`)
  definition.table.forEach((rule, index) => {
    const at = `${where}, rule ${index + 1} (→ ${rule.to})`
    if (!states.has(rule.to)) problems.push(`${at}: unknown state "${rule.to}"`)
    if (rule.from.length === 0) problems.push(`${at}: no "from" state`)
    for (const from of rule.from) if (!states.has(from)) problems.push(`${at}: unknown state "${from}"`)
    for (const role of rule.roles) if (!roles.has(role)) problems.push(`${at}: unknown role "${role}"`)
    for (const guard of rule.guards ?? []) {
      if (!resolveGuard(definition, guard)) problems.push(`${at}: unknown guard "${String(guard)}"`)
    }
    if (rule.action !== undefined && !(rule.action in spanishMessages)) problems.push(`${at}: unknown action message "${rule.action}"`)
  })
  return problems
}

/**
 * A state machine for the engine. Refuses (throws, at boot) a table that names unknown states,
 * roles or guards, so a host's customised table fails loudly instead of refusing every save.
 */
export const defineMachine = (definition: MachineDefinition): StateMachine => {
  const problems = machineProblems(definition)
  if (problems.length) throw new Error(`Pregonero: invalid state machine\n- ${problems.join('\n- ')}`)
  return Object.freeze({ ...definition })
}

/** The states as a select field's options (values and labels in the machine's order). */
export const stateOptions = (machine: Pick<MachineDefinition, 'states'>): Array<{ value: string; label: StateLabel }> =>
  Object.entries(machine.states).map(([value, label]) => ({ value, label }))
