import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import type { Context } from '../context';
import type { PrismaClient } from '../generated/prisma/client';
import { UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { PasswordHasher } from './password-hasher';
import { Scope } from './scopes';
import { hashToken, newToken } from './tokens';

/** Who is calling: resolved once per request from the bearer token. */
export interface Principal {
  tokenId: string;
  adminUserId: string | null;
  scopes: ReadonlySet<string>;
}

const SESSION_HOURS = 12;

export class AuthService {
  /** A real hash of the configured cost, compared against for unknown users. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly hasher: PasswordHasher,
    private readonly config: Config,
  ) {}

  /**
   * Exchanges an admin user's email and password for a session token.
   * Unknown email, inactive user and wrong password all fail the same way
   * and take the same time (one bcrypt compare at the configured cost).
   */
  async login(_ctx: Context, email: string, password: string) {
    const user = await this.prisma.adminUser.findFirst({ where: { email: { equals: email.trim(), mode: 'insensitive' } } });
    const hash = user?.passwordHash ?? (await this.decoy());
    const matches = await this.hasher.verify(password, hash);
    if (!user || !user.isActive || !matches) {
      throw new UserInputFailure([userError(UserErrorCode.INVALID_CREDENTIALS, ['email'], 'Email or password is wrong')]);
    }
    const { token, tokenHash, tokenPrefix } = newToken();
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await this.prisma.$transaction([
      this.prisma.apiToken.create({
        data: { name: 'login session', kind: 'SESSION', tokenHash, tokenPrefix, scopes: [], adminUserId: user.id, expiresAt },
      }),
      this.prisma.adminUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
    ]);
    return { token, expiresAt, adminUser: user };
  }

  /**
   * The principal for a bearer token, or null when the token is unknown,
   * expired, revoked, or its admin user is inactive. A session carries its
   * user's current scopes; an API token its own (capped by its owner's).
   */
  async principalFor(token: string): Promise<Principal | null> {
    const row = await this.prisma.apiToken.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { adminUser: { select: { isActive: true, scopes: true } } },
    });
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= new Date())) return null;
    if (row.adminUserId && !row.adminUser?.isActive) return null;
    const owner = row.adminUser ? new Set(row.adminUser.scopes) : null;
    let scopes: string[];
    if (row.kind === 'SESSION') scopes = row.adminUser?.scopes ?? [];
    else if (owner && !owner.has(Scope.ADMIN)) scopes = row.scopes.filter((s) => owner.has(s));
    else scopes = row.scopes;
    return { tokenId: row.id, adminUserId: row.adminUserId, scopes: new Set(scopes) };
  }

  /** The current request's credential, for `me`. */
  async viewer(ctx: Context) {
    const principal = ctx.principal!;
    const adminUser = principal.adminUserId ? await this.prisma.adminUser.findUnique({ where: { id: principal.adminUserId } }) : null;
    return { tokenId: principal.tokenId, scopes: [...principal.scopes].sort(), adminUser };
  }

  /**
   * First start: with no admin user, create one from ADMIN_EMAIL and
   * ADMIN_PASSWORD, or with a random password printed once to the console.
   */
  async bootstrapAdmin(print: (line: string) => void): Promise<void> {
    if ((await this.prisma.adminUser.count()) > 0) return;
    const email = this.config.adminEmail ?? 'admin@example.com';
    const password = this.config.adminPassword ?? randomBytes(18).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    await this.prisma.adminUser.create({ data: { email, passwordHash, name: 'Administrator', scopes: [Scope.ADMIN] } });
    if (this.config.adminPassword) {
      print(`Created admin user ${email} (password from ADMIN_PASSWORD).`);
    } else {
      print('');
      print('  First start: created an admin user. Shown once; store it now.');
      print(`    email:    ${email}`);
      print(`    password: ${password}`);
      print('');
    }
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
    return this.decoyHash;
  }
}

