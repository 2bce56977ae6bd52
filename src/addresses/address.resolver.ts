import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Payload } from '../common/generic-types';
import type { Context } from '../context';
import { Scope } from '../auth/scopes';
import { toPayload } from '../common/user-error';
import { Customer } from '../customers/customer.types';
import { AddressInput, AddressType, UpdateAddressInput } from './address.inputs';
import type { AddressRow } from './address.service';
import { Address, Region } from './address.types';

@ObjectType()
class AddressPayload extends Payload('address', Address) {}

@Resolver(() => Address)
export class AddressResolver {
  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => AddressPayload, {
    description:
      'Adds an address to a live customer. isDefaultBilling/isDefaultShipping true moves that default here from the previous address.',
  })
  createCustomerAddress(@Arg('customerId', () => ID) customerId: string, @Arg('input') input: AddressInput, @Ctx() ctx: Context) {
    return toPayload('address', () => ctx.services.addresses.create(ctx, customerId, input));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => AddressPayload, { description: 'Fields left out are kept, null clears, metadata merges.' })
  updateCustomerAddress(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateAddressInput, @Ctx() ctx: Context) {
    return toPayload('address', () => ctx.services.addresses.update(ctx, id, input));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => AddressPayload, {
    description:
      'Deletes the address and returns it as it was. If it was a default address, the customer has no default of that kind ' +
      'afterwards (no other address is promoted); set one with setDefaultCustomerAddress.',
  })
  deleteCustomerAddress(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toPayload('address', () => ctx.services.addresses.delete(ctx, id));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => AddressPayload, {
    description: "Makes the address its customer's default of this type; the previous default stops being one.",
  })
  setDefaultCustomerAddress(
    @Arg('addressId', () => ID) addressId: string,
    @Arg('type', () => AddressType) type: AddressType,
    @Ctx() ctx: Context,
  ) {
    return toPayload('address', () => ctx.services.addresses.setDefault(ctx, addressId, type));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Null when code, name and id are all empty.' })
  region(@Root() address: AddressRow): Region | null {
    if (address.regionCode === null && address.regionName === null && address.regionId === null) return null;
    return { code: address.regionCode, name: address.regionName, id: address.regionId };
  }

  @Authorized(Scope.CUSTOMERS_READ)
  @FieldResolver(() => Customer)
  customer(@Root() address: AddressRow, @Ctx() ctx: Context) {
    return ctx.loaders.customerById.load(address.customerId);
  }
}
