import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toPayload } from '../common/user-error';
import { CreateApiTokenInput } from './auth.inputs';
import { ApiToken, ApiTokenPayload, CreateApiTokenPayload } from './auth.types';
import { Scope } from './scopes';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(Scope.ADMIN)
  @Query(() => [ApiToken], { description: 'Newest first. limit at most 500.' })
  apiTokens(
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('includeRevoked', { defaultValue: false }) includeRevoked: boolean,
    @Arg('includeSessions', { defaultValue: false, description: 'Login sessions too.' }) includeSessions: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.apiTokens.list(ctx, { limit, offset, includeRevoked, includeSessions });
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => CreateApiTokenPayload, { description: 'The token is in the payload once; only its hash is stored.' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context) {
    const result = await toPayload('created', () => ctx.services.apiTokens.create(ctx, input));
    return { token: null, apiToken: null, ...result.created, errors: result.errors };
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => ApiTokenPayload, { description: 'Refused at once by this server; by every server within TOKEN_CACHE_SECONDS.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toPayload('apiToken', () => ctx.services.apiTokens.revoke(ctx, id));
  }
}
