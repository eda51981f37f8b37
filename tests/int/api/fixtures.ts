import type { Payload } from 'payload'

import { makeContent, makeDepartment, makeRequest, makeUser, SYSTEM } from '../../helpers/fixtures.js'

type Id = number | string

/**
 * Contents in every stage and audience, created by system code (`skipWorkflow`), with `_status`
 * and `stage` set directly. `expectedPublicSlugs` is what an anonymous caller must see.
 */
export const seedContents = async (payload: Payload) => {
  const culture = await makeDepartment(payload, 'CULT', 'Secretaría de Cultura')
  const health = await makeDepartment(payload, 'SALUD', 'Secretaría de Salud')
  const requester = await makeUser(payload, ['requester'], { department: culture.id, name: 'Ana Solicitante' })
  const editor = await makeUser(payload, ['editor'])
  const auditor = await makeUser(payload, ['auditor'])

  const request = await makeRequest(payload, {
    title: 'Cubrimiento del Carnaval',
    department: culture.id,
    requestedBy: requester.id,
    description: 'Cubrir el desfile',
    status: 'in-production',
  })

  const published = (data: Record<string, unknown>) => makeContent(payload, { _status: 'published', stage: 'published', ...data })
  const draft = (data: Record<string, unknown>) => makeContent(payload, { _status: 'draft', stage: 'draft', ...data }, { draft: true })

  const day = (n: number) => new Date(Date.UTC(2026, 9, n, 12)).toISOString()
  const docs = {
    pubExtNews: await published({
      title: 'Carnaval de Negros y Blancos: programación <oficial> & "abierta"',
      slug: 'carnaval-programacion',
      kind: 'news',
      audience: 'external',
      summary: 'Fechas, horarios & recorridos del desfile',
      channels: ['web', 'facebook'],
      departments: [culture.id],
      request: request.id,
      publishedAt: day(5),
    }),
    pubExtPress: await published({
      title: 'Comunicado: jornada de vacunación',
      slug: 'jornada-vacunacion',
      kind: 'press-release',
      audience: 'external',
      channels: ['press', 'web'],
      departments: [health.id],
      publishedAt: day(7),
    }),
    pubExtSocial: await published({
      title: 'Post: cierre de vías',
      slug: 'cierre-vias',
      kind: 'social-post',
      audience: 'external',
      channels: ['x'],
      departments: [culture.id],
      publishedAt: day(3),
    }),
    pubInternal: await published({
      title: 'Intranet: pausas activas',
      slug: 'pausas-activas',
      kind: 'intranet-post',
      audience: 'internal',
      channels: ['intranet'],
      departments: [health.id],
      publishedAt: day(6),
    }),
    draftExt: await draft({ title: 'Borrador secreto externo', slug: 'borrador-externo', kind: 'news', audience: 'external', channels: ['web'], departments: [culture.id], request: request.id }),
    reviewExt: await draft({ title: 'En revisión externo', slug: 'en-revision', kind: 'news', audience: 'external', stage: 'in-review', channels: ['web'] }),
    approvedExt: await draft({ title: 'Aprobado sin publicar', slug: 'aprobado', kind: 'news', audience: 'external', stage: 'approved', channels: ['web'] }),
    unpublishedExt: await draft({ title: 'Despublicado externo', slug: 'despublicado', kind: 'news', audience: 'external', stage: 'unpublished', channels: ['web'] }),
    draftInternal: await draft({ title: 'Borrador interno', slug: 'borrador-interno', kind: 'intranet-post', audience: 'internal', channels: ['intranet'] }),
  }
  // A published external news item that then got a newer, unpublished draft: the public sees the
  // published version only, never the draft's text.
  const withDraft = await published({
    title: 'Obras del parque: versión publicada',
    slug: 'obras-parque',
    kind: 'news',
    audience: 'external',
    channels: ['web'],
    departments: [culture.id],
    publishedAt: day(4),
  })
  await payload.update({
    collection: 'contents',
    id: withDraft.id,
    draft: true,
    data: { title: 'Obras del parque: CAMBIO SECRETO EN BORRADOR', _status: 'draft' } as never,
    ...SYSTEM,
  })

  const all = { ...docs, withDraft }
  const ids = Object.fromEntries(Object.entries(all).map(([key, doc]) => [key, doc.id])) as Record<keyof typeof all, Id>
  const publicKeys = ['pubExtNews', 'pubExtPress', 'pubExtSocial', 'withDraft'] as const
  const publishedKeys = [...publicKeys, 'pubInternal'] as const
  return {
    culture,
    health,
    request,
    requester,
    editor,
    auditor,
    ids,
    publicIds: publicKeys.map((key) => ids[key]),
    publishedIds: publishedKeys.map((key) => ids[key]),
    allIds: Object.values(ids),
    secretTitles: ['Borrador secreto externo', 'En revisión externo', 'Aprobado sin publicar', 'Despublicado externo', 'Borrador interno', 'Intranet: pausas activas', 'CAMBIO SECRETO'],
  }
}

export type Fixtures = Awaited<ReturnType<typeof seedContents>>

/** Sorted string ids, adapter-neutral comparison. */
export const idSet = (ids: Array<number | string>) => ids.map(String).sort()
