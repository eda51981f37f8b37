import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`expedientes_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`expedientes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expedientes_members_order_idx\` ON \`expedientes_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_members_parent_id_idx\` ON \`expedientes_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`expedientes_electronic_index\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`order\` numeric,
  	\`title\` text,
  	\`collection\` text,
  	\`item_id\` text,
  	\`file\` text,
  	\`format\` text,
  	\`size\` numeric,
  	\`sha256\` text,
  	\`document_date\` text,
  	\`added_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`expedientes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expedientes_electronic_index_order_idx\` ON \`expedientes_electronic_index\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_electronic_index_parent_id_idx\` ON \`expedientes_electronic_index\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`expedientes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`series_id\` integer,
  	\`description\` text,
  	\`index_updated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`series_id\`) REFERENCES \`retention_series\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`expedientes_series_idx\` ON \`expedientes\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_updated_at_idx\` ON \`expedientes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_created_at_idx\` ON \`expedientes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`expedientes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expedientes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expedientes_texts_order_parent\` ON \`expedientes_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_texts_text_idx\` ON \`expedientes_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`expedientes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`archive_assets_id\` integer,
  	\`contents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expedientes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archive_assets_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contents_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expedientes_rels_order_idx\` ON \`expedientes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_rels_parent_idx\` ON \`expedientes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_rels_path_idx\` ON \`expedientes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_rels_archive_assets_id_idx\` ON \`expedientes_rels\` (\`archive_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`expedientes_rels_contents_id_idx\` ON \`expedientes_rels\` (\`contents_id\`);`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`message_key\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`message_vars\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`resolution_note_key\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`resolution_note_vars\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`expedientes_id\` integer REFERENCES expedientes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expedientes_id_idx\` ON \`payload_locked_documents_rels\` (\`expedientes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`expedientes_members\`;`)
  await db.run(sql`DROP TABLE \`expedientes_electronic_index\`;`)
  await db.run(sql`DROP TABLE \`expedientes\`;`)
  await db.run(sql`DROP TABLE \`expedientes_texts\`;`)
  await db.run(sql`DROP TABLE \`expedientes_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`brand_assets_id\` integer,
  	\`communication_requests_id\` integer,
  	\`contents_id\` integer,
  	\`petitions_id\` integer,
  	\`archive_assets_id\` integer,
  	\`retention_series_id\` integer,
  	\`archive_disposals_id\` integer,
  	\`follow_ups_id\` integer,
  	\`indicators_id\` integer,
  	\`indicator_measurements_id\` integer,
  	\`workflow_events_id\` integer,
  	\`media_outlets_id\` integer,
  	\`media_mentions_id\` integer,
  	\`social_accounts_id\` integer,
  	\`social_metrics_id\` integer,
  	\`intranet_reads_id\` integer,
  	\`reports_id\` integer,
  	\`alerts_id\` integer,
  	\`improvement_actions_id\` integer,
  	\`risks_id\` integer,
  	\`risk_control_checks_id\` integer,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`workflow_counters_id\` integer,
  	\`election_periods_id\` integer,
  	\`transparency_items_id\` integer,
  	\`job_leases_id\` integer,
  	\`notification_deliveries_id\` integer,
  	\`background_work_id\` integer,
  	\`fact_check_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communication_plans_id\`) REFERENCES \`communication_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_actions_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guidelines_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_references_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brand_assets_id\`) REFERENCES \`brand_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communication_requests_id\`) REFERENCES \`communication_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contents_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`petitions_id\`) REFERENCES \`petitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archive_assets_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retention_series_id\`) REFERENCES \`retention_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`archive_disposals_id\`) REFERENCES \`archive_disposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_measurements_id\`) REFERENCES \`indicator_measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_outlets_id\`) REFERENCES \`media_outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_mentions_id\`) REFERENCES \`media_mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_accounts_id\`) REFERENCES \`social_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_metrics_id\`) REFERENCES \`social_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intranet_reads_id\`) REFERENCES \`intranet_reads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`improvement_actions_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risks_id\`) REFERENCES \`risks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risk_control_checks_id\`) REFERENCES \`risk_control_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_counters_id\`) REFERENCES \`workflow_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`election_periods_id\`) REFERENCES \`election_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transparency_items_id\`) REFERENCES \`transparency_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_leases_id\`) REFERENCES \`job_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notification_deliveries_id\`) REFERENCES \`notification_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`background_work_id\`) REFERENCES \`background_work\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_check_requests_id\`) REFERENCES \`fact_check_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communication_plans_id", "plan_actions_id", "campaigns_id", "guidelines_id", "legal_references_id", "brand_assets_id", "communication_requests_id", "contents_id", "petitions_id", "archive_assets_id", "retention_series_id", "archive_disposals_id", "follow_ups_id", "indicators_id", "indicator_measurements_id", "workflow_events_id", "media_outlets_id", "media_mentions_id", "social_accounts_id", "social_metrics_id", "intranet_reads_id", "reports_id", "alerts_id", "improvement_actions_id", "risks_id", "risk_control_checks_id", "users_id", "departments_id", "workflow_counters_id", "election_periods_id", "transparency_items_id", "job_leases_id", "notification_deliveries_id", "background_work_id", "fact_check_requests_id") SELECT "id", "order", "parent_id", "path", "communication_plans_id", "plan_actions_id", "campaigns_id", "guidelines_id", "legal_references_id", "brand_assets_id", "communication_requests_id", "contents_id", "petitions_id", "archive_assets_id", "retention_series_id", "archive_disposals_id", "follow_ups_id", "indicators_id", "indicator_measurements_id", "workflow_events_id", "media_outlets_id", "media_mentions_id", "social_accounts_id", "social_metrics_id", "intranet_reads_id", "reports_id", "alerts_id", "improvement_actions_id", "risks_id", "risk_control_checks_id", "users_id", "departments_id", "workflow_counters_id", "election_periods_id", "transparency_items_id", "job_leases_id", "notification_deliveries_id", "background_work_id", "fact_check_requests_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communication_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`communication_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guidelines_id_idx\` ON \`payload_locked_documents_rels\` (\`guidelines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_references_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brand_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`brand_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communication_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`communication_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contents_id_idx\` ON \`payload_locked_documents_rels\` (\`contents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_petitions_id_idx\` ON \`payload_locked_documents_rels\` (\`petitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retention_series_id_idx\` ON \`payload_locked_documents_rels\` (\`retention_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_disposals_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_disposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_measurements_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_measurements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`media_outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_mentions_id_idx\` ON \`payload_locked_documents_rels\` (\`media_mentions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`social_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`social_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_intranet_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`intranet_reads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_improvement_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`improvement_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_risks_id_idx\` ON \`payload_locked_documents_rels\` (\`risks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_risk_control_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`risk_control_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_election_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`election_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transparency_items_id_idx\` ON \`payload_locked_documents_rels\` (\`transparency_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`job_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notification_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`notification_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_background_work_id_idx\` ON \`payload_locked_documents_rels\` (\`background_work_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fact_check_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`fact_check_requests_id\`);`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`message_key\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`message_vars\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`resolution_note_key\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`resolution_note_vars\`;`)
}
