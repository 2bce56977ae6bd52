import type { WebhookConfig } from '../config';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { send, type SendResult } from './sender';

interface Claimed {
  id: string;
  eventId: string;
  attemptCount: number;
  lease: string;
  url: string;
  secret: string;
  previousSecret: string | null;
  payload: string;
}

const NOW = `(now() AT TIME ZONE 'UTC')`;

/**
 * Takes due deliveries (FOR UPDATE SKIP LOCKED, so processes on one database
 * never take the same one) and leases them: a delivery whose worker died is
 * taken again once its lease passes. A delivery waits while an earlier
 * delivery of the same webhook and orderingKey (customer) is still PENDING:
 * in order per customer, the head retried first.
 */
const CLAIM_SQL = `
WITH claimed AS (
  UPDATE "WebhookDelivery" SET "leaseUntil" = ${NOW} + $2::float8 * interval '1 millisecond'
   WHERE "id" IN (
     SELECT d."id" FROM "WebhookDelivery" d
      WHERE d."status" = 'PENDING' AND d."nextAttemptAt" <= ${NOW}
        AND (d."leaseUntil" IS NULL OR d."leaseUntil" < ${NOW})
        AND NOT EXISTS (SELECT 1 FROM "WebhookDelivery" p
                         WHERE p."webhookId" = d."webhookId" AND p."orderingKey" = d."orderingKey"
                           AND p."status" = 'PENDING' AND p."eventSeq" < d."eventSeq")
        AND EXISTS (SELECT 1 FROM "Webhook" w WHERE w."id" = d."webhookId" AND w."isActive")
      ORDER BY d."eventSeq"
      LIMIT $1::int
      FOR UPDATE OF d SKIP LOCKED)
  RETURNING "id", "webhookId", "eventId", "attemptCount", "leaseUntil"
)
SELECT c."id", c."eventId", c."attemptCount", c."leaseUntil"::text AS "lease", w."url", w."secret",
       CASE WHEN w."previousSecretExpiresAt" > ${NOW} THEN w."previousSecret" END AS "previousSecret", e."payload"
  FROM claimed c JOIN "Webhook" w ON w."id" = c."webhookId" JOIN "WebhookEvent" e ON e."id" = c."eventId"`;

const RESULT_SQL = `
WITH attempt AS (
  INSERT INTO "WebhookAttempt" ("deliveryId", "at", "statusCode", "error", "durationMs")
  SELECT $1::text, $2::timestamp, $3::int, $4::text, $5::int WHERE EXISTS (SELECT 1 FROM "WebhookDelivery" WHERE "id" = $1::text)
)
UPDATE "WebhookDelivery"
   SET "status" = $6::text, "attemptCount" = "attemptCount" + 1, "nextAttemptAt" = ${NOW} + $7::float8 * interval '1 millisecond',
       "leaseUntil" = NULL, "lastStatusCode" = $3::int, "updatedAt" = ${NOW}
 WHERE "id" = $1::text AND "leaseUntil" = $8::timestamp`;

const RELEASE_SQL = `UPDATE "WebhookDelivery" SET "leaseUntil" = NULL WHERE "id" = $1 AND "leaseUntil" = $2::timestamp`;

/**
 * The in-process delivery worker: polls the outbox, sends with bounded
 * concurrency outside any request or transaction (a slow receiver costs a
 * worker slot, never an API request), records each attempt, and schedules
 * retries with exponential backoff and jitter until DEAD. Its SQL goes
 * through the raw runner, not Prisma, so request statement counts and the
 * Prisma pool stay the requests'.
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  /** Set by stop({ abandon }): in-flight leases are left as a crash leaves them. */
  private abandoning = false;
  /** Set by stop({ abandon }): in-flight leases are left as a crash leaves them. */ private readonly inFlight = new Map<
    string,
    { abort: AbortController; done: Promise<void> }
  >();

  constructor(
    private readonly db: Database,
    private readonly config: WebhookConfig,
    private readonly logger: Logger,
  ) {}

  /** Starts polling. PGlite allows one process, so any lease left in it is a dead process's: freed at once. */
  async start(): Promise<void> {
    if (this.db.kind === 'pglite')
      await this.db.sql.query(`UPDATE "WebhookDelivery" SET "leaseUntil" = NULL WHERE "leaseUntil" IS NOT NULL`);
    this.stopped = false;
    this.abandoning = false;
    // The first look one poll after the start, not at once: at start-up it
    // landed on the server's first request (~0.1 s of the embedded database).
    this.schedule(this.config.pollMs);
  }

  /**
   * Stops taking deliveries, cuts the ones in flight (their leases are freed
   * so another process resends them at once: at least once), and waits for
   * all of it. `abandon` leaves the leases as a crash would (tests).
   */
  async stop(options: { abandon?: boolean } = {}): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abandoning = options.abandon ?? false;
    for (const { abort } of this.inFlight.values()) abort.abort();
    await this.running;
    await Promise.all([...this.inFlight.values()].map((f) => f.done));
  }

  /** One pass now (tests; also what the timer runs): takes what is due up to the free slots. */
  tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.claimAndSend()
      .catch((err) => this.logger.warn({ err }, 'webhook worker: claiming deliveries failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule(0);
        }
      });
    return this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.tick().then(() => this.schedule(this.config.pollMs));
    }, ms);
    this.timer.unref();
  }

  private async claimAndSend(): Promise<void> {
    const free = this.config.concurrency - this.inFlight.size;
    if (this.stopped || free <= 0) return;
    const claimed = await this.db.sql.query<Claimed>(CLAIM_SQL, [free, this.config.leaseMs]);
    for (const delivery of claimed) {
      const abort = new AbortController();
      const done = this.deliver(delivery, abort.signal).finally(() => {
        this.inFlight.delete(delivery.id);
        // A finished delivery may unblock the next one of its customer.
        if (!this.stopped) this.again = true;
        if (!this.stopped && !this.running) this.schedule(0);
      });
      this.inFlight.set(delivery.id, { abort, done });
    }
    if (claimed.length === free) this.again = true;
  }

  private async deliver(delivery: Claimed, signal: AbortSignal): Promise<void> {
    const secrets = [delivery.secret, ...(delivery.previousSecret ? [delivery.previousSecret] : [])];
    const at = new Date();
    const result = await send(
      { url: delivery.url, eventId: delivery.eventId, payload: delivery.payload, secrets },
      { timeoutMs: this.config.timeoutMs, allowPrivate: this.config.allowPrivateTargets, signal },
    );
    try {
      if (result.aborted) {
        if (!this.abandoning) await this.db.sql.query(RELEASE_SQL, [delivery.id, delivery.lease]);
        return;
      }
      await this.record(delivery, at, result);
    } catch (err) {
      this.logger.warn({ err, deliveryId: delivery.id }, 'webhook worker: recording an attempt failed');
    }
  }

  private async record(delivery: Claimed, at: Date, result: SendResult): Promise<void> {
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const attempts = delivery.attemptCount + 1;
    const delays = this.config.retryDelaysMs;
    const status = ok ? 'SUCCEEDED' : attempts > delays.length ? 'DEAD' : 'PENDING';
    const delay = status === 'PENDING' ? jittered(delays[attempts - 1]) : 0;
    await this.db.sql.query(RESULT_SQL, [
      delivery.id,
      at.toISOString().slice(0, -1),
      result.statusCode,
      result.error,
      result.durationMs,
      status,
      delay,
      delivery.lease,
    ]);
    if (!ok)
      this.logger.info({ deliveryId: delivery.id, eventId: delivery.eventId, status, error: result.error }, 'webhook attempt failed');
  }
}

/** ±25% jitter: retries of many deliveries that failed together do not arrive together. */
export function jittered(ms: number): number {
  return Math.round(ms * (0.75 + Math.random() * 0.5));
}
