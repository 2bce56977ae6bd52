import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CustomAttributeInput } from '../common/custom-attribute';
import { JSONObjectScalar } from '../common/scalars';

@InputType({ description: "Magento's RegionInterface; Medusa's province goes in `name`. Given, it replaces all three parts." })
export class RegionInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  id?: number | null;
}

/** The fields of an address; on create a missing field is empty, on update it is kept and null clears it. */
@InputType()
abstract class AddressFields {
  @Field(() => String, { nullable: true, description: "Medusa's address_name." })
  label?: string | null;

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
  company?: string | null;

  @Field(() => [String], { nullable: true, description: 'Street lines in order, 1 to 4, the first not blank; null clears.' })
  street?: string[] | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => RegionInput, { nullable: true })
  region?: RegionInput | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, any case; stored upper case.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  fax?: string | null;

  @Field(() => String, { nullable: true })
  vatId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true makes it the customer's default billing address (the previous default stops being one); false unsets it.",
  })
  isDefaultBilling?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'As isDefaultBilling, for shipping.' })
  isDefaultShipping?: boolean | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'On update, merges: a key set to null or "" is removed.' })
  metadata?: Record<string, unknown> | null;

  @Field(() => [CustomAttributeInput], { nullable: true, description: "Magento's custom_attributes; replaces the list." })
  customAttributes?: CustomAttributeInput[] | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: "Magento's extension_attributes; replaces the object." })
  extensionAttributes?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: "The address's id on its customer's source platform; unique per customer." })
  externalId?: string | null;
}

@InputType({ description: 'A new address. Fields left out are empty.' })
export class AddressInput extends AddressFields {}

@InputType({ description: 'Changes to an address: fields left out are kept, null clears.' })
export class UpdateAddressInput extends AddressFields {}

@InputType({
  description:
    "One entry of updateCustomer's `addresses` list. With `id`: that address of this customer, changed like updateCustomerAddress " +
    '(fields left out are kept). Without `id`: a new address.',
})
export class CustomerAddressInput extends AddressFields {
  @Field(() => ID, { nullable: true })
  id?: string | null;
}

export enum AddressType {
  BILLING = 'BILLING',
  SHIPPING = 'SHIPPING',
}
registerEnumType(AddressType, { name: 'AddressType', description: 'Which default address: billing or shipping.' });
