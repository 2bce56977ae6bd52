import { ApiTokenKind, Prisma, type PrismaClient } from '../generated/prisma/client';
import { Scope } from './scopes';
import { hashToken } from './tokens';

/** Who is calling: resolved once per request from the bearer token. */
export interface Principal {
  tokenId: string;
  /** SESSION (from login), API (named token), or CLI (the command line, no token). */
  kind: ApiTokenKind | 'CLI';
  adminUserId: string | null;
  scopes: ReadonlySet<string>;
  /** For history entries: the admin user's name (or email) for a session, the token's name otherwise. */
  name: string | null;
}

interface TokenRow {
  id: string;
  kind: ApiTokenKind;
  scopes: string[] | null;
  adminUserId: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  ownerActive: boolean | null;
  ownerScopes: string[] | null;
  tokenName: string;
  ownerName: string | null;
}

/** Beyond this many cached tokens the cache starts over (bounds memory under token spraying). */
const MAX_CACHED = 10_000;

/**
 * Bearer token → principal. One SQL statement on a miss; it also stamps
 * lastUsedAt, at most once a minute per token, in the same statement. A
 * verified principal is then trusted for `cacheSeconds` without a database
 * read, so steady traffic on one token costs no auth statement at all.
 *
 * Revocation, deactivation and scope changes evict the whole local cache at
 * once; other server copies notice within `cacheSeconds` (documented). Unknown
 * tokens are never cached.
 */
export class TokenVerifier {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly cacheSeconds: number,
  ) {}

  /** Null when the token is unknown, expired, revoked, or its admin user is inactive. */
  async principalFor(token: string): Promise<Principal | null> {
    const tokenHash = hashToken(token);
    const now = Date.now();
    const cached = this.cache.get(tokenHash);
    if (cached && cached.until > now) return cached.principal;
    if (cached) this.cache.delete(tokenHash);

    const [row] = await this.prisma.$queryRaw<TokenRow[]>(Prisma.sql`
      WITH token AS (
        SELECT t."id", t."kind", t."scopes", t."adminUserId", t."expiresAt", t."revokedAt",
               u."isActive" AS "ownerActive", u."scopes" AS "ownerScopes",
               t."name" AS "tokenName", coalesce(u."name", u."email") AS "ownerName"
          FROM "ApiToken" t LEFT JOIN "AdminUser" u ON u."id" = t."adminUserId"
         WHERE t."tokenHash" = ${tokenHash}
      ), touched AS (
        UPDATE "ApiToken" SET "lastUsedAt" = (now() AT TIME ZONE 'UTC')
         WHERE "id" = (SELECT "id" FROM token)
           AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute')
        RETURNING 1
      )
      SELECT * FROM token`);
    const principal = row ? principalOf(row, now) : null;
    if (principal && this.cacheSeconds > 0) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      const until = Math.min(now + this.cacheSeconds * 1000, row.expiresAt?.getTime() ?? Infinity);
      this.cache.set(tokenHash, { principal, until });
    }
    return principal;
  }

  /** Forget every verified token here: called after revocations and admin user changes. */
  evictAll(): void {
    this.cache.clear();
  }
}

/**
 * A session carries its user's current scopes; an API token its own, capped
 * by its owner's (unless the owner is an admin); an ownerless token (made
 * from the command line) exactly its own.
 */
function principalOf(row: TokenRow, now: number): Principal | null {
  if (row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) return null;
  if (row.adminUserId && !row.ownerActive) return null;
  const own = row.scopes ?? [];
  const owner = row.adminUserId ? new Set(row.ownerScopes ?? []) : null;
  let scopes: string[];
  if (row.kind === ApiTokenKind.SESSION) scopes = [...(owner ?? [])];
  else if (owner && !owner.has(Scope.ADMIN)) scopes = own.filter((scope) => owner.has(scope));
  else scopes = own;
  const name = row.kind === ApiTokenKind.SESSION ? row.ownerName : row.tokenName;
  return { tokenId: row.id, kind: row.kind, adminUserId: row.adminUserId, scopes: new Set(scopes), name };
}
