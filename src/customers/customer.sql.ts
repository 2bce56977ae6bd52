import { Prisma, type Address, type Customer as CustomerRow, type CustomerGroup, type PrismaClient } from '../generated/prisma/client';
import type { Database } from '../db/database';

/**
 * Raw SQL of the customer aggregate, in one place (docs/design.md, "Raw
 * SQL"): row locks, lookups by expression indexes, and the hot-path reads
 * of a page's relations. List conditions, sort keys and cursors are built in
 * customer-list.ts beside it. Writes go through Prisma's query builder.
 *
 * Two ways to run it, by path:
 * - inside a write transaction, `tx.$queryRaw` (Prisma's connection);
 * - on the read path (list pages and their relations), `db.read`: straight
 *   to the driver, rows typed as Prisma types them (test/driver-reads.test.ts
 *   proves it with the server and the session outside UTC).
 */

type Tx = Prisma.TransactionClient;

/**
 * Locks one customer row (FOR UPDATE) and returns it, deleted or not; null
 * when there is none. `id` may be an expression (the customer of an
 * address). Every write to a customer, its addresses or its groups takes
 * this lock first, so concurrent writes to one customer queue here.
 */
export async function lockCustomer(tx: Tx, id: string | Prisma.Sql): Promise<CustomerRow | null> {
  const rows = await tx.$queryRaw<CustomerRow[]>(Prisma.sql`SELECT * FROM "Customer" WHERE "id" = ${id} FOR UPDATE`);
  return rows[0] ?? null;
}

/**
 * Locks customer rows in id order (the order every multi-customer write
 * takes them in: any other order can deadlock against it); the rows found.
 */
export function lockCustomers(tx: Tx, ids: string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<CustomerRow[]>(Prisma.sql`SELECT * FROM "Customer" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE`);
}

/** Locks, in id order, the customers whose primary group this is. */
export function lockCustomersWithPrimaryGroup(tx: Tx, groupId: string): Promise<CustomerRow[]> {
  return tx.$queryRaw<CustomerRow[]>(Prisma.sql`SELECT * FROM "Customer" WHERE "primaryGroupId" = ${groupId} ORDER BY "id" FOR UPDATE`);
}

/**
 * The live customer with this email (ignoring case and surrounding spaces;
 * the expression of "Customer_email_live_key") on a website, or on any when
 * omitted. A registered account wins over a guest record of the same email.
 */
export async function customerByEmail(prisma: PrismaClient, email: string, websiteId?: number | null): Promise<CustomerRow | null> {
  const website = websiteId == null ? Prisma.empty : Prisma.sql`AND "websiteId" = ${websiteId}`;
  const rows = await prisma.$queryRaw<CustomerRow[]>(Prisma.sql`
    SELECT * FROM "Customer" WHERE lower("email") = lower(${email.trim()}) AND "deletedAt" IS NULL ${website}
    ORDER BY "hasAccount" DESC, "websiteId", "createdAt" LIMIT 1`);
  return rows[0] ?? null;
}

/** The live registered account with this email (as customerByEmail) on a website, or the first on any. */
export async function accountByEmail(prisma: PrismaClient, email: string, websiteId?: number | null): Promise<CustomerRow | null> {
  const website = websiteId == null ? Prisma.empty : Prisma.sql`AND "websiteId" = ${websiteId}`;
  const rows = await prisma.$queryRaw<CustomerRow[]>(Prisma.sql`
    SELECT * FROM "Customer"
     WHERE lower("email") = lower(${email.trim()}) AND "hasAccount" AND "deletedAt" IS NULL ${website}
     ORDER BY "websiteId", "createdAt" LIMIT 1`);
  return rows[0] ?? null;
}

/**
 * Sets a new password hash only if the stored one is still `expected` and
 * the customer is live (a password change or delete meanwhile wins): the
 * updated row, or null. Conditional in one statement, so it needs no lock.
 */
export async function replaceHashIfUnchanged(tx: Tx, id: string, expected: string | null, hash: string): Promise<CustomerRow | null> {
  const [row] = await tx.$queryRaw<CustomerRow[]>(Prisma.sql`
    UPDATE "Customer" SET "passwordHash" = ${hash}
     WHERE "id" = ${id} AND "passwordHash" = ${expected} AND "deletedAt" IS NULL
    RETURNING *`);
  return row ?? null;
}

/** Relations a page of customers can bring along in its own statement. */
export interface PageRelations {
  groups: boolean;
  addresses: boolean;
  /**
   * Only these columns of each (the fields the document selects, see
   * selectedColumns): less JSON to build, parse and collect. Such rows serve
   * the page alone, not the loaders. Every column when absent.
   */
  groupColumns?: readonly string[];
  addressColumns?: readonly string[];
}

/** Customer fields that are not columns, and the columns their resolvers read (id is always fetched). */
const CUSTOMER_FIELD_COLUMNS: Record<string, string[]> = {
  groups: [],
  addresses: [],
  defaultBillingAddress: [],
  defaultShippingAddress: [],
  primaryGroup: ['primaryGroupId'],
};

const MODEL_COLUMNS = {
  customers: [Prisma.CustomerScalarFieldEnum, CUSTOMER_FIELD_COLUMNS],
  groups: [Prisma.CustomerGroupScalarFieldEnum, {}],
  addresses: [Prisma.AddressScalarFieldEnum, {}],
} as const satisfies Record<string, [Record<string, string>, Record<string, string[]>]>;

/**
 * The columns that answer these selected fields of a page's customers or of
 * their relations, id always included; undefined (every column) when a
 * field is neither a column nor a field whose needs are listed here, i.e.
 * has a resolver that may read any column (Address.region).
 */
export function selectedColumns(fields: Iterable<string>, model: keyof typeof MODEL_COLUMNS): string[] | undefined {
  const [columns, needs]: [Record<string, string>, Record<string, string[]>] = MODEL_COLUMNS[model];
  const wanted = new Set(['id']);
  for (const field of fields) {
    if (field.startsWith('__')) continue;
    if (Object.hasOwn(columns, field)) wanted.add(field);
    else if (Object.hasOwn(needs, field)) for (const column of needs[field]) wanted.add(column);
    else return undefined;
  }
  return [...wanted];
}

/** A relation row as JSON: the whole row, or only these columns (names from the Prisma schema, so quoting is safe). */
const jsonRow = (alias: string, columns?: readonly string[]) =>
  Prisma.raw(columns ? `json_build_object(${columns.map((c) => `'${c}', ${alias}."${c}"`).join(', ')})` : alias);

/**
 * JSON columns `_groups` and `_addresses` for the customer whose id is
 * `customerId`: the same rows and order as groupsOfCustomers and
 * addressesOfCustomers, so a page and its relations take one round trip.
 */
export function relationColumns(relations: PageRelations) {
  return (customerId: Prisma.Sql): Prisma.Sql[] => [
    ...(relations.groups
      ? [
          Prisma.sql`(SELECT coalesce(json_agg(${jsonRow('g', relations.groupColumns)} ORDER BY g."name", g."id"), '[]') FROM "CustomerGroupMember" m
            JOIN "CustomerGroup" g ON g."id" = m."groupId" WHERE m."customerId" = ${customerId} AND g."deletedAt" IS NULL) AS "_groups"`,
        ]
      : []),
    ...(relations.addresses
      ? [
          Prisma.sql`(SELECT coalesce(json_agg(${jsonRow('a', relations.addressColumns)} ORDER BY a."createdAt", a."id"), '[]') FROM "Address" a
            WHERE a."customerId" = ${customerId}) AS "_addresses"`,
        ]
      : []),
  ];
}

/** `timestamp` values inside JSON are UTC wall time without a zone: as Prisma types them. */
const utc = (value: unknown) => (typeof value === 'string' ? new Date(`${value}Z`) : value);

/** Converts these timestamps of a JSON relation row. */
function fixDates(row: Record<string, unknown>, names: readonly string[]) {
  for (const name of names) row[name] = utc(row[name]);
}

const GROUP_DATES = ['createdAt', 'updatedAt', 'deletedAt'];
const ADDRESS_DATES = ['createdAt', 'updatedAt'];

/** The timestamp columns the JSON relation rows of a page hold: all, or the selected ones (worked out once per page). */
export function relationDates(relations?: PageRelations): RelationDates {
  const held = (all: string[], columns?: readonly string[]) => (columns ? all.filter((name) => columns.includes(name)) : all);
  return { groups: held(GROUP_DATES, relations?.groupColumns), addresses: held(ADDRESS_DATES, relations?.addressColumns) };
}

export interface RelationDates {
  groups: readonly string[];
  addresses: readonly string[];
}

type PageRow = { id: string; _groups?: Record<string, unknown>[]; _addresses?: Record<string, unknown>[]; _total?: bigint };

/**
 * Takes the extra columns off a page row (so the row is a plain customer
 * again): relations typed as groupsOfCustomers and addressesOfCustomers type
 * them (groups with the customer's id), and the count. In place: the JSON
 * was parsed for this request alone. Deleted last column first, which keeps
 * the row a fast-properties object in V8.
 */
export function takeExtras(
  row: { id: string },
  dates: RelationDates,
): { groups?: GroupOfCustomer[]; addresses?: Address[]; total?: number } {
  const { _groups: groups, _addresses: addresses, _total: total } = row as PageRow;
  if (addresses !== undefined) delete (row as PageRow)._addresses;
  if (groups !== undefined) delete (row as PageRow)._groups;
  if (total !== undefined) delete (row as PageRow)._total;
  for (const g of groups ?? []) {
    g.customerId = row.id;
    fixDates(g, dates.groups);
  }
  if (dates.addresses.length > 0) for (const a of addresses ?? []) fixDates(a, dates.addresses);
  return {
    groups: groups as GroupOfCustomer[] | undefined,
    addresses: addresses as Address[] | undefined,
    total: total == null ? undefined : Number(total),
  };
}

type GroupOfCustomer = CustomerGroup & { customerId: string };

/** Live groups of these customers, by name, with the customer's id: one statement (Prisma's include takes two). */
export function groupsOfCustomers(db: Database, customerIds: readonly string[]) {
  return db.read<CustomerGroup & { customerId: string }>(Prisma.sql`
    SELECT g.*, m."customerId" FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId"
    WHERE m."customerId" IN (${Prisma.join(customerIds)}) AND g."deletedAt" IS NULL ORDER BY g."name", g."id"`);
}

/** Addresses of these customers, oldest first (ids break ties in creation order). */
export function addressesOfCustomers(db: Database, customerIds: readonly string[]) {
  // Raw: the same rows and types as findMany, at a fraction of its CPU (docs/performance.md).
  return db.read<Address>(Prisma.sql`
    SELECT * FROM "Address" WHERE "customerId" IN (${Prisma.join(customerIds)}) ORDER BY "createdAt", "id"`);
}
