import type { Payload, TaskConfig } from 'payload'

import type { PurgeAdapter } from './adapters.js'

export const PURGE_TASK = 'publicCachePurge'

/**
 * The CDN purge as a job: it calls the adapter with the URLs; a refusal or a network error fails
 * the attempt and Payload's jobs queue retries it (with backoff). Purging twice is harmless.
 */
export const publicCachePurgeTask = (adapter: PurgeAdapter | undefined, retries: number): TaskConfig =>
  ({
    slug: PURGE_TASK,
    label: 'Pregonero: purga de la CDN',
    retries: { attempts: retries, backoff: { type: 'exponential', delay: 1000 } },
    inputSchema: [{ name: 'urls', type: 'json', required: true }],
    outputSchema: [{ name: 'purged', type: 'number' }],
    handler: async ({ input }: { input: { urls: string[] } }) => {
      const urls = Array.isArray(input?.urls) ? input.urls.filter((url): url is string => typeof url === 'string') : []
      if (adapter && urls.length) await adapter(urls)
      return { output: { purged: urls.length } }
    },
  }) as unknown as TaskConfig

/**
 * Hands URLs to the purge job without making the editor wait: the job is queued after the write
 * committed, then run at once in the background; a failure is left to the queue's retries (the
 * app's job runner). Never throws.
 */
export const queuePurge = (payload: Payload, urls: string[], queue: string): void => {
  if (!urls.length) return
  void (async () => {
    try {
      const job = (await payload.jobs.queue({ task: PURGE_TASK, input: { urls }, queue })) as unknown as { id: number | string }
      await payload.jobs.runByID({ id: job.id })
    } catch (error) {
      payload.logger.error({ err: error, msg: `public cache: CDN purge of ${urls.length} URL(s) not queued or failed; the queue retries it` })
    }
  })()
}
