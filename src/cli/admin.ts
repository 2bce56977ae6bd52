import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { createContext } from '../context';
import type { Database } from '../db/database';
import { UserInputFailure } from '../common/user-error';
import { findAdminByEmail } from '../auth/admin-user.service';
import { Scope } from '../auth/scopes';
import { createServices } from '../services';
import { cliUserName } from '../history/actor';
import { runCommand, withServerDatabase } from './command';

const USAGE = `Usage:
  npm run admin -- create-user --email <email> --scopes <scope,...> [--name <name>] [--password-stdin]
      Without --password-stdin a random password is printed once.
  npm run admin -- create-token --name <name> --scopes <scope,...> [--expires-in-days <n>] [--owner <admin email>]
      Prints the token once. Without --owner the token belongs to no admin user.
  npm run admin -- revoke-token --id <token id>

Scopes: customers:read, customers:write, customers:delete, groups:read, groups:write, webhooks:manage, admin.
Uses DATABASE_URL (PostgreSQL) or PGLITE_DATA_DIR (embedded; stop the server first:
PGlite allows one process at a time).`;

export interface CliIo {
  print(line: string): void;
  readStdin(): Promise<string>;
}

/** Runs one command against `db`; returns the process exit code. */
export async function runAdminCommand(argv: string[], config: Config, db: Database, io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean' },
      'expires-in-days': { type: 'string' },
      owner: { type: 'string' },
      id: { type: 'string' },
    },
  });
  const services = createServices(config, db);
  // The command line acts as an administrator, as if holding an ownerless admin token.
  const ctx = createContext({
    requestId: 'cli',
    db,
    services,
    principal: { tokenId: 'cli', kind: 'CLI', adminUserId: null, scopes: new Set([Scope.ADMIN]), name: cliUserName() },
    clientAddress: 'cli',
  });
  const scopes = (values.scopes ?? []).flatMap((s) => s.split(',')).filter((s) => s.trim() !== '');
  try {
    switch (positionals[0]) {
      case 'create-user': {
        const password = values['password-stdin'] ? (await io.readStdin()).replace(/\r?\n$/, '') : randomBytes(18).toString('base64url');
        const user = await services.adminUsers.create(ctx, {
          email: values.email ?? '',
          password,
          name: values.name ?? null,
          scopes,
          isActive: true,
        });
        io.print(`Created admin user ${user.email} (id ${user.id}) with scopes: ${user.scopes.join(', ') || '(none)'}`);
        if (!values['password-stdin']) io.print(`Password (shown once): ${password}`);
        return 0;
      }
      case 'create-token': {
        let ownerId: string | null = null;
        if (values.owner) {
          const owner = await findAdminByEmail(db.prisma, values.owner);
          if (!owner) return fail(io, `No admin user with email ${values.owner}`);
          ownerId = owner.id;
        }
        const days = values['expires-in-days'] === undefined ? 90 : Number(values['expires-in-days']);
        const { token, apiToken } = await services.apiTokens.create(ctx, { name: values.name ?? '', scopes, expiresInDays: days }, ownerId);
        io.print(
          `Created API token "${apiToken.name}" (id ${apiToken.id}), scopes ${apiToken.scopes.join(', ')}, expires ${apiToken.expiresAt?.toISOString()}`,
        );
        io.print(`Token (shown once; send as "Authorization: Bearer <token>"): ${token}`);
        return 0;
      }
      case 'revoke-token': {
        const revoked = await services.apiTokens.revoke(ctx, values.id ?? '');
        io.print(`Revoked token "${revoked.name}" (id ${revoked.id}) at ${revoked.revokedAt?.toISOString()}`);
        return 0;
      }
      default:
        return fail(io, USAGE);
    }
  } catch (err) {
    if (err instanceof UserInputFailure) return fail(io, err.errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('\n'));
    throw err;
  } finally {
    await services.passwords.close();
  }
}

function fail(io: CliIo, message: string): number {
  io.print(message);
  return 1;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (require.main === module) {
  runCommand(
    () =>
      withServerDatabase((db, config) =>
        runAdminCommand(process.argv.slice(2), config, db, { print: (line) => console.log(line), readStdin }),
      ),
    1,
  );
}
