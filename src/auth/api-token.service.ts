import { ApiTokenKind, type PrismaClient } from '../generated/prisma/client';
import { checkOffset, checkPageSize } from '../common/pagination';
import { ErrorCollector, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { checkRequiredText } from '../common/validation';
import { refuseViolations, type ViolationRules } from '../db/constraints';
import type { RequestContext } from '../request-context';
import type { CreateApiTokenInput } from './auth.inputs';
import { checkScopes } from './scope-input';
import type { TokenVerifier } from './token-verifier';
import { newToken } from './tokens';

const MAX_NAME = 100;
const MAX_DAYS = 3650;
const WITH_OWNER = { adminUser: true } as const;
/** The owner deleted while its token is being made (the calling user, or the command line's --owner). */
const OWNER_VIOLATIONS: ViolationRules = {
  ApiToken_adminUserId_fkey: { code: UserErrorCode.NOT_FOUND, field: [], message: 'The owning admin user was deleted meanwhile' },
};

export interface ApiTokenListArgs {
  limit?: number | null;
  offset?: number | null;
  includeRevoked?: boolean | null;
  includeSessions?: boolean | null;
}

/**
 * Named API tokens (and, for listing and revoking, login sessions). The
 * token is returned once by `create`; only its SHA-256 is stored. Revoking
 * evicts the local token cache at once; other server copies stop accepting
 * the token within TOKEN_CACHE_SECONDS.
 */
export class ApiTokenService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly verifier: TokenVerifier,
  ) {}

  /** Newest first; revoked tokens and login sessions only when asked for. */
  list(ctx: RequestContext, args: ApiTokenListArgs) {
    return this.prisma.apiToken.findMany({
      where: {
        ...(args.includeRevoked ? {} : { revokedAt: null }),
        ...(args.includeSessions ? {} : { kind: ApiTokenKind.API }),
      },
      include: WITH_OWNER,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: checkPageSize('limit', args.limit),
      skip: checkOffset(args.offset),
    });
  }

  /**
   * A new token for `ownerId` (the calling admin user; none from the command
   * line). Its scopes are also capped at use by its owner's current scopes.
   */
  async create(ctx: RequestContext, input: CreateApiTokenInput, ownerId: string | null = ctx.principal?.adminUserId ?? null) {
    const c = new ErrorCollector();
    checkRequiredText(c, ['input', 'name'], input.name, MAX_NAME);
    const scopes = checkScopes(c, ['input', 'scopes'], input.scopes);
    if (input.scopes.length === 0) c.add(UserErrorCode.REQUIRED, ['input', 'scopes'], 'At least one scope');
    if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_DAYS) {
      c.add(UserErrorCode.INVALID, ['input', 'expiresInDays'], `From 1 to ${MAX_DAYS} days`);
    }
    c.throwIfAny();
    const { token, tokenHash, tokenPrefix } = newToken();
    const apiToken = await refuseViolations(OWNER_VIOLATIONS, () =>
      this.prisma.apiToken.create({
        data: {
          name: input.name.trim(),
          kind: ApiTokenKind.API,
          tokenHash,
          tokenPrefix,
          scopes,
          adminUserId: ownerId,
          expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        },
        include: WITH_OWNER,
      }),
    );
    return { token, apiToken };
  }

  /** Revokes a token or session by id; revoking twice keeps the first time. */
  async revoke(ctx: RequestContext, id: string) {
    const found = await this.prisma.apiToken.findUnique({ where: { id }, select: { revokedAt: true } });
    if (!found) throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, ['id'], `No token with id "${id}"`)]);
    if (!found.revokedAt) await this.prisma.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    this.verifier.evictAll();
    return this.prisma.apiToken.findUniqueOrThrow({ where: { id }, include: WITH_OWNER });
  }
}
