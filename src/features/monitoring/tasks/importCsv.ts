import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { IMPORT_TASK, type ImportKind, runQueuedImport } from '../background.js'

/**
 * `monitoring-import-csv`: a large CSV import of mentions or social metrics, queued by the import
 * endpoint with `background=true`. Reports rows done out of the total on its `background-work`
 * record; runs once per record (a second run finds it started), and the import itself never lands
 * a row twice (duplicate keys).
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
