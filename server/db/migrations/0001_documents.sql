CREATE TYPE "public"."document_field" AS ENUM('mass_mobilization', 'ethnic', 'religion', 'grassroots_democracy', 'front_and_organizations', 'emulation', 'party_building', 'other');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('resolution', 'directive', 'conclusion', 'decision', 'regulation', 'rules', 'guidance', 'plan', 'programme', 'scheme', 'notice', 'circular_party', 'official_letter', 'report', 'law', 'ordinance', 'decree', 'circular', 'joint_resolution', 'joint_circular');--> statement-breakpoint
CREATE TYPE "public"."document_relation" AS ENUM('replaces', 'continues', 'implements', 'guides', 'amends');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('in_force', 'replaced', 'expired');--> statement-breakpoint
CREATE TYPE "public"."review_kind" AS ENUM('interim', 'final', 'other');--> statement-breakpoint
CREATE TABLE "document_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_relations" (
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"relation" "document_relation" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_relations_from_id_to_id_relation_pk" PRIMARY KEY("from_id","to_id","relation")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid,
	"kind" "document_kind" NOT NULL,
	"number" text NOT NULL,
	"symbol" text,
	"issue_date" date,
	"issuer_code" text,
	"issuer_name" text NOT NULL,
	"issuer_unit_id" uuid,
	"term" smallint,
	"subject" text NOT NULL,
	"fields" "document_field"[] DEFAULT '{}' NOT NULL,
	"status" "document_status" DEFAULT 'in_force' NOT NULL,
	"note" text,
	"identity_key" text NOT NULL,
	"catalogue_key" text,
	"catalogue_snapshot" jsonb,
	"catalogue_sources" jsonb,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_completions" (
	"milestone_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"done_date" date NOT NULL,
	"report_document_id" uuid,
	"report_ref" text,
	"note" text,
	"task_created" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_completions_milestone_id_unit_id_pk" PRIMARY KEY("milestone_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "review_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"unit_id" uuid,
	"kind" "review_kind" NOT NULL,
	"years_after" smallint,
	"due_date" date NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_attachments" ADD CONSTRAINT "document_attachments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_attachments" ADD CONSTRAINT "document_attachments_file_sha256_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_relations" ADD CONSTRAINT "document_relations_from_id_documents_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_relations" ADD CONSTRAINT "document_relations_to_id_documents_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_completions" ADD CONSTRAINT "review_completions_milestone_id_review_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."review_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_completions" ADD CONSTRAINT "review_completions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_completions" ADD CONSTRAINT "review_completions_report_document_id_documents_id_fk" FOREIGN KEY ("report_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_milestones" ADD CONSTRAINT "review_milestones_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_milestones" ADD CONSTRAINT "review_milestones_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_attachments_doc_idx" ON "document_attachments" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_attachments_once" ON "document_attachments" USING btree ("document_id","file_sha256");--> statement-breakpoint
CREATE INDEX "document_relations_to_idx" ON "document_relations" USING btree ("to_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_identity_key" ON "documents" USING btree ("identity_key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_catalogue_key" ON "documents" USING btree ("catalogue_key");--> statement-breakpoint
CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "documents_issue_date_idx" ON "documents" USING btree ("issue_date");--> statement-breakpoint
CREATE INDEX "review_milestones_due_idx" ON "review_milestones" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "review_milestones_doc_idx" ON "review_milestones" USING btree ("document_id");