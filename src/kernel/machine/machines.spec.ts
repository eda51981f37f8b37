import type { CollectionConfig, Field } from 'payload'

import type { StateMachine } from './types.js'

import { ROLES, type Role } from '../access/roles.js'
import { resolveOptions } from '../../defaults.js'
import { canTransition } from './canTransition.js'
import { defineMachine, machineProblems } from './defineMachine.js'
import { createCampaignsCollection } from '../../features/planning/collections/Campaigns/index.js'
import { createCommunicationPlansCollection } from '../../features/planning/collections/CommunicationPlans/index.js'
import { createGuidelinesCollection } from '../../features/planning/collections/Guidelines/index.js'
import { createImprovementActionsCollection } from '../../features/planning/collections/ImprovementActions/index.js'
import { createPlanActionsCollection } from '../../features/planning/collections/PlanActions/index.js'
import { campaignMachine } from '../../features/planning/machines/campaigns.js'
import { guidelineMachine } from '../../features/planning/machines/guidelines.js'
import { improvementMachine } from '../../features/planning/machines/improvementActions.js'
import { planActionMachine } from '../../features/planning/machines/planActions.js'
import { planMachine } from '../../features/planning/machines/plans.js'
import { createCommunicationRequestsCollection } from '../../features/workflow/collections/CommunicationRequests/index.js'
import { createContentsCollection } from '../../features/workflow/collections/Contents/index.js'
import { contentMachine } from '../../features/workflow/machines/contents.js'
import { requestMachine } from '../../features/workflow/machines/requests.js'

const options = resolveOptions()

/** Every machine the plugin runs, with the collection that carries it. */
const machines: Array<[StateMachine, CollectionConfig]> = [
  [requestMachine(options), createCommunicationRequestsCollection(options)],
  [contentMachine(options), createContentsCollection(options)],
  [planMachine, createCommunicationPlansCollection(options)],
  [guidelineMachine, createGuidelinesCollection(options)],
  [planActionMachine, createPlanActionsCollection(options)],
  [campaignMachine, createCampaignsCollection(options)],
  [improvementMachine, createImprovementActionsCollection(options)],
]

const findField = (fields: Field[], name: string): Field | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if ('fields' in field && !('name' in field && field.name)) {
      const inner = findField(field.fields, name)
      if (inner) return inner
    }
    if (field.type === 'tabs') for (const tab of field.tabs) if (!('name' in tab && tab.name)) {
      const inner = findField(tab.fields, name)
      if (inner) return inner
    }
  }
  return undefined
}

const optionValues = (field: Field | undefined): string[] =>
  field && field.type === 'select' ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []

describe('every machine of the plugin', () => {
  it.each(machines.map(([machine, collection]) => [machine.name, machine, collection] as const))(
    '%s: its table names only states of its collection\'s field and roles that exist, and guards it can run',
    (_name, machine, collection) => {
      expect(collection.slug).toBe(machine.collection)
      expect(optionValues(findField(collection.fields, machine.field)).sort()).toEqual(Object.keys(machine.states).sort())
      expect(machineProblems(machine)).toEqual([])
      for (const rule of machine.table) {
        expect(Object.keys(machine.states)).toEqual(expect.arrayContaining([...rule.from, rule.to]))
        expect([...ROLES]).toEqual(expect.arrayContaining([...rule.roles]))
      }
      // The engine serves its buttons and writes its trail.
      expect(collection.endpoints && collection.endpoints.some((endpoint) => endpoint.path === '/:id/transitions' && endpoint.method === 'get')).toBe(true)
    },
  )

  it('a table customised through the options is checked the same way', () => {
    const custom = resolveOptions({ workflow: { publishRoles: ['editor'], requestTransitions: (rules) => rules.filter((rule) => rule.to !== 'needs-info') } })
    expect(machineProblems(requestMachine(custom))).toEqual([])
    expect(machineProblems(contentMachine(custom))).toEqual([])
  })
})

describe('defineMachine refuses a table that names what does not exist', () => {
  const base = { name: 'demo', collection: 'campaigns' as const, field: 'status', states: { a: { es: 'A', en: 'A' }, b: { es: 'B', en: 'B' } }, initial: 'a' }

  it('names unknown states, roles, guards and the initial state', () => {
    const problems = machineProblems({
      ...base,
      initial: 'z',
      table: [
        { from: ['a'], to: 'c', roles: ['head'] },
        { from: ['x'], to: 'b', roles: ['chief' as string as Role] },
        { from: ['a'], to: 'b', roles: ['head'], guards: ['noSuchGuard'] },
      ],
    })
    expect(problems).toEqual([
      expect.stringContaining('initial state "z"'),
      expect.stringContaining('unknown state "c"'),
      expect.stringContaining('unknown state "x"'),
      expect.stringContaining('unknown role "chief"'),
      expect.stringContaining('unknown guard "noSuchGuard"'),
    ])
    expect(() => defineMachine({ ...base, table: [{ from: ['a'], to: 'c', roles: ['head'] }] })).toThrow(/invalid state machine[\s\S]*unknown state "c"/)
  })

  it('accepts built-in guards, the machine\'s own and functions', () => {
    const machine = defineMachine({
      ...base,
      guards: { mine: () => null },
      table: [{ from: ['a'], to: 'b', roles: ['head'], guards: ['fourEyes', 'mine', () => null] }],
    })
    expect(canTransition({ machine, from: 'a', to: 'b', user: { id: 1, roles: ['head'] } }).ok).toBe(true)
  })
})

describe('a machine only the system moves (plan actions)', () => {
  it('refuses a person naming from/to, and lets the system make the move', () => {
    const head = { id: 1, roles: ['head'] }
    const refused = canTransition({ machine: planActionMachine, from: 'pending', to: 'completed', user: head })
    expect(refused).toMatchObject({ ok: false, code: 'role', allowed: [] })
    expect(refused.reason).toMatch(/«Sin iniciar».*«Cumplida»/)
    expect(canTransition({ machine: planActionMachine, from: 'pending', to: 'completed', user: null, system: true }).ok).toBe(true)
  })
})
