import type { Json } from './field-map';

/**
 * A group as a source platform names it: by its id there (Magento's
 * group_id, Medusa's group id) and, where the source says, its name.
 */
export interface GroupRef {
  externalId: string;
  name?: string;
  code?: string | null;
  taxClassId?: number | null;
  metadata?: Json | null;
}

/**
 * One customer between a platform's JSON and this database, in this API's
 * field names: CreateCustomerInput's fields plus what only an import
 * carries (externalId, createdAt, updatedAt, deletedAt, createdBy,
 * hasAccount as the source says it). Addresses are AddressInputs plus
 * externalId, createdAt and updatedAt; groups are references the import
 * resolves. On the way in nothing here is trusted until validated.
 */
export interface CustomerRecord extends Json {
  addresses?: Json[];
  groups?: GroupRef[];
  primaryGroup?: GroupRef | null;
}

/** Ids arrive as numbers (Magento) or strings (Medusa); anything else is left for validation to refuse. */
export const sourceId = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value);
