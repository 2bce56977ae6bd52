import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Scope } from '../auth/scopes';
import { CustomerHistoryConnection } from './history.types';

@Resolver()
export class HistoryResolver {
  @Authorized(Scope.CUSTOMERS_READ)
  @Query(() => CustomerHistoryConnection, {
    description:
      "A customer's changes, newest first: every write path (API, bulk, import, command line) records one entry per change, " +
      'with the fields that changed (before and after) and who changed them. Secrets appear by name only.',
  })
  customerHistory(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Default 50, at most 500.' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.history.list(ctx, customerId, first, after);
  }
}
