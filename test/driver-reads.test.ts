import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { openTestDatabase } from './support';

/**
 * The hot read path (`db.read`, straight to the driver: list pages and
 * their relations, src/customers/customer.sql.ts) must give exactly the rows
 * Prisma gives with the server process and the database session both
 * outside UTC: `timestamp` columns hold UTC wall time, `date` columns a
 * calendar day, and a driver left to itself reads both in the local zone.
 * The check runs in a child process with TZ set (support/driver-reads-check.ts).
 */
const ROOT = path.resolve(__dirname, '..');

test('rows read through the driver equal Prisma rows, process and session outside UTC', async () => {
  const fresh = process.env.TEST_DATABASE_URL ? await openTestDatabase() : undefined;
  try {
    const args = [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      './test/support/js-as-ts.js',
      'test/support/driver-reads-check.ts',
      ...(fresh?.url ? [fresh.url] : []),
    ];
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, TZ: 'America/Sao_Paulo', TS_NODE_PROJECT: 'tsconfig.test.json' },
    });
    expect(stdout.trim()).toBe('ok');
  } finally {
    await fresh?.drop();
  }
});
