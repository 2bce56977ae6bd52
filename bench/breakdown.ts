/**
 * Where a reference page's CPU goes inside the gateway, one part at a time,
 * in this process (CPU time via process.cpuUsage, so other load on the
 * machine disturbs it less than it disturbs requests per second):
 *
 * - GraphQL execution of the reference document over rows already fetched
 *   (graphql-js + type-graphql + scalars; loaders answer from memory);
 * - serialising the result (JSON.stringify, as Apollo does);
 * - each SQL statement of the page through Prisma versus the same SQL on a
 *   bare pg.Pool (the token check is cached, so it is left out).
 *
 * Uses the compiled server code (dist/), like the gateway child of run.ts.
 * CLI (after `npm run build`): ts-node bench/breakdown.ts <database url>
 */
import path from 'node:path';
import { execute, parse, type DocumentNode } from 'graphql';
import pg from 'pg';
import { referenceQuery } from './reference';

const ROOT = path.resolve(__dirname, '..');
const dist = <T>(module: string): T => require(path.join(ROOT, 'dist', module)) as T;

/** CPU ms per call of `fn`, over `n` sequential calls after a short warm-up. */
export async function cpuPerCall(n: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(50, n); i++) await fn();
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / n;
}

export async function breakdown(databaseUrl: string, iterations = 300): Promise<[string, number][]> {
  const { openDatabase } = dist<typeof import('../src/db/database')>('db/database');
  const { createSchema } = dist<typeof import('../src/schema')>('schema');
  const { createLoaders } = dist<typeof import('../src/loaders')>('loaders');
  const { pageQuery } = dist<typeof import('../src/customers/customer-list')>('customers/customer-list');

  const db = await openDatabase({ databaseUrl, pgliteDataDir: '' });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const rows: [string, number][] = [];
  try {
    const schema = await createSchema();
    const document: DocumentNode = parse(referenceQuery());
    const page = { limit: 50, offset: 0 };
    const items = await db.prisma.$queryRaw<{ id: string }[]>(pageQuery({}, page));
    const ids = items.map((c) => c.id);
    const loaded = createLoaders(db);
    const groups = await loaded.groupsByCustomer.loadMany(ids);
    const addresses = await loaded.addressesByCustomer.loadMany(ids);
    const byId = (list: unknown[]) => new Map(ids.map((id, i) => [id, list[i]]));
    const groupsOf = byId(groups);
    const addressesOf = byId(addresses);

    // Loaders and the list service answer from memory: only execution is left.
    const memoryLoader = (map: Map<string, unknown>) => ({ load: async (id: string) => map.get(id) });
    const context = () => ({
      requestId: 'bench',
      principal: { tokenId: 't', adminUserId: null, scopes: new Set(['admin']) },
      services: { customers: { list: async () => ({ items, ...page, query: {} }) } },
      loaders: { groupsByCustomer: memoryLoader(groupsOf), addressesByCustomer: memoryLoader(addressesOf) },
    });
    const run = () => execute({ schema, document, contextValue: context(), variableValues: { limit: 50 } });
    const result = await run();
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    rows.push(['GraphQL execution of the page (no SQL)', await cpuPerCall(iterations, run)]);
    rows.push(['JSON.stringify of the result', await cpuPerCall(iterations, () => JSON.stringify(result))]);

    // Each statement of the page, through Prisma and as bare SQL on pg.
    // The token check is left out: the verifier caches a verified token
    // (TOKEN_CACHE_SECONDS), so steady traffic sends no auth SQL.
    const fresh = () => createLoaders(db);
    const prismaParts: [string, () => Promise<unknown>][] = [
      ['page ($queryRaw)', () => db.prisma.$queryRaw(pageQuery({}, page))],
      ['groups of the page (loader)', () => fresh().groupsByCustomer.loadMany(ids)],
      ['addresses of the page (loader)', () => fresh().addressesByCustomer.loadMany(ids)],
    ];
    for (const [name, fn] of prismaParts) rows.push([`Prisma: ${name}`, await cpuPerCall(iterations, fn)]);

    const list = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(',');
    const bareParts: [string, () => Promise<unknown>][] = [
      [
        'page',
        () =>
          pool.query(
            `SELECT c.*, c."createdAt" AS "_k0", c."id" AS "_k1" FROM "Customer" c WHERE c."deletedAt" IS NULL ORDER BY c."createdAt" DESC, c."id" DESC LIMIT $1 OFFSET $2`,
            [50, 0],
          ),
      ],
      [
        'addresses of the page',
        () => pool.query(`SELECT * FROM "Address" WHERE "customerId" IN (${list(ids.length)}) ORDER BY "createdAt", "id"`, ids),
      ],
    ];
    for (const [name, fn] of bareParts) rows.push([`bare pg: ${name}`, await cpuPerCall(iterations, fn)]);
  } finally {
    await pool.end();
    await db.close();
  }
  return rows;
}

export function formatBreakdown(rows: [string, number][]): string {
  return rows.map(([name, ms]) => `  ${name.padEnd(48)} ${ms.toFixed(2).padStart(7)} ms`).join('\n');
}

if (require.main === module) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: ts-node bench/breakdown.ts <postgresql://…/cg_bench>');
    process.exit(2);
  }
  breakdown(url)
    .then((rows) => console.log(`CPU per call, this process:\n${formatBreakdown(rows)}`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
