import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { assertProductionEnvironment, originsFrom, payloadSecret, publicServerURL } from './environment.js'
import { cdnPurgeFromEnv } from './cdnPurge.js'
import { chooseDatabase, databaseAdapter } from './database.js'
import { emailAdapter } from './emailAdapter.js'
import { hasRole, pregonero } from 'pregonero'
import { databaseRateLimitStore, pregoneroPlatform } from 'pregonero/platform'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Production refuses to start without its secret and public address (also checked at boot by
// dev/instrumentation.ts, so `next start` exits with the message instead of serving).
assertProductionEnvironment()
const serverURL = publicServerURL() ?? 'http://localhost:3000'
const queue = 'pregonero'
const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return process.env[name] && Number.isInteger(value) && value > 0 ? value : fallback
}
const pluginOptions = {
  serverURL,
  jobsQueue: queue,
  institutionName: 'Alcaldía de Pasto',
  timeZone: 'America/Bogota',
  // How long a mail job holds its delivery while talking to the mail server (a dead sender's is taken over after it).
  notifications: { leaseSeconds: envInt('NOTIFICATION_LEASE_SECONDS', 300) },
  // The answer cache is on by default; its CDN purge is chosen by the environment (dev/cdnPurge.ts).
  // Rate-limit counters in the app's database (PostgreSQL or the SQLite file), shared by every
  // instance on it: a client's budget is the same whichever instance answers.
  api: { publicCache: { purge: cdnPurgeFromEnv() }, rateLimit: { store: databaseRateLimitStore() } },
  // The Alcaldía's identity in the admin: logo on the login page, icon in the navigation, the office in the title.
  branding: {
    logo: '/branding/alcaldia-de-pasto-logo.svg',
    icon: '/branding/alcaldia-de-pasto-icon.svg',
    logoAlt: 'Alcaldía de Pasto',
    officeName: 'Oficina de Comunicación Social — Alcaldía de Pasto',
  },
}

/** The reference app: the Alcaldía de Pasto's communications office, with the plugin installed. */
export default buildConfig({
  secret: payloadSecret(),
  // Absolute in production (links in e-mails: password reset, notifications).
  serverURL: publicServerURL(),
  admin: {
    user: 'users',
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname), importMapFile: path.resolve(dirname, 'app', '(payload)', 'admin', 'importMap.js') },
    meta: { description: 'Oficina de Comunicación Social — Alcaldía de Pasto' },
    // Preview before publication: a content as the public news page (app/(frontend)/noticias)
    // shows it, with the editor's unsaved changes, read from the API with their session.
    livePreview: {
      collections: ['contents'],
      url: ({ data }) => `${serverURL}/noticias/${encodeURIComponent(String(data?.slug || data?.id || ''))}?preview=true`,
      breakpoints: [
        { name: 'mobile', label: 'Celular', width: 375, height: 667 },
        { name: 'desktop', label: 'Escritorio', width: 1280, height: 800 },
      ],
    },
  },
  i18n: {
    supportedLanguages: { es, en },
    fallbackLanguage: 'es',
  },
  editor: lexicalEditor(),
  db: databaseAdapter(chooseDatabase(process.env.DATABASE_URI, undefined, process.env.DATABASE_READ_REPLICAS)),
  email: emailAdapter(),
  sharp,
  // Uploads (archive files of up to 2 GiB) are spooled to disk instead of held in memory;
  // the archive's ingest hashes and sniffs the temp file in a stream. The spool is the system's
  // temp folder (or PREGONERO_UPLOAD_TMP_DIR), not ./tmp in the app's folder; every path of a
  // request removes its spooled file (tests/int/archive/tempFiles.int.spec.ts).
  upload: { useTempFiles: true, tempFileDir: process.env.PREGONERO_UPLOAD_TMP_DIR || os.tmpdir(), limits: { fileSize: 2 * 1024 ** 3 } },
  cors: originsFrom(process.env.CORS_ORIGINS, [serverURL]),
  csrf: originsFrom(process.env.CSRF_ORIGINS, [serverURL]),
  // The app's types (augmenting Payload's module), and the plugin's own copy without the
  // augmentation (a host's types are its own): `npm run generate:types` writes both.
  typescript:
    process.env.PREGONERO_TYPES === 'plugin'
      ? { outputFile: path.resolve(dirname, '..', 'src', 'kernel', 'generated', 'payload-types.ts'), declare: false }
      : { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  collections: [],
  // The plugin, then the platform it runs on (SQLite transactions, upload rollback, rate limits,
  // the input guards on every collection): both with the same options.
  plugins: [pregonero(pluginOptions), pregoneroPlatform(pluginOptions)],
  jobs: {
    // Jobs run inside `next start`/`next dev` (their routes boot Payload with cron on);
    // tests run them explicitly with payload.jobs.run().
    // PREGONERO_JOBS_CRON (croner syntax; six fields for seconds) and PREGONERO_JOBS_LIMIT tune it.
    // PREGONERO_DISABLE_JOBS=true: this instance neither runs the queue nor queues the scheduled
    // tasks (Payload schedules on every tick unless told not to); the dedicated runner does both.
    autoRun: [
      {
        cron: process.env.PREGONERO_JOBS_CRON || '* * * * *',
        queue,
        limit: envInt('PREGONERO_JOBS_LIMIT', 50),
        disableScheduling: process.env.PREGONERO_DISABLE_JOBS === 'true',
      },
    ],
    shouldAutoRun: () => process.env.PREGONERO_DISABLE_JOBS !== 'true',
    access: {
      run: ({ req }) =>
        hasRole(req.user, 'admin') ||
        (Boolean(process.env.CRON_SECRET) && req.headers.get('authorization') === `Bearer ${process.env.CRON_SECRET}`),
    },
  },
})
