import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, JSONObjectScalar } from '../common/scalars';

@ObjectType({ description: 'A customer group (Medusa customer group, Magento customer group).' })
export class CustomerGroup {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique among live groups, ignoring case.' })
  name!: string;

  @Field(() => String, { nullable: true, description: "Magento's group code, at most 32 characters." })
  code!: string | null;

  @Field(() => Int, { nullable: true, description: "Magento's tax_class_id." })
  taxClassId!: number | null;

  @Field(() => JSONObjectScalar)
  metadata!: Record<string, unknown>;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  deletedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The platform an imported group came from (see Customer.externalSource).' })
  externalSource!: string | null;

  @Field(() => String, { nullable: true, description: "The group's id on externalSource (Magento's group id, Medusa's group id)." })
  externalId!: string | null;
}
