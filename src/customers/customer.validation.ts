import { passwordProblem } from '../auth/password-hasher';
import { ErrorCollector, UserErrorCode } from '../common/user-error';
import { checkClientId, checkCustomAttributes, checkEmail, checkJsonObject, checkNonNegative, checkText } from '../common/validation';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';

const TEXT_FIELDS = [
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

/** Checks a create input whole; returns the trimmed email or throws every problem found. */
function checkPassword(c: ErrorCollector, password: string | null | undefined): void {
  if (password == null) return;
  const problem = passwordProblem(password);
  if (problem) c.add(UserErrorCode[problem.code], ['input', 'password'], problem.message);
}

export function validateCreate(input: CreateCustomerInput, extra?: (c: ErrorCollector) => void): string {
  const c = new ErrorCollector();
  checkClientId(c, ['input', 'id'], input.id);
  const email = checkEmail(c, ['input', 'email'], input.email);
  checkPassword(c, input.password);
  checkNonNegative(c, ['input', 'websiteId'], input.websiteId);
  checkCommon(c, input);
  extra?.(c);
  c.throwIfAny();
  return email as string;
}

export function validateUpdate(input: UpdateCustomerInput, extra?: (c: ErrorCollector) => void): void {
  const c = new ErrorCollector();
  if (input.email != null) checkEmail(c, ['input', 'email'], input.email);
  checkPassword(c, input.password);
  checkCommon(c, input);
  extra?.(c);
  c.throwIfAny();
}
