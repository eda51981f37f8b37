import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { derivePublicUse } from '../../src/features/archive/consentInForce'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`public_use_covered\` integer;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`public_use_from\` text;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`public_use_until\` text;`)
  await db.run(sql`CREATE INDEX \`archive_assets_public_use_public_use_covered_idx\` ON \`archive_assets\` (\`public_use_covered\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_public_use_public_use_from_idx\` ON \`archive_assets\` (\`public_use_from\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_public_use_public_use_until_idx\` ON \`archive_assets\` (\`public_use_until\`);`)
  // Data step: the derived consent state of the existing assets (hooks/archive-assets/stampIngest.ts
  // fills it on every save from now on). Until filled, the public read rule hides an asset.
  const { docs } = await payload.find({
    collection: 'archive-assets',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { consentRecords: true, minorsPresent: true },
  })
  for (const doc of docs as unknown as Array<{ id: number; minorsPresent?: boolean; consentRecords?: Array<{ minor?: boolean }> }>) {
    const use = derivePublicUse(doc.consentRecords)
    const minors = Boolean(doc.minorsPresent) || (doc.consentRecords ?? []).some((record) => record?.minor)
    await db.run(
      sql`UPDATE \`archive_assets\` SET \`public_use_covered\` = ${use.covered ? 1 : 0}, \`public_use_from\` = ${use.from}, \`public_use_until\` = ${use.until}, \`minors_present\` = ${minors ? 1 : 0} WHERE \`id\` = ${doc.id};`,
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`archive_assets_public_use_public_use_covered_idx\`;`)
  await db.run(sql`DROP INDEX \`archive_assets_public_use_public_use_from_idx\`;`)
  await db.run(sql`DROP INDEX \`archive_assets_public_use_public_use_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`public_use_covered\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`public_use_from\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`public_use_until\`;`)
}
