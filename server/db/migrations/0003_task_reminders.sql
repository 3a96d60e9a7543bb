CREATE TABLE "task_reminders" (
	"task_id" uuid NOT NULL,
	"sent_on" date NOT NULL,
	CONSTRAINT "task_reminders_task_id_sent_on_pk" PRIMARY KEY("task_id","sent_on")
);
--> statement-breakpoint
ALTER TABLE "task_reminders" ADD CONSTRAINT "task_reminders_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;