import { mapToExternal, mapToModel, renamed, type FieldRule } from './field-map';
import { MAGENTO_CUSTOMER_FIELDS } from './magento';

/**
 * Magento 2 AddressInterface (`customer.addresses[]` of POST /V1/customers)
 * onto this API's address input and back, no field lost:
 * - region is Magento's RegionInterface { region_code, region, region_id }
 *   as Region { code, name, id }; Magento repeats region_id at the top level
 *   (read when the region object lacks it, written back on the way out);
 * - default_billing / default_shipping are the isDefault* flags (on the
 *   customer, Magento names the default address ids: see magento.ts).
 */

const numericId = (value: unknown) => (/^\d+$/.test(String(value)) ? Number(value) : value);

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
  // Same shape as the customer's custom_attributes.
  MAGENTO_CUSTOMER_FIELDS.find((rule) => rule.external === 'custom_attributes')!,
];

export const MAGENTO_REGION_FIELDS: readonly FieldRule[] = renamed({ region_code: 'code', region: 'name', region_id: 'id' });

type Json = Record<string, unknown>;

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
