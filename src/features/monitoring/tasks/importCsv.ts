import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { IMPORT_TASK, type ImportKind, runQueuedImport } from '../background.js'

/**
 * `monitoring-import-csv`: a CSV import of mentions or social metrics run as a job, queued by the
 * import endpoint for files above `monitoring.backgroundAboveRows` or with `background=true`.
 * Checks every row, then lands them in batches, one transaction and one checkpoint each, reporting
 * rows done out of the total on its `background-work` record. One run at a time under the work's
 * lease; a run whose runner died is resumed from its checkpoint by the next run of the job, and
 * the import never lands a row twice (duplicate keys).
 */
export const importCsvTask = (options: ResolvedOptions): TaskConfig => ({
  slug: IMPORT_TASK,
  label: 'Pregonero: importación CSV en segundo plano',
  retries: 0,
  inputSchema: [
    { name: 'work', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'csv', type: 'textarea', required: true },
    { name: 'mapping', type: 'text' },
    { name: 'policy', type: 'text' },
    { name: 'dryRun', type: 'checkbox' },
    { name: 'account', type: 'text' },
    { name: 'language', type: 'text' },
  ],
  outputSchema: [{ name: 'outcome', type: 'json' }],
  handler: async ({ input, req }) => {
    const outcome = await runQueuedImport(req, options, input as { work: string; kind: ImportKind; csv: string; language?: null | string })
    return { output: { outcome } }
  },
})
