import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "indicator_measurements" ADD COLUMN "note_key" varchar;
  ALTER TABLE "indicator_measurements" ADD COLUMN "note_vars" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "indicator_measurements" DROP COLUMN "note_key";
  ALTER TABLE "indicator_measurements" DROP COLUMN "note_vars";`)
}
