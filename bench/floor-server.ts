/**
 * The floor: the reference page served by bare node:http + pg, issuing the
 * same SQL statements the gateway issues for it (captured from Prisma's
 * query events; bench/run.ts checks the counts agree and the JSON is equal).
 * Whatever the gateway costs beyond this is GraphQL, Prisma and middleware.
 *
 * Run as a child of bench/run.ts: prints `floor listening on <port>`.
 * GET /stats returns {"statements": n} (SQL statements sent so far).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { ADDRESS_FIELDS, CUSTOMER_FIELDS, SMALL_ADDRESS_FIELDS, SMALL_CUSTOMER_FIELDS, type PageKind } from './reference';

type Row = Record<string, unknown>;

// Prisma reads TIMESTAMP(3) as UTC and DATE as a calendar date; do the same.
const TIMESTAMP = 1114;
const DATE = 1082;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
    if (oid === DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
};

// The statements below are the text Prisma sends (see docs/performance.md
// for how they were captured); only whitespace differs.
const TOKEN_SQL = `
      WITH token AS (
        SELECT t."id", t."kind", t."scopes", t."adminUserId", t."expiresAt", t."revokedAt",
               u."isActive" AS "ownerActive", u."scopes" AS "ownerScopes"
          FROM "ApiToken" t LEFT JOIN "AdminUser" u ON u."id" = t."adminUserId"
         WHERE t."tokenHash" = $1
      ), touched AS (
        UPDATE "ApiToken" SET "lastUsedAt" = (now() AT TIME ZONE 'UTC')
         WHERE "id" = (SELECT "id" FROM token)
           AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute')
        RETURNING 1
      )
      SELECT * FROM token`;
const PAGE_SQL = `SELECT c.*, c."createdAt" AS "_k0",c."id" AS "_k1" FROM "Customer" c WHERE c."deletedAt" IS NULL
    ORDER BY c."createdAt" DESC, c."id" DESC LIMIT $1 OFFSET $2`;
const inList = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(',');
const GROUPS_OF_PAGE_SQL = (n: number) =>
  `SELECT g.*, m."customerId" FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId"
          WHERE m."customerId" IN (${inList(n)}) AND g."deletedAt" IS NULL ORDER BY g."name", g."id"`;
const ADDRESSES_SQL = (n: number) => `SELECT * FROM "Address" WHERE "customerId" IN (${inList(n)}) ORDER BY "createdAt", "id"`;
const COUNT_SQL = `SELECT coalesce(sum("count"), 0)::bigint AS "count" FROM "CustomerCount"`;

/**
 * `tokenCacheSeconds` mirrors the gateway's setting of that name (where it
 * has one): a verified token is trusted that long without SQL.
 */
export function createFloorServer(databaseUrl: string, options: { poolSize?: number; tokenCacheSeconds?: number } = {}) {
  const poolSize = options.poolSize ?? 10;
  const cacheMs = (options.tokenCacheSeconds ?? 0) * 1000;
  const verified = new Map<string, number>();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types });
  pool.on('error', () => undefined);
  let statements = 0;
  const query = async (sql: string, params: unknown[]) => {
    statements += 1;
    return (await pool.query(sql, params)).rows as Row[];
  };

  async function authorized(header: string | undefined): Promise<boolean> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (!token) return false;
    if ((verified.get(token) ?? 0) > Date.now()) return true;
    if (!(await checkToken(token))) return false;
    if (cacheMs > 0) verified.set(token, Date.now() + cacheMs);
    return true;
  }

  async function checkToken(token: string): Promise<boolean> {
    const [row] = await query(TOKEN_SQL, [createHash('sha256').update(token).digest('hex')]);
    if (!row || row.revokedAt || (row.expiresAt && (row.expiresAt as Date) <= new Date())) return false;
    return !row.adminUserId || Boolean(row.ownerActive);
  }

  async function page(limit: number, kind: PageKind) {
    const customerFields = kind === 'small' ? SMALL_CUSTOMER_FIELDS : CUSTOMER_FIELDS;
    const addressFields = kind === 'small' ? SMALL_ADDRESS_FIELDS : ADDRESS_FIELDS;
    const customers = await query(PAGE_SQL, [limit, 0]);
    const ids = customers.map((c) => c.id);
    const groupsOf = new Map<unknown, Row[]>(ids.map((id) => [id, []]));
    const addressesOf = new Map<unknown, Row[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) {
      // The gateway's two relation loads run concurrently (one DataLoader tick).
      const [groups, addresses] = await Promise.all([query(GROUPS_OF_PAGE_SQL(ids.length), ids), query(ADDRESSES_SQL(ids.length), ids)]);
      for (const g of groups) groupsOf.get(g.customerId)?.push({ id: g.id, name: g.name });
      for (const a of addresses) addressesOf.get(a.customerId)?.push(addressJson(a, addressFields));
    }
    return customers.map((c) => {
      const item: Row = {};
      for (const f of customerFields) item[f] = c[f];
      item.groups = groupsOf.get(c.id);
      item.addresses = addressesOf.get(c.id);
      return item;
    });
  }

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/stats') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ statements }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler answers its own errors (try/catch inside).
    req.on('end', async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        if (!(await authorized(req.headers.authorization))) {
          res.statusCode = 401;
          res.end('{"errors":[{"message":"unauthenticated"}]}');
          return;
        }
        // The page is named by the operation (SmallPage or ReferencePage); `count` selected or not.
        const text = String(body.query ?? '');
        const kind: PageKind = /^\s*query\s+SmallPage\b/.test(text) ? 'small' : 'full';
        const limit = Number(body.variables?.limit ?? 50);
        const [items, count] = await Promise.all([
          page(limit, kind),
          /\bcount\b/.test(text) ? query(COUNT_SQL, []).then(([row]) => Number(row.count)) : undefined,
        ]);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { customers: count === undefined ? { items } : { count, items } } }));
      } catch (err) {
        res.statusCode = 500;
        res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
      }
    });
  });
  return {
    server,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

function addressJson(a: Row, fields: readonly string[]): Row {
  const out: Row = {};
  for (const f of fields) {
    out[f] =
      f === 'region'
        ? a.regionCode === null && a.regionName === null && a.regionId === null
          ? null
          : { code: a.regionCode, name: a.regionName, id: a.regionId }
        : a[f];
  }
  return out;
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const { server } = createFloorServer(url, { tokenCacheSeconds: Number(process.env.TOKEN_CACHE_SECONDS || 0) });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    console.log(`floor listening on ${(server.address() as AddressInfo).port}`);
  });
  process.once('SIGTERM', () => process.exit(0));
}
