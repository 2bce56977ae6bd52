/**
 * The floor: the reference page served by bare node:http + pg, sending the
 * statement the gateway sends for it: built by the gateway's own builders
 * (pageQuery with the selected columns, relations as JSON columns and the
 * counter-row count in the same statement) and kept prepared as the gateway
 * keeps it. bench/run.ts checks the counts agree and the JSON is equal.
 * Whatever the gateway costs beyond this is GraphQL, the HTTP layer and the
 * gateway's own work.
 *
 * Run as a child of bench/run.ts: prints `floor listening on <port>`.
 * GET /stats returns {"statements": n} (SQL statements sent so far).
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { PageRelations } from '../src/customers/customer.sql';
import { ADDRESS_FIELDS, CUSTOMER_FIELDS, SMALL_ADDRESS_FIELDS, SMALL_CUSTOMER_FIELDS, type PageKind } from './reference';

// The gateway's compiled builders (npm run bench builds first; ts-node cannot
// resolve the generated Prisma client's `.js` imports from src/).
const { countQuery, pageQuery } = require('../dist/customers/customer-list') as typeof import('../src/customers/customer-list');
const { relationColumns, relationDates, selectedColumns, takeExtras } =
  require('../dist/customers/customer.sql') as typeof import('../src/customers/customer.sql');

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

// The token check is the text the gateway sends (only whitespace differs).
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

/** The page statement the gateway sends for this page (customer-pages.ts, pagePlan): text without parameters. */
function pageStatement(kind: PageKind, limit: number, withCount: boolean): { text: string; relations: PageRelations } {
  const customerFields = kind === 'small' ? SMALL_CUSTOMER_FIELDS : CUSTOMER_FIELDS;
  const addressFields = kind === 'small' ? SMALL_ADDRESS_FIELDS : ADDRESS_FIELDS;
  const relations: PageRelations = {
    groups: true,
    addresses: true,
    groupColumns: selectedColumns(['id', 'name'], 'groups'),
    addressColumns: selectedColumns(addressFields, 'addresses'),
  };
  const statement = pageQuery(
    {},
    {
      limit,
      offset: 0,
      columns: selectedColumns([...customerFields, 'groups', 'addresses'], 'customers'),
      relations: relationColumns(relations),
      total: withCount ? countQuery({}) : undefined,
    },
  );
  if (statement.values.length > 0) throw new Error('the reference page statement has parameters: the gateway would not prepare it');
  return { text: statement.text, relations };
}

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
  const query = async (sql: string, params: unknown[], name?: string) => {
    statements += 1;
    return (await pool.query({ name, text: sql, values: params })).rows as Row[];
  };
  const pageStatements = new Map<string, ReturnType<typeof pageStatement> & { name: string }>();

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

  /** The page's items and, when asked, the count: one prepared statement, as the gateway sends it. */
  async function page(limit: number, kind: PageKind, withCount: boolean): Promise<{ items: Row[]; count?: number }> {
    const key = `${kind} ${limit} ${withCount}`;
    let statement = pageStatements.get(key);
    if (!statement)
      pageStatements.set(key, (statement = { ...pageStatement(kind, limit, withCount), name: `floor_${pageStatements.size}` }));
    const customerFields = kind === 'small' ? SMALL_CUSTOMER_FIELDS : CUSTOMER_FIELDS;
    const addressFields = kind === 'small' ? SMALL_ADDRESS_FIELDS : ADDRESS_FIELDS;
    const dates = relationDates(statement.relations);
    let count: number | undefined;
    const items = (await query(statement.text, [], statement.name)).map((c) => {
      const { groups, addresses, total } = takeExtras(c as { id: string }, dates);
      count = total;
      const item: Row = {};
      for (const f of customerFields) item[f] = c[f];
      item.groups = (groups ?? []).map((g) => ({ id: g.id, name: g.name }));
      item.addresses = (addresses ?? []).map((a) => addressJson(a as unknown as Row, addressFields));
      return item;
    });
    return { items, count: withCount ? (count ?? 0) : undefined };
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
        const { items, count } = await page(limit, kind, /\bcount\b/.test(text));
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
