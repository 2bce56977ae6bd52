import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toPayload } from '../common/user-error';
import { CreateAdminUserInput, UpdateAdminUserInput } from './auth.inputs';
import { AdminUser, AdminUserPayload } from './auth.types';
import { Scope } from './scopes';

@Resolver(() => AdminUser)
export class AdminUserResolver {
  @Authorized(Scope.ADMIN)
  @Query(() => [AdminUser], { description: 'Oldest first. limit at most 500.' })
  adminUsers(
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.adminUsers.list(ctx, limit, offset);
  }

  @Authorized(Scope.ADMIN)
  @Query(() => AdminUser, { nullable: true })
  adminUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.adminUsers.get(ctx, id);
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => AdminUserPayload)
  createAdminUser(@Arg('input') input: CreateAdminUserInput, @Ctx() ctx: Context) {
    return toPayload('adminUser', () => ctx.services.adminUsers.create(ctx, input));
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => AdminUserPayload, { description: 'LAST_ADMIN when it would leave no active admin user.' })
  updateAdminUser(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateAdminUserInput, @Ctx() ctx: Context) {
    return toPayload('adminUser', () => ctx.services.adminUsers.update(ctx, id, input));
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => AdminUserPayload, {
    description: 'Deletes the user and its tokens. LAST_ADMIN when it would leave no active admin user.',
  })
  deleteAdminUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toPayload('adminUser', () => ctx.services.adminUsers.delete(ctx, id));
  }
}
