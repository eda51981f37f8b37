import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`accessibility_statement\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`statement\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_office\` text,
  	\`conformance_target\` text DEFAULT 'wcag-2.1-aa',
  	\`known_limitations\` text,
  	\`figures_captioned_videos_share\` numeric,
  	\`figures_videos_captioned\` numeric,
  	\`figures_videos_total\` numeric,
  	\`figures_images_with_alt_share\` numeric,
  	\`figures_images_with_alt\` numeric,
  	\`figures_images_total\` numeric,
  	\`figures_plain_language_average\` numeric,
  	\`figures_contents_measured\` numeric,
  	\`figures_measured_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_accessibility_statement_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`version_statement\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_office\` text,
  	\`version_conformance_target\` text DEFAULT 'wcag-2.1-aa',
  	\`version_known_limitations\` text,
  	\`version_figures_captioned_videos_share\` numeric,
  	\`version_figures_videos_captioned\` numeric,
  	\`version_figures_videos_total\` numeric,
  	\`version_figures_images_with_alt_share\` numeric,
  	\`version_figures_images_with_alt\` numeric,
  	\`version_figures_images_total\` numeric,
  	\`version_figures_plain_language_average\` numeric,
  	\`version_figures_contents_measured\` numeric,
  	\`version_figures_measured_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_created_at_idx\` ON \`_accessibility_statement_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_accessibility_statement_v_updated_at_idx\` ON \`_accessibility_statement_v\` (\`updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`accessibility_statement\`;`)
  await db.run(sql`DROP TABLE \`_accessibility_statement_v\`;`)
}
