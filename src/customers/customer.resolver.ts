import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Payload } from '../common/generic-types';
import { selectedBelow } from '../common/selection';
import type { Context } from '../context';
import { Scope } from '../auth/scopes';
import { Address } from '../addresses/address.types';
import { PageInfo } from '../common/pagination';
import { toPayload } from '../common/user-error';
import { CustomerGroup } from '../groups/group.types';
import type { CustomerQuery } from './customer-list';
import { CreateCustomerInput, CustomerFilter, CustomerSort, UpdateCustomerInput } from './customer.inputs';
import type { CustomerRow } from './customer.service';
import { Customer, CustomerList } from './customer.types';
import { BoundedCount, DEFAULT_COUNT_UP_TO, MAX_COUNT_UP_TO } from './customer-count.types';
import type { PageSelection } from './customer-pages';
import { pageJsonPlan } from './customer-json';

/** Per field node of a parsed document (Apollo keeps parsed documents): what its page selects does not change. */
const selections = new WeakMap<FieldNode, PageSelection>();

/**
 * The fields a page's document selects (`path` leads from the page to its
 * customers) on its customers and their groups and addresses, and whether
 * `countField` is selected: the page's statement fetches only what these need.
 */
function pageSelection(info: GraphQLResolveInfo, path: string[], countField: string): PageSelection {
  // Several nodes (the same field selected twice) merge differently each time: not kept.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  let selection = node && selections.get(node);
  if (!selection) {
    const fields = selectedBelow(info, path);
    selection = {
      fields,
      groupFields: fields.has('groups') ? selectedBelow(info, [...path, 'groups']) : undefined,
      addressFields: fields.has('addresses') ? selectedBelow(info, [...path, 'addresses']) : undefined,
      count: selectedBelow(info, []).has(countField),
    };
    if (node) selections.set(node, selection);
  }
  return selection;
}

@ObjectType()
class CustomerPayload extends Payload('customer', Customer) {}

@ObjectType()
class CustomerEdge {
  @Field()
  cursor!: string;

  @Field(() => Customer)
  node!: Customer;
}

@ObjectType({ description: 'Relay connection over customers; keyset-paged, so deep pages cost what the first costs.' })
export class CustomerConnection {
  @Field(() => [CustomerEdge])
  edges!: CustomerEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  // totalCount: field resolver, run only when selected.
}

@ArgsType()
class CustomerQueryArgs {
  @Field(() => CustomerFilter, { nullable: true })
  filter?: CustomerFilter | null;

  @Field(() => [CustomerSort], { nullable: true, description: 'Default: createdAt descending. Ties are broken by id.' })
  sort?: CustomerSort[] | null;

  @Field(() => String, { nullable: true, description: 'Substring of email, names, phone or company, ignoring case.' })
  q?: string | null;
}

@ArgsType()
export class CustomerListArgs extends CustomerQueryArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 500.' })
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}

@ArgsType()
class CustomerConnectionArgs extends CustomerQueryArgs {
  @Field(() => Int, { nullable: true, description: 'At most 500; 50 when neither first nor last is given.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'At most 500.' })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

/**
 * A list's query, for its count; the total when its page already tells it
 * (a short page); a batched count (group pages) comes with its own.
 */
type WithQuery = { query: CustomerQuery; knownTotal?: number; countBatched?: () => Promise<number> };

const UP_TO = {
  defaultValue: DEFAULT_COUNT_UP_TO,
  description: `Stop counting past this many (1 to ${MAX_COUNT_UP_TO}).`,
} as const;
const BOUNDED_COUNT = {
  description: 'Customers matching the filter, counted up to `upTo`: cheap for a broad `q` where an exact count reads every match.',
} as const;

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(Scope.CUSTOMERS_READ)
  @Query(() => CustomerList, { description: "A page of customers (Medusa's list shape); `count` costs a query only when selected." })
  customers(@Args() { limit, offset, ...query }: CustomerListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const selection = { ...pageSelection(info, ['items'], 'count'), json: pageJsonPlan(info) };
    return ctx.services.customerPages.list(ctx, query, limit, offset, selection);
  }

  @Authorized(Scope.CUSTOMERS_READ)
  @Query(() => CustomerConnection)
  customersConnection(@Args() args: CustomerConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.customerPages.connection(ctx, args, pageSelection(info, ['edges', 'node'], 'totalCount'));
  }

  @Authorized(Scope.CUSTOMERS_READ)
  @Query(() => Customer, { nullable: true, description: 'Soft-deleted customers are returned too, with deletedAt set.' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customers.get(ctx, id);
  }

  @Authorized(Scope.CUSTOMERS_READ)
  @Query(() => Customer, {
    nullable: true,
    description: 'The live customer with this email, ignoring case; a registered account wins over a guest.',
  })
  customerByEmail(
    @Arg('email') email: string,
    @Arg('websiteId', () => Int, { nullable: true }) websiteId: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customers.byEmail(ctx, email, websiteId);
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload)
  createCustomer(@Arg('input') input: CreateCustomerInput, @Ctx() ctx: Context) {
    return toPayload('customer', () => ctx.services.customers.create(ctx, input));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload)
  updateCustomer(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateCustomerInput, @Ctx() ctx: Context) {
    return toPayload('customer', () => ctx.services.customers.update(ctx, id, input));
  }

  @Authorized(Scope.CUSTOMERS_DELETE)
  @Mutation(() => CustomerPayload, { description: 'Soft delete: restoreCustomer undoes it.' })
  deleteCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return toPayload('customer', () => ctx.services.customers.delete(ctx, id, expectedVersion));
  }

  @Authorized(Scope.CUSTOMERS_DELETE)
  @Mutation(() => CustomerPayload, { description: 'EMAIL_TAKEN when a live customer has registered the email meanwhile.' })
  restoreCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toPayload('customer', () => ctx.services.customers.restore(ctx, id));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload)
  changeCustomerEmail(
    @Arg('id', () => ID) id: string,
    @Arg('email') email: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return toPayload('customer', () => ctx.services.customers.changeEmail(ctx, id, email, expectedVersion));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload, { description: '8 to 72 bytes (UTF-8). The customer becomes registered (hasAccount).' })
  setCustomerPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password') password: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return toPayload('customer', () => ctx.services.customers.setPassword(ctx, id, password, expectedVersion));
  }

  @FieldResolver(() => [CustomerGroup], { description: 'Live groups, by name.' })
  groups(@Root() customer: CustomerRow, @Ctx() ctx: Context) {
    return ctx.loaders.groupsByCustomer.load(customer.id);
  }

  @FieldResolver(() => CustomerGroup, { nullable: true, description: "Magento's group_id; also one of `groups`." })
  primaryGroup(@Root() customer: CustomerRow, @Ctx() ctx: Context) {
    return customer.primaryGroupId ? ctx.loaders.groupById.load(customer.primaryGroupId) : null;
  }

  @FieldResolver(() => [Address])
  addresses(@Root() customer: CustomerRow, @Ctx() ctx: Context) {
    return ctx.loaders.addressesByCustomer.load(customer.id);
  }

  @FieldResolver(() => Address, { nullable: true })
  async defaultBillingAddress(@Root() customer: CustomerRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.addressesByCustomer.load(customer.id)).find((a) => a.isDefaultBilling) ?? null;
  }

  @FieldResolver(() => Address, { nullable: true })
  async defaultShippingAddress(@Root() customer: CustomerRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.addressesByCustomer.load(customer.id)).find((a) => a.isDefaultShipping) ?? null;
  }
}

@Resolver(() => CustomerList)
export class CustomerListResolver {
  @FieldResolver(() => Int, { description: 'Customers matching the filter; its query runs only when selected.' })
  count(@Root() list: WithQuery, @Ctx() ctx: Context) {
    return list.countBatched ? list.countBatched() : ctx.services.customerPages.count(ctx, list.query, list.knownTotal);
  }

  @FieldResolver(() => BoundedCount, BOUNDED_COUNT)
  boundedCount(@Root() list: WithQuery, @Arg('upTo', () => Int, UP_TO) upTo: number, @Ctx() ctx: Context) {
    // A group page's lists count in one batched statement; bounded here, they stay batched.
    const known = list.countBatched ? list.countBatched() : list.knownTotal;
    return ctx.services.customerPages.boundedCount(ctx, list.query, upTo, known);
  }
}

@Resolver(() => CustomerConnection)
export class CustomerConnectionResolver {
  @FieldResolver(() => Int, { description: 'Customers matching the filter; its query runs only when selected.' })
  totalCount(@Root() connection: WithQuery, @Ctx() ctx: Context) {
    return ctx.services.customerPages.count(ctx, connection.query, connection.knownTotal);
  }

  @FieldResolver(() => BoundedCount, BOUNDED_COUNT)
  boundedCount(@Root() connection: WithQuery, @Arg('upTo', () => Int, UP_TO) upTo: number, @Ctx() ctx: Context) {
    return ctx.services.customerPages.boundedCount(ctx, connection.query, upTo, connection.knownTotal);
  }
}
