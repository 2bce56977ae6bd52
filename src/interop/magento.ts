import { mapToExternal, mapToModel, renamed, type FieldRule } from './field-map';

/**
 * Magento 2 `POST /V1/customers` (CustomerInterface) onto this API's
 * createCustomer input and back. Every customer field is kept:
 * - group_id is the primary group (a customer group whose id is the Magento
 *   group id as a string, e.g. "1");
 * - extension_attributes.is_subscribed is isSubscribed, the other extension
 *   attributes stay in extensionAttributes;
 * - default_billing / default_shipping name address ids in Magento; here the
 *   addresses carry isDefaultBilling / isDefaultShipping and the customer
 *   fields are derived on the way back (see magentoCustomerFromModel);
 * - addresses (AddressInterface): region { region_code, region, region_id }
 *   is Region { code, name, id }; Magento repeats region_id at the top level
 *   (read when the region object lacks it, written back on the way out).
 * The top-level `passwordHash` of the request is Magento's own hash format
 * and cannot be imported into bcrypt; customers set a password again.
 */

type Json = Record<string, unknown>;

const numericId = (value: unknown) => (/^\d+$/.test(String(value)) ? Number(value) : value);

const GENDER_FROM_MAGENTO: Record<number, string> = { 1: 'MALE', 2: 'FEMALE', 3: 'NOT_SPECIFIED' };
const GENDER_TO_MAGENTO: Record<string, number> = { MALE: 1, FEMALE: 2, NOT_SPECIFIED: 3 };

const CUSTOM_ATTRIBUTES: FieldRule = {
  external: 'custom_attributes',
  model: 'customAttributes',
  toModel: (list) =>
    (list as { attribute_code: string; value: unknown }[]).map((a) => ({ attributeCode: a.attribute_code, value: a.value })),
  toExternal: (list) =>
    (list as { attributeCode: string; value: unknown }[]).map((a) => ({ attribute_code: a.attributeCode, value: a.value })),
};

export const MAGENTO_CUSTOMER_FIELDS: readonly FieldRule[] = [
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
  { external: 'id', model: 'id', toModel: String, toExternal: numericId },
  {
    external: 'gender',
    model: 'gender',
    toModel: (v) => GENDER_FROM_MAGENTO[Number(v)] ?? null,
    toExternal: (v) => GENDER_TO_MAGENTO[String(v)],
  },
  { external: 'group_id', model: 'primaryGroupId', toModel: String, toExternal: Number },
  {
    external: 'disable_auto_group_change',
    model: 'disableAutoGroupChange',
    toModel: (v) => Boolean(Number(v)),
    toExternal: (v) => (v ? 1 : 0),
  },
  CUSTOM_ATTRIBUTES,
];

/** A Magento customer (the `customer` of the request body) as createCustomer's input. */
export function magentoCustomerToInput(customer: Json): Json {
  const input = mapToModel(MAGENTO_CUSTOMER_FIELDS, customer);
  const { is_subscribed: isSubscribed, ...otherExtensions } = (customer.extension_attributes as Json | undefined) ?? {};
  if (isSubscribed !== undefined) input.isSubscribed = Boolean(isSubscribed);
  if (customer.extension_attributes !== undefined) input.extensionAttributes = otherExtensions;
  if (Array.isArray(customer.addresses)) input.addresses = (customer.addresses as Json[]).map(magentoAddressToInput);
  return input;
}

/**
 * A customer read through this API (GraphQL JSON) as a Magento customer.
 * default_billing/default_shipping are the ids of the
 * default addresses, or "" when there is none (as Magento sends them).
 */
export function magentoCustomerFromModel(customer: Json): Json {
  const out = mapToExternal(MAGENTO_CUSTOMER_FIELDS, customer);
  out.extension_attributes = { ...((customer.extensionAttributes as Json) ?? {}), is_subscribed: customer.isSubscribed };
  const addresses = (customer.addresses as Json[] | undefined) ?? [];
  out.default_billing = (addresses.find((a) => a.isDefaultBilling)?.id as string | undefined) ?? '';
  out.default_shipping = (addresses.find((a) => a.isDefaultShipping)?.id as string | undefined) ?? '';
  if (customer.addresses !== undefined) out.addresses = addresses.map(magentoAddressFromModel);
  return out;
}

// Addresses (AddressInterface) -------------------------------------------

export const MAGENTO_ADDRESS_FIELDS: readonly FieldRule[] = [
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
  }),
  { external: 'id', model: 'id', toModel: String, toExternal: numericId },
  CUSTOM_ATTRIBUTES,
];

export const MAGENTO_REGION_FIELDS: readonly FieldRule[] = renamed({ region_code: 'code', region: 'name', region_id: 'id' });

/** A Magento address as an AddressInput (or, with its id, an updateCustomer address entry). */
export function magentoAddressToInput(address: Json): Json {
  const input = mapToModel(MAGENTO_ADDRESS_FIELDS, address);
  const region = mapToModel(MAGENTO_REGION_FIELDS, (address.region as Json | undefined) ?? {});
  if (region.id === undefined && address.region_id != null) region.id = address.region_id;
  if (Object.keys(region).length > 0) input.region = region;
  return input;
}

/** An address read through this API (GraphQL JSON) as a Magento AddressInterface. */
export function magentoAddressFromModel(address: Json): Json {
  const out = mapToExternal(MAGENTO_ADDRESS_FIELDS, address);
  const region = address.region as Json | null | undefined;
  if (region) {
    out.region = mapToExternal(MAGENTO_REGION_FIELDS, region);
    out.region_id = region.id;
  }
  if (address.customerId !== undefined) out.customer_id = numericId(address.customerId);
  return out;
}
