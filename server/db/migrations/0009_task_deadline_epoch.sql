-- The deadline epoch (ADR 015): statement triggers move one counter whenever a task or unit change can
-- move a task between the 2×2 deadline classes; the dashboard keeps its answers while it stands still.
CREATE TABLE "task_deadline_epoch" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"epoch" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "task_deadline_epoch" ("id", "epoch") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_task_deadline_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "task_deadline_epoch" SET "epoch" = "epoch" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "tasks_deadline_epoch_rows" AFTER INSERT OR DELETE ON "tasks" FOR EACH STATEMENT EXECUTE FUNCTION "bump_task_deadline_epoch"();
--> statement-breakpoint
CREATE TRIGGER "tasks_deadline_epoch_truncate" AFTER TRUNCATE ON "tasks" FOR EACH STATEMENT EXECUTE FUNCTION "bump_task_deadline_epoch"();
--> statement-breakpoint
CREATE TRIGGER "tasks_deadline_epoch_classes" AFTER UPDATE OF "status", "due_date", "completed_on", "lead_unit_id" ON "tasks" FOR EACH STATEMENT EXECUTE FUNCTION "bump_task_deadline_epoch"();
--> statement-breakpoint
CREATE TRIGGER "units_deadline_epoch_rows" AFTER INSERT OR DELETE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "bump_task_deadline_epoch"();
--> statement-breakpoint
CREATE TRIGGER "units_deadline_epoch_tree" AFTER UPDATE OF "path", "name", "sort_key" ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "bump_task_deadline_epoch"();
