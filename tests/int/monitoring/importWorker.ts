/**
 * Child process of the import-resume test (`payload run` this file with DATABASE_URI and JOB_ID
 * set): runs the queued `monitoring-import-csv` job as a job runner would. When the import writes
 * its SECOND batch checkpoint (inside that batch's transaction, the first batch committed), it
 * prints CHECKPOINT and stops there for good; the parent kills it with SIGKILL.
 */
import { getPayload } from 'payload'

import config from '../../../dev/payload.config.js'

const payload = await getPayload({ config })
type Doc = { done?: number; result?: { phase?: string; created?: number } }
const hooks = (payload.collections as unknown as Record<string, { config: { hooks: { afterChange?: unknown[] } } }>)['background-work']!.config.hooks
hooks.afterChange = [
  ...(hooks.afterChange ?? []),
  async ({ doc }: { doc: Doc }) => {
    if (doc.result?.phase === 'writing' && (doc.result.created ?? 0) > Number(process.env.BATCH_ROWS)) {
      process.stdout.write(`CHECKPOINT ${doc.result.created}\n`)
      await new Promise(() => {}) // the runner "hangs" inside the second batch's transaction until it is killed
    }
    return doc
  },
]
process.stdout.write('RUNNING\n')
const id = process.env.JOB_ID!
await payload.jobs.runByID({ id: /^\d+$/.test(id) ? Number(id) : id, silent: true })
process.stdout.write('FINISHED\n')
await payload.destroy()
process.exit(0)
