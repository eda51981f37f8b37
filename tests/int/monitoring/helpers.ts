import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { makeContent, makeDepartment, makeUser, type TestUser } from '../../helpers/fixtures.js'

/** A Local API request acting as `user` (transactions and access as that user). */
export const reqAs = (payload: Payload, user?: TestUser | null): Promise<PayloadRequest> =>
  createLocalReq({ user: (user ?? undefined) as never }, payload)

export const fixture = async (name: string): Promise<string> => {
  const fs = await import('node:fs/promises')
  const path = await import('node:path')
  return fs.readFile(path.resolve(process.cwd(), 'tests/fixtures/monitoring', name), 'utf8')
}

export type Base = {
  admin: TestUser
  outlets: Record<'diario' | 'radio' | 'hsb' | 'telepasto', number | string>
  departments: Record<'SAL' | 'INF', number | string>
  contents: Record<string, number | string>
}

/** Outlets, departments and the contents the CSV fixtures refer to. */
export const seedBase = async (payload: Payload): Promise<Base> => {
  const admin = await makeUser(payload, ['admin'])
  const outlet = async (name: string, type: string, extra: Record<string, unknown> = {}) =>
    ((await payload.create({ collection: 'media-outlets' as never, data: { name, type, scope: 'regional', ...extra } as never })) as unknown as { id: number | string }).id
  const outlets = {
    diario: await outlet('Diario del Sur', 'press', { estimatedReach: 40000, domain: 'diariodelsur.com.co' }),
    radio: await outlet('Radio Nariño', 'radio', { estimatedReach: 30000 }),
    hsb: await outlet('HSB Noticias', 'digital', { aliases: ['HSB'] }),
    telepasto: await outlet('Telepasto', 'tv'),
  }
  const departments = {
    SAL: (await makeDepartment(payload, 'SAL', 'Secretaría de Salud')).id,
    INF: (await makeDepartment(payload, 'INF', 'Secretaría de Infraestructura')).id,
  }
  const contents: Record<string, number | string> = {}
  const content = async (slug: string, kind: string, stage: string, publishedAt?: string, audience = 'external') => {
    const doc = await makeContent(payload, { title: slug, slug, kind, audience, stage, _status: stage === 'published' ? 'published' : 'draft', publishedAt })
    contents[slug] = doc.id
  }
  await content('cp-puente-juanoy', 'press-release', 'published', '2026-10-01T14:00:00.000Z')
  await content('cp-jornada-salud', 'press-release', 'published', '2026-10-02T14:00:00.000Z')
  await content('cp-sin-eco', 'press-release', 'published', '2026-10-20T14:00:00.000Z')
  await content('cp-borrador', 'press-release', 'draft')
  await content('cp-septiembre', 'press-release', 'published', '2026-09-20T14:00:00.000Z')
  await content('noticia-publicada', 'news', 'published', '2026-10-05T14:00:00.000Z')
  return { admin, outlets, departments, contents }
}
