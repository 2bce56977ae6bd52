import type { Customer as CustomerRow } from '../generated/prisma/client';
import { mergeMetadata } from '../common/validation';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';

/**
 * The customer columns an input writes as given: one list for
 * createCustomer, updateCustomer and upsertCustomers (which compares them to
 * decide UNCHANGED), so a new column is added once.
 */

/** Text columns (createCustomer's length and character checks apply to each). */
export const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'middleName',
  'prefix',
  'suffix',
  'phone',
  'companyName',
  'taxVat',
  'createdIn',
  'confirmation',
  'externalSource',
  'externalId',
  'createdBy',
] as const;

/** Columns copied from input to row as given (null clears a nullable one). */
export const COPIED_FIELDS = [...TEXT_FIELDS, 'dateOfBirth', 'gender', 'storeId'] as const;

/** Non-null flags: null in an update resets them to false. */
export const FLAG_FIELDS = ['disableAutoGroupChange', 'isSubscribed'] as const;

/** The copied columns and flags the input sets (left-out fields are not in the result). */
export function copiedFields(input: CreateCustomerInput | UpdateCustomerInput) {
  const data: Record<string, unknown> = {};
  for (const field of COPIED_FIELDS) if (input[field] !== undefined) data[field] = input[field];
  for (const field of FLAG_FIELDS) if (input[field] !== undefined) data[field] = input[field] ?? false;
  return data as Partial<Pick<CustomerRow, (typeof COPIED_FIELDS)[number] | (typeof FLAG_FIELDS)[number]>>;
}

/** On create, null and "" values mean "no such key", as in an update. */
export function stripEmptyMetadata(metadata: Record<string, unknown> | null | undefined): Record<string, unknown> {
  return mergeMetadata({}, metadata ?? {});
}
