import { Arg, Authorized, Ctx, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Payload } from '../common/generic-types';
import type { Context } from '../context';
import { Scope } from '../auth/scopes';
import { toPayload } from '../common/user-error';
import { Customer } from './customer.types';

@ObjectType()
class AuthenticateCustomerPayload extends Payload('customer', Customer, {
  description: 'The signed-in customer; null with INVALID_CREDENTIALS.',
}) {}

@Resolver()
export class CustomerSignInResolver {
  @Authorized(Scope.CUSTOMERS_AUTHENTICATE)
  @Mutation(() => AuthenticateCustomerPayload, {
    description:
      "Check a registered customer's email and password (bcrypt or a hash imported from Magento 2 or Medusa), for a " +
      'storefront backend. Unknown email, guest, deleted customer and wrong password are all INVALID_CREDENTIALS. ' +
      'An imported hash becomes bcrypt at the first success. RATE_LIMITED (retryAfter seconds) after too many attempts ' +
      'per email or per address.',
  })
  authenticateCustomer(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Arg('websiteId', () => Int, { nullable: true, description: 'The website the account belongs to (Magento); omit with one website.' })
    websiteId: number | null,
    @Arg('shopperAddress', () => String, {
      nullable: true,
      description: "The shopper's IP address as the storefront saw it, throttled instead of the storefront's own address.",
    })
    shopperAddress: string | null,
    @Ctx() ctx: Context,
  ) {
    return toPayload('customer', () =>
      ctx.services.customerSignIn.authenticate(email, password, websiteId, ctx.clientAddress, shopperAddress),
    );
  }
}
