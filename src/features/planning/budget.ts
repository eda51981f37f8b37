import type { Field } from 'payload'

import { nobodyField } from '../../kernel/access/index.js'

/** Planned and executed budget (the seed's "recursos financieros"), in Colombian pesos. */
export const budgetField = (): Field => ({
  name: 'budget',
  type: 'group',
  label: { es: 'Presupuesto (COP)', en: 'Budget (COP)' },
  fields: [
    { name: 'planned', type: 'number', min: 0, defaultValue: 0, label: { es: 'Planeado', en: 'Planned' } },
    { name: 'executed', type: 'number', min: 0, defaultValue: 0, label: { es: 'Ejecutado', en: 'Executed' } },
  ],
})

/** Read-only derived totals (sums written by system code). */
export const budgetTotalsField = (): Field => ({
  name: 'budgetTotals',
  type: 'group',
  label: { es: 'Presupuesto total (COP, calculado)', en: 'Budget totals (COP, derived)' },
  access: { create: nobodyField, update: nobodyField },
  admin: { readOnly: true },
  fields: [
    { name: 'planned', type: 'number', defaultValue: 0, label: { es: 'Planeado', en: 'Planned' } },
    { name: 'executed', type: 'number', defaultValue: 0, label: { es: 'Ejecutado', en: 'Executed' } },
  ],
})
