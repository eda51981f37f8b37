import type { Config } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import os from 'node:os'

import type { ResolvedOptions } from '../../types.js'

/** A host setting the plugin cannot work with: refused when the config is built, naming the fix. */
export class HostConfigError extends Error {
  constructor(setting: string, fix: string) {
    super(`pregonero: ${setting}. ${fix}`)
    this.name = 'HostConfigError'
  }
}

/**
 * What the plugin needs from the host's config, set where the host left it unset:
 * - Spanish among the admin's languages (the office works in Spanish; English stays available);
 * - a rich-text editor (the plugin's rich-text fields use Lexical);
 * - uploads spooled to disk (archive files of up to 2 GiB are hashed and sniffed as streams);
 * - a runner for the plugin's job queue (`autoRunJobs`), unless the host runs it itself.
 * A setting the host made otherwise (uploads held in memory) is refused with the fix.
 */
export const withHostRequirements = (config: Config, options: ResolvedOptions): Pick<Config, 'editor' | 'i18n' | 'jobs' | 'upload'> => {
  const supported = config.i18n?.supportedLanguages
  const i18n: Config['i18n'] = {
    ...config.i18n,
    supportedLanguages: supported ? ('es' in supported ? supported : { ...supported, es }) : { es, en },
    fallbackLanguage: config.i18n?.fallbackLanguage ?? (supported ? undefined : 'es'),
  }

  if (config.upload?.useTempFiles === false) {
    throw new HostConfigError('upload.useTempFiles is false', 'The archive streams uploads from disk: remove the setting or set `upload: { useTempFiles: true }`.')
  }
  const upload: Config['upload'] = { ...config.upload, useTempFiles: true, tempFileDir: config.upload?.tempFileDir ?? os.tmpdir() }

  const jobs: Config['jobs'] = { ...config.jobs }
  const autoRun = config.jobs?.autoRun
  if (options.autoRunJobs && typeof autoRun !== 'function' && !(autoRun ?? []).some((entry) => entry.queue === options.jobsQueue)) {
    jobs.autoRun = [...(autoRun ?? []), { cron: '* * * * *', queue: options.jobsQueue, limit: 50 }]
  }

  return { editor: config.editor ?? lexicalEditor(), i18n, jobs, upload }
}
