import { Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * The live groups of each customer, as `groups` shows them (memberships of
 * deleted groups do not count), in one statement for any number of
 * customers: history's before and after of a membership change.
 */
export async function liveGroupIds(tx: Tx, customerIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0) return result;
  const rows = await tx.$queryRaw<{ customerId: string; groupId: string }[]>(Prisma.sql`
    SELECT m."customerId", m."groupId" FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId"
     WHERE m."customerId" IN (${Prisma.join(customerIds)}) AND g."deletedAt" IS NULL
     ORDER BY m."customerId", m."groupId"`);
  for (const row of rows) result.get(row.customerId)?.push(row.groupId);
  return result;
}
