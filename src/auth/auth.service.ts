import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { ApiTokenKind, Prisma } from '../generated/prisma/client';
import type { Database } from '../db/database';
import { ErrorCollector, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { checkEmail } from '../common/validation';
import { refuseViolations, violatedConstraint } from '../db/constraints';
import type { RequestContext } from '../request-context';
import { findAdminByEmail } from './admin-user.service';
import type { LoginThrottle } from './login-throttle';
import { PASSWORD_MAX_BYTES, passwordProblem, type PasswordHasher } from './password-hasher';
import { Scope } from './scopes';
import type { TokenVerifier } from './token-verifier';
import { newToken } from './tokens';

export type { Principal } from './token-verifier';

const INVALID_CREDENTIALS = { code: UserErrorCode.INVALID_CREDENTIALS, field: ['email'], message: 'Email or password is wrong' };

/** Sessions, the current credential, and the first admin user. */
export class AuthService {
  private lastSessionPurge = 0;

  constructor(
    private readonly db: Pick<Database, 'prisma' | 'read'>,
    private readonly hasher: PasswordHasher,
    private readonly verifier: TokenVerifier,
    private readonly throttle: LoginThrottle,
    private readonly config: Config,
  ) {}

  /**
   * Exchanges an admin user's email and password for a session token.
   * Unknown email, inactive user, wrong password and a password over 72
   * bytes fail alike (INVALID_CREDENTIALS) after the same work: one lookup
   * and one bcrypt compare at the configured cost. Too many attempts for the
   * email or the client address (or in progress on this server) throw
   * RATE_LIMITED before any of it, whether or not the email is known.
   */
  login(ctx: RequestContext, email: string, password: string) {
    return this.throttle.attempt(email, ctx.clientAddress, async () => {
      const user = await findAdminByEmail(this.db.prisma, email);
      const comparable = Buffer.byteLength(password, 'utf8') <= PASSWORD_MAX_BYTES;
      const hash = user && comparable ? user.passwordHash : await this.decoy();
      const matches = (await this.hasher.verify(comparable ? password : '', hash)) && comparable;
      if (!user || !user.isActive || !matches) {
        throw new UserInputFailure([userError(INVALID_CREDENTIALS.code, INVALID_CREDENTIALS.field, INVALID_CREDENTIALS.message)]);
      }
      // A hash of another cost (BCRYPT_COST changed) would make this user's logins
      // take another time than the decoy's: bring it to the configured cost.
      const rehashed = hashCost(user.passwordHash) === this.hasher.cost ? undefined : await this.hasher.hash(password);
      const { token, tokenHash, tokenPrefix } = newToken();
      const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
      // A user deleted since the lookup fails like an unknown one.
      const [, adminUser] = await refuseViolations({ ApiToken_adminUserId_fkey: INVALID_CREDENTIALS }, () =>
        this.db.prisma.$transaction([
          this.db.prisma.apiToken.create({
            data: {
              name: 'login session',
              kind: ApiTokenKind.SESSION,
              tokenHash,
              tokenPrefix,
              scopes: [],
              adminUserId: user.id,
              expiresAt,
            },
          }),
          this.db.prisma.adminUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), passwordHash: rehashed } }),
        ]),
      );
      await this.throttle.reset(email);
      await this.purgeOldSessions();
      return { token, expiresAt, adminUser };
    });
  }

  /** Revokes the token of this request (a session or an API token). */
  async logout(ctx: RequestContext): Promise<boolean> {
    await this.db.prisma.apiToken.updateMany({ where: { id: ctx.principal!.tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
    this.verifier.evictAll();
    return true;
  }

  /** The current request's credential, for `me`. */
  async viewer(ctx: RequestContext) {
    const principal = ctx.principal!;
    const adminUser = principal.adminUserId ? await this.db.prisma.adminUser.findUnique({ where: { id: principal.adminUserId } }) : null;
    return { tokenId: principal.tokenId, kind: principal.kind, scopes: [...principal.scopes].sort(), adminUser };
  }

  /**
   * Makes the login decoy hash ahead of the first sign-in, on a worker
   * thread (a first unknown-user login must not pay for it, or its extra time
   * would tell; a login before it is done waits for the same promise), and
   * loads Prisma's query engine. The server calls it after its first answer
   * (or a second after it listens), so that neither holds up that answer. A
   * failure shows on the login that awaits it.
   */
  warmUp(): Promise<void> {
    this.decoy().catch(() => undefined);
    // Prisma compiles its query engine (WebAssembly) on connect, ~0.7 s of
    // CPU, without sending a statement (tests count statements). The server
    // awaits this before closing the database.
    return this.db.prisma.$connect().catch(() => undefined);
  }

  /**
   * Startup: with no admin user creates one from ADMIN_EMAIL and
   * ADMIN_PASSWORD, or with a random password printed once. Of several copies
   * starting together only one creates (and prints); the others find the
   * unique email taken and carry on. The login decoy is made later (warmUp).
   */
  async bootstrapAdmin(print: (line: string) => void): Promise<void> {
    // Through the driver: Prisma's first statement would cost the start ~0.5 s (warmUp).
    const [{ exists }] = await this.db.read<{ exists: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM "AdminUser") AS "exists"`);
    if (exists) return;
    const c = new ErrorCollector();
    const email = checkEmail(c, ['ADMIN_EMAIL'], this.config.adminEmail ?? 'admin@example.com');
    if (!email) throw new Error(`ADMIN_EMAIL: ${c.errors[0].message}`);
    const given = this.config.adminPassword;
    const problem = given === undefined ? null : passwordProblem(given);
    if (problem) throw new Error(`ADMIN_PASSWORD: ${problem.message}`);
    const password = given ?? randomBytes(18).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    try {
      await this.db.prisma.adminUser.create({ data: { email, passwordHash, name: 'Administrator', scopes: [Scope.ADMIN] } });
    } catch (err) {
      if (violatedConstraint(err) === 'AdminUser_email_key') return;
      throw err;
    }
    if (given !== undefined) {
      print(`Created admin user ${email} (password from ADMIN_PASSWORD).`);
    } else {
      print('');
      print('  First start: created an admin user. Shown once; store it now.');
      print(`    email:    ${email}`);
      print(`    password: ${password}`);
      print('');
    }
  }

  /** Sessions expired a week ago are deleted, at most once an hour per process: one row per login adds up. */
  private async purgeOldSessions(): Promise<void> {
    if (Date.now() - this.lastSessionPurge < 3600_000) return;
    this.lastSessionPurge = Date.now();
    await this.db.prisma.apiToken.deleteMany({
      where: { kind: ApiTokenKind.SESSION, expiresAt: { lt: new Date(Date.now() - 7 * 86_400_000) } },
    });
  }

  /** The hasher's decoy, shared with customer sign-in: warming it at startup serves both. */
  private decoy(): Promise<string> {
    return this.hasher.decoy();
  }
}

/** The cost of a bcrypt hash ("$2b$12$..." → 12). */
function hashCost(hash: string): number {
  return Number(/^\$2[abxy]?\$(\d{2})\$/.exec(hash)?.[1]);
}
