import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { UserError } from '../common/user-error';

@ObjectType({ description: 'A person who administers the gateway.' })
export class AdminUser {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => [String])
  scopes!: string[];

  @Field()
  isActive!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`. Shown once.' })
  token!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => AdminUser, { nullable: true })
  adminUser!: AdminUser | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: 'The credential making this request.' })
export class Viewer {
  @Field(() => ID)
  tokenId!: string;

  @Field(() => [String], { description: 'Effective scopes of this request.' })
  scopes!: string[];

  @Field(() => AdminUser, { nullable: true, description: 'The admin user, for a login session or a user-owned token.' })
  adminUser!: AdminUser | null;
}
