import { isoTime, mapToExternal, mapToModel, renamed, type FieldRule, type Json } from './field-map';
import { sourceId, type CustomerRecord, type GroupRef } from './record';

/**
 * Medusa customers and this API, both ways, by table:
 * - `POST /admin/customers` (AdminPostCustomersReq) → createCustomer and
 *   `POST /admin/customers/:id` (AdminPostCustomersCustomerReq) →
 *   updateCustomer, with Medusa's semantics (metadata merges, null or ""
 *   removes a key; `groups` replaces the customer's groups);
 * - `GET /admin/customers` items (v2; v1's billing_address and
 *   shipping_addresses are read too) onto an import record and back:
 *   Medusa's ids become external ids (customer, address, group), groups are
 *   matched by name, timestamps, created_by and deleted_at are kept.
 * Medusa's API returns null for what is not set and no password hashes
 * (an import takes them from a separate file).
 */

const PERSON_FIELDS: readonly FieldRule[] = renamed({
  email: 'email',
  first_name: 'firstName',
  last_name: 'lastName',
  phone: 'phone',
  company_name: 'companyName',
});

export const MEDUSA_CUSTOMER_FIELDS: readonly FieldRule[] = [
  ...PERSON_FIELDS,
  ...renamed({ password: 'password', metadata: 'metadata', has_account: 'hasAccount' }),
  {
    external: 'groups',
    model: 'groupIds',
    toModel: (groups) => (groups as { id: string }[]).map((g) => g.id),
    toExternal: (ids) => (ids as string[]).map((id) => ({ id })),
  },
];

const time = (external: string, model: string): FieldRule => ({ external, model, toExternal: isoTime });

/** Medusa keeps no metadata as null; here it is an empty object. */
const METADATA: FieldRule = {
  external: 'metadata',
  model: 'metadata',
  toModel: (v) => v,
  toExternal: (v) => (Object.keys(v as Json).length === 0 ? null : v),
};

export const MEDUSA_RECORD_FIELDS: readonly FieldRule[] = [
  ...PERSON_FIELDS,
  METADATA,
  ...renamed({ has_account: 'hasAccount', created_by: 'createdBy' }),
  { external: 'id', model: 'externalId', toModel: sourceId },
  {
    external: 'groups',
    model: 'groups',
    toModel: (groups) =>
      Array.isArray(groups)
        ? groups.map((g: Json): GroupRef => ({
            externalId: sourceId(g?.id) as string,
            name: g?.name as string,
            metadata: g?.metadata as Json,
          }))
        : groups,
    toExternal: (groups) => (groups as GroupRef[]).map((g) => ({ id: g.externalId, name: g.name })),
  },
  time('created_at', 'createdAt'),
  time('updated_at', 'updatedAt'),
  time('deleted_at', 'deletedAt'),
];

export const MEDUSA_RECORD_ADDRESS_FIELDS: readonly FieldRule[] = [
  ...renamed({
    address_name: 'label',
    is_default_billing: 'isDefaultBilling',
    is_default_shipping: 'isDefaultShipping',
    company: 'company',
    first_name: 'firstName',
    last_name: 'lastName',
    city: 'city',
    postal_code: 'postalCode',
    phone: 'phone',
  }),
  METADATA,
  { external: 'id', model: 'externalId', toModel: sourceId },
  {
    external: 'country_code',
    model: 'countryCode',
    toModel: (v) => v,
    toExternal: (v) => String(v).toLowerCase(), // Medusa keeps ISO codes in lower case
  },
  { external: 'province', model: 'region', toModel: (name) => ({ name }), toExternal: (region) => (region as Json).name ?? null },
  time('created_at', 'createdAt'),
  time('updated_at', 'updatedAt'),
];

/** Every key Medusa sends for an address; absent values are written back as null. */
const ADDRESS_KEYS = [...MEDUSA_RECORD_ADDRESS_FIELDS.map((r) => r.external), 'address_1', 'address_2', 'customer_id'];
const CUSTOMER_KEYS = [...MEDUSA_RECORD_FIELDS.map((r) => r.external), 'addresses'];

// Request bodies ----------------------------------------------------------

/** AdminPostCustomersReq or AdminPostCustomersCustomerReq as createCustomer / updateCustomer input. */
export function medusaCustomerToInput(body: Json): Json {
  const input = mapToModel(MEDUSA_CUSTOMER_FIELDS, body);
  delete input.hasAccount; // read-only here: it follows from the password
  return input;
}

/** A customer read through this API (with `groups { id }`) in Medusa's shape. */
export function medusaCustomerFromModel(customer: Json): Json {
  const groups = customer.groups as { id: string }[] | undefined;
  return mapToExternal(MEDUSA_CUSTOMER_FIELDS, { ...customer, groupIds: groups?.map((g) => g.id) });
}

// Admin list items (import and export) --------------------------------------

/** A `GET /admin/customers` customer as an import record. */
export function medusaCustomerToRecord(item: Json): CustomerRecord {
  const record: CustomerRecord = mapToModel(MEDUSA_RECORD_FIELDS, item);
  const addresses = item.addresses ?? v1Addresses(item);
  if (addresses !== undefined) {
    record.addresses = Array.isArray(addresses) ? addresses.map((a: Json) => addressToRecord(a ?? {})) : (addresses as never);
  }
  if (item.billing_address_id != null && record.addresses) {
    for (const a of record.addresses) a.isDefaultBilling = a.externalId === item.billing_address_id;
  }
  return record;
}

/** An exported record as a `GET /admin/customers` customer (v2 shape, nulls included). */
export function medusaCustomerFromRecord(record: CustomerRecord): Json {
  const out = withNulls(mapToExternal(MEDUSA_RECORD_FIELDS, { groups: [], ...record }), CUSTOMER_KEYS);
  out.addresses = (record.addresses ?? []).map((address) => {
    const a = mapToExternal(MEDUSA_RECORD_ADDRESS_FIELDS, address);
    const street = (address.street as string[] | null | undefined) ?? [];
    [a.address_1, a.address_2] = [street[0] ?? null, street[1] ?? null];
    a.customer_id = out.id;
    return withNulls(a, ADDRESS_KEYS);
  });
  return out;
}

function addressToRecord(address: Json): Json {
  const record = mapToModel(MEDUSA_RECORD_ADDRESS_FIELDS, address);
  // address_1 and address_2 are street lines 1 and 2; empty lines are no lines.
  const lines = [address.address_1, address.address_2];
  while (lines.length > 0 && (lines[lines.length - 1] == null || lines[lines.length - 1] === '')) lines.pop();
  if (lines.length > 0) record.street = lines;
  if (record.region && (record.region as Json).name == null) delete record.region;
  return record;
}

/** Medusa v1: one billing address and a list of shipping addresses. */
function v1Addresses(item: Json): Json[] | undefined {
  if (item.billing_address === undefined && item.shipping_addresses === undefined) return undefined;
  const all = [...((item.shipping_addresses as Json[] | undefined) ?? [])];
  const billing = item.billing_address as Json | null | undefined;
  if (billing && !all.some((a) => a.id === billing.id)) all.push(billing);
  return all;
}

function withNulls(value: Json, keys: string[]): Json {
  const out: Json = {};
  for (const key of keys) out[key] = value[key] ?? null;
  return out;
}
