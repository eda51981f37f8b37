import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`archive_assets_consent_records_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`archive_assets_consent_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_records_channels_order_idx\` ON \`archive_assets_consent_records_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_records_channels_parent_idx\` ON \`archive_assets_consent_records_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_assets_consent_records_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`archive_assets_consent_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_records_purposes_order_idx\` ON \`archive_assets_consent_records_purposes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_records_purposes_parent_idx\` ON \`archive_assets_consent_records_purposes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_assets_consent_records\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person\` text NOT NULL,
  	\`minor\` integer DEFAULT false,
  	\`guardian\` text,
  	\`valid_from\` text NOT NULL,
  	\`valid_until\` text,
  	\`revoked_at\` text,
  	\`document_id\` integer,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_records_order_idx\` ON \`archive_assets_consent_records\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_records_parent_id_idx\` ON \`archive_assets_consent_records\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_records_document_idx\` ON \`archive_assets_consent_records\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_disposals_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`asset_id\` integer,
  	\`title\` text,
  	\`filename\` text,
  	\`sha256\` text,
  	\`filesize\` numeric,
  	\`series\` text,
  	\`retention_due_at\` text,
  	\`disposition\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`archive_disposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_disposals_items_order_idx\` ON \`archive_disposals_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_items_parent_id_idx\` ON \`archive_disposals_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_items_asset_idx\` ON \`archive_disposals_items\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_disposals\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`act_number\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`committee_date\` text,
  	\`basis\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`executed_at\` text,
  	\`executed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`executed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`archive_disposals_act_number_idx\` ON \`archive_disposals\` (\`act_number\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_executed_by_idx\` ON \`archive_disposals\` (\`executed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_updated_at_idx\` ON \`archive_disposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_created_at_idx\` ON \`archive_disposals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`archive_disposals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`archive_assets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`archive_disposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archive_assets_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_disposals_rels_order_idx\` ON \`archive_disposals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_rels_parent_idx\` ON \`archive_disposals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_rels_path_idx\` ON \`archive_disposals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`archive_disposals_rels_archive_assets_id_idx\` ON \`archive_disposals_rels\` (\`archive_assets_id\`);`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`caption_file_id\` integer REFERENCES archive_assets(id);`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`burned_in_captions\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`has_captions\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`legal_hold\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`legal_hold_reason\` text;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`disposal_id\` integer REFERENCES archive_disposals(id);`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`media_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`media_sample_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`media_channels\` numeric;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`media_bits_per_sample\` numeric;`)
  await db.run(sql`CREATE INDEX \`archive_assets_caption_file_idx\` ON \`archive_assets\` (\`caption_file_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_has_captions_idx\` ON \`archive_assets\` (\`has_captions\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_legal_hold_idx\` ON \`archive_assets\` (\`legal_hold\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_disposal_idx\` ON \`archive_assets\` (\`disposal_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`archive_disposals_id\` integer REFERENCES archive_disposals(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_disposals_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_disposals_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`archive_assets_consent_records_channels\`;`)
  await db.run(sql`DROP TABLE \`archive_assets_consent_records_purposes\`;`)
  await db.run(sql`DROP TABLE \`archive_assets_consent_records\`;`)
  await db.run(sql`DROP TABLE \`archive_disposals_items\`;`)
  await db.run(sql`DROP TABLE \`archive_disposals\`;`)
  await db.run(sql`DROP TABLE \`archive_disposals_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_archive_assets\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`description\` text,
  	\`alt\` text,
  	\`captured_at\` text,
  	\`author\` text,
  	\`author_relation\` text,
  	\`contract_number\` text,
  	\`credit_line\` text,
  	\`license_type\` text DEFAULT 'institutional' NOT NULL,
  	\`license_cc_license\` text,
  	\`license_licensor\` text,
  	\`license_expires_at\` text,
  	\`license_scope\` text,
  	\`license_document_id\` integer,
  	\`event\` text,
  	\`department_id\` integer,
  	\`minors_present\` integer DEFAULT false,
  	\`consent\` text DEFAULT 'pending' NOT NULL,
  	\`consent_document_id\` integer,
  	\`access_level\` text DEFAULT 'internal' NOT NULL,
  	\`retention_series_id\` integer,
  	\`retention_years\` numeric,
  	\`retention_disposition\` text,
  	\`retention_due_at\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`retired_reason\` text,
  	\`retired_at\` text,
  	\`retired_by_id\` integer,
  	\`sha256\` text,
  	\`ingested_at\` text,
  	\`uploaded_by_id\` integer,
  	\`public_original\` integer DEFAULT false,
  	\`exif_captured_at\` text,
  	\`exif_camera\` text,
  	\`exif_has_location\` integer,
  	\`fixity_since\` text,
  	\`fixity_status\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_web_url\` text,
  	\`sizes_web_width\` numeric,
  	\`sizes_web_height\` numeric,
  	\`sizes_web_mime_type\` text,
  	\`sizes_web_filesize\` numeric,
  	\`sizes_web_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	FOREIGN KEY (\`license_document_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_document_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`retention_series_id\`) REFERENCES \`retention_series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`retired_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_archive_assets\`("id", "title", "kind", "description", "alt", "captured_at", "author", "author_relation", "contract_number", "credit_line", "license_type", "license_cc_license", "license_licensor", "license_expires_at", "license_scope", "license_document_id", "event", "department_id", "minors_present", "consent", "consent_document_id", "access_level", "retention_series_id", "retention_years", "retention_disposition", "retention_due_at", "status", "retired_reason", "retired_at", "retired_by_id", "sha256", "ingested_at", "uploaded_by_id", "public_original", "exif_captured_at", "exif_camera", "exif_has_location", "fixity_since", "fixity_status", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_web_url", "sizes_web_width", "sizes_web_height", "sizes_web_mime_type", "sizes_web_filesize", "sizes_web_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename") SELECT "id", "title", "kind", "description", "alt", "captured_at", "author", "author_relation", "contract_number", "credit_line", "license_type", "license_cc_license", "license_licensor", "license_expires_at", "license_scope", "license_document_id", "event", "department_id", "minors_present", "consent", "consent_document_id", "access_level", "retention_series_id", "retention_years", "retention_disposition", "retention_due_at", "status", "retired_reason", "retired_at", "retired_by_id", "sha256", "ingested_at", "uploaded_by_id", "public_original", "exif_captured_at", "exif_camera", "exif_has_location", "fixity_since", "fixity_status", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_web_url", "sizes_web_width", "sizes_web_height", "sizes_web_mime_type", "sizes_web_filesize", "sizes_web_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename", "sizes_og_url", "sizes_og_width", "sizes_og_height", "sizes_og_mime_type", "sizes_og_filesize", "sizes_og_filename" FROM \`archive_assets\`;`)
  await db.run(sql`DROP TABLE \`archive_assets\`;`)
  await db.run(sql`ALTER TABLE \`__new_archive_assets\` RENAME TO \`archive_assets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`archive_assets_kind_idx\` ON \`archive_assets\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_captured_at_idx\` ON \`archive_assets\` (\`captured_at\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_license_license_expires_at_idx\` ON \`archive_assets\` (\`license_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_license_license_document_idx\` ON \`archive_assets\` (\`license_document_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_department_idx\` ON \`archive_assets\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_minors_present_idx\` ON \`archive_assets\` (\`minors_present\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_idx\` ON \`archive_assets\` (\`consent\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_consent_document_idx\` ON \`archive_assets\` (\`consent_document_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_access_level_idx\` ON \`archive_assets\` (\`access_level\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_retention_retention_series_idx\` ON \`archive_assets\` (\`retention_series_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_retention_retention_due_at_idx\` ON \`archive_assets\` (\`retention_due_at\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_status_idx\` ON \`archive_assets\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_retired_by_idx\` ON \`archive_assets\` (\`retired_by_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_sha256_idx\` ON \`archive_assets\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_uploaded_by_idx\` ON \`archive_assets\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_updated_at_idx\` ON \`archive_assets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_created_at_idx\` ON \`archive_assets\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`archive_assets_filename_idx\` ON \`archive_assets\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`archive_assets\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_sizes_card_sizes_card_filename_idx\` ON \`archive_assets\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_sizes_web_sizes_web_filename_idx\` ON \`archive_assets\` (\`sizes_web_filename\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_sizes_social_sizes_social_filename_idx\` ON \`archive_assets\` (\`sizes_social_filename\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_sizes_og_sizes_og_filename_idx\` ON \`archive_assets\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communication_plans_id\` integer,
  	\`plan_actions_id\` integer,
  	\`campaigns_id\` integer,
  	\`guidelines_id\` integer,
  	\`legal_references_id\` integer,
  	\`communication_requests_id\` integer,
  	\`contents_id\` integer,
  	\`archive_assets_id\` integer,
  	\`retention_series_id\` integer,
  	\`brand_assets_id\` integer,
  	\`workflow_events_id\` integer,
  	\`follow_ups_id\` integer,
  	\`indicators_id\` integer,
  	\`indicator_measurements_id\` integer,
  	\`reports_id\` integer,
  	\`workflow_counters_id\` integer,
  	\`media_outlets_id\` integer,
  	\`media_mentions_id\` integer,
  	\`social_accounts_id\` integer,
  	\`social_metrics_id\` integer,
  	\`intranet_reads_id\` integer,
  	\`alerts_id\` integer,
  	\`improvement_actions_id\` integer,
  	\`risks_id\` integer,
  	\`risk_control_checks_id\` integer,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`notification_deliveries_id\` integer,
  	\`fact_check_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communication_plans_id\`) REFERENCES \`communication_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_actions_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidelines_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_references_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communication_requests_id\`) REFERENCES \`communication_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contents_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archive_assets_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retention_series_id\`) REFERENCES \`retention_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brand_assets_id\`) REFERENCES \`brand_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_measurements_id\`) REFERENCES \`indicator_measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_counters_id\`) REFERENCES \`workflow_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_outlets_id\`) REFERENCES \`media_outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_mentions_id\`) REFERENCES \`media_mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_accounts_id\`) REFERENCES \`social_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_metrics_id\`) REFERENCES \`social_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intranet_reads_id\`) REFERENCES \`intranet_reads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`improvement_actions_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risks_id\`) REFERENCES \`risks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risk_control_checks_id\`) REFERENCES \`risk_control_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notification_deliveries_id\`) REFERENCES \`notification_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_check_requests_id\`) REFERENCES \`fact_check_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communication_plans_id", "plan_actions_id", "campaigns_id", "guidelines_id", "legal_references_id", "communication_requests_id", "contents_id", "archive_assets_id", "retention_series_id", "brand_assets_id", "workflow_events_id", "follow_ups_id", "indicators_id", "indicator_measurements_id", "reports_id", "workflow_counters_id", "media_outlets_id", "media_mentions_id", "social_accounts_id", "social_metrics_id", "intranet_reads_id", "alerts_id", "improvement_actions_id", "risks_id", "risk_control_checks_id", "users_id", "departments_id", "notification_deliveries_id", "fact_check_requests_id") SELECT "id", "order", "parent_id", "path", "communication_plans_id", "plan_actions_id", "campaigns_id", "guidelines_id", "legal_references_id", "communication_requests_id", "contents_id", "archive_assets_id", "retention_series_id", "brand_assets_id", "workflow_events_id", "follow_ups_id", "indicators_id", "indicator_measurements_id", "reports_id", "workflow_counters_id", "media_outlets_id", "media_mentions_id", "social_accounts_id", "social_metrics_id", "intranet_reads_id", "alerts_id", "improvement_actions_id", "risks_id", "risk_control_checks_id", "users_id", "departments_id", "notification_deliveries_id", "fact_check_requests_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communication_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`communication_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guidelines_id_idx\` ON \`payload_locked_documents_rels\` (\`guidelines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_references_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communication_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`communication_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contents_id_idx\` ON \`payload_locked_documents_rels\` (\`contents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retention_series_id_idx\` ON \`payload_locked_documents_rels\` (\`retention_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brand_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`brand_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_measurements_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_measurements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`media_outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_mentions_id_idx\` ON \`payload_locked_documents_rels\` (\`media_mentions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`social_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`social_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_intranet_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`intranet_reads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_improvement_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`improvement_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_risks_id_idx\` ON \`payload_locked_documents_rels\` (\`risks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_risk_control_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`risk_control_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notification_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`notification_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fact_check_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`fact_check_requests_id\`);`)
}
