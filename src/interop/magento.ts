import {
  fromMagentoTime,
  mapToExternal,
  mapToModel,
  numericId,
  renamed,
  toMagentoTime,
  withoutNulls,
  type FieldRule,
  type Json,
} from './field-map';
import { sourceId, type CustomerRecord, type GroupRef } from './record';

/**
 * Magento 2 customers (CustomerInterface, AddressInterface) and this API,
 * both ways, by table:
 * - `POST /V1/customers` bodies onto createCustomer's input and back
 *   (magentoCustomerToInput / magentoCustomerFromModel): Magento's id is
 *   kept as the customer id and group_id names a group whose id is the
 *   Magento group id ("1");
 * - `GET /V1/customers/search` items onto an import record and back
 *   (magentoCustomerToRecord / magentoCustomerFromRecord): Magento's ids
 *   become external ids (customer and address), group_id a reference to
 *   the group imported from Magento with that id, created_at/updated_at are
 *   kept, default_billing/default_shipping name addresses by their Magento
 *   id.
 * Both: extension_attributes.is_subscribed is isSubscribed, the other
 * extension attributes stay in extensionAttributes (the address's too);
 * region { region_code, region, region_id } is Region { code, name, id }
 * (Magento repeats region_id at the top level: read when the region lacks
 * it, written back on the way out).
 */

const GENDER_FROM_MAGENTO: Record<number, string> = { 1: 'MALE', 2: 'FEMALE', 3: 'NOT_SPECIFIED' };
const GENDER_TO_MAGENTO: Record<string, number> = { MALE: 1, FEMALE: 2, NOT_SPECIFIED: 3 };

/** Magento's default customer groups, created by an import when missing. */
export const MAGENTO_DEFAULT_GROUPS: Record<string, { name: string; taxClassId: number }> = {
  0: { name: 'NOT LOGGED IN', taxClassId: 3 },
  1: { name: 'General', taxClassId: 3 },
  2: { name: 'Wholesale', taxClassId: 3 },
  3: { name: 'Retailer', taxClassId: 3 },
};

const CUSTOM_ATTRIBUTES: FieldRule = {
  external: 'custom_attributes',
  model: 'customAttributes',
  toModel: (list) =>
    Array.isArray(list)
      ? (list as { attribute_code: string; value: unknown }[]).map((a) => ({ attributeCode: a?.attribute_code, value: a?.value }))
      : list,
  toExternal: (list) =>
    (list as { attributeCode: string; value: unknown }[]).map((a) => ({ attribute_code: a.attributeCode, value: a.value })),
};

const timestamp = (external: string, model: string): FieldRule => ({
  external,
  model,
  toModel: fromMagentoTime,
  toExternal: toMagentoTime,
});

/** The customer's own fields, the same in a request body and a search item. */
const PERSON_FIELDS: readonly FieldRule[] = [
  ...renamed({
    email: 'email',
    firstname: 'firstName',
    lastname: 'lastName',
    middlename: 'middleName',
    prefix: 'prefix',
    suffix: 'suffix',
    dob: 'dateOfBirth',
    taxvat: 'taxVat',
    store_id: 'storeId',
    website_id: 'websiteId',
    created_in: 'createdIn',
    confirmation: 'confirmation',
  }),
  {
    external: 'gender',
    model: 'gender',
    toModel: (v) => GENDER_FROM_MAGENTO[Number(v)] ?? null,
    toExternal: (v) => GENDER_TO_MAGENTO[String(v)],
  },
  {
    external: 'disable_auto_group_change',
    model: 'disableAutoGroupChange',
    toModel: (v) => Boolean(Number(v)),
    toExternal: (v) => (v ? 1 : 0),
  },
  CUSTOM_ATTRIBUTES,
];

/** A request body: Magento's ids are the API's ids. */
export const MAGENTO_CUSTOMER_FIELDS: readonly FieldRule[] = [
  ...PERSON_FIELDS,
  { external: 'id', model: 'id', toModel: String, toExternal: numericId },
  { external: 'group_id', model: 'primaryGroupId', toModel: String, toExternal: Number },
];

/** A search item: Magento's ids are external ids; timestamps are kept. */
export const MAGENTO_RECORD_FIELDS: readonly FieldRule[] = [
  ...PERSON_FIELDS,
  { external: 'id', model: 'externalId', toModel: sourceId, toExternal: numericId },
  {
    external: 'group_id',
    model: 'primaryGroup',
    toModel: (id): GroupRef => ({ externalId: sourceId(id) as string }),
    toExternal: (group) => numericId((group as GroupRef).externalId),
  },
  timestamp('created_at', 'createdAt'),
  timestamp('updated_at', 'updatedAt'),
];

const ADDRESS_PERSON_FIELDS: readonly FieldRule[] = [
  ...renamed({
    firstname: 'firstName',
    lastname: 'lastName',
    middlename: 'middleName',
    prefix: 'prefix',
    suffix: 'suffix',
    company: 'company',
    street: 'street',
    city: 'city',
    postcode: 'postalCode',
    country_id: 'countryCode',
    telephone: 'phone',
    fax: 'fax',
    vat_id: 'vatId',
    default_billing: 'isDefaultBilling',
    default_shipping: 'isDefaultShipping',
    extension_attributes: 'extensionAttributes',
  }),
  CUSTOM_ATTRIBUTES,
];

export const MAGENTO_ADDRESS_FIELDS: readonly FieldRule[] = [
  ...ADDRESS_PERSON_FIELDS,
  { external: 'id', model: 'id', toModel: String, toExternal: numericId },
];

export const MAGENTO_RECORD_ADDRESS_FIELDS: readonly FieldRule[] = [
  ...ADDRESS_PERSON_FIELDS,
  { external: 'id', model: 'externalId', toModel: sourceId, toExternal: numericId },
];

export const MAGENTO_REGION_FIELDS: readonly FieldRule[] = renamed({ region_code: 'code', region: 'name', region_id: 'id' });

// Request bodies ----------------------------------------------------------

/** A Magento customer (the `customer` of the request body) as createCustomer's input. */
export function magentoCustomerToInput(customer: Json): Json {
  const input = withExtensions(mapToModel(MAGENTO_CUSTOMER_FIELDS, customer), customer);
  if (Array.isArray(customer.addresses)) input.addresses = (customer.addresses as Json[]).map(magentoAddressToInput);
  return input;
}

/**
 * A customer read through this API (GraphQL JSON) as a Magento customer.
 * default_billing/default_shipping are the ids of the default addresses, or
 * "" when there is none (as Magento sends them).
 */
export function magentoCustomerFromModel(customer: Json): Json {
  const out = mapToExternal(MAGENTO_CUSTOMER_FIELDS, customer);
  out.extension_attributes = { ...(customer.extensionAttributes ?? {}), is_subscribed: customer.isSubscribed };
  const addresses = (customer.addresses as Json[] | undefined) ?? [];
  out.default_billing = addresses.find((a) => a.isDefaultBilling)?.id ?? '';
  out.default_shipping = addresses.find((a) => a.isDefaultShipping)?.id ?? '';
  if (customer.addresses !== undefined) out.addresses = addresses.map(magentoAddressFromModel);
  return out;
}

/** A Magento address as an AddressInput (or, with its id, an updateCustomer address entry). */
export function magentoAddressToInput(address: Json): Json {
  return withRegion(mapToModel(MAGENTO_ADDRESS_FIELDS, address), address);
}

/** An address read through this API (GraphQL JSON) as a Magento AddressInterface. */
export function magentoAddressFromModel(address: Json): Json {
  const out = mapToExternal(MAGENTO_ADDRESS_FIELDS, address);
  if (address.customerId !== undefined) out.customer_id = numericId(address.customerId);
  return regionOut(out, address);
}

// Search items (import and export) -----------------------------------------

/** A `GET /V1/customers/search` item as an import record. */
export function magentoCustomerToRecord(item: Json): CustomerRecord {
  const record: CustomerRecord = withExtensions(mapToModel(MAGENTO_RECORD_FIELDS, item), item);
  if (record.primaryGroup) record.groups = [record.primaryGroup];
  if (item.addresses !== undefined) {
    const addresses = Array.isArray(item.addresses) ? (item.addresses as Json[]) : [];
    record.addresses = addresses.map((a) => withRegion(mapToModel(MAGENTO_RECORD_ADDRESS_FIELDS, a ?? {}), a ?? {}));
    // The customer's default_billing/default_shipping (address ids) are the word on defaults.
    for (const [key, flag] of [
      ['default_billing', 'isDefaultBilling'],
      ['default_shipping', 'isDefaultShipping'],
    ] as const) {
      const addressId = item[key] as string | number | null | undefined;
      if (addressId == null || addressId === '') continue;
      for (const address of record.addresses) address[flag] = String(address.externalId) === String(addressId);
    }
  }
  return record;
}

/** An exported record as a search item; null values are left out, as Magento's API does. */
export function magentoCustomerFromRecord(record: CustomerRecord): Json {
  const out = withoutNulls(mapToExternal(MAGENTO_RECORD_FIELDS, record));
  out.extension_attributes = { ...(record.extensionAttributes ?? {}), is_subscribed: record.isSubscribed };
  if ((out.custom_attributes as unknown[] | undefined)?.length === 0) delete out.custom_attributes;
  const addresses = record.addresses ?? [];
  const defaultOf = (flag: string) => addresses.find((a) => a[flag]);
  const billing = defaultOf('isDefaultBilling');
  const shipping = defaultOf('isDefaultShipping');
  if (billing) out.default_billing = String(billing.externalId);
  if (shipping) out.default_shipping = String(shipping.externalId);
  out.addresses = addresses.map((address) => {
    const a = withoutNulls(regionOut(mapToExternal(MAGENTO_RECORD_ADDRESS_FIELDS, address), address));
    a.customer_id = out.id;
    for (const key of ['default_billing', 'default_shipping']) if (a[key] === false) delete a[key];
    if ((a.custom_attributes as unknown[] | undefined)?.length === 0) delete a.custom_attributes;
    if (Object.keys((a.extension_attributes as Json | undefined) ?? {}).length === 0) delete a.extension_attributes;
    return a;
  });
  return out;
}

// Shared pieces --------------------------------------------------------------

function withExtensions(model: Json, customer: Json): Json {
  const extensions = customer.extension_attributes;
  if (extensions === undefined || extensions === null || typeof extensions !== 'object' || Array.isArray(extensions)) {
    if (extensions !== undefined) model.extensionAttributes = extensions; // validation refuses what is not an object
    return model;
  }
  const { is_subscribed: isSubscribed, ...others } = extensions as Json;
  if (isSubscribed !== undefined) model.isSubscribed = Boolean(isSubscribed);
  model.extensionAttributes = others;
  return model;
}

function withRegion(input: Json, address: Json): Json {
  const region = mapToModel(MAGENTO_REGION_FIELDS, (address.region as Json | undefined) ?? {});
  if (region.id === undefined && address.region_id != null) region.id = address.region_id;
  if (Object.keys(region).length > 0) input.region = region;
  return input;
}

function regionOut(out: Json, address: Json): Json {
  const region = address.region as Json | null | undefined;
  if (region) {
    out.region = mapToExternal(MAGENTO_REGION_FIELDS, region);
    out.region_id = region.id;
  }
  return out;
}
