import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CustomAttribute } from '../common/custom-attribute';
import { DateTimeScalar, JSONObjectScalar } from '../common/scalars';

@ObjectType({ description: "Magento's RegionInterface; Medusa's province is `name`." })
export class Region {
  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int, { nullable: true })
  id!: number | null;
}

@ObjectType()
export class Address {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => String, { nullable: true, description: "Medusa's address_name." })
  label!: string | null;

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
  company!: string | null;

  @Field(() => [String], { description: 'Street lines in order (1 to 4); Medusa address_1, address_2 are lines 1, 2.' })
  street!: string[];

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  // region and customer: field resolvers in address.resolver.ts (a method
  // here would make type-graphql copy every row into an Address instance).

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, upper case.' })
  countryCode!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  fax!: string | null;

  @Field(() => String, { nullable: true })
  vatId!: string | null;

  @Field()
  isDefaultBilling!: boolean;

  @Field()
  isDefaultShipping!: boolean;

  @Field(() => JSONObjectScalar)
  metadata!: Record<string, unknown>;

  @Field(() => [CustomAttribute])
  customAttributes!: CustomAttribute[];

  @Field(() => JSONObjectScalar, { description: "Magento's address extension_attributes." })
  extensionAttributes!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: "The address's id on its customer's externalSource; unique per customer." })
  externalId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}
