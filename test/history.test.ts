import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createContext } from '../src/context';
import { Scope } from '../src/auth/scopes';
import { createServices } from '../src/services';
import { recordChanges } from '../src/history/change-recorder';
import { ActorKind, HistoryOperation } from '../src/history/history.types';
import { WebhookEventType } from '../src/webhooks/event-types';
import {
  ChangeCustomerEmail,
  CreateCustomer,
  DeleteCustomer,
  ok,
  RestoreCustomer,
  SetCustomerPassword,
  startTestServer,
  tokenWithScopes,
  uniqueEmail,
  UpdateCustomer,
  type TestServer,
} from './support';
import type { TypedDocumentString } from './support/generated/graphql';

/** customerHistory: one entry per change, field-level before/after, the actor; nothing for a refused write. */
const HISTORY = `query($id: ID!, $first: Int, $after: String) { customerHistory(customerId: $id, first: $first, after: $after) {
  edges { cursor node { id at operation subjectId actor { kind id name } changes { field before after } } }
  pageInfo { hasNextPage endCursor } } }`;

let t: TestServer;
let adminId: string;
beforeAll(async () => {
  t = await startTestServer();
  adminId = ok(await t.gql('{ me { adminUser { id } } }')).me.adminUser.id;
});
afterAll(() => t.stop());

interface Entry {
  operation: string;
  subjectId: string | null;
  actor: { kind: string; id: string | null; name: string | null };
  changes: { field: string; before: unknown; after: unknown }[];
}

async function history(id: string, token?: string): Promise<Entry[]> {
  const data = ok(await t.gql(HISTORY, { id, first: 500 }, { token })).customerHistory;
  return data.edges.map((e: { node: Entry }) => e.node);
}
const change = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field);

async function createCustomer(input: Record<string, unknown> = {}, token?: string) {
  const result = ok(await t.gql(CreateCustomer, { input: { email: uniqueEmail('hist'), ...input } }, { token })).createCustomer;
  expect(result.errors).toEqual([]);
  return result.customer as { id: string; email: string; version: number };
}
/** Runs a one-field mutation (typed, or a string built here) and expects its payload to carry no user errors. */
async function mutate<R extends object, V>(document: TypedDocumentString<R, V>, variables: V): Promise<{ errors: unknown[] }>;
async function mutate(document: string, variables: Record<string, unknown>): Promise<{ errors: unknown[] }>;
async function mutate(document: string | TypedDocumentString<object, unknown>, variables: unknown) {
  const data = ok<object>(await t.gql(document.toString(), variables as Record<string, unknown>));
  const payload = Object.values(data)[0] as { errors: unknown[] };
  expect(payload.errors).toEqual([]);
  return payload;
}

test('each customer operation leaves an entry with its changed fields, newest first, by the admin user', async () => {
  const customer = await createCustomer({ firstName: 'Ada', metadata: { tier: 'gold' } });
  await mutate(UpdateCustomer, { id: customer.id, input: { firstName: 'Grace', phone: '+44 1' } });
  await mutate(ChangeCustomerEmail, { id: customer.id, email: uniqueEmail('moved') });
  await mutate(SetCustomerPassword, { id: customer.id, password: 'a-secret-password' });
  await mutate(DeleteCustomer, { id: customer.id });
  await mutate(RestoreCustomer, { id: customer.id });
  const entries = await history(customer.id);
  expect(entries.map((e) => e.operation)).toEqual(['RESTORE', 'DELETE', 'PASSWORD_CHANGE', 'EMAIL_CHANGE', 'UPDATE', 'CREATE']);
  for (const entry of entries) expect(entry.actor).toEqual({ kind: 'ADMIN_USER', id: adminId, name: 'Administrator' });
  const [restore, del, password, email, update, create] = entries;
  expect(change(create, 'firstName')).toEqual({ field: 'firstName', before: null, after: 'Ada' });
  expect(change(create, 'email')).toEqual({ field: 'email', before: null, after: customer.email });
  expect(change(create, 'metadata')).toEqual({ field: 'metadata', before: null, after: { tier: 'gold' } });
  expect(update.changes).toEqual([
    { field: 'firstName', before: 'Ada', after: 'Grace' },
    { field: 'phone', before: null, after: '+44 1' },
  ]);
  expect(email.changes).toEqual([{ field: 'email', before: customer.email, after: expect.stringContaining('moved') }]);
  // A password change names the field and nothing else.
  expect(password.changes).toEqual([
    { field: 'hasAccount', before: false, after: true },
    { field: 'password', before: null, after: null },
  ]);
  expect(del.changes).toEqual([{ field: 'deletedAt', before: null, after: expect.any(String) }]);
  expect(restore.changes).toEqual([{ field: 'deletedAt', before: del.changes[0].after, after: null }]);
  const stored = JSON.stringify(await t.db.prisma.customerHistory.findMany({ where: { customerId: customer.id } }), (_k, v) =>
    typeof v === 'bigint' ? String(v) : v,
  );
  expect(stored).not.toMatch(/\$2[aby]\$|a-secret-password|passwordHash/);
});

test('addresses and groups: ADDRESS_* and GROUP_* entries name their subject; inline changes are recorded too', async () => {
  const group = ok(await t.gql(`mutation { createCustomerGroup(input: { name: "hist-${Date.now()}" }) { customerGroup { id } } }`))
    .createCustomerGroup.customerGroup;
  const customer = await createCustomer({ groupIds: [group.id], addresses: [{ city: 'Oslo', countryCode: 'NO' }] });
  const [create, inlineAddress] = (await history(customer.id)).reverse();
  expect(change(create, 'groupIds')).toEqual({ field: 'groupIds', before: [], after: [group.id] });
  expect(inlineAddress).toMatchObject({
    operation: 'ADDRESS_CREATE',
    changes: expect.arrayContaining([{ field: 'city', before: null, after: 'Oslo' }]),
  });

  const address = ok(
    await t.gql(
      `mutation($c: ID!) { createCustomerAddress(customerId: $c, input: { city: "Bergen", countryCode: "NO", isDefaultBilling: true }) { address { id } } }`,
      {
        c: customer.id,
      },
    ),
  ).createCustomerAddress.address;
  await mutate(`mutation($id: ID!) { updateCustomerAddress(id: $id, input: { city: "Trondheim" }) { errors { code } } }`, {
    id: address.id,
  });
  await mutate(`mutation($id: ID!) { deleteCustomerAddress(id: $id) { errors { code } } }`, { id: address.id });
  await mutate(`mutation($g: ID!, $c: [ID!]!) { removeCustomersFromGroup(groupId: $g, customerIds: $c) { errors { code } } }`, {
    g: group.id,
    c: [customer.id],
  });
  await mutate(`mutation($g: ID!, $c: [ID!]!) { addCustomersToGroup(groupId: $g, customerIds: $c) { errors { code } } }`, {
    g: group.id,
    c: [customer.id],
  });
  const [add, remove, addrDelete, addrUpdate, addrCreate] = await history(customer.id);
  expect(addrCreate).toMatchObject({ operation: 'ADDRESS_CREATE', subjectId: address.id });
  expect(change(addrCreate, 'isDefaultBilling')).toEqual({ field: 'isDefaultBilling', before: null, after: true });
  expect(addrUpdate).toMatchObject({
    operation: 'ADDRESS_UPDATE',
    subjectId: address.id,
    changes: [{ field: 'city', before: 'Bergen', after: 'Trondheim' }],
  });
  expect(addrDelete).toMatchObject({ operation: 'ADDRESS_DELETE', subjectId: address.id });
  expect(change(addrDelete, 'city')).toEqual({ field: 'city', before: 'Trondheim', after: null });
  expect(remove).toMatchObject({
    operation: 'GROUP_REMOVE',
    subjectId: group.id,
    changes: [{ field: 'groupIds', before: [group.id], after: [] }],
  });
  expect(add).toMatchObject({
    operation: 'GROUP_ADD',
    subjectId: group.id,
    changes: [{ field: 'groupIds', before: [], after: [group.id] }],
  });
});

test('an API token is the actor of its writes; the command line is CLI', async () => {
  const token = await tokenWithScopes(t, [Scope.CUSTOMERS_WRITE, Scope.CUSTOMERS_READ]);
  const customer = await createCustomer({}, token);
  const [entry] = await history(customer.id, token);
  const tokenRow = await t.db.prisma.apiToken.findFirstOrThrow({
    where: { name: `test ${Scope.CUSTOMERS_WRITE} ${Scope.CUSTOMERS_READ}` },
  });
  expect(entry.actor).toEqual({ kind: 'API_TOKEN', id: tokenRow.id, name: tokenRow.name });

  const services = createServices(loadConfig({ BCRYPT_COST: '4' }), t.db);
  try {
    const cli = createContext({
      requestId: 'cli',
      db: t.db,
      services,
      principal: { tokenId: 'cli', kind: 'CLI', adminUserId: null, scopes: new Set([Scope.ADMIN]), name: 'ops' },
      clientAddress: 'cli',
    });
    const created = await services.customers.create(cli, { email: uniqueEmail('cli') });
    expect((await history(created.id))[0].actor).toEqual({ kind: 'CLI', id: null, name: 'ops' });
  } finally {
    await services.passwords.close();
  }
});

test('a refused write leaves no entry', async () => {
  const customer = await createCustomer();
  const conflict = ok(await t.gql(UpdateCustomer, { id: customer.id, input: { firstName: 'X', expectedVersion: 42 } })).updateCustomer;
  expect(conflict.errors[0].code).toBe('VERSION_CONFLICT');
  const badGroup = ok(
    await t.gql(UpdateCustomer, { id: customer.id, input: { firstName: 'Y', groupIds: ['no-such-group'] } }),
  ).updateCustomer;
  expect(badGroup.errors[0].code).toBe('NOT_FOUND');
  const badAddress = ok(
    await t.gql(`mutation($c: ID!) { createCustomerAddress(customerId: $c, input: { countryCode: "XX" }) { errors { code } } }`, {
      c: customer.id,
    }),
  ).createCustomerAddress;
  expect(badAddress.errors.length).toBeGreaterThan(0);
  expect((await history(customer.id)).map((e) => e.operation)).toEqual(['CREATE']);
  expect(await t.db.prisma.customerHistory.count({ where: { customerId: customer.id } })).toBe(1);
});

test('pages newest first with first/after; an unknown customer has none', async () => {
  const customer = await createCustomer();
  for (const name of ['a', 'b', 'c']) await mutate(UpdateCustomer, { id: customer.id, input: { firstName: name } });
  const page1 = ok(await t.gql(HISTORY, { id: customer.id, first: 2 })).customerHistory;
  expect(page1.edges.map((e: { node: Entry }) => change(e.node, 'firstName')?.after)).toEqual(['c', 'b']);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const page2 = ok(await t.gql(HISTORY, { id: customer.id, first: 2, after: page1.pageInfo.endCursor })).customerHistory;
  expect(page2.edges.map((e: { node: Entry }) => e.node.operation)).toEqual(['UPDATE', 'CREATE']);
  expect(page2.pageInfo.hasNextPage).toBe(false);
  expect(ok(await t.gql(HISTORY, { id: 'nobody' })).customerHistory.edges).toEqual([]);
  const bad = await t.gql(HISTORY, { id: customer.id, after: 'nonsense' });
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('recordChanges is set-based: thousands of changes (a bulk import) cost one statement', async () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `bulk-${Date.now()}-${i}`);
  const changes = ids.map((customerId) => ({
    history: { customerId, operation: HistoryOperation.CREATE, changes: [{ field: 'email', before: null, after: `${customerId}@x.test` }] },
    event: { type: WebhookEventType.CUSTOMER_CREATED, orderingKey: customerId, data: { customer: { id: customerId } } },
  }));
  const statements = async (work: Parameters<typeof t.db.prisma.$transaction>[0]) => {
    const before = t.db.statementCount();
    await t.db.prisma.$transaction(work);
    return t.db.statementCount() - before;
  };
  const empty = await statements(async () => undefined);
  const recorded = await statements((tx) => recordChanges(tx, { kind: ActorKind.IMPORT, id: null, name: 'bulk test' }, changes));
  // Beyond the transaction's own statements: one insert.
  expect(recorded - empty).toBe(1);
  expect(await t.db.prisma.customerHistory.count({ where: { customerId: { in: ids } } })).toBe(2000);
  const [entry] = await history(ids[1999]);
  expect(entry).toMatchObject({ operation: 'CREATE', actor: { kind: 'IMPORT', id: null, name: 'bulk test' } });
});
