import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Every reason a caller can fix, in one enum (payload `errors[].code`). */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  TOO_SHORT = 'TOO_SHORT',
  TOO_MANY = 'TOO_MANY',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  EMAIL_IMMUTABLE = 'EMAIL_IMMUTABLE',
  NAME_TAKEN = 'NAME_TAKEN',
  ID_TAKEN = 'ID_TAKEN',
  EXTERNAL_ID_TAKEN = 'EXTERNAL_ID_TAKEN',
  NOT_FOUND = 'NOT_FOUND',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LAST_ADMIN = 'LAST_ADMIN',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused. Nothing was written when any error is returned.',
});

/** Path into the arguments, e.g. ["input", "addresses", 0, "countryCode"]. */
export type FieldPath = (string | number)[];

@ObjectType({ description: 'A problem with the input that the caller can fix.' })
export class UserError {
  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field(() => [String], { description: 'Path into the arguments; numbers are list positions, as strings.' })
  field!: string[];

  @Field()
  message!: string;
}

export function userError(code: UserErrorCode, field: FieldPath, message: string): UserError {
  return Object.assign(new UserError(), { code, field: field.map(String), message });
}

/**
 * Thrown by services to refuse an input. Thrown inside a transaction it rolls
 * the transaction back, so nothing is written; `toPayload` turns it into data.
 */
export class UserInputFailure extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
  }
}

/** Collects errors while validating a whole input, then throws them at once. */
export class ErrorCollector {
  readonly errors: UserError[] = [];
  add(code: UserErrorCode, field: FieldPath, message: string): void {
    this.errors.push(userError(code, field, message));
  }
  get ok(): boolean {
    return this.errors.length === 0;
  }
  throwIfAny(): void {
    if (this.errors.length > 0) throw new UserInputFailure(this.errors);
  }
}

/**
 * Runs a mutation body and shapes the result as `{ <key>: value, errors }`:
 * refusals become `errors` with a null object; any other error propagates
 * (and is masked by the error plugin).
 */
export async function toPayload<K extends string, T>(
  key: K,
  run: () => Promise<T>,
): Promise<{ errors: UserError[] } & { [P in K]: T | null }> {
  try {
    const value = await run();
    return { [key]: value, errors: [] } as { errors: UserError[] } & { [P in K]: T | null };
  } catch (err) {
    if (err instanceof UserInputFailure) {
      return { [key]: null, errors: err.errors } as { errors: UserError[] } & { [P in K]: T | null };
    }
    throw err;
  }
}
