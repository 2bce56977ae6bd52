/**
 * Magento 2 AddressInterface <-> the gateway's address, as a table of field
 * pairs, so that no field is lost either way. The region is Magento's
 * RegionInterface { region_code, region, region_id }; Magento also repeats
 * region_id at the top level (read when the region object lacks it).
 */

/** [Magento field, gateway field]; values pass unchanged. */
export const MAGENTO_ADDRESS_FIELDS = [
  ['id', 'id'],
  ['firstname', 'firstName'],
  ['lastname', 'lastName'],
  ['middlename', 'middleName'],
  ['prefix', 'prefix'],
  ['suffix', 'suffix'],
  ['company', 'company'],
  ['street', 'street'],
  ['city', 'city'],
  ['postcode', 'postalCode'],
  ['country_id', 'countryCode'],
  ['telephone', 'phone'],
  ['fax', 'fax'],
  ['vat_id', 'vatId'],
  ['default_billing', 'isDefaultBilling'],
  ['default_shipping', 'isDefaultShipping'],
] as const;

/** RegionInterface field -> gateway Region field. */
export const MAGENTO_REGION_FIELDS = [
  ['region_code', 'code'],
  ['region', 'name'],
  ['region_id', 'id'],
] as const;

type Json = Record<string, unknown>;

/** A Magento address (POST /V1/customers `customer.addresses[]`) as a gateway AddressInput / CustomerAddressInput. */
export function addressInputFromMagento(address: Json): Json {
  const input: Json = {};
  for (const [magento, gateway] of MAGENTO_ADDRESS_FIELDS) {
    if (address[magento] !== undefined) input[gateway] = gateway === 'id' ? String(address[magento]) : address[magento];
  }
  const region = (address.region ?? {}) as Json;
  const regionInput: Json = {};
  for (const [magento, gateway] of MAGENTO_REGION_FIELDS) if (region[magento] !== undefined) regionInput[gateway] = region[magento];
  if (regionInput.id === undefined && address.region_id != null) regionInput.id = address.region_id;
  if (Object.keys(regionInput).length > 0) input.region = regionInput;
  const attributes = address.custom_attributes as { attribute_code: string; value: unknown }[] | undefined;
  if (attributes) input.customAttributes = attributes.map((a) => ({ attributeCode: a.attribute_code, value: a.value }));
  return input;
}

/** A gateway Address (as GraphQL returns it) in Magento's AddressInterface shape. */
export function magentoAddressFromGateway(address: Json): Json {
  const out: Json = {};
  for (const [magento, gateway] of MAGENTO_ADDRESS_FIELDS) if (address[gateway] !== undefined) out[magento] = address[gateway];
  const region = address.region as Json | null | undefined;
  if (region) {
    const magentoRegion: Json = {};
    for (const [magento, gateway] of MAGENTO_REGION_FIELDS) magentoRegion[magento] = region[gateway];
    out.region = magentoRegion;
    out.region_id = region.id;
  }
  const attributes = address.customAttributes as { attributeCode: string; value: unknown }[] | undefined;
  if (attributes) out.custom_attributes = attributes.map((a) => ({ attribute_code: a.attributeCode, value: a.value }));
  return out;
}
