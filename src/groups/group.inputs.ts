import { Field, ID, InputType, Int } from 'type-graphql';
import { JSONObjectScalar } from '../common/scalars';

@InputType()
export class CreateCustomerGroupInput {
  @Field(() => ID, { nullable: true, description: 'Keep an id from another platform (Magento group 1 as "1"); generated when absent.' })
  id?: string | null;

  @Field({ description: 'Unique among live groups, ignoring case; trimmed.' })
  name!: string;

  @Field(() => String, { nullable: true, description: "Magento's group code, at most 32 characters." })
  code?: string | null;

  @Field(() => Int, { nullable: true, description: "Magento's tax_class_id." })
  taxClassId?: number | null;

  @Field(() => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;
}

@InputType({ description: 'Fields left out are kept; null clears (name cannot be cleared).' })
export class UpdateCustomerGroupInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => Int, { nullable: true })
  taxClassId?: number | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Merges: a key set to null or "" is removed.' })
  metadata?: Record<string, unknown> | null;
}
