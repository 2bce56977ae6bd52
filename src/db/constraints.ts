import { Prisma } from '../generated/prisma/client';
import { UserInputFailure, userError, type FieldPath, type UserErrorCode } from '../common/user-error';

/**
 * The names of the constraints, indexes and triggers in prisma/migrations
 * that code refers to: the services map violations by these exact names,
 * and test/migrations.test.ts checks the database against these lists.
 */

/** Indexes only the SQL migrations hold: Prisma's schema language cannot express them. */
export const SQL_ONLY_INDEXES = [
  'Customer_email_live_key',
  'Customer_search_trgm_idx',
  'Customer_email_sort_idx',
  'Customer_firstName_sort_idx',
  'Customer_lastName_sort_idx',
  'CustomerGroup_name_live_key',
  'Address_default_billing_key',
  'Address_default_shipping_key',
  'AdminUser_email_key',
] as const;

/** Check constraints, all SQL-only. */
export const SQL_ONLY_CHECKS = [
  'Customer_email_check',
  'Customer_metadata_check',
  'Customer_customAttributes_check',
  'Customer_extensionAttributes_check',
  'Customer_account_check',
  'Customer_version_check',
  'CustomerGroup_name_check',
  'CustomerGroup_metadata_check',
  'Address_countryCode_check',
  'Address_street_check',
  'Address_metadata_check',
  'WebhookDelivery_status_check',
  'CustomerHistory_actorKind_check',
  'CustomerHistory_changes_check',
  'Customer_external_check',
  'CustomerGroup_external_check',
  'Address_extensionAttributes_check',
  'Address_customAttributes_check',
] as const;

export const SQL_ONLY_TRIGGERS = ['Customer_count', 'Customer_count_insert', 'Customer_count_flush'] as const;

/** Keys and foreign keys of schema.prisma (Prisma's default names) that a write can violate. */
export const PRISMA_CONSTRAINTS = [
  'Customer_pkey',
  'CustomerGroup_pkey',
  'Customer_primaryGroupId_fkey',
  'CustomerGroupMember_customerId_fkey',
  'CustomerGroupMember_groupId_fkey',
  'Address_customerId_fkey',
  'ApiToken_adminUserId_fkey',
  'Customer_externalId_externalSource_key',
  'CustomerGroup_externalId_externalSource_key',
  'Address_customerId_externalId_key',
] as const;

export type ConstraintName = (typeof SQL_ONLY_INDEXES | typeof SQL_ONLY_CHECKS | typeof PRISMA_CONSTRAINTS)[number];

/** What the caller is told when a write hits a constraint. */
export interface Refusal {
  code: UserErrorCode;
  field: FieldPath;
  message: string;
}

/** Constraint name → refusal, for one kind of write. */
export type ViolationRules = Partial<Record<ConstraintName, Refusal>>;

/** SQLSTATEs of the violations mapped here: unique, foreign key, check. */
const VIOLATION_CODES = new Set(['23505', '23503', '23514']);

/**
 * The exact name of the unique index, foreign key or check constraint a
 * Prisma error says was violated, or null for any other error. With driver
 * adapters the name sits under `meta.driverAdapterError`: adapter-pg gives
 * it as `constraint.index` for unique and foreign keys; PGlite's adapter
 * gives only columns, and no adapter names a check, so it is read from the
 * database's own message (`... constraint "Name"`), raw queries included.
 */
export function violatedConstraint(err: unknown): string | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const adapterError = err.meta?.driverAdapterError as
    { cause?: { originalCode?: string; originalMessage?: string; constraint?: { index?: string } } } | undefined;
  const cause = adapterError?.cause;
  if (!cause?.originalCode || !VIOLATION_CODES.has(cause.originalCode)) return null;
  return cause.constraint?.index ?? /constraint "([^"]+)"/.exec(cause.originalMessage ?? '')?.[1] ?? null;
}

/**
 * Runs a write; when it violates a constraint named in `rules` (a race the
 * service's own checks could not see, e.g. a row deleted meanwhile), the
 * caller gets that refusal as a user error. The write's transaction has
 * rolled back by then. Any other error propagates unchanged.
 */
export async function refuseViolations<T>(rules: ViolationRules, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const refusal = rules[violatedConstraint(err) as ConstraintName];
    if (!refusal) throw err;
    throw new UserInputFailure([userError(refusal.code, refusal.field, refusal.message)]);
  }
}
