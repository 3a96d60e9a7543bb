CREATE TYPE "public"."award_kind" AS ENUM('huan_chuong', 'huy_chuong', 'co_thi_dua', 'bang_khen', 'giay_khen', 'ky_niem_chuong', 'chien_si_thi_dua', 'giay_chung_nhan', 'giai_thuong');--> statement-breakpoint
CREATE TYPE "public"."intake_source_kind" AS ENUM('paste', 'txt', 'docx', 'pdf');--> statement-breakpoint
CREATE TYPE "public"."intake_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "intake_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"text_id" uuid NOT NULL,
	"source_index" smallint NOT NULL,
	"unit_id" uuid NOT NULL,
	"giver" text NOT NULL,
	"kind" "award_kind" NOT NULL,
	"collectives" integer,
	"individuals" integer,
	"reason" text,
	"award_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"created_by_user_id" uuid,
	"name" text NOT NULL,
	"file_count" integer DEFAULT 0 NOT NULL,
	"new_count" integer DEFAULT 0 NOT NULL,
	"duplicate_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"text_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"event_date" date NOT NULL,
	"title" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"batch_id" uuid,
	"content_hash" text NOT NULL,
	"title" text NOT NULL,
	"source_name" text NOT NULL,
	"source_kind" "intake_source_kind" NOT NULL,
	"text" text NOT NULL,
	"extraction" jsonb NOT NULL,
	"status" "intake_status" DEFAULT 'pending' NOT NULL,
	"accepted" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_user_id" uuid,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake_awards" ADD CONSTRAINT "intake_awards_text_id_intake_texts_id_fk" FOREIGN KEY ("text_id") REFERENCES "public"."intake_texts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_awards" ADD CONSTRAINT "intake_awards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_batches" ADD CONSTRAINT "intake_batches_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_batches" ADD CONSTRAINT "intake_batches_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_events" ADD CONSTRAINT "intake_events_text_id_intake_texts_id_fk" FOREIGN KEY ("text_id") REFERENCES "public"."intake_texts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_events" ADD CONSTRAINT "intake_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_texts" ADD CONSTRAINT "intake_texts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_texts" ADD CONSTRAINT "intake_texts_batch_id_intake_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."intake_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_texts" ADD CONSTRAINT "intake_texts_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_texts" ADD CONSTRAINT "intake_texts_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "intake_awards_source" ON "intake_awards" USING btree ("text_id","source_index");--> statement-breakpoint
CREATE INDEX "intake_awards_unit_idx" ON "intake_awards" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "intake_batches_unit_idx" ON "intake_batches" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_events_text" ON "intake_events" USING btree ("text_id");--> statement-breakpoint
CREATE INDEX "intake_events_unit_idx" ON "intake_events" USING btree ("unit_id","event_date");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_texts_unit_hash" ON "intake_texts" USING btree ("unit_id","content_hash");--> statement-breakpoint
CREATE INDEX "intake_texts_batch_idx" ON "intake_texts" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "intake_texts_unit_idx" ON "intake_texts" USING btree ("unit_id","created_at");