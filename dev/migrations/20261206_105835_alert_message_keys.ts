import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`message_key\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`message_vars\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`resolution_note_key\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`resolution_note_vars\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`message_key\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`message_vars\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`resolution_note_key\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`resolution_note_vars\`;`)
}
