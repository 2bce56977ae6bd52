import { checkEmail } from '../common/validation';
import { ErrorCollector, UserErrorCode, type UserError } from '../common/user-error';
import { readJsonArray } from './reader';
import { MAX_HASH_LENGTH, parsePasswordHash } from '../auth/password-schemes';

/**
 * Password hashes for an import, from a separate file (Medusa's API returns
 * none; Magento's search neither): a JSON array of { email, password_hash }
 * rows. Kept in memory by lower-case email while the customers stream past
 * (about 200 bytes a row); a row whose hash no scheme recognises is
 * reported and its customer imported without a password.
 */
export interface PasswordFileProblem {
  index: number;
  email: unknown;
  errors: UserError[];
}

export async function readPasswordFile(file: string, onProblem: (p: PasswordFileProblem) => void): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for await (const { index, value } of readJsonArray(file, null)) {
    const row = (value ?? {}) as { email?: unknown; password_hash?: unknown };
    const c = new ErrorCollector();
    const email = typeof row.email === 'string' ? checkEmail(c, ['email'], row.email) : undefined;
    if (typeof row.email !== 'string') c.add(UserErrorCode.REQUIRED, ['email'], 'Email is required');
    const hash = importedPasswordHash(row.password_hash);
    if (hash === null)
      c.add(UserErrorCode.INVALID, ['password_hash'], 'Not a password hash of a known scheme (Magento 2, Medusa scrypt, bcrypt)');
    if (!c.ok || !email || !hash) onProblem({ index, email: row.email, errors: c.errors });
    else hashes.set(email.toLowerCase(), hash);
  }
  return hashes;
}

/**
 * The one place an imported hash is accepted into the passwordHash column:
 * the hash as stored, or null when no scheme recognises it (the same parser
 * createCustomer and upsertCustomers use, with its cost bounds).
 */
export function importedPasswordHash(hash: unknown): string | null {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return null;
  return parsePasswordHash(hash) ? hash : null;
}
