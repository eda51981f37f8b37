import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`petitions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`petitioner_name\` text NOT NULL,
  	\`petitioner_type\` text DEFAULT 'citizen' NOT NULL,
  	\`petitioner_organization\` text,
  	\`petitioner_email\` text,
  	\`petitioner_phone\` text,
  	\`kind\` text DEFAULT 'general' NOT NULL,
  	\`subject\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`channel\` text DEFAULT 'office',
  	\`received_at\` text,
  	\`due_date\` text,
  	\`department_id\` integer,
  	\`assignee_id\` integer,
  	\`status\` text DEFAULT 'open',
  	\`answer_text\` text,
  	\`answer_answered_at\` text,
  	\`answer_answered_by_id\` integer,
  	\`answered_on_time\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answer_answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`petitions_received_at_idx\` ON \`petitions\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`petitions_due_date_idx\` ON \`petitions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`petitions_department_idx\` ON \`petitions\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`petitions_assignee_idx\` ON \`petitions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`petitions_status_idx\` ON \`petitions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`petitions_answer_answer_answered_at_idx\` ON \`petitions\` (\`answer_answered_at\`);`)
  await db.run(sql`CREATE INDEX \`petitions_answer_answer_answered_by_idx\` ON \`petitions\` (\`answer_answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`petitions_updated_at_idx\` ON \`petitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`petitions_created_at_idx\` ON \`petitions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`election_periods_candidates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`election_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`election_periods_candidates_order_idx\` ON \`election_periods_candidates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`election_periods_candidates_parent_id_idx\` ON \`election_periods_candidates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`election_periods\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`election_day\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`election_periods_election_day_idx\` ON \`election_periods\` (\`election_day\`);`)
  await db.run(sql`CREATE INDEX \`election_periods_start_idx\` ON \`election_periods\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`election_periods_end_idx\` ON \`election_periods\` (\`end\`);`)
  await db.run(sql`CREATE INDEX \`election_periods_updated_at_idx\` ON \`election_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`election_periods_created_at_idx\` ON \`election_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`transparency_items_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`content_id\` integer,
  	\`asset_id\` integer,
  	\`dataset\` text,
  	\`url\` text,
  	FOREIGN KEY (\`content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transparency_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`transparency_items_links_order_idx\` ON \`transparency_items_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_links_parent_id_idx\` ON \`transparency_items_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_links_content_idx\` ON \`transparency_items_links\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_links_asset_idx\` ON \`transparency_items_links\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`transparency_items\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`number\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`parent_id\` integer,
  	\`sort_key\` text,
  	\`owner_department_id\` integer,
  	\`last_updated\` text,
  	\`update_frequency\` text,
  	\`not_applicable\` integer DEFAULT false,
  	\`not_applicable_justification\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`transparency_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`transparency_items_number_idx\` ON \`transparency_items\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_parent_idx\` ON \`transparency_items\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_sort_key_idx\` ON \`transparency_items\` (\`sort_key\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_owner_department_idx\` ON \`transparency_items\` (\`owner_department_id\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_updated_at_idx\` ON \`transparency_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`transparency_items_created_at_idx\` ON \`transparency_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`background_work\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`label\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`done\` numeric DEFAULT 0,
  	\`total\` numeric DEFAULT 0,
  	\`summary\` text,
  	\`result\` text,
  	\`error\` text,
  	\`requested_by_id\` integer,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`background_work_kind_idx\` ON \`background_work\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`background_work_status_idx\` ON \`background_work\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`background_work_requested_by_idx\` ON \`background_work\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`background_work_updated_at_idx\` ON \`background_work\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`background_work_created_at_idx\` ON \`background_work\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`communication_requests\` ADD \`electoral_event_kind\` text;`)
  await db.run(sql`ALTER TABLE \`communication_requests\` ADD \`electoral_candidates_present\` text;`)
  await db.run(sql`ALTER TABLE \`contents\` ADD \`classification\` text DEFAULT 'public';`)
  await db.run(sql`ALTER TABLE \`contents\` ADD \`classification_details_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`contents\` ADD \`classification_details_objective\` text;`)
  await db.run(sql`ALTER TABLE \`contents\` ADD \`classification_details_scope\` text;`)
  await db.run(sql`ALTER TABLE \`contents\` ADD \`classification_details_until\` text;`)
  await db.run(sql`CREATE INDEX \`contents_classification_idx\` ON \`contents\` (\`classification\`);`)
  await db.run(sql`ALTER TABLE \`_contents_v\` ADD \`version_classification\` text DEFAULT 'public';`)
  await db.run(sql`ALTER TABLE \`_contents_v\` ADD \`version_classification_details_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` ADD \`version_classification_details_objective\` text;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` ADD \`version_classification_details_scope\` text;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` ADD \`version_classification_details_until\` text;`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_classification_idx\` ON \`_contents_v\` (\`version_classification\`);`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`sign_language\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`classification\` text DEFAULT 'public';`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`classification_details_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`classification_details_objective\` text;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`classification_details_scope\` text;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` ADD \`classification_details_until\` text;`)
  await db.run(sql`CREATE INDEX \`archive_assets_classification_idx\` ON \`archive_assets\` (\`classification\`);`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`document_title\` text;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`actor_name\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text DEFAULT 'es';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`petitions_id\` integer REFERENCES petitions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`election_periods_id\` integer REFERENCES election_periods(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`transparency_items_id\` integer REFERENCES transparency_items(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`background_work_id\` integer REFERENCES background_work(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_petitions_id_idx\` ON \`payload_locked_documents_rels\` (\`petitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_election_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`election_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transparency_items_id_idx\` ON \`payload_locked_documents_rels\` (\`transparency_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_background_work_id_idx\` ON \`payload_locked_documents_rels\` (\`background_work_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`petitions\`;`)
  await db.run(sql`DROP TABLE \`election_periods_candidates\`;`)
  await db.run(sql`DROP TABLE \`election_periods\`;`)
  await db.run(sql`DROP TABLE \`transparency_items_links\`;`)
  await db.run(sql`DROP TABLE \`transparency_items\`;`)
  await db.run(sql`DROP TABLE \`background_work\`;`)
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
  	\`communication_requests_id\` integer,
  	\`contents_id\` integer,
  	\`archive_assets_id\` integer,
  	\`retention_series_id\` integer,
  	\`archive_disposals_id\` integer,
  	\`brand_assets_id\` integer,
  	\`workflow_events_id\` integer,
  	\`follow_ups_id\` integer,
  	\`indicators_id\` integer,
  	\`indicator_measurements_id\` integer,
  	\`reports_id\` integer,
  	\`workflow_counters_id\` integer,
  	\`job_leases_id\` integer,
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
  	FOREIGN KEY (\`archive_disposals_id\`) REFERENCES \`archive_disposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brand_assets_id\`) REFERENCES \`brand_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_measurements_id\`) REFERENCES \`indicator_measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_counters_id\`) REFERENCES \`workflow_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_leases_id\`) REFERENCES \`job_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communication_plans_id", "plan_actions_id", "campaigns_id", "guidelines_id", "legal_references_id", "communication_requests_id", "contents_id", "archive_assets_id", "retention_series_id", "archive_disposals_id", "brand_assets_id", "workflow_events_id", "follow_ups_id", "indicators_id", "indicator_measurements_id", "reports_id", "workflow_counters_id", "job_leases_id", "media_outlets_id", "media_mentions_id", "social_accounts_id", "social_metrics_id", "intranet_reads_id", "alerts_id", "improvement_actions_id", "risks_id", "risk_control_checks_id", "users_id", "departments_id", "notification_deliveries_id", "fact_check_requests_id") SELECT "id", "order", "parent_id", "path", "communication_plans_id", "plan_actions_id", "campaigns_id", "guidelines_id", "legal_references_id", "communication_requests_id", "contents_id", "archive_assets_id", "retention_series_id", "archive_disposals_id", "brand_assets_id", "workflow_events_id", "follow_ups_id", "indicators_id", "indicator_measurements_id", "reports_id", "workflow_counters_id", "job_leases_id", "media_outlets_id", "media_mentions_id", "social_accounts_id", "social_metrics_id", "intranet_reads_id", "alerts_id", "improvement_actions_id", "risks_id", "risk_control_checks_id", "users_id", "departments_id", "notification_deliveries_id", "fact_check_requests_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communication_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`communication_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contents_id_idx\` ON \`payload_locked_documents_rels\` (\`contents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retention_series_id_idx\` ON \`payload_locked_documents_rels\` (\`retention_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_archive_disposals_id_idx\` ON \`payload_locked_documents_rels\` (\`archive_disposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brand_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`brand_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_measurements_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_measurements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`job_leases_id\`);`)
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
  await db.run(sql`DROP INDEX \`contents_classification_idx\`;`)
  await db.run(sql`ALTER TABLE \`contents\` DROP COLUMN \`classification\`;`)
  await db.run(sql`ALTER TABLE \`contents\` DROP COLUMN \`classification_details_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`contents\` DROP COLUMN \`classification_details_objective\`;`)
  await db.run(sql`ALTER TABLE \`contents\` DROP COLUMN \`classification_details_scope\`;`)
  await db.run(sql`ALTER TABLE \`contents\` DROP COLUMN \`classification_details_until\`;`)
  await db.run(sql`DROP INDEX \`_contents_v_version_version_classification_idx\`;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` DROP COLUMN \`version_classification\`;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` DROP COLUMN \`version_classification_details_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` DROP COLUMN \`version_classification_details_objective\`;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` DROP COLUMN \`version_classification_details_scope\`;`)
  await db.run(sql`ALTER TABLE \`_contents_v\` DROP COLUMN \`version_classification_details_until\`;`)
  await db.run(sql`DROP INDEX \`archive_assets_classification_idx\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`sign_language\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`classification\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`classification_details_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`classification_details_objective\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`classification_details_scope\`;`)
  await db.run(sql`ALTER TABLE \`archive_assets\` DROP COLUMN \`classification_details_until\`;`)
  await db.run(sql`ALTER TABLE \`communication_requests\` DROP COLUMN \`electoral_event_kind\`;`)
  await db.run(sql`ALTER TABLE \`communication_requests\` DROP COLUMN \`electoral_candidates_present\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`document_title\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`actor_name\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
}
