import { externalIdTaken } from '../addresses/address.service';
import { UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import type { ViolationRules } from '../db/constraints';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';

/**
 * The database is the final word on uniqueness and on the groups a customer
 * points at (races included: a group deleted between our check and the
 * write); say it in the caller's terms: `emailPath` is where the operation
 * takes the email, `groupField` the input field that named the groups.
 */
export function customerViolations({ emailPath = ['input', 'email'], groupField = 'groupIds' } = {}): ViolationRules {
  const group = {
    code: UserErrorCode.NOT_FOUND,
    field: ['input', groupField],
    message: `A customer group in ${groupField} was deleted meanwhile`,
  };
  return {
    Customer_email_live_key: {
      code: UserErrorCode.EMAIL_TAKEN,
      field: emailPath,
      message: 'Another live customer has this email on this website',
    },
    Customer_pkey: { code: UserErrorCode.ID_TAKEN, field: ['input', 'id'], message: 'A customer with this id exists' },
    Customer_email_check: { code: UserErrorCode.INVALID, field: emailPath, message: 'Email must not be blank or padded with spaces' },
    Customer_primaryGroupId_fkey: {
      ...group,
      field: ['input', 'primaryGroupId'],
      message: 'The primary customer group was deleted meanwhile',
    },
    CustomerGroupMember_groupId_fkey: group,
    Customer_externalId_externalSource_key: {
      code: UserErrorCode.EXTERNAL_ID_TAKEN,
      field: ['input', 'externalId'],
      message: 'Another customer has this id on this source',
    },
    Address_customerId_externalId_key: externalIdTaken(['input', 'addresses']),
  };
}

/** The primary group is written as a member too: without groupIds, a missing member group is the primary one. */
export function groupField(input: CreateCustomerInput | UpdateCustomerInput): string {
  return input.groupIds == null ? 'primaryGroupId' : 'groupIds';
}

/** expectedVersion named a version the customer has moved past. */
export function versionConflict(path: string[], actual: number) {
  return new UserInputFailure([
    userError(UserErrorCode.VERSION_CONFLICT, path, `The customer changed meanwhile (now at version ${actual}); reload and retry`),
  ]);
}
