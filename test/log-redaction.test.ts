import { Writable } from 'node:stream';
import { createLogger } from '../src/logger';
import { openTestDatabase } from './support';

/** Prisma prints a failed call's arguments in its messages; the log must not carry them. */
test('a Prisma error is logged by code and reason, without the arguments it printed', async () => {
  const { db, drop } = await openTestDatabase();
  try {
    const secret = '$2b$12$SECRET-HASH-THAT-MUST-NOT-BE-LOGGED';
    const error = await db.prisma.customer
      .create({ data: { email: 'x@example.com', passwordHash: secret, notAColumn: 1 } as never })
      .catch((e: unknown) => e as Error);
    expect(String((error as Error).message)).toContain(secret); // Prisma's own text does carry it
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk, _enc, done) => (lines.push(chunk.toString()), done()) }));
    logger.error({ err: error }, 'unexpected error');
    const entry = JSON.parse(lines[0]);
    expect(lines[0]).not.toContain('SECRET-HASH');
    expect(entry.err.type).toBe('PrismaClientValidationError');
    expect(entry.err.message).toMatch(/notAColumn|Unknown argument/);
    expect(entry.err.stack).toMatch(/^PrismaClientValidationError: .*\n {4}at /);
  } finally {
    await drop();
  }
});
