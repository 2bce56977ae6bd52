import type { Database } from './db/database';
import { addressesOfCustomers, groupsOfCustomers } from './customers/customer.sql';
import { manyLoader, oneLoader } from './common/loader';
import { createGroupCustomerLoaders } from './groups/group-customers';

/**
 * Relation loaders, built per request in the context factory. A page of N
 * customers costs one query per relation, whatever N is.
 */
export function createLoaders(db: Database) {
  const { prisma } = db;
  return {
    /** Live groups of each customer, by name, by customer id. */
    groupsByCustomer: manyLoader(
      (customerIds) => groupsOfCustomers(db, customerIds),
      (group) => group.customerId,
    ),
    /** Addresses of each customer, oldest first (ids break ties in creation order), by customer id. */
    addressesByCustomer: manyLoader(
      (customerIds) => addressesOfCustomers(db, customerIds),
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
