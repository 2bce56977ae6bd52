import type { Database } from './db/database';
import { Prisma, type Address, type CustomerGroup } from './generated/prisma/client';
import { manyLoader, oneLoader } from './common/loader';
import { createGroupCustomerLoaders } from './groups/group-customers';

/**
 * Relation loaders, built per request in the context factory. A page of N
 * customers costs one query per relation, whatever N is.
 */
export function createLoaders(db: Database) {
  const { prisma } = db;
  return {
    /** Live groups of each customer, by name, by customer id. One statement (Prisma's include would take two). */
    groupsByCustomer: manyLoader(
      (customerIds) =>
        db.read<CustomerGroup & { customerId: string }>(Prisma.sql`
          SELECT g.*, m."customerId" FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId"
          WHERE m."customerId" IN (${Prisma.join(customerIds)}) AND g."deletedAt" IS NULL ORDER BY g."name", g."id"`),
      (group) => group.customerId,
    ),
    /** Addresses of each customer, oldest first (ids break ties in creation order), by customer id. */
    addressesByCustomer: manyLoader(
      // Raw: the same rows and types as findMany, at a fraction of its CPU (docs/performance.md).
      (customerIds) =>
        db.read<Address>(Prisma.sql`
          SELECT * FROM "Address" WHERE "customerId" IN (${Prisma.join(customerIds)}) ORDER BY "createdAt", "id"`),
      (address) => address.customerId,
    ),
    /** Groups by id, deleted ones included (a primary group may have been deleted). */
    groupById: oneLoader(
      (ids) => prisma.customerGroup.findMany({ where: { id: { in: [...ids] } } }),
      (group) => group.id,
    ),
    /** Customers by id, deleted ones included (an address's customer). */
    customerById: oneLoader(
      (ids) => prisma.customer.findMany({ where: { id: { in: [...ids] } } }),
      (customer) => customer.id,
    ),
    /** Pages and counts of CustomerGroup.customers, batched over the groups of a response. */
    groupCustomers: createGroupCustomerLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
