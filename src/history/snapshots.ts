import type { Address as AddressRow, Customer as CustomerRow, CustomerGroup as GroupRow } from '../generated/prisma/client';

/** One field of a change; a secret field carries no values (both null). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Fields whose values never leave the database in history or events: the
 * password (its hash) and Magento's confirmation key, which confirms an
 * account for whoever holds it. A change to one is recorded by name only.
 */
const SECRET_FIELDS = new Set(['password', 'confirmation']);

/** Bookkeeping that changes on every write; recording it would only add noise. */
export const UNDIFFED = new Set(['id', 'updatedAt', 'version', 'createdAt']);

/**
 * How a column becomes a snapshot's JSON value: as it is, a date as
 * YYYY-MM-DD, a timestamp as Date.toISOString() writes it, or (address
 * region) regionCode/regionName/regionId as one object, null when all three are.
 */
export type SnapshotKind = 'value' | 'date' | 'time' | 'region';

/**
 * The fields of a customer and of an address as the API shows them, in
 * order: the one list customerSnapshot/addressSnapshot read and the import's
 * SQL-built history (src/import/history-sql.ts) builds from.
 */
export const CUSTOMER_SNAPSHOT: readonly (readonly [field: string, kind: SnapshotKind])[] = [
  ['id', 'value'],
  ['email', 'value'],
  ['firstName', 'value'],
  ['lastName', 'value'],
  ['middleName', 'value'],
  ['prefix', 'value'],
  ['suffix', 'value'],
  ['phone', 'value'],
  ['companyName', 'value'],
  ['dateOfBirth', 'date'],
  ['gender', 'value'],
  ['taxVat', 'value'],
  ['hasAccount', 'value'],
  ['websiteId', 'value'],
  ['storeId', 'value'],
  ['createdIn', 'value'],
  ['disableAutoGroupChange', 'value'],
  ['isSubscribed', 'value'],
  ['primaryGroupId', 'value'],
  ['metadata', 'value'],
  ['customAttributes', 'value'],
  ['extensionAttributes', 'value'],
  ['externalSource', 'value'],
  ['externalId', 'value'],
  ['createdBy', 'value'],
  ['createdAt', 'time'],
  ['updatedAt', 'time'],
  ['deletedAt', 'time'],
  ['version', 'value'],
];

export const ADDRESS_SNAPSHOT: readonly (readonly [field: string, kind: SnapshotKind])[] = [
  ['id', 'value'],
  ['customerId', 'value'],
  ['label', 'value'],
  ['firstName', 'value'],
  ['lastName', 'value'],
  ['middleName', 'value'],
  ['prefix', 'value'],
  ['suffix', 'value'],
  ['company', 'value'],
  ['street', 'value'],
  ['city', 'value'],
  ['postalCode', 'value'],
  ['region', 'region'],
  ['countryCode', 'value'],
  ['phone', 'value'],
  ['fax', 'value'],
  ['vatId', 'value'],
  ['isDefaultBilling', 'value'],
  ['isDefaultShipping', 'value'],
  ['metadata', 'value'],
  ['customAttributes', 'value'],
  ['extensionAttributes', 'value'],
  ['externalId', 'value'],
  ['createdAt', 'time'],
  ['updatedAt', 'time'],
];

function snapshot(fields: typeof CUSTOMER_SNAPSHOT, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, kind] of fields) {
    const value = row[field] as Date | null;
    if (kind === 'value') out[field] = row[field];
    else if (kind === 'date') out[field] = value ? value.toISOString().slice(0, 10) : null;
    else if (kind === 'time') out[field] = value ? value.toISOString() : null;
    else
      out[field] =
        row.regionCode === null && row.regionName === null && row.regionId === null
          ? null
          : { code: row.regionCode, name: row.regionName, id: row.regionId };
  }
  return out;
}

/** A customer as the API shows it (confirmation and the password hash left out), as JSON values. */
export function customerSnapshot(row: CustomerRow): Record<string, unknown> {
  return snapshot(CUSTOMER_SNAPSHOT, row);
}

/** An address as the API shows it (region as one object). */
export function addressSnapshot(row: AddressRow): Record<string, unknown> {
  return snapshot(ADDRESS_SNAPSHOT, row);
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function groupSnapshot(row: GroupRow): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    taxClassId: row.taxClassId,
    metadata: row.metadata,
    externalSource: row.externalSource,
    externalId: row.externalId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    deletedAt: iso(row.deletedAt),
  };
}

/**
 * Field-level changes from one snapshot to the next (null before: created;
 * null after: deleted). Values compare as JSON; a field in `secrets` that
 * changed is listed without values.
 */
export function diffSnapshots(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  secrets: Iterable<string> = [],
): FieldChange[] {
  const changes: FieldChange[] = [];
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (UNDIFFED.has(field)) continue;
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    // Scalars compare directly; only objects and lists need their JSON (bulk paths diff thousands of rows).
    if (a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(b) === JSON.stringify(a))) continue;
    changes.push({ field, before: b, after: a });
  }
  for (const field of secrets) changes.push(secretChange(field));
  return changes;
}

/** A change to a secret: its name only. */
export function secretChange(field: string): FieldChange {
  if (!SECRET_FIELDS.has(field)) throw new Error(`${field} is not a secret field`);
  return { field, before: null, after: null };
}

/** The secret fields of a customer that differ between two rows (compared here, never copied out). */
export function changedCustomerSecrets(before: CustomerRow | null, after: CustomerRow): string[] {
  const changed: string[] = [];
  if ((before?.passwordHash ?? null) !== after.passwordHash) changed.push('password');
  if ((before?.confirmation ?? null) !== after.confirmation) changed.push('confirmation');
  return changed;
}
