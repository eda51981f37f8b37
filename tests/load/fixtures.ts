/**
 * `payload run tests/load/fixtures.ts` (before the load server starts; system code): what the
 * readers read and the editors move. Prints one FIXTURES= line.
 * - 30 published external news (slugs carga-0..29) for anonymous readers;
 * - 150 submitted requests for the head to accept;
 * - 2 × 20 requests in production for the editors to send to review and back (cycled);
 * - 80 draft contents for the designer to send to review.
 * (Small enough to be written within startApp's fixtures time limit on a busy machine.)
 */

import { runFixtures } from '../e2e/fixtures/runFixtures.js'

await runFixtures(async (payload) => {
  const context = { skipWorkflow: true }
  const byEmail = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0]!
  const head = await byEmail('jefe@pregonero.test')
  const editor = await byEmail('editor@pregonero.test')
  const editor2 = await byEmail('editor2@pregonero.test')
  const department = (await payload.find({ collection: 'departments', limit: 1, depth: 0 })).docs[0]!

  const published: Array<number | string> = []
  for (let i = 0; i < 30; i++) {
    const doc = await payload.create({
      collection: 'contents',
      data: {
        title: `Noticia de carga ${i}`,
        slug: `carga-${i}`,
        summary: 'La Alcaldía informa a la ciudadanía sobre obras, salud y cultura.',
        kind: 'news',
        audience: 'external',
        channels: ['web'],
        stage: 'published',
        _status: 'published',
        publishedAt: new Date(Date.now() - i * 3600_000).toISOString(),
      } as never,
      context,
    })
    published.push(doc.id)
  }
  const request = async (status: string, assignee?: number | string) =>
    (
      await payload.create({
        collection: 'communication-requests',
        data: {
          title: 'Solicitud de carga',
          department: department.id,
          audience: 'external',
          products: [{ type: 'news', channels: ['web'] }],
          description: 'Carga',
          status,
          ...(assignee ? { assignees: [assignee] } : {}),
        } as never,
        context,
        depth: 0,
      })
    ).id
  const submitted: Array<number | string> = []
  for (let i = 0; i < 150; i++) submitted.push(await request('submitted'))
  const inProduction: Record<string, Array<number | string>> = { editor: [], editor2: [] }
  for (let i = 0; i < 20; i++) {
    inProduction.editor!.push(await request('in-production', editor.id))
    inProduction.editor2!.push(await request('in-production', editor2.id))
  }
  const drafts: Array<number | string> = []
  for (let i = 0; i < 80; i++) {
    const doc = await payload.create({
      collection: 'contents',
      data: { title: `Borrador de carga ${i}`, kind: 'news', audience: 'external', channels: ['web'], stage: 'draft' } as never,
      draft: true,
      context,
    })
    drafts.push(doc.id)
  }
  return { published, submitted, inProduction, drafts, head: head.id }
})
