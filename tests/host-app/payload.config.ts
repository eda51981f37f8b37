import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { pregonero } from 'pregonero'
import sharp from 'sharp'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** A city's own Payload app that installs Pregonero from its package. */
export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'host-app-secret',
  serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL,
  admin: { user: 'users', avatar: 'default', importMap: { baseDir: dirname } },
  editor: lexicalEditor(),
  db: sqliteAdapter({ client: { url: process.env.DATABASE_URI || `file:${path.join(dirname, 'host.db')}` }, migrationDir: path.join(dirname, 'migrations') }),
  sharp,
  collections: [
    // The host's own users: Pregonero adds its roles and rules to them.
    { slug: 'users', auth: true, admin: { useAsTitle: 'email' }, fields: [{ name: 'cargo', type: 'text', label: 'Cargo' }] },
    // The host's own collection with its own rules: anyone reads, nobody writes over the API.
    {
      slug: 'eventos',
      access: { read: () => true, create: () => false, update: () => false, delete: () => false },
      fields: [{ name: 'nombre', type: 'text', required: true }],
    },
  ],
  plugins: [pregonero({ institutionName: 'Alcaldía de Ejemplo', serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL })],
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
})
