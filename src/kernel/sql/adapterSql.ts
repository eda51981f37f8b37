import type { SqlTag } from './sqliteFastPath.js'

/** The package of each of Payload's SQL adapters the fast paths know. */
const ADAPTER_PACKAGES = { postgres: '@payloadcms/db-postgres', sqlite: '@payloadcms/db-sqlite' } as const

const tags = new Map<string, Promise<SqlTag>>()

/**
 * The `sql` tag (drizzle's, as the adapter re-exports it) of the adapter in use, imported at run
 * time by its package name. The name is a variable and the bundler is told to leave the import
 * alone: a host installs only its own adapter, so an import the bundler resolves at build time
 * fails the build of every host without the other one (a host on SQLite has no db-postgres:
 * tests/e2e/host-app.e2e.spec.ts). drizzle recognises its SQL objects by their entity kind, not by
 * the module copy that made them, so the tag works with the adapter's own drizzle.
 */
export const adapterSql = (dialect: keyof typeof ADAPTER_PACKAGES): Promise<SqlTag> => {
  let tag = tags.get(dialect)
  if (!tag) {
    const name: string = ADAPTER_PACKAGES[dialect]
    tag = import(/* webpackIgnore: true */ /* turbopackIgnore: true */ name).then((module: { sql: SqlTag }) => module.sql)
    tags.set(dialect, tag)
  }
  return tag
}
