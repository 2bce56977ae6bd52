import { Field, InputType, ObjectType } from 'type-graphql';
import { JSONScalar } from './scalars';

/** Magento's custom_attributes entry; `value` is kept as sent (string, number, list…). */
@ObjectType()
export class CustomAttribute {
  @Field()
  attributeCode!: string;

  @Field(() => JSONScalar, { nullable: true })
  value!: unknown;
}

@InputType()
export class CustomAttributeInput {
  @Field()
  attributeCode!: string;

  @Field(() => JSONScalar, { nullable: true })
  value?: unknown;
}
