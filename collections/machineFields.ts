import type { Field, SelectField, UIField } from 'payload'

import type { StateMachine } from '../src/kernel/machine/types.js'

import { clientComponent } from '../src/kernel/admin/componentPaths.js'
import { stateOptions } from '../src/kernel/machine/defineMachine.js'

/**
 * Fields every collection with a machine carries (src/kernel/machine/): its state field, the
 * transition panel (buttons from `GET /:id/transitions`), the transition comment and the timeline.
 */

/** The state field: a select of the machine's states, starting in its initial one, moved by transitions. */
type StateFieldOverrides = Partial<Pick<SelectField, 'access' | 'label' | 'required'>> & { admin?: SelectField['admin'] }

export const machineStateField = (machine: StateMachine, overrides: StateFieldOverrides = {}): SelectField => ({
  name: machine.field,
  type: 'select',
  required: true,
  defaultValue: machine.initial,
  index: true,
  options: stateOptions(machine),
  label: { es: 'Estado', en: 'Status' },
  ...overrides,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: { es: 'Cambia con los botones del flujo de trabajo.', en: 'Changes through the workflow buttons.' },
    ...overrides.admin,
  },
})

/** The transition buttons of the document (sidebar), for whoever may move it. */
export const machinePanelField = (): UIField => ({
  name: 'workflowActions',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: clientComponent('WorkflowTransitions') } },
})

/** `workflowComment`: the comment of a transition (required where the table says so), kept in the trail. */
export const machineCommentField = (): Field => ({
  name: 'workflowComment',
  type: 'textarea',
  virtual: true,
  label: { es: 'Comentario de la transición', en: 'Transition comment' },
  // The panel has its own comment box; the field exists for the APIs (REST, GraphQL).
  admin: { hidden: true },
})

/** The document's trail (workflow-events), oldest first, for whoever may read it. */
export const machineTimelineField = (): UIField => ({
  name: 'workflowTimeline',
  type: 'ui',
  admin: { components: { Field: clientComponent('WorkflowTimeline') } },
})
