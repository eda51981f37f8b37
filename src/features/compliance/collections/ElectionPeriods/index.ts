import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { GROUPS } from '../../../../defaults.js'
import { allowRoles, OFFICE_ROLES } from '../../../../kernel/access/index.js'
import { ELECTION_PERIODS } from '../../electionPeriods.js'
import { electionReportEndpoint } from '../../endpoints/electionReport.js'
import { defaultDates } from './hooks/defaultDates.js'

/**
 * Election periods (Ley 996/2005, art. 38): while one is in force, event-coverage requests say
 * whether candidates take part, prohibited coverage is refused at triage, pieces naming a listed
 * candidate fail the `election` approval check, and an alert opens and closes the period.
 * Written by the head (or the administrator); read by the office and auditors.
 */
export const createElectionPeriodsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: ELECTION_PERIODS,
  labels: {
    singular: { es: 'Periodo electoral', en: 'Election period' },
    plural: { es: 'Periodos electorales', en: 'Election periods' },
  },
  admin: { group: GROUPS.settings, useAsTitle: 'name', defaultColumns: ['name', 'electionDay', 'start', 'end'] },
  access: {
    read: allowRoles(...OFFICE_ROLES, 'auditor'),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: allowRoles('admin', 'head'),
  },
  hooks: { beforeValidate: [defaultDates] },
  endpoints: [electionReportEndpoint()],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { es: 'Elección', en: 'Election' } },
    { name: 'electionDay', type: 'date', required: true, index: true, label: { es: 'Día de la elección', en: 'Election day' } },
    {
      name: 'start',
      type: 'date',
      required: true,
      index: true,
      label: { es: 'Inicio del periodo', en: 'Period start' },
      admin: { description: { es: 'Por defecto, cuatro meses antes de la elección (Ley 996/2005, art. 38).', en: 'Defaults to four months before election day (Ley 996/2005, art. 38).' } },
    },
    {
      name: 'end',
      type: 'date',
      required: true,
      index: true,
      label: { es: 'Fin del periodo', en: 'Period end' },
      admin: { description: { es: 'Por defecto, el día de la elección (incluido).', en: 'Defaults to election day (included).' } },
    },
    {
      name: 'candidates',
      type: 'array',
      maxRows: 200,
      label: { es: 'Candidatos', en: 'Candidates' },
      labels: { singular: { es: 'Candidato', en: 'Candidate' }, plural: { es: 'Candidatos', en: 'Candidates' } },
      admin: { description: { es: 'Las piezas que los nombren o muestren necesitan una excepción del jefe para aprobarse.', en: 'Pieces that name or show them need a head override to be approved.' } },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 200, label: { es: 'Nombre', en: 'Name' } }],
    },
  ],
})
