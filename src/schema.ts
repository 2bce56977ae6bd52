import 'reflect-metadata';
import { assertValidSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdminUserResolver } from './auth/admin-user.resolver';
import { ApiTokenResolver } from './auth/api-token.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { authChecker } from './auth/auth-checker';
import { CustomerSignInResolver } from './customers/customer-sign-in.resolver';
import { CustomerUpsertResolver } from './customers/customer-upsert.resolver';
import { guardInputs } from './common/input-guard';
import { answerPreloaded } from './common/preloaded';
import { spliceLists } from './common/spliced-json';
import { readPlainFields } from './common/plain-fields';
import { CustomerConnectionResolver, CustomerListResolver, CustomerResolver } from './customers/customer.resolver';
import { AddressResolver } from './addresses/address.resolver';
import { GroupListResolver, GroupResolver } from './groups/group.resolver';
import { HistoryResolver } from './history/history.resolver';
import { WebhookResolver } from './webhooks/webhook.resolver';

/** Every resolver class of the API. A new aggregate adds its resolvers here. */
export const RESOLVERS = [
  AuthResolver,
  AdminUserResolver,
  ApiTokenResolver,
  CustomerResolver,
  CustomerListResolver,
  CustomerConnectionResolver,
  CustomerSignInResolver,
  CustomerUpsertResolver,
  GroupResolver,
  GroupListResolver,
  AddressResolver,
  HistoryResolver,
  WebhookResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    // Validation is explicit in each service (with field paths), so
    // class-validator is not installed: it would also echo inputs (passwords
    // included) into error payloads.
    validate: false,
    // type-graphql checks a schema by running the whole introspection query
    // over it (~0.2 s of every start); graphql-js's own validation is the
    // part of that which can fail, at a fraction of the cost.
    skipCheck: true,
  });
  assertValidSchema(schema);
  // A customers page brings these in its own statement (CustomerPages.readPage).
  const preloaded = answerPreloaded(guardInputs(readPlainFields(schema)), { Customer: ['groups', 'addresses'] });
  // A customers page whose items Postgres wrote as JSON (CustomerPages.jsonPage).
  return spliceLists(preloaded, { CustomerList: ['items'] });
}
