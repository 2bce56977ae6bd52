-- `q` search: finer statistics on the trigram index's expression (1,000
-- histogram entries instead of 100), so the planner can tell a substring
-- that matches 0.1% of customers from one that matches 10%. With the default
-- it priced every rare term at ~1% and walked the createdAt index for a
-- page, reading 42,000 rows to find 50 of 1,000 matches (52 ms at 1M
-- customers; 9 ms through the trigram index). docs/performance.md.
ALTER INDEX "Customer_search_trgm_idx" ALTER COLUMN 1 SET STATISTICS 1000;
-- The setting counts from the next ANALYZE; this one samples at most 300,000 rows.
ANALYZE "Customer";
