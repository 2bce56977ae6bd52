-- Inserted customers are counted once per statement instead of once per row.
--
-- The row trigger "Customer_count" called customer_count_apply (PL/pgSQL,
-- two settings read and written) for every inserted customer: 14 ms of
-- server CPU per 1,000 imported customers (docs/import.md). An INSERT or
-- COPY now runs one statement-level trigger that counts its new rows per
-- website from the transition table and notes each website's total once.
-- Deletes, soft deletes, restores and moves between websites keep the row
-- trigger (an UPDATE's transition tables cannot name only these columns).
-- The deferred flush (customer_count_flush) is unchanged: the first of its
-- events at commit writes the transaction's totals.

DROP TRIGGER "Customer_count" ON "Customer";
CREATE TRIGGER "Customer_count" AFTER DELETE OR UPDATE OF "deletedAt", "websiteId" ON "Customer"
  FOR EACH ROW EXECUTE FUNCTION "customer_count_apply"();

CREATE FUNCTION "customer_count_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  site record;
BEGIN
  FOR site IN SELECT "websiteId" AS w, count(*) AS n FROM inserted WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY 1 LOOP
    PERFORM "customer_count_pending"(site.w, site.n);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Customer_count_insert" AFTER INSERT ON "Customer" REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION "customer_count_inserted"();
