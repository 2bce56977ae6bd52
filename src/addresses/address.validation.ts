import type { Prisma, Address as AddressRow } from '../generated/prisma/client';
import { ErrorCollector, FieldPath, UserErrorCode } from '../common/user-error';
import {
  MAX_TEXT,
  checkCustomAttributes,
  checkJsonObject,
  checkNonNegative,
  checkText,
  customAttributesForStorage,
  mergeMetadata,
} from '../common/validation';
import { isCountryCode } from './countries';
import type { AddressInput, CustomerAddressInput, UpdateAddressInput } from './address.inputs';

export type AnyAddressInput = AddressInput | UpdateAddressInput | CustomerAddressInput;
/** Plain column values: usable in a create and in an update. */
export type AddressColumns = Partial<Omit<Prisma.AddressCreateManyInput, 'id' | 'customerId'>>;

/** Copied from input to row as given; null clears. */
const TEXT_FIELDS = [
  'label',
  'firstName',
  'lastName',
  'middleName',
  'prefix',
  'suffix',
  'company',
  'city',
  'postalCode',
  'phone',
  'fax',
  'vatId',
  'externalId',
] as const;
export const MAX_STREET_LINES = 4;

/** Records every problem of one address input under `path`. */
export function checkAddress(c: ErrorCollector, path: FieldPath, input: AnyAddressInput): void {
  for (const field of TEXT_FIELDS) checkText(c, [...path, field], input[field]);
  if (input.street != null) {
    if (input.street.length < 1 || input.street.length > MAX_STREET_LINES) {
      c.add(UserErrorCode.INVALID, [...path, 'street'], `A street has 1 to ${MAX_STREET_LINES} lines; null clears it`);
    } else if (input.street[0].trim() === '') {
      c.add(UserErrorCode.REQUIRED, [...path, 'street', 0], 'The first street line is required');
    }
    input.street.forEach((line, i) => checkText(c, [...path, 'street', i], line));
  }
  if (input.region != null) {
    checkText(c, [...path, 'region', 'code'], input.region.code);
    checkText(c, [...path, 'region', 'name'], input.region.name);
    checkNonNegative(c, [...path, 'region', 'id'], input.region.id);
  }
  if (input.countryCode != null) {
    const code = input.countryCode.trim().toUpperCase();
    if (!isCountryCode(code)) {
      c.add(
        UserErrorCode.INVALID,
        [...path, 'countryCode'],
        `"${input.countryCode.slice(0, MAX_TEXT)}" is not an ISO 3166-1 alpha-2 country code`,
      );
    }
  }
  checkJsonObject(c, [...path, 'metadata'], input.metadata);
  checkJsonObject(c, [...path, 'extensionAttributes'], input.extensionAttributes);
  checkCustomAttributes(c, [...path, 'customAttributes'], input.customAttributes);
}

/**
 * The columns an input sets, default flags aside (the service decides
 * those for the whole customer). With `current` (an update) fields left out
 * are not in the result and metadata merges; without it (a create) they are
 * empty.
 */
export function addressColumns(input: AnyAddressInput, current?: AddressRow): AddressColumns {
  const data: AddressColumns = {};
  for (const field of TEXT_FIELDS) if (input[field] !== undefined) data[field] = input[field];
  if (input.street !== undefined) data.street = input.street ?? [];
  if (input.region !== undefined) {
    data.regionCode = input.region?.code ?? null;
    data.regionName = input.region?.name ?? null;
    data.regionId = input.region?.id ?? null;
  }
  if (input.countryCode !== undefined) data.countryCode = input.countryCode?.trim().toUpperCase() ?? null;
  if (input.metadata != null || !current) {
    data.metadata = mergeMetadata(current?.metadata ?? {}, input.metadata ?? {}) as Prisma.InputJsonObject;
  }
  if (input.customAttributes !== undefined) {
    data.customAttributes = customAttributesForStorage(input.customAttributes ?? []) as Prisma.InputJsonArray;
  }
  if (input.extensionAttributes !== undefined) data.extensionAttributes = (input.extensionAttributes ?? {}) as Prisma.InputJsonObject;
  return data;
}
