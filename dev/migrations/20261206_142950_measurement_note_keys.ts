import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicator_measurements\` ADD \`note_key\` text;`)
  await db.run(sql`ALTER TABLE \`indicator_measurements\` ADD \`note_vars\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicator_measurements\` DROP COLUMN \`note_key\`;`)
  await db.run(sql`ALTER TABLE \`indicator_measurements\` DROP COLUMN \`note_vars\`;`)
}
