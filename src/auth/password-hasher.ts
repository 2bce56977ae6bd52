import { Worker } from 'node:worker_threads';

/**
 * bcrypt on worker threads: a cost-12 hash takes ~250 ms of CPU, which on the
 * request event loop would stall every other request. Tasks go round-robin
 * to a small fixed pool; workers are unref'd so they never keep the process
 * alive.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const bcrypt = require(workerData.bcryptPath);
parentPort.on('message', async ({ id, op, password, hash, cost }) => {
  try {
    const result = op === 'hash' ? await bcrypt.hash(password, cost) : await bcrypt.compare(password, hash);
    parentPort.postMessage({ id, result });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
  }
});
`;

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

export class PasswordHasher {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    readonly cost: number,
    size: number,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcryptPath: require.resolve('bcryptjs') } });
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
  }

  hash(password: string): Promise<string> {
    return this.run({ op: 'hash', password, cost: this.cost }) as Promise<string>;
  }

  /** False for a malformed hash as well as for a wrong password. */
  verify(password: string, hash: string): Promise<boolean> {
    return this.run({ op: 'compare', password, hash }) as Promise<boolean>;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private run(message: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
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
