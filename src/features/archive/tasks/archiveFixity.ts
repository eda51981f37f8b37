import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { fileStorage, type StoragePrefix, storageKey } from '../../../kernel/storage/index.js'
import { sha256Stream } from '../sha256.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../../kernel/sql/readOnPrimary.js'

export const FIXITY_ALERT = 'archive-fixity'

type Asset = {
  id: number | string
  title: string
  filename?: string | null
  sha256?: string | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
  previousFiles?: Array<{ filename?: string | null; sha256?: string | null }> | null
  fixity?: { status?: string | null } | null
}

type Problem = { file: string; problem: 'altered' | 'missing'; expected?: string; actual?: string }

/**
 * Checks one asset's files in storage: the original and every kept original against their SHA-256
 * (streamed from the store, never held whole in memory), renditions by presence.
 */
export const checkAssetFiles = async (asset: Asset, options: ResolvedOptions): Promise<Problem[]> => {
  const storage = fileStorage(options)
  const problems: Problem[] = []
  const verify = async (prefix: StoragePrefix, file: string, expected?: string | null) => {
    const key = storageKey(prefix, file)
    if (!expected) {
      if (!(await storage.head(key))) problems.push({ file, problem: 'missing' })
      return
    }
    const object = await storage.get(key)
    if (!object) return problems.push({ file, problem: 'missing' })
    const actual = await sha256Stream(object.body)
    if (actual !== expected) problems.push({ file, problem: 'altered', expected, actual })
  }
  if (asset.filename) await verify('archive', asset.filename, asset.sha256)
  for (const size of Object.values(asset.sizes ?? {})) {
    if (size?.filename) await verify('archive', size.filename)
  }
  for (const kept of asset.previousFiles ?? []) {
    if (kept.filename) await verify('originals', kept.filename, kept.sha256)
  }
  return problems
}

/** Runs the fixity check over the whole archive, page by page. Exported for the endpoint and tests. */
export const runFixity = async (req: PayloadRequest, options: ResolvedOptions) => {
  const stillFailing: Array<{ collection: string; id: number | string }> = []
  let checked = 0
  let page = 1
  for (;;) {
    // On the primary (read replicas): the files are checked as the store holds them now, against
    // what the asset says now; a lagging replica's asset (a file replaced moments ago) would make
    // its new files look "missing", with a critical alert and a wrong fixity status.
    const result = await readOnPrimaryIfReplicas(req, (req) =>
      req.payload.find({
        collection: SLUGS.archiveAssets,
        depth: 0,
        limit: 100,
        page,
        sort: 'id',
        req,
        overrideAccess: true,
        select: { title: true, filename: true, sha256: true, sizes: true, previousFiles: true, fixity: true },
      }),
    )
    for (const asset of result.docs as unknown as Asset[]) {
      checked++
      const problems = await checkAssetFiles(asset, options)
      const status = problems.length === 0 ? 'ok' : problems.some((p) => p.problem === 'altered') ? 'altered' : 'missing'
      if (problems.length > 0) {
        stillFailing.push({ collection: SLUGS.archiveAssets, id: asset.id })
        await raiseAlert(req, {
          kind: FIXITY_ALERT,
          severity: 'critical',
          subject: { collection: SLUGS.archiveAssets, id: asset.id, title: asset.title },
          message: { key: 'alertFixity', vars: { count: problems.length, files: problems.map((p) => p.file).join('; ') } },
          details: { problems },
        })
      }
      if (asset.fixity?.status !== status) {
        await req.payload.update({
          collection: SLUGS.archiveAssets,
          id: asset.id,
          data: { fixity: { status, since: new Date().toISOString() } },
          req,
          overrideAccess: true,
        })
      }
    }
    if (!result.hasNextPage) break
    page++
  }
  const resolved = await resolveAlerts(req, {
    kind: FIXITY_ALERT,
    note: { key: 'alertFixityRestored' },
    stillFailing,
  })
  return { checked, failing: stillFailing.length, resolved }
}

/** Nightly fixity check of the archive (A.7). */
export const archiveFixityTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'archiveFixity',
    label: 'Pregonero: verificación de integridad del archivo',
    retries: 1,
    schedule: [{ cron: '0 30 2 * * *', queue: options.jobsQueue }],
    outputSchema: [
      { name: 'checked', type: 'number' },
      { name: 'failing', type: 'number' },
    ],
    handler: async ({ req }: { req: PayloadRequest }) => {
      const { checked, failing } = await runFixity(req, options)
      return { output: { checked, failing } }
    },
  }) as unknown as TaskConfig
