import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PagedList } from '../common/generic-types';
import { Scope } from '../auth/scopes';
import { Gender } from '../generated/prisma/enums';
import { CustomAttribute } from '../common/custom-attribute';
import { DateTimeScalar, JSONObjectScalar, LocalDateScalar } from '../common/scalars';

registerEnumType(Gender, { name: 'Gender', description: "Magento's gender codes: 1 MALE, 2 FEMALE, 3 NOT_SPECIFIED." });

@ObjectType({ description: 'A customer of the shop: guest (no password) or registered (hasAccount).' })
export class Customer {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'As given (trimmed); compared ignoring case.' })
  email!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true })
  middleName!: string | null;

  @Field(() => String, { nullable: true })
  prefix!: string | null;

  @Field(() => String, { nullable: true })
  suffix!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  companyName!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dateOfBirth!: Date | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => String, { nullable: true })
  taxVat!: string | null;

  @Field({ description: 'True once a password is set.' })
  hasAccount!: boolean;

  @Field(() => Int, { description: "Magento's website_id; 0 for shops without websites (Medusa)." })
  websiteId!: number;

  @Field(() => Int, { nullable: true })
  storeId!: number | null;

  @Field(() => String, { nullable: true })
  createdIn!: string | null;

  // A secret: whoever has it can confirm the account (Magento's confirmation link).
  @Authorized(Scope.CUSTOMERS_WRITE)
  @Field(() => String, { nullable: true, description: "Magento's confirmation key, a secret; needs customers:write." })
  confirmation!: string | null;

  @Field()
  disableAutoGroupChange!: boolean;

  @Field()
  isSubscribed!: boolean;

  @Field(() => ID, { nullable: true })
  primaryGroupId!: string | null;

  @Field(() => JSONObjectScalar, { description: 'Medusa\'s metadata. Updates merge; a key set to null or "" is removed.' })
  metadata!: Record<string, unknown>;

  @Field(() => [CustomAttribute], { description: "Magento's custom_attributes." })
  customAttributes!: CustomAttribute[];

  @Field(() => JSONObjectScalar, { description: "Magento's extension_attributes (is_subscribed is `isSubscribed`)." })
  extensionAttributes!: Record<string, unknown>;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when soft-deleted; restoreCustomer clears it.' })
  deletedAt!: Date | null;

  @Field(() => Int, { description: 'Increases on every change; pass it as expectedVersion to refuse lost updates.' })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The platform an imported customer came from ("magento", "medusa", or the name given to the import).',
  })
  externalSource!: string | null;

  @Field(() => String, { nullable: true, description: "The customer's id on `externalSource`; unique per source." })
  externalId!: string | null;

  @Field(() => String, { nullable: true, description: "Medusa v2's created_by." })
  createdBy!: string | null;

  // groups, primaryGroup, addresses, default addresses: field resolvers in
  // customer.resolver.ts, batched by the request's loaders.
}

@ObjectType({ description: "A page of customers (Medusa's list shape)." })
export class CustomerList extends PagedList(Customer) {}
