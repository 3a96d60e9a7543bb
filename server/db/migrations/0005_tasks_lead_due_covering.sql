DROP INDEX "tasks_lead_due_idx";--> statement-breakpoint
CREATE INDEX "tasks_lead_due_idx" ON "tasks" USING btree ("lead_unit_id","due_date","status","completed_on");