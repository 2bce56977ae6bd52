import { ApiTokenKind, type AdminUser, type Prisma, type PrismaClient } from '../generated/prisma/client';
import { checkOffset, checkPageSize } from '../common/pagination';
import { ErrorCollector, type FieldPath, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { checkEmail, checkText } from '../common/validation';
import { refuseViolations, type ViolationRules } from '../db/constraints';
import type { RequestContext } from '../request-context';
import type { CreateAdminUserInput, UpdateAdminUserInput } from './auth.inputs';
import { passwordProblem, type PasswordHasher } from './password-hasher';
import { checkScopes } from './scope-input';
import { Scope } from './scopes';
import type { TokenVerifier } from './token-verifier';

const MAX_NAME = 200;

/** The admin user with this email, ignoring case and surrounding spaces (uses the lower(email) index). */
export async function findAdminByEmail(prisma: PrismaClient, email: string): Promise<AdminUser | null> {
  const [user] = await prisma.$queryRaw<AdminUser[]>`SELECT * FROM "AdminUser" WHERE lower("email") = lower(${email.trim()}) LIMIT 1`;
  return user ?? null;
}

/**
 * Admin users: who may log in and with which scopes. At least one active
 * user with the admin scope always remains (LAST_ADMIN), checked under a
 * row lock so two concurrent demotions cannot both pass. Any change evicts
 * the local token cache, so sessions see new scopes and deactivation at
 * once here (other server copies within TOKEN_CACHE_SECONDS).
 */
export class AdminUserService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly passwords: PasswordHasher,
    private readonly verifier: TokenVerifier,
  ) {}

  list(ctx: RequestContext, limit?: number | null, offset?: number | null): Promise<AdminUser[]> {
    return this.prisma.adminUser.findMany({
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: checkPageSize('limit', limit),
      skip: checkOffset(offset),
    });
  }

  get(ctx: RequestContext, id: string): Promise<AdminUser | null> {
    return this.prisma.adminUser.findUnique({ where: { id } });
  }

  /** EMAIL_TAKEN when another admin user has the email (ignoring case). */
  async create(ctx: RequestContext, input: CreateAdminUserInput): Promise<AdminUser> {
    const c = new ErrorCollector();
    const email = checkEmail(c, ['input', 'email'], input.email);
    checkPassword(c, ['input', 'password'], input.password);
    checkText(c, ['input', 'name'], input.name, MAX_NAME);
    const scopes = checkScopes(c, ['input', 'scopes'], input.scopes);
    c.throwIfAny();
    const passwordHash = await this.passwords.hash(input.password);
    return refuseViolations(ADMIN_VIOLATIONS, () =>
      this.prisma.adminUser.create({ data: { email: email!, passwordHash, name: input.name ?? null, scopes, isActive: input.isActive } }),
    );
  }

  /** Partial update. A new password ends the user's login sessions (its API tokens stay). */
  async update(ctx: RequestContext, id: string, input: UpdateAdminUserInput): Promise<AdminUser> {
    const c = new ErrorCollector();
    const data: Prisma.AdminUserUpdateInput = { updatedAt: new Date() };
    if (input.email != null) data.email = checkEmail(c, ['input', 'email'], input.email);
    if (input.password != null) checkPassword(c, ['input', 'password'], input.password);
    if (input.name !== undefined) {
      checkText(c, ['input', 'name'], input.name, MAX_NAME);
      data.name = input.name;
    }
    if (input.scopes != null) data.scopes = checkScopes(c, ['input', 'scopes'], input.scopes);
    if (input.isActive != null) data.isActive = input.isActive;
    c.throwIfAny();
    if (input.password != null) data.passwordHash = await this.passwords.hash(input.password);

    const updated = await refuseViolations(ADMIN_VIOLATIONS, () =>
      this.prisma.$transaction(async (tx) => {
        await this.lockAdmins(tx, id, {
          staysAdmin: (current) =>
            (input.isActive ?? current.isActive) && (input.scopes ? (data.scopes as string[]) : current.scopes).includes(Scope.ADMIN),
        });
        const user = await tx.adminUser.update({ where: { id }, data });
        if (input.password != null) {
          await tx.apiToken.updateMany({
            where: { adminUserId: id, kind: ApiTokenKind.SESSION, revokedAt: null },
            data: { revokedAt: new Date() },
          });
        }
        return user;
      }),
    );
    this.verifier.evictAll();
    return updated;
  }

  /** Deletes the user and, with it, every token it owns. */
  async delete(ctx: RequestContext, id: string): Promise<AdminUser> {
    const deleted = await this.prisma.$transaction(async (tx) => {
      await this.lockAdmins(tx, id, { staysAdmin: () => false });
      return tx.adminUser.delete({ where: { id } });
    });
    this.verifier.evictAll();
    return deleted;
  }

  /**
   * Locks the active admins, then refuses (NOT_FOUND, LAST_ADMIN) before a
   * change to user `id` that would leave none. A concurrent transaction
   * waits here and then sees the outcome of this one.
   */
  private async lockAdmins(tx: Prisma.TransactionClient, id: string, change: { staysAdmin: (current: AdminUser) => boolean }) {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "AdminUser" WHERE "isActive" AND ${Scope.ADMIN} = ANY("scopes") FOR UPDATE`;
    const current = await tx.adminUser.findUnique({ where: { id } });
    if (!current) throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, ['id'], `No admin user with id "${id}"`)]);
    const others = admins.filter((admin) => admin.id !== id).length;
    if (others === 0 && admins.some((admin) => admin.id === id) && !change.staysAdmin(current)) {
      throw new UserInputFailure([
        userError(UserErrorCode.LAST_ADMIN, ['id'], 'This is the last active admin user; make another one admin first'),
      ]);
    }
  }
}

function checkPassword(c: ErrorCollector, path: FieldPath, password: string): void {
  const problem = passwordProblem(password);
  if (problem) c.add(UserErrorCode[problem.code], path, problem.message);
}

const ADMIN_VIOLATIONS: ViolationRules = {
  AdminUser_email_key: { code: UserErrorCode.EMAIL_TAKEN, field: ['input', 'email'], message: 'Another admin user has this email' },
};
