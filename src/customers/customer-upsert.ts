import { isDeepStrictEqual } from 'node:util';
import { Prisma, type Address as AddressRow, type Customer as CustomerRow, type PrismaClient } from '../generated/prisma/client';
import { addressColumns } from '../addresses/address.validation';
import { importedHashDigest } from '../auth/password-schemes';
import { badArgument } from '../common/pagination';
import { UserErrorCode, UserInputFailure, userError, type UserError } from '../common/user-error';
import { customAttributesForStorage, mergeMetadata } from '../common/validation';
import { CustomerMatchField, MAX_UPSERT_ITEMS, UpsertStatus, type UpdateCustomerInput, type UpsertCustomerInput } from './customer.inputs';
import type { RequestContext } from '../request-context';
import type { CustomerRelations } from './customer-relations';
import type { CustomerService, ImportedPassword } from './customer.service';
import { validateCreate } from './customer.validation';

export interface UpsertResult {
  index: number;
  status: UpsertStatus;
  customer: CustomerRow | null;
  errors: UserError[];
}

/** Scalar fields compared as they are stored (dateOfBirth as its date). */
const SCALARS = [
  'firstName',
  'lastName',
  'middleName',
  'prefix',
  'suffix',
  'phone',
  'companyName',
  'dateOfBirth',
  'gender',
  'taxVat',
  'storeId',
  'createdIn',
  'confirmation',
  'externalSource',
  'externalId',
] as const;
const FLAGS = ['disableAutoGroupChange', 'isSubscribed'] as const;

/**
 * upsertCustomers: each item is created or updated through CustomerService's
 * own create and update (same validation, uniqueness, immutable registered
 * email, metadata merge, history and events), each in its own transaction,
 * so a failed item writes none of its parts and the others are written.
 *
 * An item that would change nothing is UNCHANGED without any write (no
 * version bump): the customers it matches, their groups and their addresses
 * are read for the whole batch in three statements and compared first. So a
 * batch costs those three statements plus, per created or updated item, that
 * item's create or update transaction; an unchanged item costs nothing more.
 */
export class CustomerUpsert {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly customers: CustomerService,
    private readonly relations: CustomerRelations,
  ) {}

  async upsert(ctx: RequestContext, items: UpsertCustomerInput[], matchBy: CustomerMatchField): Promise<UpsertResult[]> {
    if (items.length > MAX_UPSERT_ITEMS) throw badArgument('input', `At most ${MAX_UPSERT_ITEMS} customers per call`);
    const keys = items.map((item) => matchKey(item, matchBy));
    const matches = await findMatches(this.prisma, items, keys, matchBy);
    const ids = [...new Set([...matches.values()].map((c) => c.id))];
    const [groups, addresses] = await Promise.all([groupsOf(this.prisma, ids), addressesOf(this.prisma, ids)]);
    const seen = new Map<string, number>();
    const results: UpsertResult[] = [];
    for (const [index, item] of items.entries()) {
      const fail = (errors: UserError[]) => results.push({ index, status: UpsertStatus.FAILED, customer: null, errors });
      const key = keys[index];
      if (typeof key !== 'string') {
        fail([userError(UserErrorCode.REQUIRED, ['input', index, key.missing], `matchBy ${matchBy} needs ${key.missing}`)]);
        continue;
      }
      if (seen.has(key)) {
        fail([userError(UserErrorCode.INVALID, ['input', index], `Matches the same customer as item ${seen.get(key)}`)]);
        continue;
      }
      seen.set(key, index);
      try {
        validateCreate(item, (c) => this.relations.check(c, item));
        const current = matches.get(key);
        if (!current) {
          const created = await this.customers.create(ctx, item);
          results.push({ index, status: UpsertStatus.CREATED, customer: created, errors: [] });
          continue;
        }
        const changes = changesOf(item, current, groups.get(current.id) ?? [], addresses.get(current.id) ?? [], matchBy);
        if (!changes) {
          results.push({ index, status: UpsertStatus.UNCHANGED, customer: current, errors: [] });
          continue;
        }
        const updated = await this.customers.update(ctx, current.id, changes);
        results.push({ index, status: UpsertStatus.UPDATED, customer: updated, errors: [] });
      } catch (err) {
        if (!(err instanceof UserInputFailure)) throw err;
        fail(err.errors.map((e) => ({ ...e, field: ['input', String(index), ...(e.field[0] === 'input' ? e.field.slice(1) : e.field)] })));
      }
    }
    return results;
  }
}

/** The item's identity under matchBy, or the field it lacks for one. */
function matchKey(item: UpsertCustomerInput, matchBy: CustomerMatchField): string | { missing: string } {
  if (matchBy === CustomerMatchField.ID) return item.id ? `id:${item.id}` : { missing: 'id' };
  if (matchBy === CustomerMatchField.EXTERNAL_ID) {
    if (!item.externalSource) return { missing: 'externalSource' };
    return item.externalId ? `ext:${item.externalSource}\u0000${item.externalId}` : { missing: 'externalId' };
  }
  return `email:${item.websiteId ?? 0}\u0000${item.email.trim().toLowerCase()}`;
}

/** Existing customers by match key, in one statement for the batch. */
async function findMatches(
  prisma: PrismaClient,
  items: UpsertCustomerInput[],
  keys: (string | { missing: string })[],
  matchBy: CustomerMatchField,
): Promise<Map<string, CustomerRow>> {
  const usable = items.filter((_, i) => typeof keys[i] === 'string');
  if (usable.length === 0) return new Map();
  let rows: CustomerRow[];
  if (matchBy === CustomerMatchField.ID) {
    rows = await prisma.customer.findMany({ where: { id: { in: usable.map((i) => i.id!) } } });
  } else if (matchBy === CustomerMatchField.EXTERNAL_ID) {
    const pairs = usable.map((i) => Prisma.sql`(${i.externalSource}, ${i.externalId})`);
    rows = await prisma.$queryRaw<CustomerRow[]>(
      Prisma.sql`SELECT * FROM "Customer" WHERE ("externalSource", "externalId") IN (${Prisma.join(pairs)})`,
    );
  } else {
    // A registered account wins over a guest record of the same email, as in customerByEmail.
    const pairs = usable.map((i) => Prisma.sql`(${i.websiteId ?? 0}::int, ${i.email.trim().toLowerCase()})`);
    rows = await prisma.$queryRaw<CustomerRow[]>(Prisma.sql`
      SELECT DISTINCT ON ("websiteId", lower("email")) * FROM "Customer"
       WHERE ("websiteId", lower("email")) IN (${Prisma.join(pairs)}) AND "deletedAt" IS NULL
       ORDER BY "websiteId", lower("email"), "hasAccount" DESC, "createdAt"`);
  }
  return new Map(
    rows.map((row) => [
      matchBy === CustomerMatchField.ID
        ? `id:${row.id}`
        : matchBy === CustomerMatchField.EXTERNAL_ID
          ? `ext:${row.externalSource}\u0000${row.externalId}`
          : `email:${row.websiteId}\u0000${row.email.toLowerCase()}`,
      row,
    ]),
  );
}

async function groupsOf(prisma: PrismaClient, ids: string[]): Promise<Map<string, string[]>> {
  const rows = ids.length ? await prisma.customerGroupMember.findMany({ where: { customerId: { in: ids } } }) : [];
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.customerId, [...(map.get(row.customerId) ?? []), row.groupId]);
  return map;
}

async function addressesOf(prisma: PrismaClient, ids: string[]): Promise<Map<string, AddressRow[]>> {
  const rows = ids.length ? await prisma.address.findMany({ where: { customerId: { in: ids } }, orderBy: { id: 'asc' } }) : [];
  const map = new Map<string, AddressRow[]>();
  for (const row of rows) map.set(row.customerId, [...(map.get(row.customerId) ?? []), row]);
  return map;
}

/**
 * The update that brings the customer to the item, holding only what
 * differs; null when nothing does. The website is not changed (an item
 * matched by id or external id keeps the customer's website).
 */
function changesOf(
  item: UpsertCustomerInput,
  current: CustomerRow,
  groupIds: string[],
  addresses: AddressRow[],
  matchBy: CustomerMatchField,
): (UpdateCustomerInput & ImportedPassword) | null {
  const update: Record<string, unknown> = {};
  for (const field of SCALARS) {
    if (item[field] !== undefined && !sameValue(item[field], current[field])) update[field] = item[field];
  }
  for (const field of FLAGS) {
    if (item[field] !== undefined && (item[field] ?? false) !== current[field]) update[field] = item[field];
  }
  const email = item.email.trim();
  const sameEmail = matchBy === CustomerMatchField.EMAIL ? email.toLowerCase() === current.email.toLowerCase() : email === current.email;
  if (!sameEmail) update.email = email;
  if (item.metadata != null && !isDeepStrictEqual(mergeMetadata(current.metadata, item.metadata), current.metadata)) {
    update.metadata = item.metadata;
  }
  if (
    item.customAttributes !== undefined &&
    !isDeepStrictEqual(customAttributesForStorage(item.customAttributes ?? []), current.customAttributes)
  ) {
    update.customAttributes = item.customAttributes;
  }
  if (item.extensionAttributes !== undefined && !isDeepStrictEqual(item.extensionAttributes ?? {}, current.extensionAttributes)) {
    update.extensionAttributes = item.extensionAttributes;
  }
  if (item.groupIds != null && !isDeepStrictEqual([...new Set(item.groupIds)].sort(), [...groupIds].sort()))
    update.groupIds = item.groupIds;
  if (item.primaryGroupId !== undefined && item.primaryGroupId !== current.primaryGroupId) update.primaryGroupId = item.primaryGroupId;
  if (item.passwordHash != null && importedHashDigest(item.passwordHash) !== current.importedHashDigest) {
    update.passwordHash = item.passwordHash;
  }
  if (item.addresses != null && !sameAddresses(item.addresses, addresses)) update.addresses = item.addresses;
  return Object.keys(update).length > 0 ? update : null;
}

function sameValue(given: unknown, stored: unknown): boolean {
  if (given instanceof Date && stored instanceof Date) return given.getTime() === stored.getTime();
  return (given ?? null) === (stored ?? null);
}

/** The addresses hold exactly the listed ones, in order (a replace would write these again). */
function sameAddresses(inputs: NonNullable<UpsertCustomerInput['addresses']>, rows: AddressRow[]): boolean {
  if (inputs.length !== rows.length) return false;
  return inputs.every((input, i) => {
    const row = rows[i] as unknown as Record<string, unknown>;
    const wanted = {
      ...addressColumns(input),
      isDefaultBilling: input.isDefaultBilling ?? false,
      isDefaultShipping: input.isDefaultShipping ?? false,
    };
    return Object.entries(wanted).every(([column, value]) => isDeepStrictEqual(value ?? null, row[column] ?? null));
  });
}
