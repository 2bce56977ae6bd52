import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toPayload } from '../common/user-error';
import { LoginPayload, Viewer } from './auth.types';

@Resolver()
export class AuthResolver {
  /** The one operation open without a token. */
  @Mutation(() => LoginPayload, {
    description:
      'Exchange an admin email and password for a session token. RATE_LIMITED (with retryAfter seconds) after too many attempts.',
  })
  async login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    const result = await toPayload('session', () => ctx.services.auth.login(ctx, email, password));
    return { token: null, expiresAt: null, adminUser: null, ...result.session, errors: result.errors };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Revoke the token making this request.' })
  logout(@Ctx() ctx: Context) {
    return ctx.services.auth.logout(ctx);
  }

  @Authorized()
  @Query(() => Viewer, { description: 'Who this token belongs to and what it may do.' })
  me(@Ctx() ctx: Context) {
    return ctx.services.auth.viewer(ctx);
  }
}
