import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`document_title\` text;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`actor_name\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`document_title\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`actor_name\`;`)
}
