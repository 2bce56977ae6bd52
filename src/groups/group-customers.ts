import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import { Prisma, type Customer as CustomerRow } from '../generated/prisma/client';
import { pageQuery, whereClause, type CustomerQuery } from '../customers/customer-list';

/**
 * `CustomerGroup.customers` for every group of a response in one statement
 * per page shape: a LATERAL join runs the customers page query once per
 * group id (each an index scan that stops at its LIMIT), so a list of 50
 * groups with their customers costs one statement, not 50.
 */

/** The group id column of the batch; customer-list's membership condition compares with it. */
const BATCH_GROUP = Prisma.raw('batch."groupId"');

function batch(groupIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`unnest(ARRAY[${Prisma.join(groupIds)}]::text[]) WITH ORDINALITY AS batch("groupId", "ord")`;
}

export interface GroupPage {
  limit: number;
  offset: number;
}

function pagesQuery(groupIds: readonly string[], query: CustomerQuery, page: GroupPage): Prisma.Sql {
  if (groupIds.length === 1) {
    // One group (customerGroup(id)): its id as a parameter lets the planner use
    // the statistics of that group (a small group is read from its members).
    const [groupId] = groupIds;
    return Prisma.sql`SELECT ${groupId}::text AS "_groupId", p.* FROM (${pageQuery({ ...query, memberOf: Prisma.sql`${groupId}` }, page)}) p`;
  }
  const perGroup = pageQuery({ ...query, memberOf: BATCH_GROUP }, { ...page, numbered: true });
  return Prisma.sql`SELECT batch."groupId" AS "_groupId", p.* FROM ${batch(groupIds)}
    CROSS JOIN LATERAL (${perGroup}) p ORDER BY batch."ord", p."_pos"`;
}

function countsQuery(groupIds: readonly string[], query: CustomerQuery): Prisma.Sql {
  const where = whereClause({ ...query, memberOf: BATCH_GROUP });
  return Prisma.sql`SELECT batch."groupId" AS "groupId", (SELECT count(*) FROM "Customer" c ${where})::bigint AS "count" FROM ${batch(groupIds)}`;
}

/**
 * Per-request loaders, one DataLoader per distinct (query, page): groups
 * asked for with the same arguments in one tick share a statement.
 */
export function createGroupCustomerLoaders(db: Database) {
  const pages = new Map<string, DataLoader<string, CustomerRow[]>>();
  const counts = new Map<string, DataLoader<string, number>>();
  return {
    customerPages(query: CustomerQuery, page: GroupPage): DataLoader<string, CustomerRow[]> {
      const key = JSON.stringify([query.filter, query.q, query.sort, page.limit, page.offset]);
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader(async (groupIds) => {
          const rows = await db.read<CustomerRow & { _groupId: string }>(pagesQuery(groupIds, query, page));
          const byGroup = new Map<string, CustomerRow[]>(groupIds.map((id) => [id, []]));
          for (const row of rows) byGroup.get(row._groupId)?.push(row);
          return groupIds.map((id) => byGroup.get(id) ?? []);
        });
        pages.set(key, loader);
      }
      return loader;
    },
    customerCounts(query: CustomerQuery): DataLoader<string, number> {
      const key = JSON.stringify([query.filter, query.q]);
      let loader = counts.get(key);
      if (!loader) {
        loader = new DataLoader(async (groupIds) => {
          const rows = await db.read<{ groupId: string; count: bigint }>(countsQuery(groupIds, query));
          const byGroup = new Map(rows.map((row) => [row.groupId, Number(row.count)]));
          return groupIds.map((id) => byGroup.get(id) ?? 0);
        });
        counts.set(key, loader);
      }
      return loader;
    },
  };
}
