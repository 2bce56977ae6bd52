import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { parsePasswordHash, type ParsedHash } from './password-schemes';
import { WORKER_SOURCE } from './password-worker';

const LIBRARY_PATHS = {
  bcrypt: require.resolve('bcryptjs'),
  scryptKdf: require.resolve('scrypt-kdf'),
  sodium: require.resolve('libsodium-wrappers-sumo'),
};

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

/**
 * Password hashing and verification on worker threads: a cost-12 bcrypt hash
 * takes ~250 ms of CPU, an imported Magento Argon2id hash ~100 ms and 64 MiB,
 * which on the request event loop would stall every other request. Tasks go
 * round-robin to a small fixed pool; workers are unref'd so they never keep
 * the process alive. New hashes are always bcrypt; verification accepts every
 * format parsePasswordHash knows (bcrypt, Magento 2, Medusa scrypt).
 */
export class PasswordHasher {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private decoyHash: Promise<string> | undefined;

  constructor(
    readonly cost: number,
    private readonly size: number,
  ) {}

  /**
   * The workers start with the first task, not with the server: each loads
   * a Node runtime of its own, and at start-up they would compete with the
   * main thread for the cores.
   */
  private startWorkers(): Worker[] {
    if (this.workers.length) return this.workers;
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { paths: LIBRARY_PATHS } });
      worker.unref();
      worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
        const task = this.pending.get(id);
        this.pending.delete(id);
        if (!task) return;
        if (error !== undefined) task.reject(new Error(`password hashing failed: ${error}`));
        else task.resolve(result);
      });
      worker.on('error', (err) => {
        for (const task of this.pending.values()) task.reject(err);
        this.pending.clear();
      });
      this.workers.push(worker);
    }
    return this.workers;
  }

  hash(password: string): Promise<string> {
    return this.run({ op: 'hash', password, cost: this.cost }) as Promise<string>;
  }

  /**
   * Whether the password matches a stored hash of any accepted format.
   * False for a wrong password and for a hash that is no accepted format.
   */
  verify(password: string, hash: string): Promise<boolean> {
    const parsed = parsePasswordHash(hash);
    return parsed ? this.verifyParsed(password, parsed) : Promise.resolve(false);
  }

  verifyParsed(password: string, parsed: ParsedHash): Promise<boolean> {
    return this.run({ op: 'verify', password, parsed }) as Promise<boolean>;
  }

  /**
   * A real bcrypt hash at the configured cost of a random password, made once:
   * a sign-in for an unknown account verifies against it, so it takes the
   * time a known one does.
   */
  decoy(): Promise<string> {
    this.decoyHash ??= this.hash(randomBytes(16).toString('hex'));
    return this.decoyHash;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  private run(message: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    const workers = this.startWorkers();
    const worker = workers[id % workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  }
}

/** bcrypt reads only the first 72 bytes, so longer passwords are refused, not truncated. */
export const PASSWORD_MIN_BYTES = 8;
export const PASSWORD_MAX_BYTES = 72;

/** Null when acceptable, otherwise why not. */
export function passwordProblem(password: string): { code: 'TOO_SHORT' | 'TOO_LONG'; message: string } | null {
  const bytes = Buffer.byteLength(password, 'utf8');
  if (bytes < PASSWORD_MIN_BYTES) {
    return { code: 'TOO_SHORT', message: `Password must be at least ${PASSWORD_MIN_BYTES} bytes (UTF-8)` };
  }
  if (bytes > PASSWORD_MAX_BYTES) {
    return { code: 'TOO_LONG', message: `Password must be at most ${PASSWORD_MAX_BYTES} bytes (UTF-8); bcrypt ignores the rest` };
  }
  return null;
}
