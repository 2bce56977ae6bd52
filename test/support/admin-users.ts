/** Admin users and their login sessions, for the auth tests. */
import { graphql } from './generated';
import { ok, uniqueEmail, type TestServer } from './test-server';

export const Login = graphql(`
  mutation Login($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
      expiresAt
      adminUser {
        email
        scopes
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const CreateAdminUser = graphql(`
  mutation CreateAdminUser($input: CreateAdminUserInput!) {
    createAdminUser(input: $input) {
      adminUser {
        id
        email
        scopes
        isActive
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateAdminUser = graphql(`
  mutation UpdateAdminUser($id: ID!, $input: UpdateAdminUserInput!) {
    updateAdminUser(id: $id, input: $input) {
      adminUser {
        id
        scopes
        isActive
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A login attempt with no bearer token. */
export function login(t: TestServer, email: string, password: string, headers: Record<string, string> = {}) {
  return t.gql(Login, { e: email, p: password }, { token: null, headers });
}

/** A new admin user (active unless told); fails the test if the API refuses it. */
export async function createAdminUser(
  t: TestServer,
  input: { email?: string; password?: string; scopes: string[]; isActive?: boolean },
): Promise<{ id: string; email: string; password: string }> {
  const email = input.email ?? uniqueEmail('admin');
  const password = input.password ?? 'correct-horse-battery';
  const data = ok(await t.gql(CreateAdminUser, { input: { email, password, scopes: input.scopes, isActive: input.isActive ?? true } }));
  expect(data.createAdminUser.errors).toEqual([]);
  return { id: data.createAdminUser.adminUser!.id, email, password };
}

/** A session token from logging in; fails the test if the login does. */
export async function sessionOf(t: TestServer, email: string, password: string): Promise<string> {
  const data = ok(await login(t, email, password));
  expect(data.login.errors).toEqual([]);
  return data.login.token!;
}
