import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`communication_plans_development_plan_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`goal\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_plans_development_plan_goals_order_idx\` ON \`communication_plans_development_plan_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communication_plans_development_plan_goals_parent_id_idx\` ON \`communication_plans_development_plan_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_plans_strategies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_plans_strategies_order_idx\` ON \`communication_plans_strategies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communication_plans_strategies_parent_id_idx\` ON \`communication_plans_strategies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_plans\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`scope\` text NOT NULL,
  	\`objective\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`approval_approved_by_id\` integer,
  	\`approval_approved_at\` text,
  	\`progress\` numeric DEFAULT 0,
  	\`action_count\` numeric DEFAULT 0,
  	\`budget_totals_planned\` numeric DEFAULT 0,
  	\`budget_totals_executed\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_plans_year_idx\` ON \`communication_plans\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`communication_plans_scope_idx\` ON \`communication_plans\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`communication_plans_status_idx\` ON \`communication_plans\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`communication_plans_approval_approval_approved_by_idx\` ON \`communication_plans\` (\`approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_plans_updated_at_idx\` ON \`communication_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`communication_plans_created_at_idx\` ON \`communication_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_communication_plans_v_version_development_plan_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`goal\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_communication_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_development_plan_goals_order_idx\` ON \`_communication_plans_v_version_development_plan_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_development_plan_goals_parent_id_idx\` ON \`_communication_plans_v_version_development_plan_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_communication_plans_v_version_strategies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_communication_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_strategies_order_idx\` ON \`_communication_plans_v_version_strategies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_strategies_parent_id_idx\` ON \`_communication_plans_v_version_strategies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_communication_plans_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_year\` numeric NOT NULL,
  	\`version_scope\` text NOT NULL,
  	\`version_objective\` text NOT NULL,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_approval_approved_by_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_progress\` numeric DEFAULT 0,
  	\`version_action_count\` numeric DEFAULT 0,
  	\`version_budget_totals_planned\` numeric DEFAULT 0,
  	\`version_budget_totals_executed\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`communication_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_parent_idx\` ON \`_communication_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_version_year_idx\` ON \`_communication_plans_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_version_scope_idx\` ON \`_communication_plans_v\` (\`version_scope\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_version_status_idx\` ON \`_communication_plans_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_approval_version_approval_idx\` ON \`_communication_plans_v\` (\`version_approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_version_updated_at_idx\` ON \`_communication_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_version_version_created_at_idx\` ON \`_communication_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_created_at_idx\` ON \`_communication_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_communication_plans_v_updated_at_idx\` ON \`_communication_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`plan_actions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`plan_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`strategy\` text,
  	\`responsible_id\` integer NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`target\` numeric,
  	\`unit\` text,
  	\`budget_planned\` numeric DEFAULT 0,
  	\`budget_executed\` numeric DEFAULT 0,
  	\`progress\` numeric DEFAULT 0,
  	\`status\` text DEFAULT 'pending',
  	\`evidence_done\` numeric DEFAULT 0,
  	\`evidence_total\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`communication_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_actions_plan_idx\` ON \`plan_actions\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_responsible_idx\` ON \`plan_actions\` (\`responsible_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_end_idx\` ON \`plan_actions\` (\`end\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_progress_idx\` ON \`plan_actions\` (\`progress\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_status_idx\` ON \`plan_actions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_updated_at_idx\` ON \`plan_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_created_at_idx\` ON \`plan_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plan_actions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_references_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_actions_rels_order_idx\` ON \`plan_actions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_rels_parent_idx\` ON \`plan_actions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_rels_path_idx\` ON \`plan_actions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`plan_actions_rels_legal_references_id_idx\` ON \`plan_actions_rels\` (\`legal_references_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_channels_order_idx\` ON \`campaigns_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_channels_parent_idx\` ON \`campaigns_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`commitment\` text,
  	\`owner_id\` integer,
  	\`due_date\` text,
  	\`status\` text DEFAULT 'pending',
  	\`fulfilled_at\` text,
  	\`evidence_note\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_commitments_order_idx\` ON \`campaigns_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_commitments_parent_id_idx\` ON \`campaigns_commitments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_commitments_owner_idx\` ON \`campaigns_commitments\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`objective\` text NOT NULL,
  	\`audience\` text DEFAULT 'external' NOT NULL,
  	\`period_start\` text NOT NULL,
  	\`period_end\` text NOT NULL,
  	\`plan_action_id\` integer,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`targets_reach\` numeric,
  	\`targets_engagement\` numeric,
  	\`evaluation_reach\` numeric,
  	\`evaluation_engagement\` numeric,
  	\`evaluation_summary\` text,
  	\`budget_planned\` numeric DEFAULT 0,
  	\`budget_executed\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_action_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_kind_idx\` ON \`campaigns\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_period_period_start_idx\` ON \`campaigns\` (\`period_start\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_period_period_end_idx\` ON \`campaigns\` (\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_plan_action_idx\` ON \`campaigns\` (\`plan_action_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_status_idx\` ON \`campaigns\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_channels_order_idx\` ON \`_campaigns_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_channels_parent_idx\` ON \`_campaigns_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`commitment\` text,
  	\`owner_id\` integer,
  	\`due_date\` text,
  	\`status\` text DEFAULT 'pending',
  	\`fulfilled_at\` text,
  	\`evidence_note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_commitments_order_idx\` ON \`_campaigns_v_version_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_commitments_parent_id_idx\` ON \`_campaigns_v_version_commitments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_commitments_owner_idx\` ON \`_campaigns_v_version_commitments\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_kind\` text NOT NULL,
  	\`version_objective\` text NOT NULL,
  	\`version_audience\` text DEFAULT 'external' NOT NULL,
  	\`version_period_start\` text NOT NULL,
  	\`version_period_end\` text NOT NULL,
  	\`version_plan_action_id\` integer,
  	\`version_status\` text DEFAULT 'planned' NOT NULL,
  	\`version_targets_reach\` numeric,
  	\`version_targets_engagement\` numeric,
  	\`version_evaluation_reach\` numeric,
  	\`version_evaluation_engagement\` numeric,
  	\`version_evaluation_summary\` text,
  	\`version_budget_planned\` numeric DEFAULT 0,
  	\`version_budget_executed\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_action_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_kind_idx\` ON \`_campaigns_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_period_version_period_start_idx\` ON \`_campaigns_v\` (\`version_period_start\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_period_version_period_end_idx\` ON \`_campaigns_v\` (\`version_period_end\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_plan_action_idx\` ON \`_campaigns_v\` (\`version_plan_action_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_status_idx\` ON \`_campaigns_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`guidelines\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`title\` text NOT NULL,
  	\`kind\` text DEFAULT 'guideline' NOT NULL,
  	\`summary\` text,
  	\`body\` text,
  	\`owner_id\` integer NOT NULL,
  	\`review_date\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`version_number\` numeric DEFAULT 0,
  	\`approval_approved_by_id\` integer,
  	\`approval_approved_at\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guidelines_code_idx\` ON \`guidelines\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_owner_idx\` ON \`guidelines\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_review_date_idx\` ON \`guidelines\` (\`review_date\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_status_idx\` ON \`guidelines\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_approval_approval_approved_by_idx\` ON \`guidelines\` (\`approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_updated_at_idx\` ON \`guidelines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_created_at_idx\` ON \`guidelines\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`guidelines_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_references_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidelines_rels_order_idx\` ON \`guidelines_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_rels_parent_idx\` ON \`guidelines_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_rels_path_idx\` ON \`guidelines_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guidelines_rels_legal_references_id_idx\` ON \`guidelines_rels\` (\`legal_references_id\`);`)
  await db.run(sql`CREATE TABLE \`_guidelines_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_title\` text NOT NULL,
  	\`version_kind\` text DEFAULT 'guideline' NOT NULL,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_owner_id\` integer NOT NULL,
  	\`version_review_date\` text NOT NULL,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_version_number\` numeric DEFAULT 0,
  	\`version_approval_approved_by_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guidelines\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidelines_v_parent_idx\` ON \`_guidelines_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_code_idx\` ON \`_guidelines_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_owner_idx\` ON \`_guidelines_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_review_date_idx\` ON \`_guidelines_v\` (\`version_review_date\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_status_idx\` ON \`_guidelines_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_approval_version_approval_approved_idx\` ON \`_guidelines_v\` (\`version_approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_updated_at_idx\` ON \`_guidelines_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_version_version_created_at_idx\` ON \`_guidelines_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_created_at_idx\` ON \`_guidelines_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_updated_at_idx\` ON \`_guidelines_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_guidelines_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guidelines_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_references_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guidelines_v_rels_order_idx\` ON \`_guidelines_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_rels_parent_idx\` ON \`_guidelines_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_rels_path_idx\` ON \`_guidelines_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guidelines_v_rels_legal_references_id_idx\` ON \`_guidelines_v_rels\` (\`legal_references_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_references_obligations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`article\` text,
  	\`obligation\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_references_obligations_order_idx\` ON \`legal_references_obligations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_references_obligations_parent_id_idx\` ON \`legal_references_obligations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_references\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`issuer\` text NOT NULL,
  	\`number\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`in_force\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_references_updated_at_idx\` ON \`legal_references\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_references_created_at_idx\` ON \`legal_references\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`communication_requests_products_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`communication_requests_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_requests_products_channels_order_idx\` ON \`communication_requests_products_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_products_channels_parent_idx\` ON \`communication_requests_products_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_requests_products\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_requests_products_order_idx\` ON \`communication_requests_products\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_products_parent_id_idx\` ON \`communication_requests_products\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_requests_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_requests_attachments_order_idx\` ON \`communication_requests_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_attachments_parent_id_idx\` ON \`communication_requests_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`title\` text NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`requested_by_id\` integer,
  	\`audience\` text DEFAULT 'external' NOT NULL,
  	\`description\` text NOT NULL,
  	\`desired_date\` text,
  	\`event_date\` text,
  	\`event_place\` text,
  	\`plan_action_id\` integer,
  	\`campaign_id\` integer,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`due_date\` text,
  	\`accepted_at\` text,
  	\`delivered_at\` text,
  	\`closed_at\` text,
  	\`satisfaction_score\` numeric,
  	\`satisfaction_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_action_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`communication_requests_code_idx\` ON \`communication_requests\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_department_idx\` ON \`communication_requests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_requested_by_idx\` ON \`communication_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_plan_action_idx\` ON \`communication_requests\` (\`plan_action_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_campaign_idx\` ON \`communication_requests\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_status_idx\` ON \`communication_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_due_date_idx\` ON \`communication_requests\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_updated_at_idx\` ON \`communication_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_created_at_idx\` ON \`communication_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`communication_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`communication_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_requests_rels_order_idx\` ON \`communication_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_rels_parent_idx\` ON \`communication_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_rels_path_idx\` ON \`communication_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`communication_requests_rels_users_id_idx\` ON \`communication_requests_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`contents_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`asset_id\` integer,
  	\`alt\` text,
  	\`decorative\` integer,
  	\`caption\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_gallery_order_idx\` ON \`contents_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contents_gallery_parent_id_idx\` ON \`contents_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_gallery_asset_idx\` ON \`contents_gallery\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`contents_videos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`asset_id\` integer,
  	\`captions_id\` integer,
  	\`burned_in_captions\` integer,
  	\`live\` integer,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_videos_order_idx\` ON \`contents_videos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contents_videos_parent_id_idx\` ON \`contents_videos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_videos_asset_idx\` ON \`contents_videos\` (\`asset_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_videos_captions_idx\` ON \`contents_videos\` (\`captions_id\`);`)
  await db.run(sql`CREATE TABLE \`contents_check_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`check\` text,
  	\`reason\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_check_overrides_order_idx\` ON \`contents_check_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contents_check_overrides_parent_id_idx\` ON \`contents_check_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_check_overrides_by_idx\` ON \`contents_check_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`contents_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_channels_order_idx\` ON \`contents_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contents_channels_parent_idx\` ON \`contents_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'news',
  	\`audience\` text DEFAULT 'external',
  	\`summary\` text,
  	\`body\` text,
  	\`hero_image_id\` integer,
  	\`hero_image_alt\` text,
  	\`hero_image_decorative\` integer,
  	\`checks_ran_at\` text,
  	\`checks_blocking\` integer,
  	\`checks_failures\` numeric,
  	\`checks_readability\` numeric,
  	\`checks_results\` text,
  	\`request_id\` integer,
  	\`plan_action_id\` integer,
  	\`campaign_id\` integer,
  	\`review_checklist_facts_verified\` integer,
  	\`review_checklist_sources_attributed\` integer,
  	\`review_checklist_spelling_checked\` integer,
  	\`review_checklist_image_rights_checked\` integer,
  	\`review_checklist_brand_applied\` integer,
  	\`stage\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`review_claim_claimed_by_id\` integer,
  	\`review_claim_claimed_by_name\` text,
  	\`review_claim_claimed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`communication_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_action_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_claim_claimed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contents_slug_idx\` ON \`contents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contents_audience_idx\` ON \`contents\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`contents_hero_image_idx\` ON \`contents\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_request_idx\` ON \`contents\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_plan_action_idx\` ON \`contents\` (\`plan_action_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_campaign_idx\` ON \`contents\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_stage_idx\` ON \`contents\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`contents_published_at_idx\` ON \`contents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`contents_created_by_idx\` ON \`contents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_last_edited_by_idx\` ON \`contents\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_review_claim_review_claim_claimed_by_idx\` ON \`contents\` (\`review_claim_claimed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_updated_at_idx\` ON \`contents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contents_created_at_idx\` ON \`contents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contents__status_idx\` ON \`contents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`contents_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_texts_order_parent\` ON \`contents_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_rels_order_idx\` ON \`contents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contents_rels_parent_idx\` ON \`contents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_rels_path_idx\` ON \`contents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contents_rels_departments_id_idx\` ON \`contents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_version_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`asset_id\` integer,
  	\`alt\` text,
  	\`decorative\` integer,
  	\`caption\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_version_gallery_order_idx\` ON \`_contents_v_version_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_gallery_parent_id_idx\` ON \`_contents_v_version_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_gallery_asset_idx\` ON \`_contents_v_version_gallery\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_version_videos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`asset_id\` integer,
  	\`captions_id\` integer,
  	\`burned_in_captions\` integer,
  	\`live\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_version_videos_order_idx\` ON \`_contents_v_version_videos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_videos_parent_id_idx\` ON \`_contents_v_version_videos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_videos_asset_idx\` ON \`_contents_v_version_videos\` (\`asset_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_videos_captions_idx\` ON \`_contents_v_version_videos\` (\`captions_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_version_check_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`check\` text,
  	\`reason\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_version_check_overrides_order_idx\` ON \`_contents_v_version_check_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_check_overrides_parent_id_idx\` ON \`_contents_v_version_check_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_check_overrides_by_idx\` ON \`_contents_v_version_check_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_version_channels_order_idx\` ON \`_contents_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_channels_parent_idx\` ON \`_contents_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'news',
  	\`version_audience\` text DEFAULT 'external',
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_hero_image_id\` integer,
  	\`version_hero_image_alt\` text,
  	\`version_hero_image_decorative\` integer,
  	\`version_checks_ran_at\` text,
  	\`version_checks_blocking\` integer,
  	\`version_checks_failures\` numeric,
  	\`version_checks_readability\` numeric,
  	\`version_checks_results\` text,
  	\`version_request_id\` integer,
  	\`version_plan_action_id\` integer,
  	\`version_campaign_id\` integer,
  	\`version_review_checklist_facts_verified\` integer,
  	\`version_review_checklist_sources_attributed\` integer,
  	\`version_review_checklist_spelling_checked\` integer,
  	\`version_review_checklist_image_rights_checked\` integer,
  	\`version_review_checklist_brand_applied\` integer,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_review_claim_claimed_by_id\` integer,
  	\`version_review_claim_claimed_by_name\` text,
  	\`version_review_claim_claimed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_request_id\`) REFERENCES \`communication_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_action_id\`) REFERENCES \`plan_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_claim_claimed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_parent_idx\` ON \`_contents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_slug_idx\` ON \`_contents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_audience_idx\` ON \`_contents_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_hero_image_idx\` ON \`_contents_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_request_idx\` ON \`_contents_v\` (\`version_request_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_plan_action_idx\` ON \`_contents_v\` (\`version_plan_action_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_campaign_idx\` ON \`_contents_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_stage_idx\` ON \`_contents_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_published_at_idx\` ON \`_contents_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_created_by_idx\` ON \`_contents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_last_edited_by_idx\` ON \`_contents_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_review_claim_version_review_claim_cl_idx\` ON \`_contents_v\` (\`version_review_claim_claimed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_updated_at_idx\` ON \`_contents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_created_at_idx\` ON \`_contents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version__status_idx\` ON \`_contents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_created_at_idx\` ON \`_contents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_updated_at_idx\` ON \`_contents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_latest_idx\` ON \`_contents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_texts_order_parent\` ON \`_contents_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_order_idx\` ON \`_contents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_parent_idx\` ON \`_contents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_path_idx\` ON \`_contents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_departments_id_idx\` ON \`_contents_v_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_assets_people\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`minor\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_assets_people_order_idx\` ON \`archive_assets_people\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_people_parent_id_idx\` ON \`archive_assets_people\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_assets_previous_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`filename\` text,
  	\`original_filename\` text,
  	\`sha256\` text,
  	\`filesize\` numeric,
  	\`mime_type\` text,
  	\`replaced_at\` text,
  	\`replaced_by_id\` integer,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_assets_previous_files_order_idx\` ON \`archive_assets_previous_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_previous_files_parent_id_idx\` ON \`archive_assets_previous_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_previous_files_sha256_idx\` ON \`archive_assets_previous_files\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`archive_assets_previous_files_replaced_by_idx\` ON \`archive_assets_previous_files\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE TABLE \`archive_assets\` (
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
  await db.run(sql`CREATE TABLE \`archive_assets_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`archive_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`archive_assets_texts_order_parent\` ON \`archive_assets_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`retention_series\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`series_code\` text NOT NULL,
  	\`series_name\` text NOT NULL,
  	\`subseries_code\` text,
  	\`subseries_name\` text,
  	\`document_types\` text,
  	\`office_years\` numeric NOT NULL,
  	\`central_years\` numeric NOT NULL,
  	\`disposition\` text NOT NULL,
  	\`procedure\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`retention_series_code_idx\` ON \`retention_series\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`retention_series_updated_at_idx\` ON \`retention_series\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`retention_series_created_at_idx\` ON \`retention_series\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`brand_assets\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`variant\` text,
  	\`usage_notes\` text,
  	\`manual_version\` text,
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
  	\`sizes_thumbnail_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_assets_updated_at_idx\` ON \`brand_assets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`brand_assets_created_at_idx\` ON \`brand_assets\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`brand_assets_filename_idx\` ON \`brand_assets\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`brand_assets_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`brand_assets\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`kind\` text DEFAULT 'transition',
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`actor_id\` integer,
  	\`comment\` text,
  	\`department_id\` integer,
  	\`at\` text NOT NULL,
  	\`forced\` integer DEFAULT false,
  	\`details\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewed_at\` text,
  	\`review_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_idx\` ON \`workflow_events\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_idx\` ON \`workflow_events\` (\`document\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_kind_idx\` ON \`workflow_events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_department_idx\` ON \`workflow_events\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_forced_idx\` ON \`workflow_events\` (\`forced\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_reviewed_by_idx\` ON \`workflow_events\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`follow_ups_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`follow_ups_channels_order_idx\` ON \`follow_ups_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_channels_parent_idx\` ON \`follow_ups_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`follow_ups\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`subject_collection\` text NOT NULL,
  	\`subject_id\` text NOT NULL,
  	\`measured_at\` text NOT NULL,
  	\`department_id\` integer,
  	\`on_time\` integer,
  	\`lead_time_days\` numeric,
  	\`score\` numeric,
  	\`content_kind\` text,
  	\`values\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`follow_ups_kind_idx\` ON \`follow_ups\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_subject_collection_idx\` ON \`follow_ups\` (\`subject_collection\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_subject_id_idx\` ON \`follow_ups\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_measured_at_idx\` ON \`follow_ups\` (\`measured_at\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_department_idx\` ON \`follow_ups\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_on_time_idx\` ON \`follow_ups\` (\`on_time\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_content_kind_idx\` ON \`follow_ups\` (\`content_kind\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_updated_at_idx\` ON \`follow_ups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_created_at_idx\` ON \`follow_ups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`objective\` text,
  	\`computation\` text NOT NULL,
  	\`formula\` text,
  	\`frequency\` text DEFAULT 'monthly' NOT NULL,
  	\`target\` numeric,
  	\`alert_threshold\` numeric,
  	\`direction\` text DEFAULT 'higher' NOT NULL,
  	\`unit\` text NOT NULL,
  	\`source\` text,
  	\`owner_id\` integer,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_code_idx\` ON \`indicators\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`indicators_owner_idx\` ON \`indicators\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_active_idx\` ON \`indicators\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text NOT NULL,
  	\`version_name\` text NOT NULL,
  	\`version_objective\` text,
  	\`version_computation\` text NOT NULL,
  	\`version_formula\` text,
  	\`version_frequency\` text DEFAULT 'monthly' NOT NULL,
  	\`version_target\` numeric,
  	\`version_alert_threshold\` numeric,
  	\`version_direction\` text DEFAULT 'higher' NOT NULL,
  	\`version_unit\` text NOT NULL,
  	\`version_source\` text,
  	\`version_owner_id\` integer,
  	\`version_active\` integer DEFAULT true,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_code_idx\` ON \`_indicators_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_owner_idx\` ON \`_indicators_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_active_idx\` ON \`_indicators_v\` (\`version_active\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_updated_at_idx\` ON \`_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_created_at_idx\` ON \`_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_created_at_idx\` ON \`_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_updated_at_idx\` ON \`_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`indicator_measurements\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`period\` text NOT NULL,
  	\`frequency\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`available\` integer DEFAULT true,
  	\`numerator\` numeric,
  	\`denominator\` numeric,
  	\`value\` numeric,
  	\`target\` numeric,
  	\`alert_threshold\` numeric,
  	\`meets_target\` integer,
  	\`below_threshold\` integer,
  	\`breakdown\` text,
  	\`note\` text,
  	\`computed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`indicator_measurements_indicator_idx\` ON \`indicator_measurements\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_measurements_period_idx\` ON \`indicator_measurements\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`indicator_measurements_period_end_idx\` ON \`indicator_measurements\` (\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`indicator_measurements_updated_at_idx\` ON \`indicator_measurements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicator_measurements_created_at_idx\` ON \`indicator_measurements\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicator_period_idx\` ON \`indicator_measurements\` (\`indicator_id\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`period\` text NOT NULL,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`version\` numeric NOT NULL,
  	\`trigger\` text,
  	\`generated_at\` text NOT NULL,
  	\`generated_by_id\` integer,
  	\`data\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`generated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_kind_idx\` ON \`reports\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`reports_period_idx\` ON \`reports\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`reports_generated_by_idx\` ON \`reports\` (\`generated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_counters\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_counters_key_idx\` ON \`workflow_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`workflow_counters_updated_at_idx\` ON \`workflow_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_counters_created_at_idx\` ON \`workflow_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media_outlets_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_outlets_contacts_order_idx\` ON \`media_outlets_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_outlets_contacts_parent_id_idx\` ON \`media_outlets_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_outlets\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`scope\` text DEFAULT 'local' NOT NULL,
  	\`estimated_reach\` numeric,
  	\`domain\` text,
  	\`website\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_outlets_name_idx\` ON \`media_outlets\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`media_outlets_type_idx\` ON \`media_outlets\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`media_outlets_domain_idx\` ON \`media_outlets\` (\`domain\`);`)
  await db.run(sql`CREATE INDEX \`media_outlets_updated_at_idx\` ON \`media_outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_outlets_created_at_idx\` ON \`media_outlets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media_outlets_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_outlets_texts_order_parent\` ON \`media_outlets_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_mentions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`headline\` text NOT NULL,
  	\`url\` text,
  	\`summary\` text,
  	\`topic\` text,
  	\`sentiment\` text DEFAULT 'neutral' NOT NULL,
  	\`origin_content_id\` integer,
  	\`reach\` numeric,
  	\`reach_estimated\` integer,
  	\`prominence\` text,
  	\`free_press_value\` numeric,
  	\`source\` text,
  	\`dedupe_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`media_outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`origin_content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_mentions_outlet_idx\` ON \`media_mentions\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_date_idx\` ON \`media_mentions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_topic_idx\` ON \`media_mentions\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_sentiment_idx\` ON \`media_mentions\` (\`sentiment\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_origin_content_idx\` ON \`media_mentions\` (\`origin_content_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_mentions_dedupe_key_idx\` ON \`media_mentions\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_updated_at_idx\` ON \`media_mentions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_created_at_idx\` ON \`media_mentions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media_mentions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_mentions_rels_order_idx\` ON \`media_mentions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_rels_parent_idx\` ON \`media_mentions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_rels_path_idx\` ON \`media_mentions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_mentions_rels_departments_id_idx\` ON \`media_mentions_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`social_accounts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`network\` text NOT NULL,
  	\`handle\` text NOT NULL,
  	\`url\` text,
  	\`department_id\` integer,
  	\`active\` integer DEFAULT true,
  	\`account_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`social_accounts_network_idx\` ON \`social_accounts\` (\`network\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_department_idx\` ON \`social_accounts\` (\`department_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`social_accounts_account_key_idx\` ON \`social_accounts\` (\`account_key\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_updated_at_idx\` ON \`social_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_created_at_idx\` ON \`social_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`social_metrics\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`period_start\` text NOT NULL,
  	\`period_end\` text,
  	\`followers\` numeric,
  	\`impressions\` numeric,
  	\`reach\` numeric,
  	\`engagements\` numeric,
  	\`posts\` numeric,
  	\`engagement_rate\` numeric,
  	\`source\` text,
  	\`notes\` text,
  	\`period_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`social_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`social_metrics_account_idx\` ON \`social_metrics\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`social_metrics_period_start_idx\` ON \`social_metrics\` (\`period_start\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`social_metrics_period_key_idx\` ON \`social_metrics\` (\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`social_metrics_updated_at_idx\` ON \`social_metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_metrics_created_at_idx\` ON \`social_metrics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`intranet_reads\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`content_id\` integer NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`department_id\` integer,
  	\`day\` text NOT NULL,
  	\`read_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`intranet_reads_content_idx\` ON \`intranet_reads\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`intranet_reads_user_idx\` ON \`intranet_reads\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`intranet_reads_department_idx\` ON \`intranet_reads\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`intranet_reads_day_idx\` ON \`intranet_reads\` (\`day\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`intranet_reads_read_key_idx\` ON \`intranet_reads\` (\`read_key\`);`)
  await db.run(sql`CREATE INDEX \`intranet_reads_updated_at_idx\` ON \`intranet_reads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`intranet_reads_created_at_idx\` ON \`intranet_reads\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alerts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`severity\` text DEFAULT 'warning' NOT NULL,
  	\`subject_collection\` text,
  	\`subject_document_id\` text,
  	\`subject_title\` text,
  	\`message\` text NOT NULL,
  	\`details\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`resolution_note\` text,
  	\`resolved_at\` text,
  	\`open_key\` text NOT NULL,
  	\`notified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_kind_idx\` ON \`alerts\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`alerts_subject_subject_document_id_idx\` ON \`alerts\` (\`subject_document_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_status_idx\` ON \`alerts\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`alerts_open_key_idx\` ON \`alerts\` (\`open_key\`);`)
  await db.run(sql`CREATE INDEX \`alerts_updated_at_idx\` ON \`alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_created_at_idx\` ON \`alerts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`improvement_actions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`origin\` text DEFAULT 'alert' NOT NULL,
  	\`origin_risk_id\` integer,
  	\`previous_action_id\` integer,
  	\`root_cause\` text NOT NULL,
  	\`planned_activities\` text,
  	\`responsible_id\` integer NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`done_at\` text,
  	\`effectiveness_note\` text,
  	\`effectiveness_result\` text,
  	\`effectiveness_checked_by_id\` integer,
  	\`effectiveness_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`origin_risk_id\`) REFERENCES \`risks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_action_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`effectiveness_checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`improvement_actions_origin_risk_idx\` ON \`improvement_actions\` (\`origin_risk_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_previous_action_idx\` ON \`improvement_actions\` (\`previous_action_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_responsible_idx\` ON \`improvement_actions\` (\`responsible_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_due_date_idx\` ON \`improvement_actions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_status_idx\` ON \`improvement_actions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_effectiveness_effectiveness_checked__idx\` ON \`improvement_actions\` (\`effectiveness_checked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_updated_at_idx\` ON \`improvement_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_created_at_idx\` ON \`improvement_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`improvement_actions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`alerts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_order_idx\` ON \`improvement_actions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_parent_idx\` ON \`improvement_actions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_path_idx\` ON \`improvement_actions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`improvement_actions_rels_alerts_id_idx\` ON \`improvement_actions_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE TABLE \`_improvement_actions_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_type\` text NOT NULL,
  	\`version_origin\` text DEFAULT 'alert' NOT NULL,
  	\`version_origin_risk_id\` integer,
  	\`version_previous_action_id\` integer,
  	\`version_root_cause\` text NOT NULL,
  	\`version_planned_activities\` text,
  	\`version_responsible_id\` integer NOT NULL,
  	\`version_due_date\` text NOT NULL,
  	\`version_status\` text DEFAULT 'open' NOT NULL,
  	\`version_done_at\` text,
  	\`version_effectiveness_note\` text,
  	\`version_effectiveness_result\` text,
  	\`version_effectiveness_checked_by_id\` integer,
  	\`version_effectiveness_checked_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_origin_risk_id\`) REFERENCES \`risks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_previous_action_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_responsible_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_effectiveness_checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_parent_idx\` ON \`_improvement_actions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_version_origin_risk_idx\` ON \`_improvement_actions_v\` (\`version_origin_risk_id\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_version_previous_action_idx\` ON \`_improvement_actions_v\` (\`version_previous_action_id\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_version_responsible_idx\` ON \`_improvement_actions_v\` (\`version_responsible_id\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_version_due_date_idx\` ON \`_improvement_actions_v\` (\`version_due_date\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_version_status_idx\` ON \`_improvement_actions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_effectiveness_version_eff_idx\` ON \`_improvement_actions_v\` (\`version_effectiveness_checked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_version_updated_at_idx\` ON \`_improvement_actions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_version_version_created_at_idx\` ON \`_improvement_actions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_created_at_idx\` ON \`_improvement_actions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_updated_at_idx\` ON \`_improvement_actions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_improvement_actions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`alerts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_improvement_actions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_rels_order_idx\` ON \`_improvement_actions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_rels_parent_idx\` ON \`_improvement_actions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_rels_path_idx\` ON \`_improvement_actions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_improvement_actions_v_rels_alerts_id_idx\` ON \`_improvement_actions_v_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE TABLE \`risks_controls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`frequency\` text NOT NULL,
  	\`legal_reference_id\` integer,
  	\`since\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_reference_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`risks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risks_controls_order_idx\` ON \`risks_controls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`risks_controls_parent_id_idx\` ON \`risks_controls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`risks_controls_owner_idx\` ON \`risks_controls\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`risks_controls_legal_reference_idx\` ON \`risks_controls\` (\`legal_reference_id\`);`)
  await db.run(sql`CREATE TABLE \`risks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`title\` text NOT NULL,
  	\`category\` text DEFAULT 'management',
  	\`cause\` text NOT NULL,
  	\`consequence\` text NOT NULL,
  	\`owner_id\` integer,
  	\`inherent_likelihood\` numeric NOT NULL,
  	\`inherent_impact\` numeric NOT NULL,
  	\`inherent_score\` numeric,
  	\`inherent_level\` text,
  	\`residual_likelihood\` numeric,
  	\`residual_impact\` numeric,
  	\`residual_score\` numeric,
  	\`residual_level\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`materialisation_note\` text,
  	\`materialised_at\` text,
  	\`improvement_action_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`improvement_action_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`risks_code_idx\` ON \`risks\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`risks_owner_idx\` ON \`risks\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`risks_status_idx\` ON \`risks\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`risks_improvement_action_idx\` ON \`risks\` (\`improvement_action_id\`);`)
  await db.run(sql`CREATE INDEX \`risks_updated_at_idx\` ON \`risks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`risks_created_at_idx\` ON \`risks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_risks_v_version_controls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`description\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`frequency\` text NOT NULL,
  	\`legal_reference_id\` integer,
  	\`since\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_reference_id\`) REFERENCES \`legal_references\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_risks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_risks_v_version_controls_order_idx\` ON \`_risks_v_version_controls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_controls_parent_id_idx\` ON \`_risks_v_version_controls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_controls_owner_idx\` ON \`_risks_v_version_controls\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_controls_legal_reference_idx\` ON \`_risks_v_version_controls\` (\`legal_reference_id\`);`)
  await db.run(sql`CREATE TABLE \`_risks_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_title\` text NOT NULL,
  	\`version_category\` text DEFAULT 'management',
  	\`version_cause\` text NOT NULL,
  	\`version_consequence\` text NOT NULL,
  	\`version_owner_id\` integer,
  	\`version_inherent_likelihood\` numeric NOT NULL,
  	\`version_inherent_impact\` numeric NOT NULL,
  	\`version_inherent_score\` numeric,
  	\`version_inherent_level\` text,
  	\`version_residual_likelihood\` numeric,
  	\`version_residual_impact\` numeric,
  	\`version_residual_score\` numeric,
  	\`version_residual_level\` text,
  	\`version_status\` text DEFAULT 'active' NOT NULL,
  	\`version_materialisation_note\` text,
  	\`version_materialised_at\` text,
  	\`version_improvement_action_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`risks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_improvement_action_id\`) REFERENCES \`improvement_actions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_risks_v_parent_idx\` ON \`_risks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_version_code_idx\` ON \`_risks_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_version_owner_idx\` ON \`_risks_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_version_status_idx\` ON \`_risks_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_version_improvement_action_idx\` ON \`_risks_v\` (\`version_improvement_action_id\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_version_updated_at_idx\` ON \`_risks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_version_version_created_at_idx\` ON \`_risks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_created_at_idx\` ON \`_risks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risks_v_updated_at_idx\` ON \`_risks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`risk_control_checks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`risk_id\` integer NOT NULL,
  	\`control_id\` text NOT NULL,
  	\`result\` text NOT NULL,
  	\`observations\` text,
  	\`checked_at\` text,
  	\`checked_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`risk_id\`) REFERENCES \`risks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_control_checks_risk_idx\` ON \`risk_control_checks\` (\`risk_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_control_checks_control_id_idx\` ON \`risk_control_checks\` (\`control_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_control_checks_checked_at_idx\` ON \`risk_control_checks\` (\`checked_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_control_checks_checked_by_idx\` ON \`risk_control_checks\` (\`checked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_control_checks_updated_at_idx\` ON \`risk_control_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_control_checks_created_at_idx\` ON \`risk_control_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`email\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_name_idx\` ON \`departments\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_code_idx\` ON \`departments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notification_deliveries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text,
  	\`doc_collection\` text,
  	\`doc_id\` text,
  	\`status\` text NOT NULL,
  	\`locked_until\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`message_id\` text,
  	\`sent_at\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`notification_deliveries_key_idx\` ON \`notification_deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notification_deliveries_event_idx\` ON \`notification_deliveries\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`notification_deliveries_doc_id_idx\` ON \`notification_deliveries\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`notification_deliveries_status_idx\` ON \`notification_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notification_deliveries_updated_at_idx\` ON \`notification_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notification_deliveries_created_at_idx\` ON \`notification_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`fact_check_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`token_id\` text NOT NULL,
  	\`content_id\` integer NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`requested_by_id\` integer,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`verdict\` text,
  	\`comment\` text,
  	\`answer_event\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fact_check_requests_token_id_idx\` ON \`fact_check_requests\` (\`token_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_check_requests_content_idx\` ON \`fact_check_requests\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_check_requests_requested_by_idx\` ON \`fact_check_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_check_requests_used_at_idx\` ON \`fact_check_requests\` (\`used_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_check_requests_answer_event_idx\` ON \`fact_check_requests\` (\`answer_event\`);`)
  await db.run(sql`CREATE INDEX \`fact_check_requests_updated_at_idx\` ON \`fact_check_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_check_requests_created_at_idx\` ON \`fact_check_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`brand_manual_palette\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`hex\` text NOT NULL,
  	\`role\` text DEFAULT 'primary',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brand_manual\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_manual_palette_order_idx\` ON \`brand_manual_palette\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brand_manual_palette_parent_id_idx\` ON \`brand_manual_palette\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_manual_typography\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`family\` text NOT NULL,
  	\`usage\` text,
  	\`weights\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brand_manual\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_manual_typography_order_idx\` ON \`brand_manual_typography\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brand_manual_typography_parent_id_idx\` ON \`brand_manual_typography\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_manual_channel_presets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`channel\` text,
  	\`width\` numeric NOT NULL,
  	\`height\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brand_manual\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_manual_channel_presets_order_idx\` ON \`brand_manual_channel_presets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brand_manual_channel_presets_parent_id_idx\` ON \`brand_manual_channel_presets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_manual_blocklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brand_manual\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_manual_blocklist_order_idx\` ON \`brand_manual_blocklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brand_manual_blocklist_parent_id_idx\` ON \`brand_manual_blocklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_manual\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`version\` text DEFAULT '1.0' NOT NULL,
  	\`approved_at\` text,
  	\`approved_by\` text,
  	\`rules\` text,
  	\`colour_tolerance\` numeric DEFAULT 10 NOT NULL,
  	\`dominant_share\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_brand_manual_v_version_palette\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`hex\` text NOT NULL,
  	\`role\` text DEFAULT 'primary',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brand_manual_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_palette_order_idx\` ON \`_brand_manual_v_version_palette\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_palette_parent_id_idx\` ON \`_brand_manual_v_version_palette\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brand_manual_v_version_typography\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`family\` text NOT NULL,
  	\`usage\` text,
  	\`weights\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brand_manual_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_typography_order_idx\` ON \`_brand_manual_v_version_typography\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_typography_parent_id_idx\` ON \`_brand_manual_v_version_typography\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brand_manual_v_version_channel_presets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`channel\` text,
  	\`width\` numeric NOT NULL,
  	\`height\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brand_manual_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_channel_presets_order_idx\` ON \`_brand_manual_v_version_channel_presets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_channel_presets_parent_id_idx\` ON \`_brand_manual_v_version_channel_presets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brand_manual_v_version_blocklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`term\` text NOT NULL,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brand_manual_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_blocklist_order_idx\` ON \`_brand_manual_v_version_blocklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_version_blocklist_parent_id_idx\` ON \`_brand_manual_v_version_blocklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brand_manual_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`version_version\` text DEFAULT '1.0' NOT NULL,
  	\`version_approved_at\` text,
  	\`version_approved_by\` text,
  	\`version_rules\` text,
  	\`version_colour_tolerance\` numeric DEFAULT 10 NOT NULL,
  	\`version_dominant_share\` numeric DEFAULT 5 NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_created_at_idx\` ON \`_brand_manual_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_brand_manual_v_updated_at_idx\` ON \`_brand_manual_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`communication_plans_development_plan_goals\`;`)
  await db.run(sql`DROP TABLE \`communication_plans_strategies\`;`)
  await db.run(sql`DROP TABLE \`communication_plans\`;`)
  await db.run(sql`DROP TABLE \`_communication_plans_v_version_development_plan_goals\`;`)
  await db.run(sql`DROP TABLE \`_communication_plans_v_version_strategies\`;`)
  await db.run(sql`DROP TABLE \`_communication_plans_v\`;`)
  await db.run(sql`DROP TABLE \`plan_actions\`;`)
  await db.run(sql`DROP TABLE \`plan_actions_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_channels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_commitments\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_commitments\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`guidelines\`;`)
  await db.run(sql`DROP TABLE \`guidelines_rels\`;`)
  await db.run(sql`DROP TABLE \`_guidelines_v\`;`)
  await db.run(sql`DROP TABLE \`_guidelines_v_rels\`;`)
  await db.run(sql`DROP TABLE \`legal_references_obligations\`;`)
  await db.run(sql`DROP TABLE \`legal_references\`;`)
  await db.run(sql`DROP TABLE \`communication_requests_products_channels\`;`)
  await db.run(sql`DROP TABLE \`communication_requests_products\`;`)
  await db.run(sql`DROP TABLE \`communication_requests_attachments\`;`)
  await db.run(sql`DROP TABLE \`communication_requests\`;`)
  await db.run(sql`DROP TABLE \`communication_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`contents_gallery\`;`)
  await db.run(sql`DROP TABLE \`contents_videos\`;`)
  await db.run(sql`DROP TABLE \`contents_check_overrides\`;`)
  await db.run(sql`DROP TABLE \`contents_channels\`;`)
  await db.run(sql`DROP TABLE \`contents\`;`)
  await db.run(sql`DROP TABLE \`contents_texts\`;`)
  await db.run(sql`DROP TABLE \`contents_rels\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_version_gallery\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_version_videos\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_version_check_overrides\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_contents_v\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`archive_assets_people\`;`)
  await db.run(sql`DROP TABLE \`archive_assets_previous_files\`;`)
  await db.run(sql`DROP TABLE \`archive_assets\`;`)
  await db.run(sql`DROP TABLE \`archive_assets_texts\`;`)
  await db.run(sql`DROP TABLE \`retention_series\`;`)
  await db.run(sql`DROP TABLE \`brand_assets\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`follow_ups_channels\`;`)
  await db.run(sql`DROP TABLE \`follow_ups\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`indicator_measurements\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`workflow_counters\`;`)
  await db.run(sql`DROP TABLE \`media_outlets_contacts\`;`)
  await db.run(sql`DROP TABLE \`media_outlets\`;`)
  await db.run(sql`DROP TABLE \`media_outlets_texts\`;`)
  await db.run(sql`DROP TABLE \`media_mentions\`;`)
  await db.run(sql`DROP TABLE \`media_mentions_rels\`;`)
  await db.run(sql`DROP TABLE \`social_accounts\`;`)
  await db.run(sql`DROP TABLE \`social_metrics\`;`)
  await db.run(sql`DROP TABLE \`intranet_reads\`;`)
  await db.run(sql`DROP TABLE \`alerts\`;`)
  await db.run(sql`DROP TABLE \`improvement_actions\`;`)
  await db.run(sql`DROP TABLE \`improvement_actions_rels\`;`)
  await db.run(sql`DROP TABLE \`_improvement_actions_v\`;`)
  await db.run(sql`DROP TABLE \`_improvement_actions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`risks_controls\`;`)
  await db.run(sql`DROP TABLE \`risks\`;`)
  await db.run(sql`DROP TABLE \`_risks_v_version_controls\`;`)
  await db.run(sql`DROP TABLE \`_risks_v\`;`)
  await db.run(sql`DROP TABLE \`risk_control_checks\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`notification_deliveries\`;`)
  await db.run(sql`DROP TABLE \`fact_check_requests\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`brand_manual_palette\`;`)
  await db.run(sql`DROP TABLE \`brand_manual_typography\`;`)
  await db.run(sql`DROP TABLE \`brand_manual_channel_presets\`;`)
  await db.run(sql`DROP TABLE \`brand_manual_blocklist\`;`)
  await db.run(sql`DROP TABLE \`brand_manual\`;`)
  await db.run(sql`DROP TABLE \`_brand_manual_v_version_palette\`;`)
  await db.run(sql`DROP TABLE \`_brand_manual_v_version_typography\`;`)
  await db.run(sql`DROP TABLE \`_brand_manual_v_version_channel_presets\`;`)
  await db.run(sql`DROP TABLE \`_brand_manual_v_version_blocklist\`;`)
  await db.run(sql`DROP TABLE \`_brand_manual_v\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
