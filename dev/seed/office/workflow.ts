import type { Payload } from 'payload'

import type { DemoAssets } from './archive.js'

type Id = number | string

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
})

/** The first request of this set: its presence means the set is seeded. */
export const OFFICE_MARKER = 'Campaña de cultura ciudadana en el transporte público'

/**
 * Requests in every status and contents in every stage (the office in motion), among them the two
 * graphic pieces the brand check passes and fails. Written as system code (skipWorkflow) once.
 */
export const seedWorkflowStates = async (
  payload: Payload,
  context: Record<string, unknown>,
  ids: { departmentIds: Map<string, Id>; userIds: Map<string, Id>; assets: DemoAssets },
): Promise<number> => {
  const found = await payload.count({ collection: 'communication-requests', where: { title: { equals: OFFICE_MARKER } } })
  if (found.totalDocs > 0) return 0
  const dep = (code: string) => ids.departmentIds.get(code)
  const user = (email: string) => ids.userIds.get(email)
  const editor = user('editor@pregonero.test')
  const editor2 = user('editor2@pregonero.test')
  const designer = user('disenador@pregonero.test')
  const liaison = user('enlace.salud@pregonero.test')
  const culture = user('enlace.cultura@pregonero.test')
  const day = 86_400_000
  const at = (days: number) => new Date(Date.now() + days * day).toISOString()
  const base = { audience: 'external', description: 'Solicitud de demostración del entorno de desarrollo.' }
  const requests: Array<Record<string, unknown>> = [
    { title: OFFICE_MARKER, department: dep('STT'), status: 'submitted', products: [{ type: 'campaign', channels: ['facebook', 'instagram'] }], desiredDate: at(12) },
    { title: 'Cierre vial por obras en la avenida Panamericana', department: dep('INF'), status: 'needs-info', products: [{ type: 'press-release', channels: ['web'] }], desiredDate: at(3) },
    { title: 'Feria artesanal de la Plaza del Carnaval', department: dep('DEC'), requestedBy: culture, status: 'accepted', assignees: [designer], dueDate: at(6), products: [{ type: 'graphic-piece', channels: ['instagram'] }] },
    { title: 'Saludo de cumpleaños del alcalde a un concejal', department: dep('DES'), status: 'rejected', products: [{ type: 'social-post', channels: ['facebook'] }] },
    { title: 'Jornada de vacunación en comunas 10 y 11', department: dep('SSM'), requestedBy: liaison, status: 'in-production', assignees: [designer], dueDate: at(4), products: [{ type: 'graphic-piece', channels: ['instagram'] }] },
    { title: 'Balance del Plan de Desarrollo: rendición de cuentas', department: dep('DAPM'), status: 'in-review', assignees: [editor], dueDate: at(1), products: [{ type: 'news', channels: ['web'] }] },
    { title: 'Inscripciones a la Escuela de Música', department: dep('CUL'), requestedBy: culture, status: 'delivered', assignees: [editor2], deliveredAt: at(-2), products: [{ type: 'news', channels: ['web', 'facebook'] }] },
    { title: 'Día sin carro y sin moto', department: dep('STT'), status: 'closed', assignees: [editor], deliveredAt: at(-20), closedAt: at(-15), satisfaction: { score: 5, comment: 'Excelente difusión.' }, products: [{ type: 'press-release', channels: ['web', 'press'] }] },
    { title: 'Concierto aplazado en el parque Infantil', department: dep('CUL'), status: 'cancelled', products: [{ type: 'social-post', channels: ['instagram'] }] },
  ]
  const created: Record<string, Id> = {}
  for (const data of requests) {
    const doc = await payload.create({ collection: 'communication-requests', data: { ...base, ...data } as never, context })
    created[String(data.status)] = doc.id
  }
  const contents: Array<Record<string, unknown>> = [
    {
      title: 'Balance del Plan de Desarrollo en la rendición de cuentas',
      slug: 'balance-plan-de-desarrollo-rendicion-de-cuentas',
      kind: 'news',
      stage: 'draft',
      request: created['in-review'],
      summary: 'La Alcaldía presenta a la ciudadanía el avance del Plan de Desarrollo.',
      body: paragraph('La Alcaldía de Pasto presentó el avance de las metas del Plan de Desarrollo en la audiencia de rendición de cuentas.'),
      heroImage: ids.assets.crowd,
      heroImageAlt: 'Comparsa del Carnaval en la Senda del Carnaval',
      channels: ['web'],
    },
    {
      title: 'Jornada de vacunación en las comunas 10 y 11',
      slug: 'jornada-vacunacion-comunas-10-11',
      kind: 'graphic-piece',
      stage: 'approved',
      request: created['in-production'],
      summary: 'Pieza para Instagram con los colores del manual.',
      heroImage: ids.assets.onPalette,
      heroImageAlt: 'Afiche verde y amarillo de la jornada de vacunación',
      channels: ['instagram'],
    },
    {
      title: 'Feria artesanal de la Plaza del Carnaval',
      slug: 'feria-artesanal-plaza-del-carnaval',
      kind: 'graphic-piece',
      stage: 'changes-requested',
      request: created['accepted'],
      summary: 'Pieza con colores fuera del manual: el control de marca la detiene.',
      heroImage: ids.assets.offPalette,
      heroImageAlt: 'Afiche fucsia y morado de la feria artesanal',
      channels: ['instagram'],
    },
    {
      title: 'Rendición de cuentas: preguntas de la ciudadanía',
      slug: 'rendicion-cuentas-preguntas-ciudadania',
      kind: 'news',
      stage: 'in-review',
      request: created['in-review'],
      summary: 'Las preguntas más frecuentes de la audiencia pública.',
      body: paragraph('La ciudadanía envió sus preguntas sobre obras, salud y movilidad.'),
      channels: ['web'],
    },
    {
      title: 'Abiertas las inscripciones a la Escuela de Música',
      slug: 'inscripciones-escuela-de-musica',
      kind: 'news',
      stage: 'published',
      request: created['delivered'],
      summary: 'Niños y jóvenes pueden inscribirse hasta fin de mes.',
      body: paragraph('La Secretaría de Cultura abrió las inscripciones gratuitas a la Escuela de Música.'),
      heroImage: ids.assets.school,
      heroImageAlt: 'Estudiantes leen en la biblioteca del colegio',
      channels: ['web', 'facebook'],
      publishedAt: at(-2),
    },
    {
      title: 'Horario del Día sin carro (versión retirada)',
      slug: 'horario-dia-sin-carro-retirado',
      kind: 'news',
      stage: 'unpublished',
      request: created['closed'],
      summary: 'Versión retirada por un cambio de horario.',
      channels: ['web'],
    },
  ]
  for (const data of contents) {
    await payload.create({
      collection: 'contents',
      data: { audience: 'external', createdBy: data.kind === 'graphic-piece' ? designer : editor, tags: ['demo'], ...data } as never,
      context,
    })
  }
  return requests.length + contents.length
}
