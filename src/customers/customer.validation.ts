import { passwordProblem } from '../auth/password-hasher';
import { parsePasswordHash } from '../auth/password-schemes';
import { ErrorCollector, UserErrorCode } from '../common/user-error';
import { checkClientId, checkCustomAttributes, checkEmail, checkJsonObject, checkNonNegative, checkText } from '../common/validation';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';
import { TEXT_FIELDS } from './customer-fields';

function checkCommon(c: ErrorCollector, input: CreateCustomerInput | UpdateCustomerInput): void {
  for (const field of TEXT_FIELDS) checkText(c, ['input', field], input[field]);
  checkNonNegative(c, ['input', 'storeId'], input.storeId);
  checkJsonObject(c, ['input', 'metadata'], input.metadata);
  checkJsonObject(c, ['input', 'extensionAttributes'], input.extensionAttributes);
  checkCustomAttributes(c, ['input', 'customAttributes'], input.customAttributes);
  // The database refuses one without the other (Customer_external_check).
  if (
    (input.externalSource === undefined) !== (input.externalId === undefined) ||
    (input.externalSource == null) !== (input.externalId == null)
  ) {
    const missing = input.externalSource == null ? 'externalSource' : 'externalId';
    c.add(UserErrorCode.REQUIRED, ['input', missing], 'externalSource and externalId are set or cleared together');
  }
}

function checkPassword(c: ErrorCollector, password: string | null | undefined): void {
  if (password == null) return;
  const problem = passwordProblem(password);
  if (problem) c.add(UserErrorCode[problem.code], ['input', 'password'], problem.message);
}

/** An imported hash must be one the gateway can verify; the message names the formats, never echoes the value. */
export function checkPasswordHash(c: ErrorCollector, input: { password?: string | null; passwordHash?: string | null }): void {
  if (input.passwordHash == null) return;
  if (input.password != null) {
    c.add(UserErrorCode.INVALID, ['input', 'passwordHash'], 'Give password or passwordHash, not both');
  } else if (!parsePasswordHash(input.passwordHash)) {
    c.add(
      UserErrorCode.INVALID,
      ['input', 'passwordHash'],
      'Not a password hash this gateway can verify: Magento 2 hash:salt:version, Medusa scrypt-kdf (base64) or bcrypt',
    );
  }
}

/** Checks a create input whole; returns the trimmed email or throws every problem found. */
export function validateCreate(input: CreateCustomerInput, extra?: (c: ErrorCollector) => void): string {
  const c = new ErrorCollector();
  checkClientId(c, ['input', 'id'], input.id);
  const email = checkEmail(c, ['input', 'email'], input.email);
  checkPassword(c, input.password);
  checkPasswordHash(c, input);
  checkNonNegative(c, ['input', 'websiteId'], input.websiteId);
  checkCommon(c, input);
  extra?.(c);
  c.throwIfAny();
  return email as string;
}

export function validateUpdate(input: UpdateCustomerInput & { passwordHash?: string | null }, extra?: (c: ErrorCollector) => void): void {
  const c = new ErrorCollector();
  if (input.email != null) checkEmail(c, ['input', 'email'], input.email);
  checkPassword(c, input.password);
  checkPasswordHash(c, input);
  checkCommon(c, input);
  extra?.(c);
  c.throwIfAny();
}
