import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_fact_check_requests_language" AS ENUM('es', 'en');
  ALTER TABLE "fact_check_requests" ADD COLUMN "language" "enum_fact_check_requests_language" DEFAULT 'es';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "fact_check_requests" DROP COLUMN "language";
  DROP TYPE "public"."enum_fact_check_requests_language";`)
}
