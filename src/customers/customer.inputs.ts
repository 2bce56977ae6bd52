import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Gender } from '../generated/prisma/enums';
import { AddressInput, CustomerAddressInput } from '../addresses/address.inputs';
import { CustomAttributeInput } from '../common/custom-attribute';
import { SortDirection } from '../common/pagination';
import { DateTimeScalar, JSONObjectScalar, LocalDateScalar } from '../common/scalars';

export const PASSWORD_HASH_DESCRIPTION =
  'A password hash brought from another platform, instead of `password`: Magento 2 `hash:salt:version[:version…]` ' +
  '(md5, sha256, Argon2id and upgraded chains), Medusa base64 scrypt-kdf, or bcrypt `$2a$`/`$2b$`/`$2y$`. ' +
  'hasAccount becomes true; the hash is never readable, and is replaced by bcrypt at the first authenticateCustomer.';

/** Fields shared by create and update; in update every field is optional and null clears it. */
@InputType()
abstract class CustomerFields {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  middleName?: string | null;

  @Field(() => String, { nullable: true })
  prefix?: string | null;

  @Field(() => String, { nullable: true })
  suffix?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dateOfBirth?: Date | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  taxVat?: string | null;

  @Field(() => Int, { nullable: true })
  storeId?: number | null;

  @Field(() => String, { nullable: true })
  createdIn?: string | null;

  @Field(() => String, { nullable: true })
  confirmation?: string | null;

  @Field(() => Boolean, { nullable: true })
  disableAutoGroupChange?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isSubscribed?: boolean | null;

  @Field(() => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;

  @Field(() => [CustomAttributeInput], { nullable: true, description: 'Replaces the list.' })
  customAttributes?: CustomAttributeInput[] | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Replaces the object.' })
  extensionAttributes?: Record<string, unknown> | null;

  @Field(() => [ID], { nullable: true, description: "The customer's groups; in an update the list replaces them (Medusa)." })
  groupIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Magento's group_id. Always also one of the groups (added when missing); null clears it.",
  })
  primaryGroupId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the customer came from (e.g. "magento", "medusa"); set or cleared together with externalId.',
  })
  externalSource?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's id on externalSource; unique per source." })
  externalId?: string | null;

  @Field(() => String, { nullable: true, description: "Medusa v2's created_by." })
  createdBy?: string | null;
}

@InputType()
export class CreateCustomerInput extends CustomerFields {
  @Field(() => ID, { nullable: true, description: 'Keep an id from another platform; generated when absent.' })
  id?: string | null;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true, description: '8 to 72 bytes. Setting it makes hasAccount true.' })
  password?: string | null;

  @Field(() => String, { nullable: true, description: PASSWORD_HASH_DESCRIPTION })
  passwordHash?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to 0 (no websites).' })
  websiteId?: number | null;

  @Field(() => [AddressInput], {
    nullable: true,
    description: 'Addresses, created with the customer in one transaction (at most 100; at most one default of each kind).',
  })
  addresses?: AddressInput[] | null;
}

@InputType({
  description:
    'One customer of upsertCustomers: created when nothing matches, otherwise updated with what differs. Fields left out ' +
    "are kept; metadata merges; addresses, when given, replace the customer's addresses unless they already hold exactly these.",
})
export class UpsertCustomerInput extends CustomerFields {
  @Field(() => ID, { nullable: true, description: 'Matched on with matchBy ID; the new id otherwise (generated when absent).' })
  id?: string | null;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true, description: PASSWORD_HASH_DESCRIPTION })
  passwordHash?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to 0; with matchBy EMAIL part of the match.' })
  websiteId?: number | null;

  @Field(() => [AddressInput], { nullable: true, description: 'At most 100; at most one default of each kind.' })
  addresses?: AddressInput[] | null;
}

export const MAX_UPSERT_ITEMS = 1000;

export enum UpsertStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
}
registerEnumType(UpsertStatus, { name: 'UpsertStatus', description: 'What upsertCustomers did with one item.' });

export enum CustomerMatchField {
  EMAIL = 'EMAIL',
  ID = 'ID',
  EXTERNAL_ID = 'EXTERNAL_ID',
}
registerEnumType(CustomerMatchField, {
  name: 'CustomerMatchField',
  description: 'How upsertCustomers finds an existing customer: EMAIL (ignoring case, on websiteId), ID, or externalSource + externalId.',
});

@InputType()
export class UpdateCustomerInput extends CustomerFields {
  @Field(() => String, { nullable: true, description: 'Only for guests; a registered customer needs changeCustomerEmail.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '8 to 72 bytes. Sets or replaces the password; hasAccount becomes true.' })
  password?: string | null;

  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the customer is still at this version.' })
  expectedVersion?: number | null;

  @Field(() => [CustomerAddressInput], {
    nullable: true,
    description:
      "Replaces the customer's addresses, in the same transaction: an entry with `id` changes that address (it keeps its id; " +
      'fields left out are kept), an entry without `id` is new, and addresses not listed are deleted. [] deletes them all; ' +
      'leave it out to keep them. At most one entry may set each default to true; it takes the default from the others.',
  })
  addresses?: CustomerAddressInput[] | null;
}

@InputType()
export class DateTimeRange {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Inclusive.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exclusive.' })
  to?: Date | null;
}

@InputType()
export class CustomerFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Exact email, ignoring case and surrounding spaces.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of first, middle or last name, ignoring case.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the phone number.' })
  phone?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Member of any of these groups.' })
  groupIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  hasAccount?: boolean | null;

  @Field(() => Int, { nullable: true })
  websiteId?: number | null;

  @Field(() => Int, { nullable: true })
  storeId?: number | null;

  @Field(() => String, { nullable: true, description: 'Exact source platform name (see Customer.externalSource).' })
  externalSource?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these ids on the source platform (at most 500).' })
  externalIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Has an address in this country (ISO 3166-1 alpha-2).' })
  countryCode?: string | null;

  @Field(() => DateTimeRange, { nullable: true })
  createdAt?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true })
  updatedAt?: DateTimeRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Include soft-deleted customers (default false).' })
  includeDeleted?: boolean | null;
}

export enum CustomerSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  EMAIL = 'EMAIL',
  FIRST_NAME = 'FIRST_NAME',
  LAST_NAME = 'LAST_NAME',
}
registerEnumType(CustomerSortField, { name: 'CustomerSortField' });

@InputType({ description: 'Rows tied on every key are ordered by id, so pages never repeat or skip a row.' })
export class CustomerSort {
  @Field(() => CustomerSortField)
  field!: CustomerSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
