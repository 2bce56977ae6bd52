import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { Config } from '../config';

interface Counter {
  key: string;
  attempts: number;
  retryAfter: number;
}

/**
 * Fixed-window login attempt counters, per email and per client address, in
 * the LoginThrottle table so that every server copy shares them. Each attempt
 * is counted before the password is looked at (a refused attempt costs no
 * bcrypt), with one atomic upsert for both keys; the refusal is the same
 * whether or not the email belongs to anyone.
 */
export class LoginThrottle {
  private lastPurge = 0;
  private inFlight = 0;

  /**
   * `namespace` keeps counters of different doors apart (admin login and
   * customer sign-in): failed customer sign-ins must not lock an admin out,
   * nor a storefront's traffic use up an address's admin attempts.
   */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly limits: Config['loginThrottle'],
    private readonly namespace = '',
  ) {}

  /**
   * Runs one login attempt. Refused (RATE_LIMITED) when this server already
   * has `maxConcurrent` attempts in progress (each costs a bcrypt compare:
   * a flood from many addresses must not queue up unbounded work), or when
   * the email or the address is over its count.
   */
  async attempt<T>(email: string, clientAddress: string, run: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.limits.maxConcurrent) throw rateLimited(1, 'Too many logins in progress; try again in 1 second');
    this.inFlight += 1;
    try {
      await this.hit(email, clientAddress);
      return await run();
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Counts one attempt; throws RATE_LIMITED when either counter is over its limit. */
  private async hit(email: string, clientAddress: string): Promise<void> {
    const emailKey = this.namespace + keyForEmail(email);
    const addressKey = this.namespace + keyForAddress(clientAddress);
    const window = this.limits.windowSeconds;
    const counters = await this.prisma.$queryRaw<Counter[]>(Prisma.sql`
      INSERT INTO "LoginThrottle" ("key", "windowStart", "attempts")
      VALUES (${emailKey}, now() AT TIME ZONE 'UTC', 1), (${addressKey}, now() AT TIME ZONE 'UTC', 1)
      ON CONFLICT ("key") DO UPDATE SET
        "attempts"    = CASE WHEN "LoginThrottle"."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${window})
                             THEN 1 ELSE "LoginThrottle"."attempts" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${window})
                             THEN now() AT TIME ZONE 'UTC' ELSE "LoginThrottle"."windowStart" END
      RETURNING "key", "attempts",
        ceil(extract(epoch FROM "windowStart" + make_interval(secs => ${window}) - (now() AT TIME ZONE 'UTC')))::int AS "retryAfter"`);
    await this.purgeExpired();
    const over = counters.filter((c) => c.attempts > (c.key === emailKey ? this.limits.maxPerEmail : this.limits.maxPerAddress));
    if (over.length > 0) throw rateLimited(Math.max(1, ...over.map((c) => c.retryAfter)));
  }

  /** After a successful login the email's count starts again (the address's does not). */
  async reset(email: string): Promise<void> {
    await this.prisma.$executeRaw`DELETE FROM "LoginThrottle" WHERE "key" = ${this.namespace + keyForEmail(email)}`;
  }

  /** Expired windows are deleted at most once per window per process, so the table stays small. */
  private async purgeExpired(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurge < this.limits.windowSeconds * 1000) return;
    this.lastPurge = now;
    await this.prisma.$executeRaw`
      DELETE FROM "LoginThrottle"
       WHERE "windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${this.limits.windowSeconds})`;
  }
}

function rateLimited(retryAfter: number, message = `Too many login attempts; try again in ${retryAfter} seconds`): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}

/** Emails are keyed by a hash of their normalised form: the table holds no addresses of people. */
function keyForEmail(email: string): string {
  return `email:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

/**
 * IPv4 (also when mapped into IPv6) per address; IPv6 per /64, the block one
 * subscriber usually holds, so rotating through it does not reset the count.
 */
export function keyForAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return `addr:${mapped[1]}`;
  if (!isIPv6(address)) return `addr:${address}`;
  return `addr:${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head, tail = ''] = address.split('%')[0].toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const middle = address.includes('::') ? new Array<string>(8 - left.length - right.length).fill('0') : [];
  return [...left, ...middle, ...right].map((part) => part.replace(/^0+(?=.)/, ''));
}
