import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_communication_plans_scope" AS ENUM('external', 'internal');
  CREATE TYPE "public"."enum_communication_plans_status" AS ENUM('draft', 'approved', 'in-execution', 'closed');
  CREATE TYPE "public"."enum__communication_plans_v_version_scope" AS ENUM('external', 'internal');
  CREATE TYPE "public"."enum__communication_plans_v_version_status" AS ENUM('draft', 'approved', 'in-execution', 'closed');
  CREATE TYPE "public"."enum_plan_actions_status" AS ENUM('pending', 'in-progress', 'completed');
  CREATE TYPE "public"."enum_campaigns_channels" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum_campaigns_commitments_status" AS ENUM('pending', 'in-progress', 'fulfilled', 'cancelled');
  CREATE TYPE "public"."enum_campaigns_kind" AS ENUM('institutional', 'accountability', 'internal', 'awareness');
  CREATE TYPE "public"."enum_campaigns_audience" AS ENUM('external', 'internal');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('planned', 'active', 'finished', 'evaluated');
  CREATE TYPE "public"."enum__campaigns_v_version_channels" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum__campaigns_v_version_commitments_status" AS ENUM('pending', 'in-progress', 'fulfilled', 'cancelled');
  CREATE TYPE "public"."enum__campaigns_v_version_kind" AS ENUM('institutional', 'accountability', 'internal', 'awareness');
  CREATE TYPE "public"."enum__campaigns_v_version_audience" AS ENUM('external', 'internal');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('planned', 'active', 'finished', 'evaluated');
  CREATE TYPE "public"."enum_guidelines_kind" AS ENUM('policy', 'strategy', 'guideline', 'manual');
  CREATE TYPE "public"."enum_guidelines_status" AS ENUM('draft', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__guidelines_v_version_kind" AS ENUM('policy', 'strategy', 'guideline', 'manual');
  CREATE TYPE "public"."enum__guidelines_v_version_status" AS ENUM('draft', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_legal_references_kind" AS ENUM('constitution', 'law', 'decree', 'resolution', 'agreement', 'circular', 'standard', 'internal');
  CREATE TYPE "public"."enum_brand_assets_kind" AS ENUM('logo', 'template', 'font', 'icon');
  CREATE TYPE "public"."enum_brand_assets_variant" AS ENUM('colour', 'mono', 'negative');
  CREATE TYPE "public"."enum_communication_requests_products_channels" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum_communication_requests_products_type" AS ENUM('press-release', 'news', 'event-coverage', 'graphic-piece', 'audiovisual-piece', 'radio-spot', 'tv-note', 'social-post', 'intranet-post', 'campaign');
  CREATE TYPE "public"."enum_communication_requests_products_coverage_as" AS ENUM('news', 'tv-note', 'audiovisual-piece');
  CREATE TYPE "public"."enum_communication_requests_waivers_type" AS ENUM('press-release', 'news', 'event-coverage', 'graphic-piece', 'audiovisual-piece', 'radio-spot', 'tv-note', 'social-post', 'intranet-post', 'campaign');
  CREATE TYPE "public"."enum_communication_requests_audience" AS ENUM('external', 'internal');
  CREATE TYPE "public"."enum_communication_requests_electoral_event_kind" AS ENUM('public-works-inauguration', 'social-programme-start', 'other');
  CREATE TYPE "public"."enum_communication_requests_electoral_candidates_present" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_communication_requests_status" AS ENUM('submitted', 'needs-info', 'accepted', 'rejected', 'in-production', 'in-review', 'delivered', 'closed', 'cancelled');
  CREATE TYPE "public"."enum_contents_check_overrides_check" AS ENUM('brand', 'accessibility', 'consent', 'neutrality', 'plainLanguage', 'election', 'signLanguage');
  CREATE TYPE "public"."enum_contents_channels" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum_contents_kind" AS ENUM('news', 'press-release', 'radio-spot', 'tv-note', 'social-post', 'graphic-piece', 'audiovisual-piece', 'intranet-post', 'campaign-message');
  CREATE TYPE "public"."enum_contents_audience" AS ENUM('external', 'internal');
  CREATE TYPE "public"."enum_contents_classification" AS ENUM('public', 'classified', 'reserved');
  CREATE TYPE "public"."enum_contents_classification_details_scope" AS ENUM('total', 'partial');
  CREATE TYPE "public"."enum_contents_stage" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_contents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contents_v_version_check_overrides_check" AS ENUM('brand', 'accessibility', 'consent', 'neutrality', 'plainLanguage', 'election', 'signLanguage');
  CREATE TYPE "public"."enum__contents_v_version_channels" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum__contents_v_version_kind" AS ENUM('news', 'press-release', 'radio-spot', 'tv-note', 'social-post', 'graphic-piece', 'audiovisual-piece', 'intranet-post', 'campaign-message');
  CREATE TYPE "public"."enum__contents_v_version_audience" AS ENUM('external', 'internal');
  CREATE TYPE "public"."enum__contents_v_version_classification" AS ENUM('public', 'classified', 'reserved');
  CREATE TYPE "public"."enum__contents_v_version_classification_details_scope" AS ENUM('total', 'partial');
  CREATE TYPE "public"."enum__contents_v_version_stage" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__contents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_petitions_petitioner_type" AS ENUM('journalist', 'citizen', 'entity', 'organization');
  CREATE TYPE "public"."enum_petitions_kind" AS ENUM('information', 'documents', 'general');
  CREATE TYPE "public"."enum_petitions_channel" AS ENUM('office', 'web');
  CREATE TYPE "public"."enum_petitions_status" AS ENUM('open', 'answered');
  CREATE TYPE "public"."enum_archive_assets_consent_records_channels" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum_archive_assets_consent_records_purposes" AS ENUM('institutional', 'campaign', 'historical-archive', 'commercial');
  CREATE TYPE "public"."enum_archive_assets_kind" AS ENUM('photo', 'video', 'audio', 'design-file', 'document', 'informative-product');
  CREATE TYPE "public"."enum_archive_assets_author_relation" AS ENUM('staff', 'contractor', 'third-party', 'citizen');
  CREATE TYPE "public"."enum_archive_assets_license_type" AS ENUM('institutional', 'cc', 'third-party', 'restricted');
  CREATE TYPE "public"."enum_archive_assets_license_cc_license" AS ENUM('cc-by', 'cc-by-sa', 'cc-by-nd', 'cc-by-nc', 'cc-by-nc-sa', 'cc-by-nc-nd', 'cc0');
  CREATE TYPE "public"."enum_archive_assets_consent" AS ENUM('none-identifiable', 'consent-on-file', 'minors-guardian-consent', 'pending');
  CREATE TYPE "public"."enum_archive_assets_classification" AS ENUM('public', 'classified', 'reserved');
  CREATE TYPE "public"."enum_archive_assets_classification_details_scope" AS ENUM('total', 'partial');
  CREATE TYPE "public"."enum_archive_assets_access_level" AS ENUM('public', 'internal', 'restricted');
  CREATE TYPE "public"."enum_archive_assets_retention_disposition" AS ENUM('CT', 'E', 'S', 'M');
  CREATE TYPE "public"."enum_archive_assets_status" AS ENUM('active', 'retired');
  CREATE TYPE "public"."enum_archive_assets_fixity_status" AS ENUM('ok', 'missing', 'altered');
  CREATE TYPE "public"."enum_retention_series_disposition" AS ENUM('CT', 'E', 'S', 'M');
  CREATE TYPE "public"."enum_archive_disposals_items_disposition" AS ENUM('CT', 'E', 'S', 'M');
  CREATE TYPE "public"."enum_archive_disposals_status" AS ENUM('draft', 'executed');
  CREATE TYPE "public"."enum_follow_ups_channels" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum_follow_ups_kind" AS ENUM('request-delivered', 'request-rated', 'content-published', 'content-measurement', 'campaign-measurement', 'plan-action-progress');
  CREATE TYPE "public"."enum_follow_ups_content_kind" AS ENUM('news', 'press-release', 'radio-spot', 'tv-note', 'social-post', 'graphic-piece', 'audiovisual-piece', 'intranet-post', 'campaign-message');
  CREATE TYPE "public"."enum_indicators_computation" AS ENUM('requests-on-time', 'average-lead-time', 'plan-execution', 'internal-plan-execution', 'requester-satisfaction', 'content-per-channel', 'press-release-pickup', 'media-sentiment', 'captioned-video-share', 'commitments-fulfilled', 'petitions-on-time');
  CREATE TYPE "public"."enum_indicators_frequency" AS ENUM('monthly', 'quarterly', 'semiannual', 'annual');
  CREATE TYPE "public"."enum_indicators_direction" AS ENUM('higher', 'lower');
  CREATE TYPE "public"."enum__indicators_v_version_computation" AS ENUM('requests-on-time', 'average-lead-time', 'plan-execution', 'internal-plan-execution', 'requester-satisfaction', 'content-per-channel', 'press-release-pickup', 'media-sentiment', 'captioned-video-share', 'commitments-fulfilled', 'petitions-on-time');
  CREATE TYPE "public"."enum__indicators_v_version_frequency" AS ENUM('monthly', 'quarterly', 'semiannual', 'annual');
  CREATE TYPE "public"."enum__indicators_v_version_direction" AS ENUM('higher', 'lower');
  CREATE TYPE "public"."enum_indicator_measurements_frequency" AS ENUM('monthly', 'quarterly', 'semiannual', 'annual');
  CREATE TYPE "public"."enum_workflow_events_kind" AS ENUM('created', 'transition', 'assignment', 'comment', 'republication', 'override', 'waiver', 'forced-review', 'fact-check');
  CREATE TYPE "public"."enum_media_outlets_type" AS ENUM('press', 'radio', 'tv', 'digital');
  CREATE TYPE "public"."enum_media_outlets_scope" AS ENUM('local', 'regional', 'national');
  CREATE TYPE "public"."enum_media_mentions_sentiment" AS ENUM('positive', 'neutral', 'negative');
  CREATE TYPE "public"."enum_media_mentions_prominence" AS ENUM('headline', 'main', 'secondary', 'brief');
  CREATE TYPE "public"."enum_media_mentions_source" AS ENUM('manual', 'import');
  CREATE TYPE "public"."enum_social_accounts_network" AS ENUM('facebook', 'instagram', 'x', 'tiktok', 'youtube', 'linkedin', 'whatsapp');
  CREATE TYPE "public"."enum_social_metrics_source" AS ENUM('manual', 'import');
  CREATE TYPE "public"."enum_reports_kind" AS ENUM('monthly', 'quarterly', 'semiannual', 'annual');
  CREATE TYPE "public"."enum_reports_trigger" AS ENUM('schedule', 'on-demand');
  CREATE TYPE "public"."enum_alerts_severity" AS ENUM('info', 'warning', 'critical');
  CREATE TYPE "public"."enum_alerts_status" AS ENUM('open', 'acknowledged', 'resolved');
  CREATE TYPE "public"."enum_improvement_actions_type" AS ENUM('corrective', 'preventive', 'improvement');
  CREATE TYPE "public"."enum_improvement_actions_origin" AS ENUM('alert', 'risk', 'indicator', 'audit', 'self-assessment', 'citizen');
  CREATE TYPE "public"."enum_improvement_actions_status" AS ENUM('open', 'in-progress', 'done', 'verified-effective', 'not-effective');
  CREATE TYPE "public"."enum_improvement_actions_effectiveness_result" AS ENUM('effective', 'not-effective');
  CREATE TYPE "public"."enum__improvement_actions_v_version_type" AS ENUM('corrective', 'preventive', 'improvement');
  CREATE TYPE "public"."enum__improvement_actions_v_version_origin" AS ENUM('alert', 'risk', 'indicator', 'audit', 'self-assessment', 'citizen');
  CREATE TYPE "public"."enum__improvement_actions_v_version_status" AS ENUM('open', 'in-progress', 'done', 'verified-effective', 'not-effective');
  CREATE TYPE "public"."enum__improvement_actions_v_version_effectiveness_result" AS ENUM('effective', 'not-effective');
  CREATE TYPE "public"."enum_risks_controls_frequency" AS ENUM('daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual');
  CREATE TYPE "public"."enum_risks_category" AS ENUM('management', 'corruption', 'digital-security');
  CREATE TYPE "public"."enum_risks_inherent_level" AS ENUM('low', 'moderate', 'high', 'extreme');
  CREATE TYPE "public"."enum_risks_residual_level" AS ENUM('low', 'moderate', 'high', 'extreme');
  CREATE TYPE "public"."enum_risks_status" AS ENUM('active', 'materialised', 'retired');
  CREATE TYPE "public"."enum__risks_v_version_controls_frequency" AS ENUM('daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual');
  CREATE TYPE "public"."enum__risks_v_version_category" AS ENUM('management', 'corruption', 'digital-security');
  CREATE TYPE "public"."enum__risks_v_version_inherent_level" AS ENUM('low', 'moderate', 'high', 'extreme');
  CREATE TYPE "public"."enum__risks_v_version_residual_level" AS ENUM('low', 'moderate', 'high', 'extreme');
  CREATE TYPE "public"."enum__risks_v_version_status" AS ENUM('active', 'materialised', 'retired');
  CREATE TYPE "public"."enum_risk_control_checks_result" AS ENUM('effective', 'partially-effective', 'not-effective');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'head', 'editor', 'designer', 'producer', 'community', 'requester', 'auditor');
  CREATE TYPE "public"."enum_users_language" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_transparency_items_update_frequency" AS ENUM('on-change', 'monthly', 'quarterly', 'semiannual', 'annual');
  CREATE TYPE "public"."enum_notification_deliveries_status" AS ENUM('sending', 'sent', 'failed', 'rejected');
  CREATE TYPE "public"."enum_background_work_kind" AS ENUM('mentions', 'social-metrics', 'report');
  CREATE TYPE "public"."enum_background_work_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_fact_check_requests_verdict" AS ENUM('confirmed', 'comments');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'pregoneroComplianceChecks', 'pregoneroAlertDigest', 'pregoneroMeasureIndicators', 'pregoneroFollowUpReports', 'planning-generate-report', 'pregoneroPublishOnSchedule', 'pregoneroMeasureContent', 'archiveFixity', 'archiveLicenceExpiry', 'archivePendingConsent', 'archiveConsentEnded', 'monitoring-negative-spike', 'monitoring-import-csv', 'electionPeriodAlerts', 'petitionDeadlines', 'transparencyCompleteness', 'accessibilityStatementFigures', 'publicCachePurge', 'pregoneroSendNotification', 'pregoneroRecoverNotifications');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'pregoneroComplianceChecks', 'pregoneroAlertDigest', 'pregoneroMeasureIndicators', 'pregoneroFollowUpReports', 'planning-generate-report', 'pregoneroPublishOnSchedule', 'pregoneroMeasureContent', 'archiveFixity', 'archiveLicenceExpiry', 'archivePendingConsent', 'archiveConsentEnded', 'monitoring-negative-spike', 'monitoring-import-csv', 'electionPeriodAlerts', 'petitionDeadlines', 'transparencyCompleteness', 'accessibilityStatementFigures', 'publicCachePurge', 'pregoneroSendNotification', 'pregoneroRecoverNotifications');
  CREATE TYPE "public"."enum_brand_manual_palette_role" AS ENUM('primary', 'secondary', 'accent', 'neutral');
  CREATE TYPE "public"."enum_brand_manual_channel_presets_channel" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum__brand_manual_v_version_palette_role" AS ENUM('primary', 'secondary', 'accent', 'neutral');
  CREATE TYPE "public"."enum__brand_manual_v_version_channel_presets_channel" AS ENUM('press', 'radio', 'tv', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'whatsapp', 'web', 'intranet', 'email', 'screens');
  CREATE TYPE "public"."enum_accessibility_statement_conformance_target" AS ENUM('wcag-2.1-aa', 'wcag-2.1-a', 'wcag-2.2-aa');
  CREATE TYPE "public"."enum__accessibility_statement_v_version_conformance_target" AS ENUM('wcag-2.1-aa', 'wcag-2.1-a', 'wcag-2.2-aa');
  CREATE TABLE "communication_plans_development_plan_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"goal" varchar NOT NULL
  );
  
  CREATE TABLE "communication_plans_strategies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar
  );
  
  CREATE TABLE "communication_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"scope" "enum_communication_plans_scope" NOT NULL,
  	"objective" varchar NOT NULL,
  	"status" "enum_communication_plans_status" DEFAULT 'draft' NOT NULL,
  	"approval_approved_by_id" integer,
  	"approval_approved_at" timestamp(3) with time zone,
  	"progress" numeric DEFAULT 0,
  	"action_count" numeric DEFAULT 0,
  	"budget_totals_planned" numeric DEFAULT 0,
  	"budget_totals_executed" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_communication_plans_v_version_development_plan_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"goal" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_communication_plans_v_version_strategies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_communication_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_year" numeric NOT NULL,
  	"version_scope" "enum__communication_plans_v_version_scope" NOT NULL,
  	"version_objective" varchar NOT NULL,
  	"version_status" "enum__communication_plans_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_approval_approved_by_id" integer,
  	"version_approval_approved_at" timestamp(3) with time zone,
  	"version_progress" numeric DEFAULT 0,
  	"version_action_count" numeric DEFAULT 0,
  	"version_budget_totals_planned" numeric DEFAULT 0,
  	"version_budget_totals_executed" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plan_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"plan_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"strategy" varchar,
  	"responsible_id" integer NOT NULL,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone NOT NULL,
  	"target" numeric,
  	"unit" varchar,
  	"budget_planned" numeric DEFAULT 0,
  	"budget_executed" numeric DEFAULT 0,
  	"progress" numeric DEFAULT 0,
  	"status" "enum_plan_actions_status" DEFAULT 'pending',
  	"evidence_done" numeric DEFAULT 0,
  	"evidence_total" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plan_actions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_references_id" integer
  );
  
  CREATE TABLE "campaigns_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_commitments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"commitment" varchar,
  	"owner_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"status" "enum_campaigns_commitments_status" DEFAULT 'pending',
  	"fulfilled_at" timestamp(3) with time zone,
  	"evidence_note" varchar
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_campaigns_kind" NOT NULL,
  	"objective" varchar NOT NULL,
  	"audience" "enum_campaigns_audience" DEFAULT 'external' NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"plan_action_id" integer,
  	"status" "enum_campaigns_status" DEFAULT 'planned' NOT NULL,
  	"targets_reach" numeric,
  	"targets_engagement" numeric,
  	"evaluation_reach" numeric,
  	"evaluation_engagement" numeric,
  	"evaluation_summary" varchar,
  	"budget_planned" numeric DEFAULT 0,
  	"budget_executed" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__campaigns_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_commitments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"commitment" varchar,
  	"owner_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"status" "enum__campaigns_v_version_commitments_status" DEFAULT 'pending',
  	"fulfilled_at" timestamp(3) with time zone,
  	"evidence_note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_kind" "enum__campaigns_v_version_kind" NOT NULL,
  	"version_objective" varchar NOT NULL,
  	"version_audience" "enum__campaigns_v_version_audience" DEFAULT 'external' NOT NULL,
  	"version_period_start" timestamp(3) with time zone NOT NULL,
  	"version_period_end" timestamp(3) with time zone NOT NULL,
  	"version_plan_action_id" integer,
  	"version_status" "enum__campaigns_v_version_status" DEFAULT 'planned' NOT NULL,
  	"version_targets_reach" numeric,
  	"version_targets_engagement" numeric,
  	"version_evaluation_reach" numeric,
  	"version_evaluation_engagement" numeric,
  	"version_evaluation_summary" varchar,
  	"version_budget_planned" numeric DEFAULT 0,
  	"version_budget_executed" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "guidelines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"title" varchar NOT NULL,
  	"kind" "enum_guidelines_kind" DEFAULT 'guideline' NOT NULL,
  	"summary" varchar,
  	"body" jsonb,
  	"owner_id" integer NOT NULL,
  	"review_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_guidelines_status" DEFAULT 'draft' NOT NULL,
  	"version_number" numeric DEFAULT 0,
  	"approval_approved_by_id" integer,
  	"approval_approved_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "guidelines_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_references_id" integer
  );
  
  CREATE TABLE "_guidelines_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_title" varchar NOT NULL,
  	"version_kind" "enum__guidelines_v_version_kind" DEFAULT 'guideline' NOT NULL,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_owner_id" integer NOT NULL,
  	"version_review_date" timestamp(3) with time zone NOT NULL,
  	"version_status" "enum__guidelines_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_version_number" numeric DEFAULT 0,
  	"version_approval_approved_by_id" integer,
  	"version_approval_approved_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_guidelines_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_references_id" integer
  );
  
  CREATE TABLE "legal_references_obligations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article" varchar,
  	"obligation" varchar NOT NULL
  );
  
  CREATE TABLE "legal_references" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_legal_references_kind" NOT NULL,
  	"issuer" varchar NOT NULL,
  	"number" varchar,
  	"year" numeric,
  	"url" varchar,
  	"in_force" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "brand_assets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_brand_assets_kind" NOT NULL,
  	"variant" "enum_brand_assets_variant",
  	"usage_notes" varchar,
  	"manual_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "communication_requests_products_channels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_communication_requests_products_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "communication_requests_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_communication_requests_products_type" NOT NULL,
  	"coverage_as" "enum_communication_requests_products_coverage_as"
  );
  
  CREATE TABLE "communication_requests_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "communication_requests_waivers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product" varchar NOT NULL,
  	"type" "enum_communication_requests_waivers_type",
  	"reason" varchar NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "communication_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"title" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"requested_by_id" integer,
  	"audience" "enum_communication_requests_audience" DEFAULT 'external' NOT NULL,
  	"description" varchar NOT NULL,
  	"desired_date" timestamp(3) with time zone,
  	"event_date" timestamp(3) with time zone,
  	"event_place" varchar,
  	"electoral_event_kind" "enum_communication_requests_electoral_event_kind",
  	"electoral_candidates_present" "enum_communication_requests_electoral_candidates_present",
  	"plan_action_id" integer,
  	"campaign_id" integer,
  	"status" "enum_communication_requests_status" DEFAULT 'submitted' NOT NULL,
  	"due_date" timestamp(3) with time zone,
  	"accepted_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"satisfaction_score" numeric,
  	"satisfaction_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "communication_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "contents_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"asset_id" integer,
  	"alt" varchar,
  	"decorative" boolean,
  	"caption" varchar
  );
  
  CREATE TABLE "contents_videos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"asset_id" integer,
  	"captions_id" integer,
  	"burned_in_captions" boolean,
  	"live" boolean
  );
  
  CREATE TABLE "contents_check_overrides" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"check" "enum_contents_check_overrides_check",
  	"reason" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "contents_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contents_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"kind" "enum_contents_kind" DEFAULT 'news',
  	"audience" "enum_contents_audience" DEFAULT 'external',
  	"summary" varchar,
  	"body" jsonb,
  	"hero_image_id" integer,
  	"hero_image_alt" varchar,
  	"hero_image_decorative" boolean,
  	"checks_ran_at" timestamp(3) with time zone,
  	"checks_blocking" boolean,
  	"checks_failures" numeric,
  	"checks_readability" numeric,
  	"checks_results" jsonb,
  	"request_id" integer,
  	"plan_action_id" integer,
  	"campaign_id" integer,
  	"classification" "enum_contents_classification" DEFAULT 'public',
  	"classification_details_legal_basis" varchar,
  	"classification_details_objective" varchar,
  	"classification_details_scope" "enum_contents_classification_details_scope",
  	"classification_details_until" timestamp(3) with time zone,
  	"review_checklist_facts_verified" boolean,
  	"review_checklist_sources_attributed" boolean,
  	"review_checklist_spelling_checked" boolean,
  	"review_checklist_image_rights_checked" boolean,
  	"review_checklist_brand_applied" boolean,
  	"stage" "enum_contents_stage" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"last_edited_by_id" integer,
  	"review_claim_claimed_by_id" integer,
  	"review_claim_claimed_by_name" varchar,
  	"review_claim_claimed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_contents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "contents_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "contents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_contents_v_version_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"asset_id" integer,
  	"alt" varchar,
  	"decorative" boolean,
  	"caption" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contents_v_version_videos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"asset_id" integer,
  	"captions_id" integer,
  	"burned_in_captions" boolean,
  	"live" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contents_v_version_check_overrides" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"check" "enum__contents_v_version_check_overrides_check",
  	"reason" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contents_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contents_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_contents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum__contents_v_version_kind" DEFAULT 'news',
  	"version_audience" "enum__contents_v_version_audience" DEFAULT 'external',
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_hero_image_id" integer,
  	"version_hero_image_alt" varchar,
  	"version_hero_image_decorative" boolean,
  	"version_checks_ran_at" timestamp(3) with time zone,
  	"version_checks_blocking" boolean,
  	"version_checks_failures" numeric,
  	"version_checks_readability" numeric,
  	"version_checks_results" jsonb,
  	"version_request_id" integer,
  	"version_plan_action_id" integer,
  	"version_campaign_id" integer,
  	"version_classification" "enum__contents_v_version_classification" DEFAULT 'public',
  	"version_classification_details_legal_basis" varchar,
  	"version_classification_details_objective" varchar,
  	"version_classification_details_scope" "enum__contents_v_version_classification_details_scope",
  	"version_classification_details_until" timestamp(3) with time zone,
  	"version_review_checklist_facts_verified" boolean,
  	"version_review_checklist_sources_attributed" boolean,
  	"version_review_checklist_spelling_checked" boolean,
  	"version_review_checklist_image_rights_checked" boolean,
  	"version_review_checklist_brand_applied" boolean,
  	"version_stage" "enum__contents_v_version_stage" DEFAULT 'draft',
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_review_claim_claimed_by_id" integer,
  	"version_review_claim_claimed_by_name" varchar,
  	"version_review_claim_claimed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_contents_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_contents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "petitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"petitioner_name" varchar NOT NULL,
  	"petitioner_type" "enum_petitions_petitioner_type" DEFAULT 'citizen' NOT NULL,
  	"petitioner_organization" varchar,
  	"petitioner_email" varchar,
  	"petitioner_phone" varchar,
  	"kind" "enum_petitions_kind" DEFAULT 'general' NOT NULL,
  	"subject" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"channel" "enum_petitions_channel" DEFAULT 'office',
  	"received_at" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"department_id" integer,
  	"assignee_id" integer,
  	"status" "enum_petitions_status" DEFAULT 'open',
  	"answer_text" varchar,
  	"answer_answered_at" timestamp(3) with time zone,
  	"answer_answered_by_id" integer,
  	"answered_on_time" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "archive_assets_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"minor" boolean DEFAULT false
  );
  
  CREATE TABLE "archive_assets_consent_records_channels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_archive_assets_consent_records_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "archive_assets_consent_records_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_archive_assets_consent_records_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "archive_assets_consent_records" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"person" varchar NOT NULL,
  	"minor" boolean DEFAULT false,
  	"guardian" varchar,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone,
  	"revoked_at" timestamp(3) with time zone,
  	"document_id" integer
  );
  
  CREATE TABLE "archive_assets_previous_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"filename" varchar,
  	"original_filename" varchar,
  	"sha256" varchar,
  	"filesize" numeric,
  	"mime_type" varchar,
  	"replaced_at" timestamp(3) with time zone,
  	"replaced_by_id" integer
  );
  
  CREATE TABLE "archive_assets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_archive_assets_kind" NOT NULL,
  	"description" varchar,
  	"alt" varchar,
  	"captured_at" timestamp(3) with time zone,
  	"author" varchar,
  	"author_relation" "enum_archive_assets_author_relation",
  	"contract_number" varchar,
  	"credit_line" varchar,
  	"license_type" "enum_archive_assets_license_type" DEFAULT 'institutional' NOT NULL,
  	"license_cc_license" "enum_archive_assets_license_cc_license",
  	"license_licensor" varchar,
  	"license_expires_at" timestamp(3) with time zone,
  	"license_scope" varchar,
  	"license_document_id" integer,
  	"event" varchar,
  	"department_id" integer,
  	"minors_present" boolean DEFAULT false,
  	"consent" "enum_archive_assets_consent" DEFAULT 'pending' NOT NULL,
  	"consent_document_id" integer,
  	"public_use_covered" boolean,
  	"public_use_from" timestamp(3) with time zone,
  	"public_use_until" timestamp(3) with time zone,
  	"caption_file_id" integer,
  	"burned_in_captions" boolean DEFAULT false,
  	"has_captions" boolean DEFAULT false,
  	"sign_language" boolean DEFAULT false,
  	"classification" "enum_archive_assets_classification" DEFAULT 'public',
  	"classification_details_legal_basis" varchar,
  	"classification_details_objective" varchar,
  	"classification_details_scope" "enum_archive_assets_classification_details_scope",
  	"classification_details_until" timestamp(3) with time zone,
  	"access_level" "enum_archive_assets_access_level" DEFAULT 'internal' NOT NULL,
  	"retention_series_id" integer,
  	"retention_years" numeric,
  	"retention_disposition" "enum_archive_assets_retention_disposition",
  	"retention_due_at" timestamp(3) with time zone,
  	"status" "enum_archive_assets_status" DEFAULT 'active' NOT NULL,
  	"retired_reason" varchar,
  	"legal_hold" boolean DEFAULT false,
  	"legal_hold_reason" varchar,
  	"disposal_id" integer,
  	"retired_at" timestamp(3) with time zone,
  	"retired_by_id" integer,
  	"sha256" varchar,
  	"ingested_at" timestamp(3) with time zone,
  	"uploaded_by_id" integer,
  	"public_original" boolean DEFAULT false,
  	"exif_captured_at" timestamp(3) with time zone,
  	"exif_camera" varchar,
  	"exif_has_location" boolean,
  	"media_duration_seconds" numeric,
  	"media_sample_rate" numeric,
  	"media_channels" numeric,
  	"media_bits_per_sample" numeric,
  	"fixity_since" timestamp(3) with time zone,
  	"fixity_status" "enum_archive_assets_fixity_status",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_web_url" varchar,
  	"sizes_web_width" numeric,
  	"sizes_web_height" numeric,
  	"sizes_web_mime_type" varchar,
  	"sizes_web_filesize" numeric,
  	"sizes_web_filename" varchar,
  	"sizes_social_url" varchar,
  	"sizes_social_width" numeric,
  	"sizes_social_height" numeric,
  	"sizes_social_mime_type" varchar,
  	"sizes_social_filesize" numeric,
  	"sizes_social_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "archive_assets_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "retention_series" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"series_code" varchar NOT NULL,
  	"series_name" varchar NOT NULL,
  	"subseries_code" varchar,
  	"subseries_name" varchar,
  	"document_types" varchar,
  	"office_years" numeric NOT NULL,
  	"central_years" numeric NOT NULL,
  	"disposition" "enum_retention_series_disposition" NOT NULL,
  	"procedure" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "archive_disposals_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"asset_id" integer,
  	"title" varchar,
  	"filename" varchar,
  	"sha256" varchar,
  	"filesize" numeric,
  	"series" varchar,
  	"retention_due_at" timestamp(3) with time zone,
  	"disposition" "enum_archive_disposals_items_disposition"
  );
  
  CREATE TABLE "archive_disposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"act_number" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"committee_date" timestamp(3) with time zone,
  	"basis" varchar NOT NULL,
  	"status" "enum_archive_disposals_status" DEFAULT 'draft' NOT NULL,
  	"executed_at" timestamp(3) with time zone,
  	"executed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "archive_disposals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"archive_assets_id" integer
  );
  
  CREATE TABLE "expedientes_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "expedientes_electronic_index" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"order" numeric,
  	"title" varchar,
  	"collection" varchar,
  	"item_id" varchar,
  	"file" varchar,
  	"format" varchar,
  	"size" numeric,
  	"sha256" varchar,
  	"document_date" varchar,
  	"added_at" varchar
  );
  
  CREATE TABLE "expedientes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"series_id" integer,
  	"description" varchar,
  	"index_updated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "expedientes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "expedientes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"archive_assets_id" integer,
  	"contents_id" integer
  );
  
  CREATE TABLE "follow_ups_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_follow_ups_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "follow_ups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_follow_ups_kind" NOT NULL,
  	"subject_collection" varchar NOT NULL,
  	"subject_id" varchar NOT NULL,
  	"measured_at" timestamp(3) with time zone NOT NULL,
  	"department_id" integer,
  	"on_time" boolean,
  	"lead_time_days" numeric,
  	"score" numeric,
  	"content_kind" "enum_follow_ups_content_kind",
  	"values" jsonb,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"objective" varchar,
  	"computation" "enum_indicators_computation" NOT NULL,
  	"formula" varchar,
  	"frequency" "enum_indicators_frequency" DEFAULT 'monthly' NOT NULL,
  	"target" numeric,
  	"alert_threshold" numeric,
  	"direction" "enum_indicators_direction" DEFAULT 'higher' NOT NULL,
  	"unit" varchar NOT NULL,
  	"source" varchar,
  	"owner_id" integer,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_indicators_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar NOT NULL,
  	"version_name" varchar NOT NULL,
  	"version_objective" varchar,
  	"version_computation" "enum__indicators_v_version_computation" NOT NULL,
  	"version_formula" varchar,
  	"version_frequency" "enum__indicators_v_version_frequency" DEFAULT 'monthly' NOT NULL,
  	"version_target" numeric,
  	"version_alert_threshold" numeric,
  	"version_direction" "enum__indicators_v_version_direction" DEFAULT 'higher' NOT NULL,
  	"version_unit" varchar NOT NULL,
  	"version_source" varchar,
  	"version_owner_id" integer,
  	"version_active" boolean DEFAULT true,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_measurements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"period" varchar NOT NULL,
  	"frequency" "enum_indicator_measurements_frequency",
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"available" boolean DEFAULT true,
  	"numerator" numeric,
  	"denominator" numeric,
  	"value" numeric,
  	"target" numeric,
  	"alert_threshold" numeric,
  	"meets_target" boolean,
  	"below_threshold" boolean,
  	"breakdown" jsonb,
  	"note" varchar,
  	"computed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"document_title" varchar,
  	"kind" "enum_workflow_events_kind" DEFAULT 'transition',
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"comment" varchar,
  	"department_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"forced" boolean DEFAULT false,
  	"details" jsonb,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"review_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_outlets_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "media_outlets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_media_outlets_type" NOT NULL,
  	"scope" "enum_media_outlets_scope" DEFAULT 'local' NOT NULL,
  	"estimated_reach" numeric,
  	"domain" varchar,
  	"website" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_outlets_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "media_mentions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"outlet_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"headline" varchar NOT NULL,
  	"url" varchar,
  	"summary" varchar,
  	"topic" varchar,
  	"sentiment" "enum_media_mentions_sentiment" DEFAULT 'neutral' NOT NULL,
  	"origin_content_id" integer,
  	"reach" numeric,
  	"reach_estimated" boolean,
  	"prominence" "enum_media_mentions_prominence",
  	"free_press_value" numeric,
  	"source" "enum_media_mentions_source",
  	"dedupe_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_mentions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "social_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"network" "enum_social_accounts_network" NOT NULL,
  	"handle" varchar NOT NULL,
  	"url" varchar,
  	"department_id" integer,
  	"active" boolean DEFAULT true,
  	"account_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "social_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone,
  	"followers" numeric,
  	"impressions" numeric,
  	"reach" numeric,
  	"engagements" numeric,
  	"posts" numeric,
  	"engagement_rate" numeric,
  	"source" "enum_social_metrics_source",
  	"notes" varchar,
  	"period_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "intranet_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"content_id" integer NOT NULL,
  	"user_id" integer NOT NULL,
  	"department_id" integer,
  	"day" timestamp(3) with time zone NOT NULL,
  	"read_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_reports_kind" NOT NULL,
  	"period" varchar NOT NULL,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"version" numeric NOT NULL,
  	"trigger" "enum_reports_trigger",
  	"run_key" varchar,
  	"generated_at" timestamp(3) with time zone NOT NULL,
  	"generated_by_id" integer,
  	"data" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" varchar NOT NULL,
  	"severity" "enum_alerts_severity" DEFAULT 'warning' NOT NULL,
  	"subject_collection" varchar,
  	"subject_document_id" varchar,
  	"subject_title" varchar,
  	"message" varchar NOT NULL,
  	"message_key" varchar,
  	"message_vars" jsonb,
  	"details" jsonb,
  	"status" "enum_alerts_status" DEFAULT 'open' NOT NULL,
  	"resolution_note" varchar,
  	"resolution_note_key" varchar,
  	"resolution_note_vars" jsonb,
  	"resolved_at" timestamp(3) with time zone,
  	"open_key" varchar NOT NULL,
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "improvement_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"type" "enum_improvement_actions_type" NOT NULL,
  	"origin" "enum_improvement_actions_origin" DEFAULT 'alert' NOT NULL,
  	"origin_risk_id" integer,
  	"previous_action_id" integer,
  	"root_cause" varchar NOT NULL,
  	"planned_activities" varchar,
  	"responsible_id" integer NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_improvement_actions_status" DEFAULT 'open' NOT NULL,
  	"done_at" timestamp(3) with time zone,
  	"effectiveness_note" varchar,
  	"effectiveness_result" "enum_improvement_actions_effectiveness_result",
  	"effectiveness_checked_by_id" integer,
  	"effectiveness_checked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "improvement_actions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"alerts_id" integer
  );
  
  CREATE TABLE "_improvement_actions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_type" "enum__improvement_actions_v_version_type" NOT NULL,
  	"version_origin" "enum__improvement_actions_v_version_origin" DEFAULT 'alert' NOT NULL,
  	"version_origin_risk_id" integer,
  	"version_previous_action_id" integer,
  	"version_root_cause" varchar NOT NULL,
  	"version_planned_activities" varchar,
  	"version_responsible_id" integer NOT NULL,
  	"version_due_date" timestamp(3) with time zone NOT NULL,
  	"version_status" "enum__improvement_actions_v_version_status" DEFAULT 'open' NOT NULL,
  	"version_done_at" timestamp(3) with time zone,
  	"version_effectiveness_note" varchar,
  	"version_effectiveness_result" "enum__improvement_actions_v_version_effectiveness_result",
  	"version_effectiveness_checked_by_id" integer,
  	"version_effectiveness_checked_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_improvement_actions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"alerts_id" integer
  );
  
  CREATE TABLE "risks_controls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"description" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"frequency" "enum_risks_controls_frequency" NOT NULL,
  	"legal_reference_id" integer,
  	"since" timestamp(3) with time zone
  );
  
  CREATE TABLE "risks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"title" varchar NOT NULL,
  	"category" "enum_risks_category" DEFAULT 'management',
  	"cause" varchar NOT NULL,
  	"consequence" varchar NOT NULL,
  	"owner_id" integer,
  	"inherent_likelihood" numeric NOT NULL,
  	"inherent_impact" numeric NOT NULL,
  	"inherent_score" numeric,
  	"inherent_level" "enum_risks_inherent_level",
  	"residual_likelihood" numeric,
  	"residual_impact" numeric,
  	"residual_score" numeric,
  	"residual_level" "enum_risks_residual_level",
  	"status" "enum_risks_status" DEFAULT 'active' NOT NULL,
  	"materialisation_note" varchar,
  	"materialised_at" timestamp(3) with time zone,
  	"improvement_action_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_risks_v_version_controls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"description" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"frequency" "enum__risks_v_version_controls_frequency" NOT NULL,
  	"legal_reference_id" integer,
  	"since" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_risks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_title" varchar NOT NULL,
  	"version_category" "enum__risks_v_version_category" DEFAULT 'management',
  	"version_cause" varchar NOT NULL,
  	"version_consequence" varchar NOT NULL,
  	"version_owner_id" integer,
  	"version_inherent_likelihood" numeric NOT NULL,
  	"version_inherent_impact" numeric NOT NULL,
  	"version_inherent_score" numeric,
  	"version_inherent_level" "enum__risks_v_version_inherent_level",
  	"version_residual_likelihood" numeric,
  	"version_residual_impact" numeric,
  	"version_residual_score" numeric,
  	"version_residual_level" "enum__risks_v_version_residual_level",
  	"version_status" "enum__risks_v_version_status" DEFAULT 'active' NOT NULL,
  	"version_materialisation_note" varchar,
  	"version_materialised_at" timestamp(3) with time zone,
  	"version_improvement_action_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "risk_control_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"risk_id" integer NOT NULL,
  	"control_id" varchar NOT NULL,
  	"result" "enum_risk_control_checks_result" NOT NULL,
  	"observations" varchar,
  	"checked_at" timestamp(3) with time zone,
  	"checked_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"language" "enum_users_language" DEFAULT 'es',
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"email" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "election_periods_candidates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "election_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"election_day" timestamp(3) with time zone NOT NULL,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "transparency_items_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"content_id" integer,
  	"asset_id" integer,
  	"dataset" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "transparency_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"parent_id" integer,
  	"sort_key" varchar,
  	"owner_department_id" integer,
  	"last_updated" timestamp(3) with time zone,
  	"update_frequency" "enum_transparency_items_update_frequency",
  	"not_applicable" boolean DEFAULT false,
  	"not_applicable_justification" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "job_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"holder" varchar,
  	"locked_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notification_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar,
  	"doc_collection" varchar,
  	"doc_id" varchar,
  	"status" "enum_notification_deliveries_status" NOT NULL,
  	"locked_until" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"message_id" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "background_work" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"kind" "enum_background_work_kind" NOT NULL,
  	"status" "enum_background_work_status" DEFAULT 'queued' NOT NULL,
  	"done" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"summary" varchar,
  	"result" jsonb,
  	"error" varchar,
  	"requested_by_id" integer,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fact_check_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token_id" varchar NOT NULL,
  	"content_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"requested_by_id" integer,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"verdict" "enum_fact_check_requests_verdict",
  	"comment" varchar,
  	"answer_event" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"communication_plans_id" integer,
  	"plan_actions_id" integer,
  	"campaigns_id" integer,
  	"guidelines_id" integer,
  	"legal_references_id" integer,
  	"brand_assets_id" integer,
  	"communication_requests_id" integer,
  	"contents_id" integer,
  	"petitions_id" integer,
  	"archive_assets_id" integer,
  	"retention_series_id" integer,
  	"archive_disposals_id" integer,
  	"expedientes_id" integer,
  	"follow_ups_id" integer,
  	"indicators_id" integer,
  	"indicator_measurements_id" integer,
  	"workflow_events_id" integer,
  	"media_outlets_id" integer,
  	"media_mentions_id" integer,
  	"social_accounts_id" integer,
  	"social_metrics_id" integer,
  	"intranet_reads_id" integer,
  	"reports_id" integer,
  	"alerts_id" integer,
  	"improvement_actions_id" integer,
  	"risks_id" integer,
  	"risk_control_checks_id" integer,
  	"users_id" integer,
  	"departments_id" integer,
  	"workflow_counters_id" integer,
  	"election_periods_id" integer,
  	"transparency_items_id" integer,
  	"job_leases_id" integer,
  	"notification_deliveries_id" integer,
  	"background_work_id" integer,
  	"fact_check_requests_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "brand_manual_palette" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"hex" varchar NOT NULL,
  	"role" "enum_brand_manual_palette_role" DEFAULT 'primary'
  );
  
  CREATE TABLE "brand_manual_typography" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"family" varchar NOT NULL,
  	"usage" varchar,
  	"weights" varchar
  );
  
  CREATE TABLE "brand_manual_channel_presets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"channel" "enum_brand_manual_channel_presets_channel",
  	"width" numeric NOT NULL,
  	"height" numeric NOT NULL
  );
  
  CREATE TABLE "brand_manual_blocklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "brand_manual" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version" varchar DEFAULT '1.0' NOT NULL,
  	"approved_at" timestamp(3) with time zone,
  	"approved_by" varchar,
  	"rules" jsonb,
  	"colour_tolerance" numeric DEFAULT 10 NOT NULL,
  	"dominant_share" numeric DEFAULT 5 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_brand_manual_v_version_palette" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"hex" varchar NOT NULL,
  	"role" "enum__brand_manual_v_version_palette_role" DEFAULT 'primary',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brand_manual_v_version_typography" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"family" varchar NOT NULL,
  	"usage" varchar,
  	"weights" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brand_manual_v_version_channel_presets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"channel" "enum__brand_manual_v_version_channel_presets_channel",
  	"width" numeric NOT NULL,
  	"height" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brand_manual_v_version_blocklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brand_manual_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_version" varchar DEFAULT '1.0' NOT NULL,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_approved_by" varchar,
  	"version_rules" jsonb,
  	"version_colour_tolerance" numeric DEFAULT 10 NOT NULL,
  	"version_dominant_share" numeric DEFAULT 5 NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "accessibility_statement" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_office" varchar,
  	"conformance_target" "enum_accessibility_statement_conformance_target" DEFAULT 'wcag-2.1-aa',
  	"known_limitations" varchar,
  	"figures_captioned_videos_share" numeric,
  	"figures_videos_captioned" numeric,
  	"figures_videos_total" numeric,
  	"figures_images_with_alt_share" numeric,
  	"figures_images_with_alt" numeric,
  	"figures_images_total" numeric,
  	"figures_plain_language_average" numeric,
  	"figures_contents_measured" numeric,
  	"figures_measured_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_accessibility_statement_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_statement" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_office" varchar,
  	"version_conformance_target" "enum__accessibility_statement_v_version_conformance_target" DEFAULT 'wcag-2.1-aa',
  	"version_known_limitations" varchar,
  	"version_figures_captioned_videos_share" numeric,
  	"version_figures_videos_captioned" numeric,
  	"version_figures_videos_total" numeric,
  	"version_figures_images_with_alt_share" numeric,
  	"version_figures_images_with_alt" numeric,
  	"version_figures_images_total" numeric,
  	"version_figures_plain_language_average" numeric,
  	"version_figures_contents_measured" numeric,
  	"version_figures_measured_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "communication_plans_development_plan_goals" ADD CONSTRAINT "communication_plans_development_plan_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."communication_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_plans_strategies" ADD CONSTRAINT "communication_plans_strategies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."communication_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_plans" ADD CONSTRAINT "communication_plans_approval_approved_by_id_users_id_fk" FOREIGN KEY ("approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_communication_plans_v_version_development_plan_goals" ADD CONSTRAINT "_communication_plans_v_version_development_plan_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_communication_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_communication_plans_v_version_strategies" ADD CONSTRAINT "_communication_plans_v_version_strategies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_communication_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_communication_plans_v" ADD CONSTRAINT "_communication_plans_v_parent_id_communication_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."communication_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_communication_plans_v" ADD CONSTRAINT "_communication_plans_v_version_approval_approved_by_id_users_id_fk" FOREIGN KEY ("version_approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_communication_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."communication_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_actions_rels" ADD CONSTRAINT "plan_actions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plan_actions_rels" ADD CONSTRAINT "plan_actions_rels_legal_references_fk" FOREIGN KEY ("legal_references_id") REFERENCES "public"."legal_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_channels" ADD CONSTRAINT "campaigns_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_commitments" ADD CONSTRAINT "campaigns_commitments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_commitments" ADD CONSTRAINT "campaigns_commitments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_plan_action_id_plan_actions_id_fk" FOREIGN KEY ("plan_action_id") REFERENCES "public"."plan_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_channels" ADD CONSTRAINT "_campaigns_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_commitments" ADD CONSTRAINT "_campaigns_v_version_commitments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_commitments" ADD CONSTRAINT "_campaigns_v_version_commitments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_plan_action_id_plan_actions_id_fk" FOREIGN KEY ("version_plan_action_id") REFERENCES "public"."plan_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guidelines" ADD CONSTRAINT "guidelines_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guidelines" ADD CONSTRAINT "guidelines_approval_approved_by_id_users_id_fk" FOREIGN KEY ("approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guidelines_rels" ADD CONSTRAINT "guidelines_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guidelines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guidelines_rels" ADD CONSTRAINT "guidelines_rels_legal_references_fk" FOREIGN KEY ("legal_references_id") REFERENCES "public"."legal_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guidelines_v" ADD CONSTRAINT "_guidelines_v_parent_id_guidelines_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guidelines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guidelines_v" ADD CONSTRAINT "_guidelines_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guidelines_v" ADD CONSTRAINT "_guidelines_v_version_approval_approved_by_id_users_id_fk" FOREIGN KEY ("version_approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guidelines_v_rels" ADD CONSTRAINT "_guidelines_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guidelines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guidelines_v_rels" ADD CONSTRAINT "_guidelines_v_rels_legal_references_fk" FOREIGN KEY ("legal_references_id") REFERENCES "public"."legal_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_references_obligations" ADD CONSTRAINT "legal_references_obligations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_requests_products_channels" ADD CONSTRAINT "communication_requests_products_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."communication_requests_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_requests_products" ADD CONSTRAINT "communication_requests_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."communication_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_requests_attachments" ADD CONSTRAINT "communication_requests_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."communication_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_requests_waivers" ADD CONSTRAINT "communication_requests_waivers_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communication_requests_waivers" ADD CONSTRAINT "communication_requests_waivers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."communication_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_requests" ADD CONSTRAINT "communication_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communication_requests" ADD CONSTRAINT "communication_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communication_requests" ADD CONSTRAINT "communication_requests_plan_action_id_plan_actions_id_fk" FOREIGN KEY ("plan_action_id") REFERENCES "public"."plan_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communication_requests" ADD CONSTRAINT "communication_requests_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communication_requests_rels" ADD CONSTRAINT "communication_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."communication_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communication_requests_rels" ADD CONSTRAINT "communication_requests_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_gallery" ADD CONSTRAINT "contents_gallery_asset_id_archive_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents_gallery" ADD CONSTRAINT "contents_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_videos" ADD CONSTRAINT "contents_videos_asset_id_archive_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents_videos" ADD CONSTRAINT "contents_videos_captions_id_archive_assets_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents_videos" ADD CONSTRAINT "contents_videos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_check_overrides" ADD CONSTRAINT "contents_check_overrides_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents_check_overrides" ADD CONSTRAINT "contents_check_overrides_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_channels" ADD CONSTRAINT "contents_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_hero_image_id_archive_assets_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_request_id_communication_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."communication_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_plan_action_id_plan_actions_id_fk" FOREIGN KEY ("plan_action_id") REFERENCES "public"."plan_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_review_claim_claimed_by_id_users_id_fk" FOREIGN KEY ("review_claim_claimed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents_texts" ADD CONSTRAINT "contents_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_rels" ADD CONSTRAINT "contents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_rels" ADD CONSTRAINT "contents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_rels" ADD CONSTRAINT "contents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_version_gallery" ADD CONSTRAINT "_contents_v_version_gallery_asset_id_archive_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v_version_gallery" ADD CONSTRAINT "_contents_v_version_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_version_videos" ADD CONSTRAINT "_contents_v_version_videos_asset_id_archive_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v_version_videos" ADD CONSTRAINT "_contents_v_version_videos_captions_id_archive_assets_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v_version_videos" ADD CONSTRAINT "_contents_v_version_videos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_version_check_overrides" ADD CONSTRAINT "_contents_v_version_check_overrides_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v_version_check_overrides" ADD CONSTRAINT "_contents_v_version_check_overrides_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_version_channels" ADD CONSTRAINT "_contents_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_parent_id_contents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_hero_image_id_archive_assets_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_request_id_communication_requests_id_fk" FOREIGN KEY ("version_request_id") REFERENCES "public"."communication_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_plan_action_id_plan_actions_id_fk" FOREIGN KEY ("version_plan_action_id") REFERENCES "public"."plan_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_review_claim_claimed_by_id_users_id_fk" FOREIGN KEY ("version_review_claim_claimed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v_texts" ADD CONSTRAINT "_contents_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_rels" ADD CONSTRAINT "_contents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_rels" ADD CONSTRAINT "_contents_v_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_rels" ADD CONSTRAINT "_contents_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "petitions" ADD CONSTRAINT "petitions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petitions" ADD CONSTRAINT "petitions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petitions" ADD CONSTRAINT "petitions_answer_answered_by_id_users_id_fk" FOREIGN KEY ("answer_answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets_people" ADD CONSTRAINT "archive_assets_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."archive_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_assets_consent_records_channels" ADD CONSTRAINT "archive_assets_consent_records_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."archive_assets_consent_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_assets_consent_records_purposes" ADD CONSTRAINT "archive_assets_consent_records_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."archive_assets_consent_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_assets_consent_records" ADD CONSTRAINT "archive_assets_consent_records_document_id_archive_assets_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets_consent_records" ADD CONSTRAINT "archive_assets_consent_records_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."archive_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_assets_previous_files" ADD CONSTRAINT "archive_assets_previous_files_replaced_by_id_users_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets_previous_files" ADD CONSTRAINT "archive_assets_previous_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."archive_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_license_document_id_archive_assets_id_fk" FOREIGN KEY ("license_document_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_consent_document_id_archive_assets_id_fk" FOREIGN KEY ("consent_document_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_caption_file_id_archive_assets_id_fk" FOREIGN KEY ("caption_file_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_retention_series_id_retention_series_id_fk" FOREIGN KEY ("retention_series_id") REFERENCES "public"."retention_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_disposal_id_archive_disposals_id_fk" FOREIGN KEY ("disposal_id") REFERENCES "public"."archive_disposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_retired_by_id_users_id_fk" FOREIGN KEY ("retired_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets" ADD CONSTRAINT "archive_assets_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_assets_texts" ADD CONSTRAINT "archive_assets_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."archive_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_disposals_items" ADD CONSTRAINT "archive_disposals_items_asset_id_archive_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_disposals_items" ADD CONSTRAINT "archive_disposals_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."archive_disposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_disposals" ADD CONSTRAINT "archive_disposals_executed_by_id_users_id_fk" FOREIGN KEY ("executed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "archive_disposals_rels" ADD CONSTRAINT "archive_disposals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."archive_disposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archive_disposals_rels" ADD CONSTRAINT "archive_disposals_rels_archive_assets_fk" FOREIGN KEY ("archive_assets_id") REFERENCES "public"."archive_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expedientes_members" ADD CONSTRAINT "expedientes_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."expedientes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expedientes_electronic_index" ADD CONSTRAINT "expedientes_electronic_index_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."expedientes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expedientes" ADD CONSTRAINT "expedientes_series_id_retention_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."retention_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expedientes_texts" ADD CONSTRAINT "expedientes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."expedientes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expedientes_rels" ADD CONSTRAINT "expedientes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."expedientes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expedientes_rels" ADD CONSTRAINT "expedientes_rels_archive_assets_fk" FOREIGN KEY ("archive_assets_id") REFERENCES "public"."archive_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expedientes_rels" ADD CONSTRAINT "expedientes_rels_contents_fk" FOREIGN KEY ("contents_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups_channels" ADD CONSTRAINT "follow_ups_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicators_v" ADD CONSTRAINT "_indicators_v_parent_id_indicators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicators_v" ADD CONSTRAINT "_indicators_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_outlets_contacts" ADD CONSTRAINT "media_outlets_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_outlets_texts" ADD CONSTRAINT "media_outlets_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_mentions" ADD CONSTRAINT "media_mentions_outlet_id_media_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."media_outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_mentions" ADD CONSTRAINT "media_mentions_origin_content_id_contents_id_fk" FOREIGN KEY ("origin_content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_mentions_rels" ADD CONSTRAINT "media_mentions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_mentions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_mentions_rels" ADD CONSTRAINT "media_mentions_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_metrics" ADD CONSTRAINT "social_metrics_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intranet_reads" ADD CONSTRAINT "intranet_reads_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intranet_reads" ADD CONSTRAINT "intranet_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intranet_reads" ADD CONSTRAINT "intranet_reads_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_generated_by_id_users_id_fk" FOREIGN KEY ("generated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_origin_risk_id_risks_id_fk" FOREIGN KEY ("origin_risk_id") REFERENCES "public"."risks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_previous_action_id_improvement_actions_id_fk" FOREIGN KEY ("previous_action_id") REFERENCES "public"."improvement_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_effectiveness_checked_by_id_users_id_fk" FOREIGN KEY ("effectiveness_checked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "improvement_actions_rels" ADD CONSTRAINT "improvement_actions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."improvement_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "improvement_actions_rels" ADD CONSTRAINT "improvement_actions_rels_alerts_fk" FOREIGN KEY ("alerts_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_improvement_actions_v" ADD CONSTRAINT "_improvement_actions_v_parent_id_improvement_actions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."improvement_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_improvement_actions_v" ADD CONSTRAINT "_improvement_actions_v_version_origin_risk_id_risks_id_fk" FOREIGN KEY ("version_origin_risk_id") REFERENCES "public"."risks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_improvement_actions_v" ADD CONSTRAINT "_improvement_actions_v_version_previous_action_id_improvement_actions_id_fk" FOREIGN KEY ("version_previous_action_id") REFERENCES "public"."improvement_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_improvement_actions_v" ADD CONSTRAINT "_improvement_actions_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_improvement_actions_v" ADD CONSTRAINT "_improvement_actions_v_version_effectiveness_checked_by_id_users_id_fk" FOREIGN KEY ("version_effectiveness_checked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_improvement_actions_v_rels" ADD CONSTRAINT "_improvement_actions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_improvement_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_improvement_actions_v_rels" ADD CONSTRAINT "_improvement_actions_v_rels_alerts_fk" FOREIGN KEY ("alerts_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risks_controls" ADD CONSTRAINT "risks_controls_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risks_controls" ADD CONSTRAINT "risks_controls_legal_reference_id_legal_references_id_fk" FOREIGN KEY ("legal_reference_id") REFERENCES "public"."legal_references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risks_controls" ADD CONSTRAINT "risks_controls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risks" ADD CONSTRAINT "risks_improvement_action_id_improvement_actions_id_fk" FOREIGN KEY ("improvement_action_id") REFERENCES "public"."improvement_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v_version_controls" ADD CONSTRAINT "_risks_v_version_controls_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v_version_controls" ADD CONSTRAINT "_risks_v_version_controls_legal_reference_id_legal_references_id_fk" FOREIGN KEY ("legal_reference_id") REFERENCES "public"."legal_references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v_version_controls" ADD CONSTRAINT "_risks_v_version_controls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risks_v" ADD CONSTRAINT "_risks_v_parent_id_risks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v" ADD CONSTRAINT "_risks_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risks_v" ADD CONSTRAINT "_risks_v_version_improvement_action_id_improvement_actions_id_fk" FOREIGN KEY ("version_improvement_action_id") REFERENCES "public"."improvement_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_control_checks" ADD CONSTRAINT "risk_control_checks_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_control_checks" ADD CONSTRAINT "risk_control_checks_checked_by_id_users_id_fk" FOREIGN KEY ("checked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "election_periods_candidates" ADD CONSTRAINT "election_periods_candidates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."election_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "transparency_items_links" ADD CONSTRAINT "transparency_items_links_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transparency_items_links" ADD CONSTRAINT "transparency_items_links_asset_id_archive_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."archive_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transparency_items_links" ADD CONSTRAINT "transparency_items_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."transparency_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "transparency_items" ADD CONSTRAINT "transparency_items_parent_id_transparency_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."transparency_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transparency_items" ADD CONSTRAINT "transparency_items_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "background_work" ADD CONSTRAINT "background_work_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fact_check_requests" ADD CONSTRAINT "fact_check_requests_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fact_check_requests" ADD CONSTRAINT "fact_check_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_communication_plans_fk" FOREIGN KEY ("communication_plans_id") REFERENCES "public"."communication_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plan_actions_fk" FOREIGN KEY ("plan_actions_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guidelines_fk" FOREIGN KEY ("guidelines_id") REFERENCES "public"."guidelines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_references_fk" FOREIGN KEY ("legal_references_id") REFERENCES "public"."legal_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_brand_assets_fk" FOREIGN KEY ("brand_assets_id") REFERENCES "public"."brand_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_communication_requests_fk" FOREIGN KEY ("communication_requests_id") REFERENCES "public"."communication_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contents_fk" FOREIGN KEY ("contents_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_petitions_fk" FOREIGN KEY ("petitions_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archive_assets_fk" FOREIGN KEY ("archive_assets_id") REFERENCES "public"."archive_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_retention_series_fk" FOREIGN KEY ("retention_series_id") REFERENCES "public"."retention_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archive_disposals_fk" FOREIGN KEY ("archive_disposals_id") REFERENCES "public"."archive_disposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_expedientes_fk" FOREIGN KEY ("expedientes_id") REFERENCES "public"."expedientes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_ups_fk" FOREIGN KEY ("follow_ups_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_measurements_fk" FOREIGN KEY ("indicator_measurements_id") REFERENCES "public"."indicator_measurements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_outlets_fk" FOREIGN KEY ("media_outlets_id") REFERENCES "public"."media_outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_mentions_fk" FOREIGN KEY ("media_mentions_id") REFERENCES "public"."media_mentions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_accounts_fk" FOREIGN KEY ("social_accounts_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_metrics_fk" FOREIGN KEY ("social_metrics_id") REFERENCES "public"."social_metrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_intranet_reads_fk" FOREIGN KEY ("intranet_reads_id") REFERENCES "public"."intranet_reads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alerts_fk" FOREIGN KEY ("alerts_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_improvement_actions_fk" FOREIGN KEY ("improvement_actions_id") REFERENCES "public"."improvement_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risks_fk" FOREIGN KEY ("risks_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risk_control_checks_fk" FOREIGN KEY ("risk_control_checks_id") REFERENCES "public"."risk_control_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_counters_fk" FOREIGN KEY ("workflow_counters_id") REFERENCES "public"."workflow_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_election_periods_fk" FOREIGN KEY ("election_periods_id") REFERENCES "public"."election_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transparency_items_fk" FOREIGN KEY ("transparency_items_id") REFERENCES "public"."transparency_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_job_leases_fk" FOREIGN KEY ("job_leases_id") REFERENCES "public"."job_leases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notification_deliveries_fk" FOREIGN KEY ("notification_deliveries_id") REFERENCES "public"."notification_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_background_work_fk" FOREIGN KEY ("background_work_id") REFERENCES "public"."background_work"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fact_check_requests_fk" FOREIGN KEY ("fact_check_requests_id") REFERENCES "public"."fact_check_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_manual_palette" ADD CONSTRAINT "brand_manual_palette_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brand_manual"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_manual_typography" ADD CONSTRAINT "brand_manual_typography_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brand_manual"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_manual_channel_presets" ADD CONSTRAINT "brand_manual_channel_presets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brand_manual"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_manual_blocklist" ADD CONSTRAINT "brand_manual_blocklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brand_manual"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brand_manual_v_version_palette" ADD CONSTRAINT "_brand_manual_v_version_palette_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brand_manual_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brand_manual_v_version_typography" ADD CONSTRAINT "_brand_manual_v_version_typography_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brand_manual_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brand_manual_v_version_channel_presets" ADD CONSTRAINT "_brand_manual_v_version_channel_presets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brand_manual_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brand_manual_v_version_blocklist" ADD CONSTRAINT "_brand_manual_v_version_blocklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brand_manual_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "communication_plans_development_plan_goals_order_idx" ON "communication_plans_development_plan_goals" USING btree ("_order");
  CREATE INDEX "communication_plans_development_plan_goals_parent_id_idx" ON "communication_plans_development_plan_goals" USING btree ("_parent_id");
  CREATE INDEX "communication_plans_strategies_order_idx" ON "communication_plans_strategies" USING btree ("_order");
  CREATE INDEX "communication_plans_strategies_parent_id_idx" ON "communication_plans_strategies" USING btree ("_parent_id");
  CREATE INDEX "communication_plans_year_idx" ON "communication_plans" USING btree ("year");
  CREATE INDEX "communication_plans_scope_idx" ON "communication_plans" USING btree ("scope");
  CREATE INDEX "communication_plans_status_idx" ON "communication_plans" USING btree ("status");
  CREATE INDEX "communication_plans_approval_approval_approved_by_idx" ON "communication_plans" USING btree ("approval_approved_by_id");
  CREATE INDEX "communication_plans_updated_at_idx" ON "communication_plans" USING btree ("updated_at");
  CREATE INDEX "communication_plans_created_at_idx" ON "communication_plans" USING btree ("created_at");
  CREATE INDEX "_communication_plans_v_version_development_plan_goals_order_idx" ON "_communication_plans_v_version_development_plan_goals" USING btree ("_order");
  CREATE INDEX "_communication_plans_v_version_development_plan_goals_parent_id_idx" ON "_communication_plans_v_version_development_plan_goals" USING btree ("_parent_id");
  CREATE INDEX "_communication_plans_v_version_strategies_order_idx" ON "_communication_plans_v_version_strategies" USING btree ("_order");
  CREATE INDEX "_communication_plans_v_version_strategies_parent_id_idx" ON "_communication_plans_v_version_strategies" USING btree ("_parent_id");
  CREATE INDEX "_communication_plans_v_parent_idx" ON "_communication_plans_v" USING btree ("parent_id");
  CREATE INDEX "_communication_plans_v_version_version_year_idx" ON "_communication_plans_v" USING btree ("version_year");
  CREATE INDEX "_communication_plans_v_version_version_scope_idx" ON "_communication_plans_v" USING btree ("version_scope");
  CREATE INDEX "_communication_plans_v_version_version_status_idx" ON "_communication_plans_v" USING btree ("version_status");
  CREATE INDEX "_communication_plans_v_version_approval_version_approval_idx" ON "_communication_plans_v" USING btree ("version_approval_approved_by_id");
  CREATE INDEX "_communication_plans_v_version_version_updated_at_idx" ON "_communication_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_communication_plans_v_version_version_created_at_idx" ON "_communication_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_communication_plans_v_created_at_idx" ON "_communication_plans_v" USING btree ("created_at");
  CREATE INDEX "_communication_plans_v_updated_at_idx" ON "_communication_plans_v" USING btree ("updated_at");
  CREATE INDEX "plan_actions_plan_idx" ON "plan_actions" USING btree ("plan_id");
  CREATE INDEX "plan_actions_responsible_idx" ON "plan_actions" USING btree ("responsible_id");
  CREATE INDEX "plan_actions_end_idx" ON "plan_actions" USING btree ("end");
  CREATE INDEX "plan_actions_progress_idx" ON "plan_actions" USING btree ("progress");
  CREATE INDEX "plan_actions_status_idx" ON "plan_actions" USING btree ("status");
  CREATE INDEX "plan_actions_updated_at_idx" ON "plan_actions" USING btree ("updated_at");
  CREATE INDEX "plan_actions_created_at_idx" ON "plan_actions" USING btree ("created_at");
  CREATE INDEX "plan_actions_rels_order_idx" ON "plan_actions_rels" USING btree ("order");
  CREATE INDEX "plan_actions_rels_parent_idx" ON "plan_actions_rels" USING btree ("parent_id");
  CREATE INDEX "plan_actions_rels_path_idx" ON "plan_actions_rels" USING btree ("path");
  CREATE INDEX "plan_actions_rels_legal_references_id_idx" ON "plan_actions_rels" USING btree ("legal_references_id");
  CREATE INDEX "campaigns_channels_order_idx" ON "campaigns_channels" USING btree ("order");
  CREATE INDEX "campaigns_channels_parent_idx" ON "campaigns_channels" USING btree ("parent_id");
  CREATE INDEX "campaigns_commitments_order_idx" ON "campaigns_commitments" USING btree ("_order");
  CREATE INDEX "campaigns_commitments_parent_id_idx" ON "campaigns_commitments" USING btree ("_parent_id");
  CREATE INDEX "campaigns_commitments_owner_idx" ON "campaigns_commitments" USING btree ("owner_id");
  CREATE INDEX "campaigns_kind_idx" ON "campaigns" USING btree ("kind");
  CREATE INDEX "campaigns_period_period_start_idx" ON "campaigns" USING btree ("period_start");
  CREATE INDEX "campaigns_period_period_end_idx" ON "campaigns" USING btree ("period_end");
  CREATE INDEX "campaigns_plan_action_idx" ON "campaigns" USING btree ("plan_action_id");
  CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_version_channels_order_idx" ON "_campaigns_v_version_channels" USING btree ("order");
  CREATE INDEX "_campaigns_v_version_channels_parent_idx" ON "_campaigns_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_commitments_order_idx" ON "_campaigns_v_version_commitments" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_commitments_parent_id_idx" ON "_campaigns_v_version_commitments" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_commitments_owner_idx" ON "_campaigns_v_version_commitments" USING btree ("owner_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_kind_idx" ON "_campaigns_v" USING btree ("version_kind");
  CREATE INDEX "_campaigns_v_version_period_version_period_start_idx" ON "_campaigns_v" USING btree ("version_period_start");
  CREATE INDEX "_campaigns_v_version_period_version_period_end_idx" ON "_campaigns_v" USING btree ("version_period_end");
  CREATE INDEX "_campaigns_v_version_version_plan_action_idx" ON "_campaigns_v" USING btree ("version_plan_action_id");
  CREATE INDEX "_campaigns_v_version_version_status_idx" ON "_campaigns_v" USING btree ("version_status");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "guidelines_code_idx" ON "guidelines" USING btree ("code");
  CREATE INDEX "guidelines_owner_idx" ON "guidelines" USING btree ("owner_id");
  CREATE INDEX "guidelines_review_date_idx" ON "guidelines" USING btree ("review_date");
  CREATE INDEX "guidelines_status_idx" ON "guidelines" USING btree ("status");
  CREATE INDEX "guidelines_approval_approval_approved_by_idx" ON "guidelines" USING btree ("approval_approved_by_id");
  CREATE INDEX "guidelines_updated_at_idx" ON "guidelines" USING btree ("updated_at");
  CREATE INDEX "guidelines_created_at_idx" ON "guidelines" USING btree ("created_at");
  CREATE INDEX "guidelines_rels_order_idx" ON "guidelines_rels" USING btree ("order");
  CREATE INDEX "guidelines_rels_parent_idx" ON "guidelines_rels" USING btree ("parent_id");
  CREATE INDEX "guidelines_rels_path_idx" ON "guidelines_rels" USING btree ("path");
  CREATE INDEX "guidelines_rels_legal_references_id_idx" ON "guidelines_rels" USING btree ("legal_references_id");
  CREATE INDEX "_guidelines_v_parent_idx" ON "_guidelines_v" USING btree ("parent_id");
  CREATE INDEX "_guidelines_v_version_version_code_idx" ON "_guidelines_v" USING btree ("version_code");
  CREATE INDEX "_guidelines_v_version_version_owner_idx" ON "_guidelines_v" USING btree ("version_owner_id");
  CREATE INDEX "_guidelines_v_version_version_review_date_idx" ON "_guidelines_v" USING btree ("version_review_date");
  CREATE INDEX "_guidelines_v_version_version_status_idx" ON "_guidelines_v" USING btree ("version_status");
  CREATE INDEX "_guidelines_v_version_approval_version_approval_approved_idx" ON "_guidelines_v" USING btree ("version_approval_approved_by_id");
  CREATE INDEX "_guidelines_v_version_version_updated_at_idx" ON "_guidelines_v" USING btree ("version_updated_at");
  CREATE INDEX "_guidelines_v_version_version_created_at_idx" ON "_guidelines_v" USING btree ("version_created_at");
  CREATE INDEX "_guidelines_v_created_at_idx" ON "_guidelines_v" USING btree ("created_at");
  CREATE INDEX "_guidelines_v_updated_at_idx" ON "_guidelines_v" USING btree ("updated_at");
  CREATE INDEX "_guidelines_v_rels_order_idx" ON "_guidelines_v_rels" USING btree ("order");
  CREATE INDEX "_guidelines_v_rels_parent_idx" ON "_guidelines_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guidelines_v_rels_path_idx" ON "_guidelines_v_rels" USING btree ("path");
  CREATE INDEX "_guidelines_v_rels_legal_references_id_idx" ON "_guidelines_v_rels" USING btree ("legal_references_id");
  CREATE INDEX "legal_references_obligations_order_idx" ON "legal_references_obligations" USING btree ("_order");
  CREATE INDEX "legal_references_obligations_parent_id_idx" ON "legal_references_obligations" USING btree ("_parent_id");
  CREATE INDEX "legal_references_updated_at_idx" ON "legal_references" USING btree ("updated_at");
  CREATE INDEX "legal_references_created_at_idx" ON "legal_references" USING btree ("created_at");
  CREATE INDEX "brand_assets_updated_at_idx" ON "brand_assets" USING btree ("updated_at");
  CREATE INDEX "brand_assets_created_at_idx" ON "brand_assets" USING btree ("created_at");
  CREATE UNIQUE INDEX "brand_assets_filename_idx" ON "brand_assets" USING btree ("filename");
  CREATE INDEX "brand_assets_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "brand_assets" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "communication_requests_products_channels_order_idx" ON "communication_requests_products_channels" USING btree ("order");
  CREATE INDEX "communication_requests_products_channels_parent_idx" ON "communication_requests_products_channels" USING btree ("parent_id");
  CREATE INDEX "communication_requests_products_order_idx" ON "communication_requests_products" USING btree ("_order");
  CREATE INDEX "communication_requests_products_parent_id_idx" ON "communication_requests_products" USING btree ("_parent_id");
  CREATE INDEX "communication_requests_attachments_order_idx" ON "communication_requests_attachments" USING btree ("_order");
  CREATE INDEX "communication_requests_attachments_parent_id_idx" ON "communication_requests_attachments" USING btree ("_parent_id");
  CREATE INDEX "communication_requests_waivers_order_idx" ON "communication_requests_waivers" USING btree ("_order");
  CREATE INDEX "communication_requests_waivers_parent_id_idx" ON "communication_requests_waivers" USING btree ("_parent_id");
  CREATE INDEX "communication_requests_waivers_by_idx" ON "communication_requests_waivers" USING btree ("by_id");
  CREATE UNIQUE INDEX "communication_requests_code_idx" ON "communication_requests" USING btree ("code");
  CREATE INDEX "communication_requests_department_idx" ON "communication_requests" USING btree ("department_id");
  CREATE INDEX "communication_requests_requested_by_idx" ON "communication_requests" USING btree ("requested_by_id");
  CREATE INDEX "communication_requests_plan_action_idx" ON "communication_requests" USING btree ("plan_action_id");
  CREATE INDEX "communication_requests_campaign_idx" ON "communication_requests" USING btree ("campaign_id");
  CREATE INDEX "communication_requests_status_idx" ON "communication_requests" USING btree ("status");
  CREATE INDEX "communication_requests_due_date_idx" ON "communication_requests" USING btree ("due_date");
  CREATE INDEX "communication_requests_updated_at_idx" ON "communication_requests" USING btree ("updated_at");
  CREATE INDEX "communication_requests_created_at_idx" ON "communication_requests" USING btree ("created_at");
  CREATE INDEX "communication_requests_rels_order_idx" ON "communication_requests_rels" USING btree ("order");
  CREATE INDEX "communication_requests_rels_parent_idx" ON "communication_requests_rels" USING btree ("parent_id");
  CREATE INDEX "communication_requests_rels_path_idx" ON "communication_requests_rels" USING btree ("path");
  CREATE INDEX "communication_requests_rels_users_id_idx" ON "communication_requests_rels" USING btree ("users_id");
  CREATE INDEX "contents_gallery_order_idx" ON "contents_gallery" USING btree ("_order");
  CREATE INDEX "contents_gallery_parent_id_idx" ON "contents_gallery" USING btree ("_parent_id");
  CREATE INDEX "contents_gallery_asset_idx" ON "contents_gallery" USING btree ("asset_id");
  CREATE INDEX "contents_videos_order_idx" ON "contents_videos" USING btree ("_order");
  CREATE INDEX "contents_videos_parent_id_idx" ON "contents_videos" USING btree ("_parent_id");
  CREATE INDEX "contents_videos_asset_idx" ON "contents_videos" USING btree ("asset_id");
  CREATE INDEX "contents_videos_captions_idx" ON "contents_videos" USING btree ("captions_id");
  CREATE INDEX "contents_check_overrides_order_idx" ON "contents_check_overrides" USING btree ("_order");
  CREATE INDEX "contents_check_overrides_parent_id_idx" ON "contents_check_overrides" USING btree ("_parent_id");
  CREATE INDEX "contents_check_overrides_by_idx" ON "contents_check_overrides" USING btree ("by_id");
  CREATE INDEX "contents_channels_order_idx" ON "contents_channels" USING btree ("order");
  CREATE INDEX "contents_channels_parent_idx" ON "contents_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "contents_slug_idx" ON "contents" USING btree ("slug");
  CREATE INDEX "contents_audience_idx" ON "contents" USING btree ("audience");
  CREATE INDEX "contents_hero_image_idx" ON "contents" USING btree ("hero_image_id");
  CREATE INDEX "contents_request_idx" ON "contents" USING btree ("request_id");
  CREATE INDEX "contents_plan_action_idx" ON "contents" USING btree ("plan_action_id");
  CREATE INDEX "contents_campaign_idx" ON "contents" USING btree ("campaign_id");
  CREATE INDEX "contents_classification_idx" ON "contents" USING btree ("classification");
  CREATE INDEX "contents_stage_idx" ON "contents" USING btree ("stage");
  CREATE INDEX "contents_published_at_idx" ON "contents" USING btree ("published_at");
  CREATE INDEX "contents_created_by_idx" ON "contents" USING btree ("created_by_id");
  CREATE INDEX "contents_last_edited_by_idx" ON "contents" USING btree ("last_edited_by_id");
  CREATE INDEX "contents_review_claim_review_claim_claimed_by_idx" ON "contents" USING btree ("review_claim_claimed_by_id");
  CREATE INDEX "contents_updated_at_idx" ON "contents" USING btree ("updated_at");
  CREATE INDEX "contents_created_at_idx" ON "contents" USING btree ("created_at");
  CREATE INDEX "contents__status_idx" ON "contents" USING btree ("_status");
  CREATE INDEX "_status_audience_publishedAt_idx" ON "contents" USING btree ("_status","audience","published_at");
  CREATE INDEX "_status_publishedAt_idx" ON "contents" USING btree ("_status","published_at");
  CREATE INDEX "contents_texts_order_parent" ON "contents_texts" USING btree ("order","parent_id");
  CREATE INDEX "contents_rels_order_idx" ON "contents_rels" USING btree ("order");
  CREATE INDEX "contents_rels_parent_idx" ON "contents_rels" USING btree ("parent_id");
  CREATE INDEX "contents_rels_path_idx" ON "contents_rels" USING btree ("path");
  CREATE INDEX "contents_rels_departments_id_idx" ON "contents_rels" USING btree ("departments_id");
  CREATE INDEX "contents_rels_users_id_idx" ON "contents_rels" USING btree ("users_id");
  CREATE INDEX "_contents_v_version_gallery_order_idx" ON "_contents_v_version_gallery" USING btree ("_order");
  CREATE INDEX "_contents_v_version_gallery_parent_id_idx" ON "_contents_v_version_gallery" USING btree ("_parent_id");
  CREATE INDEX "_contents_v_version_gallery_asset_idx" ON "_contents_v_version_gallery" USING btree ("asset_id");
  CREATE INDEX "_contents_v_version_videos_order_idx" ON "_contents_v_version_videos" USING btree ("_order");
  CREATE INDEX "_contents_v_version_videos_parent_id_idx" ON "_contents_v_version_videos" USING btree ("_parent_id");
  CREATE INDEX "_contents_v_version_videos_asset_idx" ON "_contents_v_version_videos" USING btree ("asset_id");
  CREATE INDEX "_contents_v_version_videos_captions_idx" ON "_contents_v_version_videos" USING btree ("captions_id");
  CREATE INDEX "_contents_v_version_check_overrides_order_idx" ON "_contents_v_version_check_overrides" USING btree ("_order");
  CREATE INDEX "_contents_v_version_check_overrides_parent_id_idx" ON "_contents_v_version_check_overrides" USING btree ("_parent_id");
  CREATE INDEX "_contents_v_version_check_overrides_by_idx" ON "_contents_v_version_check_overrides" USING btree ("by_id");
  CREATE INDEX "_contents_v_version_channels_order_idx" ON "_contents_v_version_channels" USING btree ("order");
  CREATE INDEX "_contents_v_version_channels_parent_idx" ON "_contents_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_contents_v_parent_idx" ON "_contents_v" USING btree ("parent_id");
  CREATE INDEX "_contents_v_version_version_slug_idx" ON "_contents_v" USING btree ("version_slug");
  CREATE INDEX "_contents_v_version_version_audience_idx" ON "_contents_v" USING btree ("version_audience");
  CREATE INDEX "_contents_v_version_version_hero_image_idx" ON "_contents_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_contents_v_version_version_request_idx" ON "_contents_v" USING btree ("version_request_id");
  CREATE INDEX "_contents_v_version_version_plan_action_idx" ON "_contents_v" USING btree ("version_plan_action_id");
  CREATE INDEX "_contents_v_version_version_campaign_idx" ON "_contents_v" USING btree ("version_campaign_id");
  CREATE INDEX "_contents_v_version_version_classification_idx" ON "_contents_v" USING btree ("version_classification");
  CREATE INDEX "_contents_v_version_version_stage_idx" ON "_contents_v" USING btree ("version_stage");
  CREATE INDEX "_contents_v_version_version_published_at_idx" ON "_contents_v" USING btree ("version_published_at");
  CREATE INDEX "_contents_v_version_version_created_by_idx" ON "_contents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contents_v_version_version_last_edited_by_idx" ON "_contents_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_contents_v_version_review_claim_version_review_claim_cl_idx" ON "_contents_v" USING btree ("version_review_claim_claimed_by_id");
  CREATE INDEX "_contents_v_version_version_updated_at_idx" ON "_contents_v" USING btree ("version_updated_at");
  CREATE INDEX "_contents_v_version_version_created_at_idx" ON "_contents_v" USING btree ("version_created_at");
  CREATE INDEX "_contents_v_version_version__status_idx" ON "_contents_v" USING btree ("version__status");
  CREATE INDEX "_contents_v_created_at_idx" ON "_contents_v" USING btree ("created_at");
  CREATE INDEX "_contents_v_updated_at_idx" ON "_contents_v" USING btree ("updated_at");
  CREATE INDEX "_contents_v_latest_idx" ON "_contents_v" USING btree ("latest");
  CREATE INDEX "version__status_version_audience_version_publishedAt_idx" ON "_contents_v" USING btree ("version__status","version_audience","version_published_at");
  CREATE INDEX "version__status_version_publishedAt_idx" ON "_contents_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_contents_v_texts_order_parent" ON "_contents_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_contents_v_rels_order_idx" ON "_contents_v_rels" USING btree ("order");
  CREATE INDEX "_contents_v_rels_parent_idx" ON "_contents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contents_v_rels_path_idx" ON "_contents_v_rels" USING btree ("path");
  CREATE INDEX "_contents_v_rels_departments_id_idx" ON "_contents_v_rels" USING btree ("departments_id");
  CREATE INDEX "_contents_v_rels_users_id_idx" ON "_contents_v_rels" USING btree ("users_id");
  CREATE INDEX "petitions_received_at_idx" ON "petitions" USING btree ("received_at");
  CREATE INDEX "petitions_due_date_idx" ON "petitions" USING btree ("due_date");
  CREATE INDEX "petitions_department_idx" ON "petitions" USING btree ("department_id");
  CREATE INDEX "petitions_assignee_idx" ON "petitions" USING btree ("assignee_id");
  CREATE INDEX "petitions_status_idx" ON "petitions" USING btree ("status");
  CREATE INDEX "petitions_answer_answer_answered_at_idx" ON "petitions" USING btree ("answer_answered_at");
  CREATE INDEX "petitions_answer_answer_answered_by_idx" ON "petitions" USING btree ("answer_answered_by_id");
  CREATE INDEX "petitions_updated_at_idx" ON "petitions" USING btree ("updated_at");
  CREATE INDEX "petitions_created_at_idx" ON "petitions" USING btree ("created_at");
  CREATE INDEX "archive_assets_people_order_idx" ON "archive_assets_people" USING btree ("_order");
  CREATE INDEX "archive_assets_people_parent_id_idx" ON "archive_assets_people" USING btree ("_parent_id");
  CREATE INDEX "archive_assets_consent_records_channels_order_idx" ON "archive_assets_consent_records_channels" USING btree ("order");
  CREATE INDEX "archive_assets_consent_records_channels_parent_idx" ON "archive_assets_consent_records_channels" USING btree ("parent_id");
  CREATE INDEX "archive_assets_consent_records_purposes_order_idx" ON "archive_assets_consent_records_purposes" USING btree ("order");
  CREATE INDEX "archive_assets_consent_records_purposes_parent_idx" ON "archive_assets_consent_records_purposes" USING btree ("parent_id");
  CREATE INDEX "archive_assets_consent_records_order_idx" ON "archive_assets_consent_records" USING btree ("_order");
  CREATE INDEX "archive_assets_consent_records_parent_id_idx" ON "archive_assets_consent_records" USING btree ("_parent_id");
  CREATE INDEX "archive_assets_consent_records_document_idx" ON "archive_assets_consent_records" USING btree ("document_id");
  CREATE INDEX "archive_assets_previous_files_order_idx" ON "archive_assets_previous_files" USING btree ("_order");
  CREATE INDEX "archive_assets_previous_files_parent_id_idx" ON "archive_assets_previous_files" USING btree ("_parent_id");
  CREATE INDEX "archive_assets_previous_files_sha256_idx" ON "archive_assets_previous_files" USING btree ("sha256");
  CREATE INDEX "archive_assets_previous_files_replaced_by_idx" ON "archive_assets_previous_files" USING btree ("replaced_by_id");
  CREATE INDEX "archive_assets_kind_idx" ON "archive_assets" USING btree ("kind");
  CREATE INDEX "archive_assets_captured_at_idx" ON "archive_assets" USING btree ("captured_at");
  CREATE INDEX "archive_assets_license_license_expires_at_idx" ON "archive_assets" USING btree ("license_expires_at");
  CREATE INDEX "archive_assets_license_license_document_idx" ON "archive_assets" USING btree ("license_document_id");
  CREATE INDEX "archive_assets_department_idx" ON "archive_assets" USING btree ("department_id");
  CREATE INDEX "archive_assets_minors_present_idx" ON "archive_assets" USING btree ("minors_present");
  CREATE INDEX "archive_assets_consent_idx" ON "archive_assets" USING btree ("consent");
  CREATE INDEX "archive_assets_consent_document_idx" ON "archive_assets" USING btree ("consent_document_id");
  CREATE INDEX "archive_assets_public_use_public_use_covered_idx" ON "archive_assets" USING btree ("public_use_covered");
  CREATE INDEX "archive_assets_public_use_public_use_from_idx" ON "archive_assets" USING btree ("public_use_from");
  CREATE INDEX "archive_assets_public_use_public_use_until_idx" ON "archive_assets" USING btree ("public_use_until");
  CREATE INDEX "archive_assets_caption_file_idx" ON "archive_assets" USING btree ("caption_file_id");
  CREATE INDEX "archive_assets_has_captions_idx" ON "archive_assets" USING btree ("has_captions");
  CREATE INDEX "archive_assets_classification_idx" ON "archive_assets" USING btree ("classification");
  CREATE INDEX "archive_assets_access_level_idx" ON "archive_assets" USING btree ("access_level");
  CREATE INDEX "archive_assets_retention_retention_series_idx" ON "archive_assets" USING btree ("retention_series_id");
  CREATE INDEX "archive_assets_retention_retention_due_at_idx" ON "archive_assets" USING btree ("retention_due_at");
  CREATE INDEX "archive_assets_status_idx" ON "archive_assets" USING btree ("status");
  CREATE INDEX "archive_assets_legal_hold_idx" ON "archive_assets" USING btree ("legal_hold");
  CREATE INDEX "archive_assets_disposal_idx" ON "archive_assets" USING btree ("disposal_id");
  CREATE INDEX "archive_assets_retired_by_idx" ON "archive_assets" USING btree ("retired_by_id");
  CREATE INDEX "archive_assets_sha256_idx" ON "archive_assets" USING btree ("sha256");
  CREATE INDEX "archive_assets_uploaded_by_idx" ON "archive_assets" USING btree ("uploaded_by_id");
  CREATE INDEX "archive_assets_updated_at_idx" ON "archive_assets" USING btree ("updated_at");
  CREATE INDEX "archive_assets_created_at_idx" ON "archive_assets" USING btree ("created_at");
  CREATE UNIQUE INDEX "archive_assets_filename_idx" ON "archive_assets" USING btree ("filename");
  CREATE INDEX "archive_assets_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "archive_assets" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "archive_assets_sizes_card_sizes_card_filename_idx" ON "archive_assets" USING btree ("sizes_card_filename");
  CREATE INDEX "archive_assets_sizes_web_sizes_web_filename_idx" ON "archive_assets" USING btree ("sizes_web_filename");
  CREATE INDEX "archive_assets_sizes_social_sizes_social_filename_idx" ON "archive_assets" USING btree ("sizes_social_filename");
  CREATE INDEX "archive_assets_sizes_og_sizes_og_filename_idx" ON "archive_assets" USING btree ("sizes_og_filename");
  CREATE INDEX "archive_assets_texts_order_parent" ON "archive_assets_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "retention_series_code_idx" ON "retention_series" USING btree ("code");
  CREATE INDEX "retention_series_updated_at_idx" ON "retention_series" USING btree ("updated_at");
  CREATE INDEX "retention_series_created_at_idx" ON "retention_series" USING btree ("created_at");
  CREATE INDEX "archive_disposals_items_order_idx" ON "archive_disposals_items" USING btree ("_order");
  CREATE INDEX "archive_disposals_items_parent_id_idx" ON "archive_disposals_items" USING btree ("_parent_id");
  CREATE INDEX "archive_disposals_items_asset_idx" ON "archive_disposals_items" USING btree ("asset_id");
  CREATE UNIQUE INDEX "archive_disposals_act_number_idx" ON "archive_disposals" USING btree ("act_number");
  CREATE INDEX "archive_disposals_executed_by_idx" ON "archive_disposals" USING btree ("executed_by_id");
  CREATE INDEX "archive_disposals_updated_at_idx" ON "archive_disposals" USING btree ("updated_at");
  CREATE INDEX "archive_disposals_created_at_idx" ON "archive_disposals" USING btree ("created_at");
  CREATE INDEX "archive_disposals_rels_order_idx" ON "archive_disposals_rels" USING btree ("order");
  CREATE INDEX "archive_disposals_rels_parent_idx" ON "archive_disposals_rels" USING btree ("parent_id");
  CREATE INDEX "archive_disposals_rels_path_idx" ON "archive_disposals_rels" USING btree ("path");
  CREATE INDEX "archive_disposals_rels_archive_assets_id_idx" ON "archive_disposals_rels" USING btree ("archive_assets_id");
  CREATE INDEX "expedientes_members_order_idx" ON "expedientes_members" USING btree ("_order");
  CREATE INDEX "expedientes_members_parent_id_idx" ON "expedientes_members" USING btree ("_parent_id");
  CREATE INDEX "expedientes_electronic_index_order_idx" ON "expedientes_electronic_index" USING btree ("_order");
  CREATE INDEX "expedientes_electronic_index_parent_id_idx" ON "expedientes_electronic_index" USING btree ("_parent_id");
  CREATE INDEX "expedientes_series_idx" ON "expedientes" USING btree ("series_id");
  CREATE INDEX "expedientes_updated_at_idx" ON "expedientes" USING btree ("updated_at");
  CREATE INDEX "expedientes_created_at_idx" ON "expedientes" USING btree ("created_at");
  CREATE INDEX "expedientes_texts_order_parent" ON "expedientes_texts" USING btree ("order","parent_id");
  CREATE INDEX "expedientes_texts_text_idx" ON "expedientes_texts" USING btree ("text");
  CREATE INDEX "expedientes_rels_order_idx" ON "expedientes_rels" USING btree ("order");
  CREATE INDEX "expedientes_rels_parent_idx" ON "expedientes_rels" USING btree ("parent_id");
  CREATE INDEX "expedientes_rels_path_idx" ON "expedientes_rels" USING btree ("path");
  CREATE INDEX "expedientes_rels_archive_assets_id_idx" ON "expedientes_rels" USING btree ("archive_assets_id");
  CREATE INDEX "expedientes_rels_contents_id_idx" ON "expedientes_rels" USING btree ("contents_id");
  CREATE INDEX "follow_ups_channels_order_idx" ON "follow_ups_channels" USING btree ("order");
  CREATE INDEX "follow_ups_channels_parent_idx" ON "follow_ups_channels" USING btree ("parent_id");
  CREATE INDEX "follow_ups_kind_idx" ON "follow_ups" USING btree ("kind");
  CREATE INDEX "follow_ups_subject_collection_idx" ON "follow_ups" USING btree ("subject_collection");
  CREATE INDEX "follow_ups_subject_id_idx" ON "follow_ups" USING btree ("subject_id");
  CREATE INDEX "follow_ups_measured_at_idx" ON "follow_ups" USING btree ("measured_at");
  CREATE INDEX "follow_ups_department_idx" ON "follow_ups" USING btree ("department_id");
  CREATE INDEX "follow_ups_on_time_idx" ON "follow_ups" USING btree ("on_time");
  CREATE INDEX "follow_ups_content_kind_idx" ON "follow_ups" USING btree ("content_kind");
  CREATE UNIQUE INDEX "follow_ups_key_idx" ON "follow_ups" USING btree ("key");
  CREATE INDEX "follow_ups_updated_at_idx" ON "follow_ups" USING btree ("updated_at");
  CREATE INDEX "follow_ups_created_at_idx" ON "follow_ups" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicators_code_idx" ON "indicators" USING btree ("code");
  CREATE INDEX "indicators_owner_idx" ON "indicators" USING btree ("owner_id");
  CREATE INDEX "indicators_active_idx" ON "indicators" USING btree ("active");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "_indicators_v_parent_idx" ON "_indicators_v" USING btree ("parent_id");
  CREATE INDEX "_indicators_v_version_version_code_idx" ON "_indicators_v" USING btree ("version_code");
  CREATE INDEX "_indicators_v_version_version_owner_idx" ON "_indicators_v" USING btree ("version_owner_id");
  CREATE INDEX "_indicators_v_version_version_active_idx" ON "_indicators_v" USING btree ("version_active");
  CREATE INDEX "_indicators_v_version_version_updated_at_idx" ON "_indicators_v" USING btree ("version_updated_at");
  CREATE INDEX "_indicators_v_version_version_created_at_idx" ON "_indicators_v" USING btree ("version_created_at");
  CREATE INDEX "_indicators_v_created_at_idx" ON "_indicators_v" USING btree ("created_at");
  CREATE INDEX "_indicators_v_updated_at_idx" ON "_indicators_v" USING btree ("updated_at");
  CREATE INDEX "indicator_measurements_indicator_idx" ON "indicator_measurements" USING btree ("indicator_id");
  CREATE INDEX "indicator_measurements_period_idx" ON "indicator_measurements" USING btree ("period");
  CREATE INDEX "indicator_measurements_period_end_idx" ON "indicator_measurements" USING btree ("period_end");
  CREATE INDEX "indicator_measurements_updated_at_idx" ON "indicator_measurements" USING btree ("updated_at");
  CREATE INDEX "indicator_measurements_created_at_idx" ON "indicator_measurements" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_period_idx" ON "indicator_measurements" USING btree ("indicator_id","period");
  CREATE INDEX "workflow_events_collection_idx" ON "workflow_events" USING btree ("collection");
  CREATE INDEX "workflow_events_document_idx" ON "workflow_events" USING btree ("document");
  CREATE INDEX "workflow_events_kind_idx" ON "workflow_events" USING btree ("kind");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_department_idx" ON "workflow_events" USING btree ("department_id");
  CREATE INDEX "workflow_events_at_idx" ON "workflow_events" USING btree ("at");
  CREATE INDEX "workflow_events_forced_idx" ON "workflow_events" USING btree ("forced");
  CREATE INDEX "workflow_events_reviewed_by_idx" ON "workflow_events" USING btree ("reviewed_by_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "media_outlets_contacts_order_idx" ON "media_outlets_contacts" USING btree ("_order");
  CREATE INDEX "media_outlets_contacts_parent_id_idx" ON "media_outlets_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "media_outlets_name_idx" ON "media_outlets" USING btree ("name");
  CREATE INDEX "media_outlets_type_idx" ON "media_outlets" USING btree ("type");
  CREATE INDEX "media_outlets_domain_idx" ON "media_outlets" USING btree ("domain");
  CREATE INDEX "media_outlets_updated_at_idx" ON "media_outlets" USING btree ("updated_at");
  CREATE INDEX "media_outlets_created_at_idx" ON "media_outlets" USING btree ("created_at");
  CREATE INDEX "media_outlets_texts_order_parent" ON "media_outlets_texts" USING btree ("order","parent_id");
  CREATE INDEX "media_mentions_outlet_idx" ON "media_mentions" USING btree ("outlet_id");
  CREATE INDEX "media_mentions_date_idx" ON "media_mentions" USING btree ("date");
  CREATE INDEX "media_mentions_topic_idx" ON "media_mentions" USING btree ("topic");
  CREATE INDEX "media_mentions_sentiment_idx" ON "media_mentions" USING btree ("sentiment");
  CREATE INDEX "media_mentions_origin_content_idx" ON "media_mentions" USING btree ("origin_content_id");
  CREATE UNIQUE INDEX "media_mentions_dedupe_key_idx" ON "media_mentions" USING btree ("dedupe_key");
  CREATE INDEX "media_mentions_updated_at_idx" ON "media_mentions" USING btree ("updated_at");
  CREATE INDEX "media_mentions_created_at_idx" ON "media_mentions" USING btree ("created_at");
  CREATE INDEX "media_mentions_rels_order_idx" ON "media_mentions_rels" USING btree ("order");
  CREATE INDEX "media_mentions_rels_parent_idx" ON "media_mentions_rels" USING btree ("parent_id");
  CREATE INDEX "media_mentions_rels_path_idx" ON "media_mentions_rels" USING btree ("path");
  CREATE INDEX "media_mentions_rels_departments_id_idx" ON "media_mentions_rels" USING btree ("departments_id");
  CREATE INDEX "social_accounts_network_idx" ON "social_accounts" USING btree ("network");
  CREATE INDEX "social_accounts_department_idx" ON "social_accounts" USING btree ("department_id");
  CREATE UNIQUE INDEX "social_accounts_account_key_idx" ON "social_accounts" USING btree ("account_key");
  CREATE INDEX "social_accounts_updated_at_idx" ON "social_accounts" USING btree ("updated_at");
  CREATE INDEX "social_accounts_created_at_idx" ON "social_accounts" USING btree ("created_at");
  CREATE INDEX "social_metrics_account_idx" ON "social_metrics" USING btree ("account_id");
  CREATE INDEX "social_metrics_period_start_idx" ON "social_metrics" USING btree ("period_start");
  CREATE UNIQUE INDEX "social_metrics_period_key_idx" ON "social_metrics" USING btree ("period_key");
  CREATE INDEX "social_metrics_updated_at_idx" ON "social_metrics" USING btree ("updated_at");
  CREATE INDEX "social_metrics_created_at_idx" ON "social_metrics" USING btree ("created_at");
  CREATE INDEX "intranet_reads_content_idx" ON "intranet_reads" USING btree ("content_id");
  CREATE INDEX "intranet_reads_user_idx" ON "intranet_reads" USING btree ("user_id");
  CREATE INDEX "intranet_reads_department_idx" ON "intranet_reads" USING btree ("department_id");
  CREATE INDEX "intranet_reads_day_idx" ON "intranet_reads" USING btree ("day");
  CREATE UNIQUE INDEX "intranet_reads_read_key_idx" ON "intranet_reads" USING btree ("read_key");
  CREATE INDEX "intranet_reads_updated_at_idx" ON "intranet_reads" USING btree ("updated_at");
  CREATE INDEX "intranet_reads_created_at_idx" ON "intranet_reads" USING btree ("created_at");
  CREATE INDEX "reports_kind_idx" ON "reports" USING btree ("kind");
  CREATE INDEX "reports_period_idx" ON "reports" USING btree ("period");
  CREATE UNIQUE INDEX "reports_run_key_idx" ON "reports" USING btree ("run_key");
  CREATE INDEX "reports_generated_by_idx" ON "reports" USING btree ("generated_by_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "kind_period_version_idx" ON "reports" USING btree ("kind","period","version");
  CREATE INDEX "alerts_kind_idx" ON "alerts" USING btree ("kind");
  CREATE INDEX "alerts_subject_subject_document_id_idx" ON "alerts" USING btree ("subject_document_id");
  CREATE INDEX "alerts_status_idx" ON "alerts" USING btree ("status");
  CREATE UNIQUE INDEX "alerts_open_key_idx" ON "alerts" USING btree ("open_key");
  CREATE INDEX "alerts_updated_at_idx" ON "alerts" USING btree ("updated_at");
  CREATE INDEX "alerts_created_at_idx" ON "alerts" USING btree ("created_at");
  CREATE INDEX "improvement_actions_origin_risk_idx" ON "improvement_actions" USING btree ("origin_risk_id");
  CREATE INDEX "improvement_actions_previous_action_idx" ON "improvement_actions" USING btree ("previous_action_id");
  CREATE INDEX "improvement_actions_responsible_idx" ON "improvement_actions" USING btree ("responsible_id");
  CREATE INDEX "improvement_actions_due_date_idx" ON "improvement_actions" USING btree ("due_date");
  CREATE INDEX "improvement_actions_status_idx" ON "improvement_actions" USING btree ("status");
  CREATE INDEX "improvement_actions_effectiveness_effectiveness_checked__idx" ON "improvement_actions" USING btree ("effectiveness_checked_by_id");
  CREATE INDEX "improvement_actions_updated_at_idx" ON "improvement_actions" USING btree ("updated_at");
  CREATE INDEX "improvement_actions_created_at_idx" ON "improvement_actions" USING btree ("created_at");
  CREATE INDEX "improvement_actions_rels_order_idx" ON "improvement_actions_rels" USING btree ("order");
  CREATE INDEX "improvement_actions_rels_parent_idx" ON "improvement_actions_rels" USING btree ("parent_id");
  CREATE INDEX "improvement_actions_rels_path_idx" ON "improvement_actions_rels" USING btree ("path");
  CREATE INDEX "improvement_actions_rels_alerts_id_idx" ON "improvement_actions_rels" USING btree ("alerts_id");
  CREATE INDEX "_improvement_actions_v_parent_idx" ON "_improvement_actions_v" USING btree ("parent_id");
  CREATE INDEX "_improvement_actions_v_version_version_origin_risk_idx" ON "_improvement_actions_v" USING btree ("version_origin_risk_id");
  CREATE INDEX "_improvement_actions_v_version_version_previous_action_idx" ON "_improvement_actions_v" USING btree ("version_previous_action_id");
  CREATE INDEX "_improvement_actions_v_version_version_responsible_idx" ON "_improvement_actions_v" USING btree ("version_responsible_id");
  CREATE INDEX "_improvement_actions_v_version_version_due_date_idx" ON "_improvement_actions_v" USING btree ("version_due_date");
  CREATE INDEX "_improvement_actions_v_version_version_status_idx" ON "_improvement_actions_v" USING btree ("version_status");
  CREATE INDEX "_improvement_actions_v_version_effectiveness_version_eff_idx" ON "_improvement_actions_v" USING btree ("version_effectiveness_checked_by_id");
  CREATE INDEX "_improvement_actions_v_version_version_updated_at_idx" ON "_improvement_actions_v" USING btree ("version_updated_at");
  CREATE INDEX "_improvement_actions_v_version_version_created_at_idx" ON "_improvement_actions_v" USING btree ("version_created_at");
  CREATE INDEX "_improvement_actions_v_created_at_idx" ON "_improvement_actions_v" USING btree ("created_at");
  CREATE INDEX "_improvement_actions_v_updated_at_idx" ON "_improvement_actions_v" USING btree ("updated_at");
  CREATE INDEX "_improvement_actions_v_rels_order_idx" ON "_improvement_actions_v_rels" USING btree ("order");
  CREATE INDEX "_improvement_actions_v_rels_parent_idx" ON "_improvement_actions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_improvement_actions_v_rels_path_idx" ON "_improvement_actions_v_rels" USING btree ("path");
  CREATE INDEX "_improvement_actions_v_rels_alerts_id_idx" ON "_improvement_actions_v_rels" USING btree ("alerts_id");
  CREATE INDEX "risks_controls_order_idx" ON "risks_controls" USING btree ("_order");
  CREATE INDEX "risks_controls_parent_id_idx" ON "risks_controls" USING btree ("_parent_id");
  CREATE INDEX "risks_controls_owner_idx" ON "risks_controls" USING btree ("owner_id");
  CREATE INDEX "risks_controls_legal_reference_idx" ON "risks_controls" USING btree ("legal_reference_id");
  CREATE UNIQUE INDEX "risks_code_idx" ON "risks" USING btree ("code");
  CREATE INDEX "risks_owner_idx" ON "risks" USING btree ("owner_id");
  CREATE INDEX "risks_status_idx" ON "risks" USING btree ("status");
  CREATE INDEX "risks_improvement_action_idx" ON "risks" USING btree ("improvement_action_id");
  CREATE INDEX "risks_updated_at_idx" ON "risks" USING btree ("updated_at");
  CREATE INDEX "risks_created_at_idx" ON "risks" USING btree ("created_at");
  CREATE INDEX "_risks_v_version_controls_order_idx" ON "_risks_v_version_controls" USING btree ("_order");
  CREATE INDEX "_risks_v_version_controls_parent_id_idx" ON "_risks_v_version_controls" USING btree ("_parent_id");
  CREATE INDEX "_risks_v_version_controls_owner_idx" ON "_risks_v_version_controls" USING btree ("owner_id");
  CREATE INDEX "_risks_v_version_controls_legal_reference_idx" ON "_risks_v_version_controls" USING btree ("legal_reference_id");
  CREATE INDEX "_risks_v_parent_idx" ON "_risks_v" USING btree ("parent_id");
  CREATE INDEX "_risks_v_version_version_code_idx" ON "_risks_v" USING btree ("version_code");
  CREATE INDEX "_risks_v_version_version_owner_idx" ON "_risks_v" USING btree ("version_owner_id");
  CREATE INDEX "_risks_v_version_version_status_idx" ON "_risks_v" USING btree ("version_status");
  CREATE INDEX "_risks_v_version_version_improvement_action_idx" ON "_risks_v" USING btree ("version_improvement_action_id");
  CREATE INDEX "_risks_v_version_version_updated_at_idx" ON "_risks_v" USING btree ("version_updated_at");
  CREATE INDEX "_risks_v_version_version_created_at_idx" ON "_risks_v" USING btree ("version_created_at");
  CREATE INDEX "_risks_v_created_at_idx" ON "_risks_v" USING btree ("created_at");
  CREATE INDEX "_risks_v_updated_at_idx" ON "_risks_v" USING btree ("updated_at");
  CREATE INDEX "risk_control_checks_risk_idx" ON "risk_control_checks" USING btree ("risk_id");
  CREATE INDEX "risk_control_checks_control_id_idx" ON "risk_control_checks" USING btree ("control_id");
  CREATE INDEX "risk_control_checks_checked_at_idx" ON "risk_control_checks" USING btree ("checked_at");
  CREATE INDEX "risk_control_checks_checked_by_idx" ON "risk_control_checks" USING btree ("checked_by_id");
  CREATE INDEX "risk_control_checks_updated_at_idx" ON "risk_control_checks" USING btree ("updated_at");
  CREATE INDEX "risk_control_checks_created_at_idx" ON "risk_control_checks" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "departments_name_idx" ON "departments" USING btree ("name");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "workflow_counters_key_idx" ON "workflow_counters" USING btree ("key");
  CREATE INDEX "workflow_counters_updated_at_idx" ON "workflow_counters" USING btree ("updated_at");
  CREATE INDEX "workflow_counters_created_at_idx" ON "workflow_counters" USING btree ("created_at");
  CREATE INDEX "election_periods_candidates_order_idx" ON "election_periods_candidates" USING btree ("_order");
  CREATE INDEX "election_periods_candidates_parent_id_idx" ON "election_periods_candidates" USING btree ("_parent_id");
  CREATE INDEX "election_periods_election_day_idx" ON "election_periods" USING btree ("election_day");
  CREATE INDEX "election_periods_start_idx" ON "election_periods" USING btree ("start");
  CREATE INDEX "election_periods_end_idx" ON "election_periods" USING btree ("end");
  CREATE INDEX "election_periods_updated_at_idx" ON "election_periods" USING btree ("updated_at");
  CREATE INDEX "election_periods_created_at_idx" ON "election_periods" USING btree ("created_at");
  CREATE INDEX "transparency_items_links_order_idx" ON "transparency_items_links" USING btree ("_order");
  CREATE INDEX "transparency_items_links_parent_id_idx" ON "transparency_items_links" USING btree ("_parent_id");
  CREATE INDEX "transparency_items_links_content_idx" ON "transparency_items_links" USING btree ("content_id");
  CREATE INDEX "transparency_items_links_asset_idx" ON "transparency_items_links" USING btree ("asset_id");
  CREATE UNIQUE INDEX "transparency_items_number_idx" ON "transparency_items" USING btree ("number");
  CREATE INDEX "transparency_items_parent_idx" ON "transparency_items" USING btree ("parent_id");
  CREATE INDEX "transparency_items_sort_key_idx" ON "transparency_items" USING btree ("sort_key");
  CREATE INDEX "transparency_items_owner_department_idx" ON "transparency_items" USING btree ("owner_department_id");
  CREATE INDEX "transparency_items_updated_at_idx" ON "transparency_items" USING btree ("updated_at");
  CREATE INDEX "transparency_items_created_at_idx" ON "transparency_items" USING btree ("created_at");
  CREATE UNIQUE INDEX "job_leases_key_idx" ON "job_leases" USING btree ("key");
  CREATE INDEX "job_leases_updated_at_idx" ON "job_leases" USING btree ("updated_at");
  CREATE INDEX "job_leases_created_at_idx" ON "job_leases" USING btree ("created_at");
  CREATE UNIQUE INDEX "notification_deliveries_key_idx" ON "notification_deliveries" USING btree ("key");
  CREATE INDEX "notification_deliveries_event_idx" ON "notification_deliveries" USING btree ("event");
  CREATE INDEX "notification_deliveries_doc_id_idx" ON "notification_deliveries" USING btree ("doc_id");
  CREATE INDEX "notification_deliveries_status_idx" ON "notification_deliveries" USING btree ("status");
  CREATE INDEX "notification_deliveries_updated_at_idx" ON "notification_deliveries" USING btree ("updated_at");
  CREATE INDEX "notification_deliveries_created_at_idx" ON "notification_deliveries" USING btree ("created_at");
  CREATE INDEX "background_work_kind_idx" ON "background_work" USING btree ("kind");
  CREATE INDEX "background_work_status_idx" ON "background_work" USING btree ("status");
  CREATE INDEX "background_work_requested_by_idx" ON "background_work" USING btree ("requested_by_id");
  CREATE INDEX "background_work_updated_at_idx" ON "background_work" USING btree ("updated_at");
  CREATE INDEX "background_work_created_at_idx" ON "background_work" USING btree ("created_at");
  CREATE UNIQUE INDEX "fact_check_requests_token_id_idx" ON "fact_check_requests" USING btree ("token_id");
  CREATE INDEX "fact_check_requests_content_idx" ON "fact_check_requests" USING btree ("content_id");
  CREATE INDEX "fact_check_requests_requested_by_idx" ON "fact_check_requests" USING btree ("requested_by_id");
  CREATE INDEX "fact_check_requests_used_at_idx" ON "fact_check_requests" USING btree ("used_at");
  CREATE INDEX "fact_check_requests_answer_event_idx" ON "fact_check_requests" USING btree ("answer_event");
  CREATE INDEX "fact_check_requests_updated_at_idx" ON "fact_check_requests" USING btree ("updated_at");
  CREATE INDEX "fact_check_requests_created_at_idx" ON "fact_check_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_communication_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("communication_plans_id");
  CREATE INDEX "payload_locked_documents_rels_plan_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("plan_actions_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_guidelines_id_idx" ON "payload_locked_documents_rels" USING btree ("guidelines_id");
  CREATE INDEX "payload_locked_documents_rels_legal_references_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_references_id");
  CREATE INDEX "payload_locked_documents_rels_brand_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("brand_assets_id");
  CREATE INDEX "payload_locked_documents_rels_communication_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("communication_requests_id");
  CREATE INDEX "payload_locked_documents_rels_contents_id_idx" ON "payload_locked_documents_rels" USING btree ("contents_id");
  CREATE INDEX "payload_locked_documents_rels_petitions_id_idx" ON "payload_locked_documents_rels" USING btree ("petitions_id");
  CREATE INDEX "payload_locked_documents_rels_archive_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("archive_assets_id");
  CREATE INDEX "payload_locked_documents_rels_retention_series_id_idx" ON "payload_locked_documents_rels" USING btree ("retention_series_id");
  CREATE INDEX "payload_locked_documents_rels_archive_disposals_id_idx" ON "payload_locked_documents_rels" USING btree ("archive_disposals_id");
  CREATE INDEX "payload_locked_documents_rels_expedientes_id_idx" ON "payload_locked_documents_rels" USING btree ("expedientes_id");
  CREATE INDEX "payload_locked_documents_rels_follow_ups_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_ups_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_measurements_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_measurements_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_media_outlets_id_idx" ON "payload_locked_documents_rels" USING btree ("media_outlets_id");
  CREATE INDEX "payload_locked_documents_rels_media_mentions_id_idx" ON "payload_locked_documents_rels" USING btree ("media_mentions_id");
  CREATE INDEX "payload_locked_documents_rels_social_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("social_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_social_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("social_metrics_id");
  CREATE INDEX "payload_locked_documents_rels_intranet_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("intranet_reads_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("alerts_id");
  CREATE INDEX "payload_locked_documents_rels_improvement_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("improvement_actions_id");
  CREATE INDEX "payload_locked_documents_rels_risks_id_idx" ON "payload_locked_documents_rels" USING btree ("risks_id");
  CREATE INDEX "payload_locked_documents_rels_risk_control_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("risk_control_checks_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_counters_id");
  CREATE INDEX "payload_locked_documents_rels_election_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("election_periods_id");
  CREATE INDEX "payload_locked_documents_rels_transparency_items_id_idx" ON "payload_locked_documents_rels" USING btree ("transparency_items_id");
  CREATE INDEX "payload_locked_documents_rels_job_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("job_leases_id");
  CREATE INDEX "payload_locked_documents_rels_notification_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("notification_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_background_work_id_idx" ON "payload_locked_documents_rels" USING btree ("background_work_id");
  CREATE INDEX "payload_locked_documents_rels_fact_check_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("fact_check_requests_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "brand_manual_palette_order_idx" ON "brand_manual_palette" USING btree ("_order");
  CREATE INDEX "brand_manual_palette_parent_id_idx" ON "brand_manual_palette" USING btree ("_parent_id");
  CREATE INDEX "brand_manual_typography_order_idx" ON "brand_manual_typography" USING btree ("_order");
  CREATE INDEX "brand_manual_typography_parent_id_idx" ON "brand_manual_typography" USING btree ("_parent_id");
  CREATE INDEX "brand_manual_channel_presets_order_idx" ON "brand_manual_channel_presets" USING btree ("_order");
  CREATE INDEX "brand_manual_channel_presets_parent_id_idx" ON "brand_manual_channel_presets" USING btree ("_parent_id");
  CREATE INDEX "brand_manual_blocklist_order_idx" ON "brand_manual_blocklist" USING btree ("_order");
  CREATE INDEX "brand_manual_blocklist_parent_id_idx" ON "brand_manual_blocklist" USING btree ("_parent_id");
  CREATE INDEX "_brand_manual_v_version_palette_order_idx" ON "_brand_manual_v_version_palette" USING btree ("_order");
  CREATE INDEX "_brand_manual_v_version_palette_parent_id_idx" ON "_brand_manual_v_version_palette" USING btree ("_parent_id");
  CREATE INDEX "_brand_manual_v_version_typography_order_idx" ON "_brand_manual_v_version_typography" USING btree ("_order");
  CREATE INDEX "_brand_manual_v_version_typography_parent_id_idx" ON "_brand_manual_v_version_typography" USING btree ("_parent_id");
  CREATE INDEX "_brand_manual_v_version_channel_presets_order_idx" ON "_brand_manual_v_version_channel_presets" USING btree ("_order");
  CREATE INDEX "_brand_manual_v_version_channel_presets_parent_id_idx" ON "_brand_manual_v_version_channel_presets" USING btree ("_parent_id");
  CREATE INDEX "_brand_manual_v_version_blocklist_order_idx" ON "_brand_manual_v_version_blocklist" USING btree ("_order");
  CREATE INDEX "_brand_manual_v_version_blocklist_parent_id_idx" ON "_brand_manual_v_version_blocklist" USING btree ("_parent_id");
  CREATE INDEX "_brand_manual_v_created_at_idx" ON "_brand_manual_v" USING btree ("created_at");
  CREATE INDEX "_brand_manual_v_updated_at_idx" ON "_brand_manual_v" USING btree ("updated_at");
  CREATE INDEX "_accessibility_statement_v_created_at_idx" ON "_accessibility_statement_v" USING btree ("created_at");
  CREATE INDEX "_accessibility_statement_v_updated_at_idx" ON "_accessibility_statement_v" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "communication_plans_development_plan_goals" CASCADE;
  DROP TABLE "communication_plans_strategies" CASCADE;
  DROP TABLE "communication_plans" CASCADE;
  DROP TABLE "_communication_plans_v_version_development_plan_goals" CASCADE;
  DROP TABLE "_communication_plans_v_version_strategies" CASCADE;
  DROP TABLE "_communication_plans_v" CASCADE;
  DROP TABLE "plan_actions" CASCADE;
  DROP TABLE "plan_actions_rels" CASCADE;
  DROP TABLE "campaigns_channels" CASCADE;
  DROP TABLE "campaigns_commitments" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "_campaigns_v_version_channels" CASCADE;
  DROP TABLE "_campaigns_v_version_commitments" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "guidelines" CASCADE;
  DROP TABLE "guidelines_rels" CASCADE;
  DROP TABLE "_guidelines_v" CASCADE;
  DROP TABLE "_guidelines_v_rels" CASCADE;
  DROP TABLE "legal_references_obligations" CASCADE;
  DROP TABLE "legal_references" CASCADE;
  DROP TABLE "brand_assets" CASCADE;
  DROP TABLE "communication_requests_products_channels" CASCADE;
  DROP TABLE "communication_requests_products" CASCADE;
  DROP TABLE "communication_requests_attachments" CASCADE;
  DROP TABLE "communication_requests_waivers" CASCADE;
  DROP TABLE "communication_requests" CASCADE;
  DROP TABLE "communication_requests_rels" CASCADE;
  DROP TABLE "contents_gallery" CASCADE;
  DROP TABLE "contents_videos" CASCADE;
  DROP TABLE "contents_check_overrides" CASCADE;
  DROP TABLE "contents_channels" CASCADE;
  DROP TABLE "contents" CASCADE;
  DROP TABLE "contents_texts" CASCADE;
  DROP TABLE "contents_rels" CASCADE;
  DROP TABLE "_contents_v_version_gallery" CASCADE;
  DROP TABLE "_contents_v_version_videos" CASCADE;
  DROP TABLE "_contents_v_version_check_overrides" CASCADE;
  DROP TABLE "_contents_v_version_channels" CASCADE;
  DROP TABLE "_contents_v" CASCADE;
  DROP TABLE "_contents_v_texts" CASCADE;
  DROP TABLE "_contents_v_rels" CASCADE;
  DROP TABLE "petitions" CASCADE;
  DROP TABLE "archive_assets_people" CASCADE;
  DROP TABLE "archive_assets_consent_records_channels" CASCADE;
  DROP TABLE "archive_assets_consent_records_purposes" CASCADE;
  DROP TABLE "archive_assets_consent_records" CASCADE;
  DROP TABLE "archive_assets_previous_files" CASCADE;
  DROP TABLE "archive_assets" CASCADE;
  DROP TABLE "archive_assets_texts" CASCADE;
  DROP TABLE "retention_series" CASCADE;
  DROP TABLE "archive_disposals_items" CASCADE;
  DROP TABLE "archive_disposals" CASCADE;
  DROP TABLE "archive_disposals_rels" CASCADE;
  DROP TABLE "expedientes_members" CASCADE;
  DROP TABLE "expedientes_electronic_index" CASCADE;
  DROP TABLE "expedientes" CASCADE;
  DROP TABLE "expedientes_texts" CASCADE;
  DROP TABLE "expedientes_rels" CASCADE;
  DROP TABLE "follow_ups_channels" CASCADE;
  DROP TABLE "follow_ups" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "_indicators_v" CASCADE;
  DROP TABLE "indicator_measurements" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "media_outlets_contacts" CASCADE;
  DROP TABLE "media_outlets" CASCADE;
  DROP TABLE "media_outlets_texts" CASCADE;
  DROP TABLE "media_mentions" CASCADE;
  DROP TABLE "media_mentions_rels" CASCADE;
  DROP TABLE "social_accounts" CASCADE;
  DROP TABLE "social_metrics" CASCADE;
  DROP TABLE "intranet_reads" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "alerts" CASCADE;
  DROP TABLE "improvement_actions" CASCADE;
  DROP TABLE "improvement_actions_rels" CASCADE;
  DROP TABLE "_improvement_actions_v" CASCADE;
  DROP TABLE "_improvement_actions_v_rels" CASCADE;
  DROP TABLE "risks_controls" CASCADE;
  DROP TABLE "risks" CASCADE;
  DROP TABLE "_risks_v_version_controls" CASCADE;
  DROP TABLE "_risks_v" CASCADE;
  DROP TABLE "risk_control_checks" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "workflow_counters" CASCADE;
  DROP TABLE "election_periods_candidates" CASCADE;
  DROP TABLE "election_periods" CASCADE;
  DROP TABLE "transparency_items_links" CASCADE;
  DROP TABLE "transparency_items" CASCADE;
  DROP TABLE "job_leases" CASCADE;
  DROP TABLE "notification_deliveries" CASCADE;
  DROP TABLE "background_work" CASCADE;
  DROP TABLE "fact_check_requests" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "brand_manual_palette" CASCADE;
  DROP TABLE "brand_manual_typography" CASCADE;
  DROP TABLE "brand_manual_channel_presets" CASCADE;
  DROP TABLE "brand_manual_blocklist" CASCADE;
  DROP TABLE "brand_manual" CASCADE;
  DROP TABLE "_brand_manual_v_version_palette" CASCADE;
  DROP TABLE "_brand_manual_v_version_typography" CASCADE;
  DROP TABLE "_brand_manual_v_version_channel_presets" CASCADE;
  DROP TABLE "_brand_manual_v_version_blocklist" CASCADE;
  DROP TABLE "_brand_manual_v" CASCADE;
  DROP TABLE "accessibility_statement" CASCADE;
  DROP TABLE "_accessibility_statement_v" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_communication_plans_scope";
  DROP TYPE "public"."enum_communication_plans_status";
  DROP TYPE "public"."enum__communication_plans_v_version_scope";
  DROP TYPE "public"."enum__communication_plans_v_version_status";
  DROP TYPE "public"."enum_plan_actions_status";
  DROP TYPE "public"."enum_campaigns_channels";
  DROP TYPE "public"."enum_campaigns_commitments_status";
  DROP TYPE "public"."enum_campaigns_kind";
  DROP TYPE "public"."enum_campaigns_audience";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_channels";
  DROP TYPE "public"."enum__campaigns_v_version_commitments_status";
  DROP TYPE "public"."enum__campaigns_v_version_kind";
  DROP TYPE "public"."enum__campaigns_v_version_audience";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum_guidelines_kind";
  DROP TYPE "public"."enum_guidelines_status";
  DROP TYPE "public"."enum__guidelines_v_version_kind";
  DROP TYPE "public"."enum__guidelines_v_version_status";
  DROP TYPE "public"."enum_legal_references_kind";
  DROP TYPE "public"."enum_brand_assets_kind";
  DROP TYPE "public"."enum_brand_assets_variant";
  DROP TYPE "public"."enum_communication_requests_products_channels";
  DROP TYPE "public"."enum_communication_requests_products_type";
  DROP TYPE "public"."enum_communication_requests_products_coverage_as";
  DROP TYPE "public"."enum_communication_requests_waivers_type";
  DROP TYPE "public"."enum_communication_requests_audience";
  DROP TYPE "public"."enum_communication_requests_electoral_event_kind";
  DROP TYPE "public"."enum_communication_requests_electoral_candidates_present";
  DROP TYPE "public"."enum_communication_requests_status";
  DROP TYPE "public"."enum_contents_check_overrides_check";
  DROP TYPE "public"."enum_contents_channels";
  DROP TYPE "public"."enum_contents_kind";
  DROP TYPE "public"."enum_contents_audience";
  DROP TYPE "public"."enum_contents_classification";
  DROP TYPE "public"."enum_contents_classification_details_scope";
  DROP TYPE "public"."enum_contents_stage";
  DROP TYPE "public"."enum_contents_status";
  DROP TYPE "public"."enum__contents_v_version_check_overrides_check";
  DROP TYPE "public"."enum__contents_v_version_channels";
  DROP TYPE "public"."enum__contents_v_version_kind";
  DROP TYPE "public"."enum__contents_v_version_audience";
  DROP TYPE "public"."enum__contents_v_version_classification";
  DROP TYPE "public"."enum__contents_v_version_classification_details_scope";
  DROP TYPE "public"."enum__contents_v_version_stage";
  DROP TYPE "public"."enum__contents_v_version_status";
  DROP TYPE "public"."enum_petitions_petitioner_type";
  DROP TYPE "public"."enum_petitions_kind";
  DROP TYPE "public"."enum_petitions_channel";
  DROP TYPE "public"."enum_petitions_status";
  DROP TYPE "public"."enum_archive_assets_consent_records_channels";
  DROP TYPE "public"."enum_archive_assets_consent_records_purposes";
  DROP TYPE "public"."enum_archive_assets_kind";
  DROP TYPE "public"."enum_archive_assets_author_relation";
  DROP TYPE "public"."enum_archive_assets_license_type";
  DROP TYPE "public"."enum_archive_assets_license_cc_license";
  DROP TYPE "public"."enum_archive_assets_consent";
  DROP TYPE "public"."enum_archive_assets_classification";
  DROP TYPE "public"."enum_archive_assets_classification_details_scope";
  DROP TYPE "public"."enum_archive_assets_access_level";
  DROP TYPE "public"."enum_archive_assets_retention_disposition";
  DROP TYPE "public"."enum_archive_assets_status";
  DROP TYPE "public"."enum_archive_assets_fixity_status";
  DROP TYPE "public"."enum_retention_series_disposition";
  DROP TYPE "public"."enum_archive_disposals_items_disposition";
  DROP TYPE "public"."enum_archive_disposals_status";
  DROP TYPE "public"."enum_follow_ups_channels";
  DROP TYPE "public"."enum_follow_ups_kind";
  DROP TYPE "public"."enum_follow_ups_content_kind";
  DROP TYPE "public"."enum_indicators_computation";
  DROP TYPE "public"."enum_indicators_frequency";
  DROP TYPE "public"."enum_indicators_direction";
  DROP TYPE "public"."enum__indicators_v_version_computation";
  DROP TYPE "public"."enum__indicators_v_version_frequency";
  DROP TYPE "public"."enum__indicators_v_version_direction";
  DROP TYPE "public"."enum_indicator_measurements_frequency";
  DROP TYPE "public"."enum_workflow_events_kind";
  DROP TYPE "public"."enum_media_outlets_type";
  DROP TYPE "public"."enum_media_outlets_scope";
  DROP TYPE "public"."enum_media_mentions_sentiment";
  DROP TYPE "public"."enum_media_mentions_prominence";
  DROP TYPE "public"."enum_media_mentions_source";
  DROP TYPE "public"."enum_social_accounts_network";
  DROP TYPE "public"."enum_social_metrics_source";
  DROP TYPE "public"."enum_reports_kind";
  DROP TYPE "public"."enum_reports_trigger";
  DROP TYPE "public"."enum_alerts_severity";
  DROP TYPE "public"."enum_alerts_status";
  DROP TYPE "public"."enum_improvement_actions_type";
  DROP TYPE "public"."enum_improvement_actions_origin";
  DROP TYPE "public"."enum_improvement_actions_status";
  DROP TYPE "public"."enum_improvement_actions_effectiveness_result";
  DROP TYPE "public"."enum__improvement_actions_v_version_type";
  DROP TYPE "public"."enum__improvement_actions_v_version_origin";
  DROP TYPE "public"."enum__improvement_actions_v_version_status";
  DROP TYPE "public"."enum__improvement_actions_v_version_effectiveness_result";
  DROP TYPE "public"."enum_risks_controls_frequency";
  DROP TYPE "public"."enum_risks_category";
  DROP TYPE "public"."enum_risks_inherent_level";
  DROP TYPE "public"."enum_risks_residual_level";
  DROP TYPE "public"."enum_risks_status";
  DROP TYPE "public"."enum__risks_v_version_controls_frequency";
  DROP TYPE "public"."enum__risks_v_version_category";
  DROP TYPE "public"."enum__risks_v_version_inherent_level";
  DROP TYPE "public"."enum__risks_v_version_residual_level";
  DROP TYPE "public"."enum__risks_v_version_status";
  DROP TYPE "public"."enum_risk_control_checks_result";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum_transparency_items_update_frequency";
  DROP TYPE "public"."enum_notification_deliveries_status";
  DROP TYPE "public"."enum_background_work_kind";
  DROP TYPE "public"."enum_background_work_status";
  DROP TYPE "public"."enum_fact_check_requests_verdict";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_brand_manual_palette_role";
  DROP TYPE "public"."enum_brand_manual_channel_presets_channel";
  DROP TYPE "public"."enum__brand_manual_v_version_palette_role";
  DROP TYPE "public"."enum__brand_manual_v_version_channel_presets_channel";
  DROP TYPE "public"."enum_accessibility_statement_conformance_target";
  DROP TYPE "public"."enum__accessibility_statement_v_version_conformance_target";`)
}
