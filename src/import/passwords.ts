import { randomBytes } from 'node:crypto';
import { checkEmail } from '../common/validation';
import { ErrorCollector, UserErrorCode, type UserError } from '../common/user-error';
import type { SqlRunner } from '../db/database';
import { readJsonArray } from './reader';
import { MAX_HASH_LENGTH, parsePasswordHash } from '../auth/password-schemes';

type Sql = Omit<SqlRunner, 'transaction'>;

/**
 * Password hashes for an import, from a separate file (Medusa's API returns
 * none; Magento's search neither): a JSON array of { email, password_hash }
 * rows. A row whose hash no scheme recognises is reported and its customer
 * imported without a password; a later row for the same email wins.
 */
export interface PasswordFileProblem {
  index: number;
  email: unknown;
  errors: UserError[];
}

/**
 * The file is streamed into a staging table, a chunk of rows at a time, and
 * each batch of customers looks its hashes up there when it is written: a
 * million rows never sit in the process's memory. The table is UNLOGGED
 * (nothing to recover after a crash: the next run stages the file again)
 * and belongs to this run only (a random name), made and dropped by the
 * import itself rather than by a migration, so the schema does not carry
 * it. A TEMP table would not do: batches are written on whichever pooled
 * connection is free. A run killed before its end leaves its table behind;
 * `DROP TABLE` on "import_passwords_…" tables clears them.
 */
export class StagedPasswords {
  private constructor(
    private readonly sql: Sql,
    private readonly table: string,
  ) {}

  static async stage(sql: Sql, file: string, chunkSize: number, onProblem: (p: PasswordFileProblem) => void): Promise<StagedPasswords> {
    const table = `"import_passwords_${randomBytes(6).toString('hex')}"`;
    await sql.exec(`CREATE UNLOGGED TABLE ${table} ("email" text PRIMARY KEY, "hash" text NOT NULL)`);
    const staged = new StagedPasswords(sql, table);
    try {
      // Last row for an email wins, within a chunk (the map) and across chunks (ON CONFLICT).
      let chunk = new Map<string, string>();
      const flush = async () => {
        if (chunk.size === 0) return;
        await sql.query(
          `INSERT INTO ${table} ("email", "hash") SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT ("email") DO UPDATE SET "hash" = EXCLUDED."hash"`,
          [[...chunk.keys()], [...chunk.values()]],
        );
        chunk = new Map();
      };
      for await (const { index, value } of readJsonArray(file, null)) {
        const row = checkRow(index, value);
        if ('errors' in row) onProblem(row);
        else chunk.set(row.email, row.hash);
        if (chunk.size >= chunkSize) await flush();
      }
      await flush();
      return staged;
    } catch (err) {
      await staged.drop();
      throw err;
    }
  }

  /** The staged hashes of these emails (lower case), read in the batch's transaction. */
  async lookup(tx: Sql, emails: string[]): Promise<Map<string, string>> {
    const rows = await tx.query<{ email: string; hash: string }>(
      `SELECT "email", "hash" FROM ${this.table} WHERE "email" = ANY($1::text[])`,
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.hash]));
  }

  async drop(): Promise<void> {
    await this.sql.exec(`DROP TABLE IF EXISTS ${this.table}`);
  }
}

/** One row of the file: its lower-case email and accepted hash, or why it is refused. */
function checkRow(index: number, value: unknown): { email: string; hash: string } | PasswordFileProblem {
  const row = (value ?? {}) as { email?: unknown; password_hash?: unknown };
  const c = new ErrorCollector();
  const email = typeof row.email === 'string' ? checkEmail(c, ['email'], row.email) : undefined;
  if (typeof row.email !== 'string') c.add(UserErrorCode.REQUIRED, ['email'], 'Email is required');
  const hash = importedPasswordHash(row.password_hash);
  if (hash === null)
    c.add(UserErrorCode.INVALID, ['password_hash'], 'Not a password hash of a known scheme (Magento 2, Medusa scrypt, bcrypt)');
  if (!c.ok || !email || !hash) return { index, email: row.email, errors: c.errors };
  return { email: email.toLowerCase(), hash };
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
