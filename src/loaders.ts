import type { PrismaClient } from './generated/prisma/client';
import { manyLoader, oneLoader } from './common/loader';

/**
 * Relation loaders, built per request in the context factory. A page of N
 * customers costs one query per relation, whatever N is.
 */
export function createLoaders(prisma: PrismaClient) {
  return {
    /** Live groups of each customer, by customer id. */
    groupsByCustomer: manyLoader(
      async (customerIds) => {
        const rows = await prisma.customerGroupMember.findMany({
          where: { customerId: { in: [...customerIds] }, group: { deletedAt: null } },
          include: { group: true },
          orderBy: [{ group: { name: 'asc' } }],
        });
        return rows.map((row) => ({ ...row.group, customerId: row.customerId }));
      },
      (group) => group.customerId,
    ),
    /** Addresses of each customer (defaults first, then oldest first), by customer id. */
    addressesByCustomer: manyLoader(
      (customerIds) =>
        prisma.address.findMany({
          where: { customerId: { in: [...customerIds] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      (address) => address.customerId,
    ),
    /** Groups by id, deleted ones included (a primary group may have been deleted). */
    groupById: oneLoader((ids) => prisma.customerGroup.findMany({ where: { id: { in: [...ids] } } }), (group) => group.id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
