-- The live-customer counter ("CustomerCount") written once per transaction
-- and website instead of once per row, so that reading it stays a read of
-- one page whatever the write history.
--
-- Before: every inserted, deleted or restored customer updated one of the
-- 16 counter rows of its website. A transaction that writes many customers
-- left one dead row version per customer that nothing can prune before it
-- commits; the versions spilled over new pages, the live rows ended up at
-- the end of a heap VACUUM cannot truncate, and the unfiltered count read
-- every page (522 pages after the bench's 100k-customer seed).
--
-- Now the row trigger only adds to a transaction-local setting (no write),
-- and a deferred constraint trigger adds the transaction's total to one
-- counter row at commit, once per website: a 1-row and a 100,000-row
-- transaction both leave one row version. The update changes no indexed
-- column and the table keeps 90% of each page free (fillfactor 10), so it
-- stays a HOT update on the same page, which the next reader prunes.
-- Savepoints stay exact: rolling one back reverts the setting and drops the
-- deferred events queued inside it, together with the customer rows.

ALTER TABLE "CustomerCount" SET (fillfactor = 10, autovacuum_vacuum_threshold = 50, autovacuum_vacuum_scale_factor = 0);

-- This transaction's pending change of website `w`'s live customers, after
-- adding `delta`. Settings local to the transaction hold it (reverted at its
-- end, or when a savepoint holding the change is rolled back), and
-- customer_count.pending lists the websites with a change.
CREATE FUNCTION "customer_count_pending"(w integer, delta bigint) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  setting text := 'customer_count.w' || replace(w::text, '-', 'm');
  before bigint := coalesce(nullif(current_setting(setting, true), ''), '0')::bigint;
BEGIN
  IF delta <> 0 THEN
    PERFORM set_config(setting, (before + delta)::text, true);
    IF before = 0 THEN
      PERFORM set_config('customer_count.pending', concat_ws(',', nullif(current_setting('customer_count.pending', true), ''), w), true);
    END IF;
  END IF;
  RETURN before + delta;
END;
$$;

-- The existing row trigger "Customer_count" keeps its name and events; its
-- function now only notes the change.
CREATE OR REPLACE FUNCTION "customer_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."deletedAt" IS NULL) = (NEW."deletedAt" IS NULL)
     AND OLD."websiteId" = NEW."websiteId" THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."deletedAt" IS NULL THEN
    PERFORM "customer_count_pending"(OLD."websiteId", -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."deletedAt" IS NULL THEN
    PERFORM "customer_count_pending"(NEW."websiteId", 1);
  END IF;
  RETURN NULL;
END;
$$;

-- At commit: the first deferred event writes each listed website's pending
-- total to one of its 16 stripes (random, so concurrent committers seldom
-- wait on one row; websites in ascending order, so two committers never
-- wait on each other in a cycle) and clears the list; later events find
-- nothing to do.
CREATE FUNCTION "customer_count_flush"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  websites text := nullif(current_setting('customer_count.pending', true), '');
  w integer;
  n bigint;
BEGIN
  IF websites IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('customer_count.pending', '', true);
  FOR w IN SELECT DISTINCT x::integer FROM unnest(string_to_array(websites, ',')) AS x ORDER BY 1 LOOP
    n := "customer_count_pending"(w, 0);
    IF n <> 0 THEN
      INSERT INTO "CustomerCount" ("websiteId", "stripe", "count") VALUES (w, floor(random() * 16)::integer, n)
      ON CONFLICT ("websiteId", "stripe") DO UPDATE SET "count" = "CustomerCount"."count" + n;
      PERFORM "customer_count_pending"(w, -n);
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Customer_count_flush" AFTER INSERT OR DELETE OR UPDATE OF "deletedAt", "websiteId" ON "Customer"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "customer_count_flush"();

-- Rebuild the counter compactly (a new file; the old one may be hundreds
-- of pages), from the customers themselves, with writers held off.
LOCK TABLE "Customer" IN SHARE MODE;
TRUNCATE "CustomerCount";
INSERT INTO "CustomerCount" ("websiteId", "stripe", "count")
  SELECT "websiteId", 0, count(*) FROM "Customer" WHERE "deletedAt" IS NULL GROUP BY "websiteId";
