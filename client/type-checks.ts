/**
 * Compile-time checks of the generated client, never run: `tsc -p
 * client/tsconfig.json` (test/codegen.test.ts) fails if a typed document
 * stops constraining its variables or result.
 */
import type { ApolloClient } from '@apollo/client';
import { CreateCustomerDocument, CustomersPageDocument, type CustomersPageQueryVariables, type UserErrorCode } from './generated/graphql';

export async function typeChecks(client: ApolloClient): Promise<void> {
  const page = await client.query({ query: CustomersPageDocument, variables: { limit: 10, offset: 0 } });
  const email: string | undefined = page.data?.customers.items[0]?.email;
  // @ts-expect-error firstName is nullable in the schema
  const firstName: string | undefined = page.data?.customers.items[0]?.firstName;

  // @ts-expect-error limit is required by the operation
  const missing: CustomersPageQueryVariables = { offset: 0 };
  // @ts-expect-error limit is an Int
  await client.query({ query: CustomersPageDocument, variables: { limit: '10', offset: 0 } });
  // @ts-expect-error no such field in the selection
  void page.data?.customers.items[0]?.passwordHash;

  const created = await client.mutate({ mutation: CreateCustomerDocument, variables: { input: { email: 'a@example.com' } } });
  const code: UserErrorCode | undefined = created.data?.createCustomer.errors[0]?.code;
  // @ts-expect-error codes are a closed set
  const notACode: UserErrorCode = 'SOMETHING_ELSE';
  void [email, firstName, missing, code, notACode];
}
