import type { Field } from 'payload'

/**
 * The election-period questions of an event-coverage request (Ley 996/2005, art. 38 parágrafo):
 * what kind of event it is and whether candidates or their spokespersons take part. Required for
 * event coverage while an election period is in force (`refuseElectoralCoverage`).
 */
export const ELECTORAL_EVENT_KINDS = [
  { value: 'public-works-inauguration', label: { es: 'Inauguración de obra pública', en: 'Inauguration of public works' } },
  { value: 'social-programme-start', label: { es: 'Inicio de programa social', en: 'Start of a social programme' } },
  { value: 'other', label: { es: 'Otro evento', en: 'Other event' } },
]

/** Event kinds a candidate's presence makes unlawful to hold (and so to cover) during a period. */
export const PROHIBITED_WITH_CANDIDATES = ['public-works-inauguration', 'social-programme-start']

export const electoralRequestFields: Field[] = [
  {
    name: 'electoral',
    type: 'group',
    label: { es: 'Periodo electoral (Ley 996/2005)', en: 'Election period (Ley 996/2005)' },
    admin: {
      condition: (data) => Array.isArray(data?.products) && data.products.some((p: { type?: string }) => p?.type === 'event-coverage'),
      description: {
        es: 'Obligatorio en cubrimientos de eventos durante un periodo electoral.',
        en: 'Required for event coverage during an election period.',
      },
    },
    fields: [
      { name: 'eventKind', type: 'select', options: ELECTORAL_EVENT_KINDS, label: { es: 'Tipo de evento', en: 'Kind of event' } },
      {
        name: 'candidatesPresent',
        type: 'select',
        options: [
          { value: 'yes', label: { es: 'Sí', en: 'Yes' } },
          { value: 'no', label: { es: 'No', en: 'No' } },
        ],
        label: { es: '¿Participan candidatos o sus voceros?', en: 'Do candidates or their spokespersons take part?' },
      },
    ],
  },
]
