import { Prisma, type CustomerGroup as GroupRow, type PrismaClient } from '../generated/prisma/client';
import { likePattern } from '../customers/customer-search';

/**
 * Raw SQL of the group aggregate, in one place (docs/design.md, "Raw SQL"):
 * its row lock and its list, whose `q` must use the indexed expressions.
 */

type Tx = Prisma.TransactionClient;

/**
 * The ids among these that are live groups, locked FOR SHARE: a concurrent
 * deleteCustomerGroup waits for the caller's transaction (and then clears
 * what it set), or the caller waits for it and sees the group deleted.
 */
export async function shareLiveGroups(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT "id" FROM "CustomerGroup" WHERE "id" IN (${Prisma.join(ids)}) AND "deletedAt" IS NULL FOR SHARE`,
  );
  return new Set(rows.map((g) => g.id));
}

/** Live groups by name; `q` is a substring of name or code, ignoring case. */
export function groupPage(prisma: PrismaClient, q: string | null | undefined, limit: number, offset: number): Promise<GroupRow[]> {
  return prisma.$queryRaw<GroupRow[]>(
    Prisma.sql`SELECT * FROM "CustomerGroup" ${listWhere(q)} ORDER BY "name", "id" LIMIT ${limit} OFFSET ${offset}`,
  );
}

export async function groupCount(prisma: PrismaClient, q: string | null | undefined): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>(Prisma.sql`SELECT count(*) AS "count" FROM "CustomerGroup" ${listWhere(q)}`);
  return Number(row.count);
}

function listWhere(q: string | null | undefined): Prisma.Sql {
  const text = q?.trim();
  if (!text) return Prisma.sql`WHERE "deletedAt" IS NULL`;
  const pattern = likePattern(text);
  return Prisma.sql`WHERE "deletedAt" IS NULL AND (lower("name") LIKE ${pattern} OR lower("code") LIKE ${pattern})`;
}
