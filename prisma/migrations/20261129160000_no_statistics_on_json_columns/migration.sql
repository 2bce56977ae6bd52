-- No planner statistics on the JSON and list columns: no query filters,
-- joins or sorts on them, and sampling them was the dearest part of every
-- ANALYZE (jsonb values compared to build histograms): after an import of
-- 20,000 customers, ANALYZE of "Address" took 490 ms with them and 296 ms
-- without (docs/import.md). Autovacuum's analyses gain the same.
ALTER TABLE "Customer"
  ALTER COLUMN "metadata" SET STATISTICS 0,
  ALTER COLUMN "customAttributes" SET STATISTICS 0,
  ALTER COLUMN "extensionAttributes" SET STATISTICS 0;
ALTER TABLE "Address"
  ALTER COLUMN "street" SET STATISTICS 0,
  ALTER COLUMN "metadata" SET STATISTICS 0,
  ALTER COLUMN "customAttributes" SET STATISTICS 0,
  ALTER COLUMN "extensionAttributes" SET STATISTICS 0;
ALTER TABLE "CustomerHistory" ALTER COLUMN "changes" SET STATISTICS 0;
