import { Prisma } from '../generated/prisma/client';
import type { Database } from '../db/database';
import type { CustomerQuery } from './customer-list';

/** `q`: how a search term becomes SQL, and which of two forms a page takes. */

/** Same expression as "Customer_search_trgm_idx" (pg_trgm GIN index). */
const SEARCH_EXPRESSION = Prisma.raw(
  `lower(c."email" || ' ' || coalesce(c."firstName", '') || ' ' || coalesce(c."lastName", '') || ' ' || coalesce(c."phone", '') || ' ' || coalesce(c."companyName", ''))`,
);

/** A LIKE pattern matching `text` as a lower-case substring (%, _ and backslash taken literally). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Trigram conditions a term becomes at most. Each is only a narrowing for
 * the index (strpos is the exact test), so any subset finds the same rows;
 * without a bound a long `q` (the body allows ~1 MB) became thousands of
 * LIKEs for the planner.
 */
const MAX_SEARCH_TRIGRAMS = 8;
/** Characters of a term looked at for its trigrams (the exact test still takes all of it). */
const SCANNED_CHARACTERS = 256;

/**
 * The trigrams of a term that the trigram index can look up alone: three
 * ASCII letters or digits (pg_trgm keeps only alphanumerics, and outside
 * ASCII that depends on the database's locale), each once. Beyond
 * MAX_SEARCH_TRIGRAMS, that many spread evenly over the term: the rare part
 * of a term is often its end (`customer123456`, where every bench email
 * holds "customer"), and the first eight alone read 6x the index pages.
 * None when fewer than two: then the plain form is as good.
 */
export function searchTrigrams(term: string): string[] {
  const text = term.slice(0, SCANNED_CHARACTERS).toLowerCase();
  const found = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const trigram = text.slice(i, i + 3);
    if (/^[a-z0-9]{3}$/.test(trigram)) found.add(trigram);
  }
  const all = [...found];
  if (all.length < 2) return [];
  if (all.length <= MAX_SEARCH_TRIGRAMS) return all;
  return Array.from({ length: MAX_SEARCH_TRIGRAMS }, (_, i) => all[Math.round((i * (all.length - 1)) / (MAX_SEARCH_TRIGRAMS - 1))]);
}

/**
 * `q`: the term as a substring of the search expression. Plain, one LIKE:
 * the GIN index takes it as one key of all its trigrams, and for every row
 * holding the rarest trigram it reads the posting lists of all the others,
 * so a term with trigrams that every row has (`customer123456`, bench
 * emails are customerN@…) read 2,168 index pages for one match. By
 * trigrams: one LIKE per trigram (each its own index key; GIN intersects
 * keys by skipping, 113 pages) and the exact test as strpos, which the index
 * does not take (the trigram LIKEs are implied by it: same rows). Only when
 * the planner takes the index anyway: it estimates the trigram LIKEs as
 * independent and would take it for a broad term too (docs/performance.md).
 */
export function searchConditions(term: string, byTrigrams: boolean): Prisma.Sql[] {
  const trigrams = byTrigrams ? searchTrigrams(term) : [];
  if (trigrams.length === 0) return [Prisma.sql`${SEARCH_EXPRESSION} LIKE ${likePattern(term)}`];
  return [
    ...trigrams.map((trigram) => Prisma.sql`${SEARCH_EXPRESSION} LIKE ${`%${trigram}%`}`),
    Prisma.sql`strpos(${SEARCH_EXPRESSION}, ${term.toLowerCase()}) > 0`,
  ];
}

/**
 * The query with `qByTrigrams` set when the planner reads the trigram index
 * for the page statement in its plain form (asked with EXPLAIN: one
 * planning, ~0.3 ms, no rows); the page's count statements then take the
 * same form. A broad term that the planner finds by walking a sort index
 * keeps the plain form.
 */
export async function planSearch(db: Pick<Database, 'read'>, query: CustomerQuery, plainPage: () => Prisma.Sql): Promise<CustomerQuery> {
  if (query.q == null || searchTrigrams(query.q.trim()).length === 0) return query;
  const plan = await db.read<{ 'QUERY PLAN': string }>(Prisma.sql`EXPLAIN ${plainPage()}`);
  return plan.some((line) => line['QUERY PLAN'].includes('"Customer_search_trgm_idx"')) ? { ...query, qByTrigrams: true } : query;
}
