import type { Payload } from 'payload'

/**
 * A little demo content so the admin is not empty on a fresh `npm run dev`: one request in each
 * of a few states and two contents. Written through the Local API as system code (skipWorkflow)
 * only when the database has no request yet, so it never touches real data.
 */
export const seedDemoContent = async (
  payload: Payload,
  { departmentIds, userIds }: { departmentIds: Map<string, number | string>; userIds: Map<string, number | string> },
): Promise<number> => {
  const context = { skipWorkflow: true, seeding: true }
  if ((await payload.count({ collection: 'communication-requests' })).totalDocs > 0) return 0
  const salud = departmentIds.get('SSM')
  const cultura = departmentIds.get('CUL')
  const liaison = userIds.get('enlace.salud@pregonero.test')
  const editor = userIds.get('editor@pregonero.test')
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

  const requests = [
    {
      title: 'Jornada de vacunación contra la influenza',
      department: salud,
      requestedBy: liaison,
      audience: 'external',
      products: [{ type: 'press-release', channels: ['web', 'facebook'] }, { type: 'event-coverage', channels: ['x'] }],
      description: 'Difundir la jornada de vacunación del sábado en los centros de salud de Pasto.',
      desiredDate: inDays(5),
      event: { date: inDays(6), place: 'Centro de Salud Lorenzo de Aldana' },
      status: 'submitted',
    },
    {
      title: 'Carnaval de Negros y Blancos: agenda cultural',
      department: cultura,
      audience: 'external',
      products: [{ type: 'graphic-piece', channels: ['instagram', 'facebook'] }, { type: 'news', channels: ['web'] }],
      description: 'Piezas gráficas y nota web con la agenda del Carnaval.',
      desiredDate: inDays(10),
      status: 'accepted',
      assignees: editor ? [editor] : [],
      dueDate: inDays(7),
    },
    {
      title: 'Boletín interno de bienestar laboral',
      department: salud,
      requestedBy: liaison,
      audience: 'internal',
      products: [{ type: 'intranet-post', channels: ['intranet'] }],
      description: 'Publicación en la intranet sobre las pausas activas del mes.',
      status: 'in-production',
      assignees: editor ? [editor] : [],
      dueDate: inDays(2),
    },
  ]
  const created = []
  for (const data of requests) {
    created.push(await payload.create({ collection: 'communication-requests', data: data as never, context }))
  }
  await payload.create({
    collection: 'contents',
    data: {
      title: 'Pasto celebra el Carnaval de Negros y Blancos con agenda para toda la familia',
      slug: 'agenda-carnaval-negros-y-blancos',
      kind: 'news',
      audience: 'external',
      summary: 'La Alcaldía presenta la programación cultural del Carnaval.',
      channels: ['web'],
      request: created[1]!.id,
      departments: cultura ? [cultura] : [],
      stage: 'draft',
      createdBy: editor,
    } as never,
    context,
  })
  await payload.create({
    collection: 'contents',
    data: {
      title: 'Pausas activas: cuidemos nuestra salud en el trabajo',
      slug: 'pausas-activas-bienestar',
      kind: 'intranet-post',
      audience: 'internal',
      summary: 'Recomendaciones de bienestar laboral para servidores de la Alcaldía.',
      channels: ['intranet'],
      request: created[2]!.id,
      departments: salud ? [salud] : [],
      stage: 'in-review',
      createdBy: editor,
    } as never,
    context,
  })
  return created.length + 2
}
