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
const UNDIFFED = new Set(['id', 'updatedAt', 'version', 'createdAt']);

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** A customer as the API shows it (confirmation and the password hash left out), as JSON values. */
export function customerSnapshot(row: CustomerRow): Record<string, unknown> {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    middleName: row.middleName,
    prefix: row.prefix,
    suffix: row.suffix,
    phone: row.phone,
    companyName: row.companyName,
    dateOfBirth: row.dateOfBirth ? row.dateOfBirth.toISOString().slice(0, 10) : null,
    gender: row.gender,
    taxVat: row.taxVat,
    hasAccount: row.hasAccount,
    websiteId: row.websiteId,
    storeId: row.storeId,
    createdIn: row.createdIn,
    disableAutoGroupChange: row.disableAutoGroupChange,
    isSubscribed: row.isSubscribed,
    primaryGroupId: row.primaryGroupId,
    metadata: row.metadata,
    customAttributes: row.customAttributes,
    extensionAttributes: row.extensionAttributes,
    externalSource: row.externalSource,
    externalId: row.externalId,
    createdBy: row.createdBy,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    deletedAt: iso(row.deletedAt),
    version: row.version,
  };
}

/** An address as the API shows it (region as one object). */
export function addressSnapshot(row: AddressRow): Record<string, unknown> {
  const region =
    row.regionCode === null && row.regionName === null && row.regionId === null
      ? null
      : { code: row.regionCode, name: row.regionName, id: row.regionId };
  return {
    id: row.id,
    customerId: row.customerId,
    label: row.label,
    firstName: row.firstName,
    lastName: row.lastName,
    middleName: row.middleName,
    prefix: row.prefix,
    suffix: row.suffix,
    company: row.company,
    street: row.street,
    city: row.city,
    postalCode: row.postalCode,
    region,
    countryCode: row.countryCode,
    phone: row.phone,
    fax: row.fax,
    vatId: row.vatId,
    isDefaultBilling: row.isDefaultBilling,
    isDefaultShipping: row.isDefaultShipping,
    metadata: row.metadata,
    customAttributes: row.customAttributes,
    extensionAttributes: row.extensionAttributes,
    externalId: row.externalId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

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
