import { Field, InputType, Int } from 'type-graphql';

const SCOPES_HELP =
  'customers:read, customers:write, customers:delete, groups:read, groups:write, admin (implies all); Magento_Customer::manage = customers:read + customers:write.';

@InputType()
export class CreateAdminUserInput {
  @Field({ description: 'Unique ignoring case.' })
  email!: string;

  @Field({ description: '8 to 72 bytes (UTF-8).' })
  password!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { description: SCOPES_HELP })
  scopes!: string[];

  @Field({ defaultValue: true })
  isActive!: boolean;
}

@InputType({ description: 'Fields left out are kept.' })
export class UpdateAdminUserInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "8 to 72 bytes (UTF-8). Ends the user's login sessions." })
  password?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: SCOPES_HELP })
  scopes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'An inactive user cannot log in, and its tokens stop working.' })
  isActive?: boolean | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What it is for, e.g. "ci" or "erp-sync".' })
  name!: string;

  @Field(() => [String], { description: SCOPES_HELP })
  scopes!: string[];

  @Field(() => Int, { defaultValue: 90, description: '1 to 3650.' })
  expiresInDays!: number;
}
