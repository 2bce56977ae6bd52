/** Rows a test needs before it can test something: made through the API, as a client would. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateCustomer, CreateCustomerAddress, CreateCustomerGroup } from './documents';
import type { AddressInput, CreateCustomerGroupInput, CreateCustomerInput } from './generated/graphql';
import { ok, uniqueEmail, type TestServer } from './test-server';

/** createCustomer's payload (customer and errors), for tests that expect errors; the email is unique unless given. */
export async function tryCreateCustomer(t: TestServer, input: Partial<CreateCustomerInput> = {}, token?: string | null) {
  return ok(await t.gql(CreateCustomer, { input: { email: uniqueEmail(), ...input } }, { token })).createCustomer;
}

/** A new customer (every field, see CustomerFields); fails the test if the API refuses it. */
export async function createCustomer(t: TestServer, input: Partial<CreateCustomerInput> = {}) {
  const payload = await tryCreateCustomer(t, input);
  expect(payload.errors).toEqual([]);
  return payload.customer!;
}

let groups = 0;
/** A group name no other test in this run uses. */
export function uniqueGroupName(tag = 'Group'): string {
  groups += 1;
  return `${tag} ${process.pid}-${groups}`;
}

/** createCustomerGroup's payload; the name is unique unless given. */
export async function tryCreateGroup(t: TestServer, input: Partial<CreateCustomerGroupInput> = {}) {
  return ok(await t.gql(CreateCustomerGroup, { input: { name: uniqueGroupName(), ...input } })).createCustomerGroup;
}

/** A new customer group; fails the test if the API refuses it. */
export async function createGroup(t: TestServer, input: Partial<CreateCustomerGroupInput> = {}) {
  const payload = await tryCreateGroup(t, input);
  expect(payload.errors).toEqual([]);
  return payload.customerGroup!;
}

/** createCustomerAddress's payload (every address field, see AddressFields). */
export async function tryAddAddress(t: TestServer, customerId: string, input: AddressInput) {
  return ok(await t.gql(CreateCustomerAddress, { customerId, input })).createCustomerAddress;
}

/** A request body from test/fixtures (real-shaped Magento and Medusa bodies; see its README). */
// `any`: the bodies are the platforms' JSON, which has no type here; the tests read them field by field.
export function platformFixture(name: string): any {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8'));
}
