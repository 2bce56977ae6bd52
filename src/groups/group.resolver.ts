import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PagedList, Payload } from '../common/generic-types';
import type { Context } from '../context';
import { Scope } from '../auth/scopes';
import { toPayload } from '../common/user-error';
import { CustomerListArgs } from '../customers/customer.resolver';
import { CustomerList } from '../customers/customer.types';
import { CreateCustomerGroupInput, UpdateCustomerGroupInput } from './group.inputs';
import type { GroupRow } from './group.service';
import { CustomerGroup } from './group.types';

@ObjectType()
class CustomerGroupPayload extends Payload('customerGroup', CustomerGroup) {}

@ObjectType({ description: 'A page of live customer groups, by name.' })
export class CustomerGroupList extends PagedList(CustomerGroup) {}

@ArgsType()
class CustomerGroupListArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 500.' })
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;

  @Field(() => String, { nullable: true, description: 'Substring of name or code, ignoring case.' })
  q?: string | null;
}

const MEMBERS = '(many ids, at most 500): one transaction, idempotent; any unknown id is an error at its position and nothing is written.';

@Resolver(() => CustomerGroup)
export class GroupResolver {
  @Authorized(Scope.GROUPS_READ)
  @Query(() => CustomerGroupList)
  customerGroups(@Args() { limit, offset, q }: CustomerGroupListArgs, @Ctx() ctx: Context) {
    return ctx.services.groups.list(ctx, limit, offset, q);
  }

  @Authorized(Scope.GROUPS_READ)
  @Query(() => CustomerGroup, {
    nullable: true,
    description: 'Soft-deleted groups are returned too, with deletedAt set (and no customers).',
  })
  customerGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.groups.get(ctx, id);
  }

  @Authorized(Scope.GROUPS_WRITE)
  @Mutation(() => CustomerGroupPayload, { description: 'NAME_TAKEN when a live group has the name (ignoring case).' })
  createCustomerGroup(@Arg('input') input: CreateCustomerGroupInput, @Ctx() ctx: Context) {
    return toPayload('customerGroup', () => ctx.services.groups.create(ctx, input));
  }

  @Authorized(Scope.GROUPS_WRITE)
  @Mutation(() => CustomerGroupPayload)
  updateCustomerGroup(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateCustomerGroupInput, @Ctx() ctx: Context) {
    return toPayload('customerGroup', () => ctx.services.groups.update(ctx, id, input));
  }

  @Authorized(Scope.GROUPS_WRITE)
  @Mutation(() => CustomerGroupPayload, {
    description:
      "Soft delete; its name becomes free. Memberships are kept but no longer count: the group leaves every customer's `groups`. " +
      'Customers whose primaryGroup it was have none afterwards.',
  })
  deleteCustomerGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toPayload('customerGroup', () => ctx.services.groups.delete(ctx, id));
  }

  @Authorized(Scope.GROUPS_WRITE)
  @Mutation(() => CustomerGroupPayload, { description: `Adds live customers to the group ${MEMBERS}` })
  addCustomersToGroup(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('customerIds', () => [ID]) customerIds: string[],
    @Ctx() ctx: Context,
  ) {
    return toPayload('customerGroup', () => ctx.services.groups.addCustomers(ctx, groupId, customerIds));
  }

  @Authorized(Scope.GROUPS_WRITE)
  @Mutation(() => CustomerGroupPayload, {
    description: `Removes customers from the group ${MEMBERS} A customer whose primaryGroup it was has none afterwards.`,
  })
  removeCustomersFromGroup(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('customerIds', () => [ID]) customerIds: string[],
    @Ctx() ctx: Context,
  ) {
    return toPayload('customerGroup', () => ctx.services.groups.removeCustomers(ctx, groupId, customerIds));
  }

  @Authorized(Scope.CUSTOMERS_READ)
  @FieldResolver(() => CustomerList, { description: "The group's live customers, paged like `customers`; none for a deleted group." })
  customers(@Root() group: GroupRow, @Args() args: CustomerListArgs, @Ctx() ctx: Context) {
    return ctx.services.groups.customers(ctx, group, args);
  }
}

@Resolver(() => CustomerGroupList)
export class GroupListResolver {
  @FieldResolver(() => Int, { description: 'Live groups matching q; its query runs only when selected.' })
  count(@Root() list: { q: string | null }, @Ctx() ctx: Context) {
    return ctx.services.groups.count(ctx, list.q);
  }
}
