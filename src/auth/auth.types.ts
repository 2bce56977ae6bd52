import { Field, ID, ObjectType } from 'type-graphql';
import { Payload } from '../common/generic-types';
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

  @Field({ description: 'SESSION (from login) or API (a named token).' })
  kind!: string;

  @Field(() => [String], { description: 'Effective scopes of this request.' })
  scopes!: string[];

  @Field(() => AdminUser, { nullable: true, description: 'The admin user, for a login session or a user-owned token.' })
  adminUser!: AdminUser | null;
}

@ObjectType({ description: 'A bearer credential: a login session or a named API token. The token itself is never shown again.' })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'SESSION (from login) or API (a named token).' })
  kind!: string;

  @Field({ description: 'First characters of the token, to recognise it.' })
  tokenPrefix!: string;

  @Field(() => [String], { description: "The token's own scopes; a session has its user's, an owned token is capped by its owner's." })
  scopes!: string[];

  @Field(() => AdminUser, { nullable: true, description: 'The admin user it belongs to; none for tokens made from the command line.' })
  adminUser!: AdminUser | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Updated at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class AdminUserPayload extends Payload('adminUser', AdminUser) {}

@ObjectType()
export class ApiTokenPayload extends Payload('apiToken', ApiToken) {}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`. Shown once: only its hash is stored.' })
  token!: string | null;

  @Field(() => ApiToken, { nullable: true })
  apiToken!: ApiToken | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
