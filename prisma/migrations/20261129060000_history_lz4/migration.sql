-- History entries compressed with LZ4 instead of PostgreSQL's default pglz.
-- An import's CREATE entry (every field of the customer and its addresses,
-- ~2.7 KB of JSON) is over the 2 KB TOAST threshold, so every one is
-- compressed on insert; with pglz that cost the import's history statement
-- about as much as building the entries (docs/import.md). LZ4 compresses
-- several times faster at a similar ratio and decompresses faster too.
-- Values written before keep their pglz compression (both read back the same).
-- A server built without LZ4 (PGlite is) refuses the method: the column then
-- keeps pglz.
DO $$
BEGIN
  ALTER TABLE "CustomerHistory" ALTER COLUMN "changes" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END
$$;
