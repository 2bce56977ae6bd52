import { Prisma } from '../generated/prisma/client';
import { SortDirection, badArgument } from '../common/pagination';
import { CustomerFilter, CustomerSort, CustomerSortField } from './customer.inputs';
import { likePattern, searchConditions } from './customer-search';

/**
 * SQL for customer lists: filters, `q`, sort keys and keyset conditions.
 * Raw SQL because `q` and the case-insensitive sorts must use the exact
 * expressions of the indexes in the init migration, which Prisma's query
 * builder cannot produce.
 */

interface SortKey {
  expression: Prisma.Sql;
  direction: SortDirection;
  /** Turns a cursor's JSON value back into a query parameter; null when the value is damaged. */
  parse: (value: unknown) => unknown;
}

const asDate = (value: unknown) => {
  const date = typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};
const asText = (value: unknown) => (typeof value === 'string' ? value : null);

/** Expressions match the sort indexes of the init migration. */
const SORT_EXPRESSIONS: Record<CustomerSortField, { sql: string; parse: (value: unknown) => unknown }> = {
  [CustomerSortField.CREATED_AT]: { sql: 'c."createdAt"', parse: asDate },
  [CustomerSortField.UPDATED_AT]: { sql: 'c."updatedAt"', parse: asDate },
  [CustomerSortField.EMAIL]: { sql: 'lower(c."email")', parse: asText },
  [CustomerSortField.FIRST_NAME]: { sql: `lower(coalesce(c."firstName", ''))`, parse: asText },
  [CustomerSortField.LAST_NAME]: { sql: `lower(coalesce(c."lastName", ''))`, parse: asText },
};

export const DEFAULT_SORT: CustomerSort[] = [{ field: CustomerSortField.CREATED_AT, direction: SortDirection.DESC }];

export interface CustomerQuery {
  filter?: CustomerFilter | null;
  q?: string | null;
  sort?: CustomerSort[] | null;
  /**
   * Only members of the live group whose id this SQL expression gives (a
   * parameter, or a column of an enclosing query when pages of several
   * groups are fetched in one statement).
   */
  memberOf?: Prisma.Sql;
  /**
   * `q` as one trigram-index condition per trigram of the term (see
   * searchCondition); set by the service when the planner reads the trigram
   * index for the plain form.
   */
  qByTrigrams?: boolean;
}

/** The sort keys of a query, ending with id (in the first key's direction) as tie-breaker. */
export function sortKeys(sort: CustomerSort[] | null | undefined): SortKey[] {
  const given = sort && sort.length > 0 ? sort : DEFAULT_SORT;
  if (given.length > 3) throw badArgument('sort', 'sort takes at most 3 keys');
  const keys: SortKey[] = given.map((s) => ({
    expression: Prisma.raw(SORT_EXPRESSIONS[s.field].sql),
    direction: s.direction,
    parse: SORT_EXPRESSIONS[s.field].parse,
  }));
  keys.push({ expression: Prisma.raw('c."id"'), direction: given[0].direction, parse: asText });
  return keys;
}

/** Identifies a sort order inside cursors, so a cursor is only used with its own order. */
export function sortTag(sort: CustomerSort[] | null | undefined): string {
  const given = sort && sort.length > 0 ? sort : DEFAULT_SORT;
  return given.map((s) => `${s.field}:${s.direction}`).join(',');
}

/** WHERE conditions for a filter and `q` (always at least the live-only rule). */
export function whereClause({ filter, q, memberOf, qByTrigrams }: CustomerQuery): Prisma.Sql {
  const f = filter ?? {};
  const conditions: Prisma.Sql[] = [];
  if (!f.includeDeleted) conditions.push(Prisma.sql`c."deletedAt" IS NULL`);
  if (f.ids) {
    conditions.push(f.ids.length ? Prisma.sql`c."id" IN (${Prisma.join(f.ids)})` : Prisma.sql`FALSE`);
  }
  if (f.email != null) conditions.push(Prisma.sql`lower(c."email") = lower(${f.email.trim()})`);
  if (f.name != null && f.name.trim()) {
    conditions.push(
      Prisma.sql`lower(coalesce(c."firstName", '') || ' ' || coalesce(c."middleName", '') || ' ' || coalesce(c."lastName", '')) LIKE ${likePattern(f.name.trim())}`,
    );
  }
  if (f.phone != null && f.phone.trim()) conditions.push(Prisma.sql`lower(c."phone") LIKE ${likePattern(f.phone.trim())}`);
  if (f.groupIds) conditions.push(f.groupIds.length ? memberOfLiveGroup(Prisma.sql`IN (${Prisma.join(f.groupIds)})`) : Prisma.sql`FALSE`);
  if (memberOf) conditions.push(memberOfLiveGroup(Prisma.sql`= ${memberOf}`));
  if (f.hasAccount != null) conditions.push(Prisma.sql`c."hasAccount" = ${f.hasAccount}`);
  if (f.websiteId != null) conditions.push(Prisma.sql`c."websiteId" = ${f.websiteId}`);
  if (f.storeId != null) conditions.push(Prisma.sql`c."storeId" = ${f.storeId}`);
  // Both served by "Customer_externalId_externalSource_key".
  if (f.externalIds) {
    conditions.push(f.externalIds.length ? Prisma.sql`c."externalId" IN (${Prisma.join(f.externalIds)})` : Prisma.sql`FALSE`);
  }
  if (f.externalSource != null) conditions.push(Prisma.sql`c."externalSource" = ${f.externalSource}`);
  if (f.countryCode != null) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Address" a WHERE a."customerId" = c."id" AND a."countryCode" = ${f.countryCode.trim().toUpperCase()})`,
    );
  }
  for (const [column, range] of [
    ['createdAt', f.createdAt],
    ['updatedAt', f.updatedAt],
  ] as const) {
    if (range?.from) conditions.push(Prisma.sql`c.${Prisma.raw(`"${column}"`)} >= ${range.from}`);
    if (range?.to) conditions.push(Prisma.sql`c.${Prisma.raw(`"${column}"`)} < ${range.to}`);
  }
  if (q != null && q.trim()) conditions.push(...searchConditions(q.trim(), qByTrigrams === true));
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/** Memberships of a soft-deleted group stay in the table but no longer count. */
function memberOfLiveGroup(groupCondition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "CustomerGroupMember" m JOIN "CustomerGroup" lg ON lg."id" = m."groupId"
    WHERE m."customerId" = c."id" AND m."groupId" ${groupCondition} AND lg."deletedAt" IS NULL)`;
}

/**
 * True when the only condition is "live", optionally per website: then the
 * count comes from the striped counter rows instead of scanning customers.
 */
export function countFromCounters({ filter, q, memberOf }: CustomerQuery): boolean {
  if ((q != null && q.trim()) || memberOf) return false;
  const f = filter ?? {};
  return Object.entries(f).every(([key, value]) => value == null || key === 'websiteId' || (key === 'includeDeleted' && !value));
}

function orderBy(keys: SortKey[], reverse: boolean): Prisma.Sql {
  return Prisma.join(
    keys.map((k) => {
      const ascending = (k.direction === SortDirection.ASC) !== reverse;
      return Prisma.sql`${k.expression} ${Prisma.raw(ascending ? 'ASC' : 'DESC')}`;
    }),
    ', ',
  );
}

/**
 * Rows strictly after (or before) the cursor in sort order. With one
 * direction throughout this is a row comparison the (key, id) index serves
 * directly; mixed directions expand to OR'ed prefixes.
 */
function keysetCondition(keys: SortKey[], values: unknown[], before: boolean): Prisma.Sql {
  const damaged = () => badArgument(before ? 'before' : 'after', 'cursor is damaged');
  if (values.length !== keys.length) throw damaged();
  const params = keys.map((k, i) => k.parse(values[i]));
  if (params.some((p) => p === null)) throw damaged();
  const forward = (k: SortKey) => (k.direction === SortDirection.ASC) !== before;
  if (keys.every((k) => forward(k) === forward(keys[0]))) {
    const op = Prisma.raw(forward(keys[0]) ? '>' : '<');
    return Prisma.sql`(${Prisma.join(keys.map((k) => k.expression))}) ${op} (${Prisma.join(params)})`;
  }
  const branches = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((p, j) => Prisma.sql`${p.expression} = ${params[j]}`);
    const beyond = Prisma.sql`${k.expression} ${Prisma.raw(forward(k) ? '>' : '<')} ${params[i]}`;
    return Prisma.sql`(${Prisma.join([...equal, beyond], ' AND ')})`;
  });
  return Prisma.sql`(${Prisma.join(branches, ' OR ')})`;
}

export interface PageRequest {
  limit: number;
  offset?: number;
  after?: unknown[];
  before?: unknown[];
  /** From the end of the list (`last`): rows come in reverse order. Implied by `before`. */
  backward?: boolean;
  /** Adds `_pos`, the row's place in sort order, for statements that merge several pages. */
  numbered?: boolean;
  /** Relations to fetch in the same statement, as JSON columns (customer.sql.ts, relationColumns). */
  relations?: (row: Prisma.Sql) => Prisma.Sql[];
  /** Only these customer columns (names from the Prisma schema); every column when absent. */
  columns?: readonly string[];
  /** A count statement (countQuery) whose value every row carries as `_total`. */
  total?: Prisma.Sql;
  /**
   * Each row as JSON text (`_json`, and `_total`) instead of its columns: an
   * expression over the page row `p` (customer-json.ts); `columns` are the
   * ones it reads.
   */
  json?: string;
}

/**
 * One statement for a page: the customer rows plus their sort key values
 * (`_k0`, `_k1`, …) for cursors. Backward (`last`, `before`), rows come in
 * reverse order (the caller flips them).
 */
export function pageQuery(query: CustomerQuery, page: PageRequest): Prisma.Sql {
  const keys = sortKeys(query.sort);
  let where = whereClause(query);
  const cursor = page.after ?? page.before;
  if (cursor) {
    const condition = keysetCondition(keys, cursor, page.before !== undefined);
    where = where === Prisma.empty ? Prisma.sql`WHERE ${condition}` : Prisma.sql`${where} AND ${condition}`;
  }
  const order = orderBy(keys, page.backward === true || page.before !== undefined);
  const columns = keys.map((k, i) => Prisma.sql`${k.expression} AS ${Prisma.raw(`"_k${i}"`)}`);
  // A window over the same order as the index scan streams: LIMIT still stops it early.
  if (page.numbered) columns.push(Prisma.sql`row_number() OVER (ORDER BY ${order}) AS "_pos"`);
  // Uncorrelated: Postgres runs it once per statement (an InitPlan).
  if (page.total) columns.push(Prisma.sql`(${page.total}) AS "_total"`);
  const customer = Prisma.raw(page.columns ? page.columns.map((name) => `c."${name}"`).join(', ') : 'c.*');
  const rows = Prisma.sql`SELECT ${customer}, ${Prisma.join(columns)} FROM "Customer" c ${where}
    ORDER BY ${order} ${limitClause(page.limit, page.offset ?? 0)}`;
  const relations = page.relations?.(Prisma.raw('p."id"')) ?? [];
  if (relations.length === 0 && page.json === undefined) return rows;
  // The relations of the page's rows only: computed over the limited page, which keeps its order.
  const pageOrder = Prisma.join(
    keys.map((k, i) => {
      const ascending = (k.direction === SortDirection.ASC) !== (page.backward === true || page.before !== undefined);
      return Prisma.raw(`p."_k${i}" ${ascending ? 'ASC' : 'DESC'}`);
    }),
    ', ',
  );
  const select =
    page.json === undefined
      ? Prisma.sql`p.*, ${Prisma.join(relations)}`
      : Prisma.raw(`${page.json} AS "_json"${page.total ? ', p."_total"' : ''}`);
  return Prisma.sql`SELECT ${select} FROM (${rows}) p ORDER BY ${pageOrder}`;
}

/**
 * LIMIT as a literal (a checked page size: few distinct texts), so that a
 * first page without filters is a statement without parameters, which
 * Postgres can keep planned (ReadOptions.prepare); the planner reads a LIMIT
 * parameter as "10% of the rows" in a kept plan. OFFSET stays a parameter:
 * every value would be another text.
 */
function limitClause(limit: number, offset: number): Prisma.Sql {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`not a page size: ${limit}`);
  const clause = Prisma.raw(`LIMIT ${limit}`);
  return offset === 0 ? clause : Prisma.sql`${clause} OFFSET ${offset}`;
}

export function countQuery(query: CustomerQuery): Prisma.Sql {
  if (countFromCounters(query)) {
    const website = query.filter?.websiteId;
    return website == null
      ? Prisma.sql`SELECT coalesce(sum("count"), 0)::bigint AS "count" FROM "CustomerCount"`
      : Prisma.sql`SELECT coalesce(sum("count"), 0)::bigint AS "count" FROM "CustomerCount" WHERE "websiteId" = ${website}`;
  }
  return Prisma.sql`SELECT count(*)::bigint AS "count" FROM "Customer" c ${whereClause(query)}`;
}

/** Matching customers, at most upTo + 1 of them: the scan stops there. */
export function boundedCountQuery(query: CustomerQuery, upTo: number): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::bigint AS "count" FROM (SELECT 1 FROM "Customer" c ${whereClause(query)} LIMIT ${upTo + 1}) AS m`;
}

/** The cursor values of a row fetched by pageQuery. */
export function cursorValues(row: Record<string, unknown>, keyCount: number): unknown[] {
  return Array.from({ length: keyCount }, (_, i) => {
    const value = row[`_k${i}`];
    return value instanceof Date ? value.toISOString() : value;
  });
}
