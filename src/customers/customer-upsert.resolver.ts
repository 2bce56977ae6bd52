import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Scope } from '../auth/scopes';
import { UserError } from '../common/user-error';
import { CustomerMatchField, MAX_UPSERT_ITEMS, UpsertCustomerInput, UpsertStatus } from './customer.inputs';
import { Customer } from './customer.types';

@ObjectType()
class UpsertCustomerResult {
  @Field(() => Int, { description: 'Position of the item in the input list.' })
  index!: number;

  @Field(() => UpsertStatus)
  status!: UpsertStatus;

  @Field(() => Customer, { nullable: true, description: 'Null when FAILED.' })
  customer!: Customer | null;

  @Field(() => [UserError], { description: 'Why the item FAILED; paths start with ["input", index].' })
  errors!: UserError[];
}

@ObjectType()
class UpsertCustomersPayload {
  @Field(() => [UpsertCustomerResult], { description: 'One result per item, in input order.' })
  results!: UpsertCustomerResult[];
}

@Resolver()
export class CustomerUpsertResolver {
  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => UpsertCustomersPayload, {
    description:
      `Create or update up to ${MAX_UPSERT_ITEMS} customers, each in its own transaction with the rules of createCustomer ` +
      'and updateCustomer: an item that fails writes nothing (none of its addresses or groups) and the others are written. ' +
      'An item that would change nothing is UNCHANGED and keeps its version, so re-running an import changes nothing.',
  })
  async upsertCustomers(
    @Arg('input', () => [UpsertCustomerInput]) input: UpsertCustomerInput[],
    @Arg('matchBy', () => CustomerMatchField, { defaultValue: CustomerMatchField.EMAIL }) matchBy: CustomerMatchField,
    @Ctx() ctx: Context,
  ) {
    return { results: await ctx.services.customerUpsert.upsert(ctx, input, matchBy) };
  }
}
