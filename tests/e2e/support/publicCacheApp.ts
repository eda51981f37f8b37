import { type RunningApp, startApp } from '../../helpers/appServer.js'

/** The three published news of tests/e2e/fixtures/publicCacheFixtures.ts. */
export type PublicCacheFixtures = { news: Array<{ id: number; slug: string }> }

/**
 * The built app for the answer-cache specs: the fixtures' published news, and the tokens of the
 * admin (health check's figures) and the head (edits that invalidate).
 */
export const startPublicCacheApp = async (env: Record<string, string>) => {
  const app: RunningApp = await startApp(env, { fixtures: 'tests/e2e/fixtures/publicCacheFixtures.ts' })
  return {
    app,
    fixtures: app.fixtures as unknown as PublicCacheFixtures,
    admin: (await app.login('admin@pregonero.test')).token,
    head: (await app.login('jefe@pregonero.test')).token,
  }
}
