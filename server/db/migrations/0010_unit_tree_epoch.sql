-- The unit tree epoch (ADR 014): statement triggers move one counter whenever units are inserted or deleted
-- or their path, parent or successor change; cached scope predecessors are used only while it stands still.
CREATE TABLE "unit_tree_epoch" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"epoch" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "unit_tree_epoch" ("id", "epoch") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_unit_tree_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "unit_tree_epoch" SET "epoch" = "epoch" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "units_tree_epoch_rows" AFTER INSERT OR DELETE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "bump_unit_tree_epoch"();
--> statement-breakpoint
CREATE TRIGGER "units_tree_epoch_truncate" AFTER TRUNCATE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "bump_unit_tree_epoch"();
--> statement-breakpoint
CREATE TRIGGER "units_tree_epoch_links" AFTER UPDATE OF "path", "parent_id", "successor_id" ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "bump_unit_tree_epoch"();
