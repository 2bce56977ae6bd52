import {
  createCustomer as newCustomer,
  createGroup,
  DeleteCustomer,
  graphql,
  ok,
  startTestServer,
  statementsFor,
  tokenWithScopes,
  tryCreateGroup,
  uniqueGroupName as groupName,
  type TestServer,
  AddCustomersToGroup,
} from './support';
import type { CreateCustomerGroupInput, CreateCustomerInput, UpdateCustomerGroupInput } from './support/generated/graphql';

const DeleteGroup = graphql(`
  mutation DeleteGroup($id: ID!) {
    deleteCustomerGroup(id: $id) {
      customerGroup {
        id
        deletedAt
      }
      errors {
        code
      }
    }
  }
`);

const DeletedGroupMembers = graphql(`
  query DeletedGroupMembers($id: ID!) {
    customerGroup(id: $id) {
      id
      deletedAt
      customers {
        items {
          id
        }
        count
      }
    }
  }
`);

const CustomersInGroups = graphql(`
  query CustomersInGroups($g: [ID!]) {
    customers(filter: { groupIds: $g }) {
      items {
        id
      }
      count
    }
  }
`);

const GroupIdsByName = graphql(`
  query GroupIdsByName($q: String) {
    customerGroups(q: $q) {
      items {
        id
      }
    }
  }
`);

const DeleteGroupAgain = graphql(`
  mutation DeleteGroupAgain($id: ID!) {
    deleteCustomerGroup(id: $id) {
      errors {
        code
        field
      }
    }
  }
`);

const SetPrimaryGroup = graphql(`
  mutation SetPrimaryGroup($id: ID!, $g: ID) {
    updateCustomer(id: $id, input: { primaryGroupId: $g }) {
      errors {
        code
        field
      }
    }
  }
`);

const SetPrimaryGroupCode = graphql(`
  mutation SetPrimaryGroupCode($id: ID!, $g: ID) {
    updateCustomer(id: $id, input: { primaryGroupId: $g }) {
      errors {
        code
      }
    }
  }
`);

const DeleteGroupCode = graphql(`
  mutation DeleteGroupCode($id: ID!) {
    deleteCustomerGroup(id: $id) {
      errors {
        code
      }
    }
  }
`);

const SetOnlyGroup = graphql(`
  mutation SetOnlyGroup($id: ID!, $g: ID!) {
    updateCustomer(id: $id, input: { groupIds: [$g] }) {
      errors {
        code
      }
    }
  }
`);

const GroupsOverLimit = graphql(`
  query GroupsOverLimit {
    customerGroups(limit: 501) {
      items {
        id
      }
    }
  }
`);

const GroupMembersOverLimit = graphql(`
  query GroupMembersOverLimit($id: ID!) {
    customerGroup(id: $id) {
      customers(limit: 501) {
        items {
          id
        }
      }
    }
  }
`);

const GroupMembersIds = graphql(`
  query GroupMembersIds($id: ID!) {
    customerGroup(id: $id) {
      id
      customers {
        items {
          id
        }
      }
    }
  }
`);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

const tryGroup = (input: Partial<CreateCustomerGroupInput> = {}) => tryCreateGroup(t, input);
const newGroup = (input: Partial<CreateCustomerGroupInput> = {}) => createGroup(t, input);
const createCustomer = (input: Partial<CreateCustomerInput> = {}) => newCustomer(t, input);

const GroupIds = graphql(`
  query GroupIds {
    customerGroups {
      items {
        id
      }
    }
  }
`);

const UpdateGroup = graphql(`
  mutation UpdateGroup($id: ID!, $i: UpdateCustomerGroupInput!) {
    updateCustomerGroup(id: $id, input: $i) {
      customerGroup {
        id
        name
        code
        taxClassId
        metadata
        createdAt
        updatedAt
        deletedAt
      }
      errors {
        code
        field
      }
    }
  }
`);

const RemoveCustomersFromGroup = graphql(`
  mutation RemoveCustomersFromGroup($g: ID!, $c: [ID!]!) {
    removeCustomersFromGroup(groupId: $g, customerIds: $c) {
      customerGroup {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const CustomerGroupsOf = graphql(`
  query CustomerGroupsOf($id: ID!) {
    customer(id: $id) {
      version
      primaryGroupId
      primaryGroup {
        id
      }
      groups {
        id
      }
    }
  }
`);

async function membership(groupId: string, customerIds: string[], op: 'add' | 'remove') {
  const variables = { g: groupId, c: customerIds };
  if (op === 'add') return ok(await t.gql(AddCustomersToGroup, variables)).addCustomersToGroup;
  return ok(await t.gql(RemoveCustomersFromGroup, variables)).removeCustomersFromGroup;
}

async function groupsOf(customerId: string) {
  return ok(await t.gql(CustomerGroupsOf, { id: customerId })).customer!;
}

/** The members page of a group; `args` (literal arguments, built per test) make this document untyped. */
async function members(groupId: string, args = '') {
  const r = ok(
    await t.gql(`query($id: ID!) { customerGroup(id: $id) { customers${args} { items { id } count limit offset } } }`, { id: groupId }),
  );
  return r.customerGroup.customers;
}

describe('create, update, delete', () => {
  test('create keeps a client id, trims the name, checks code length and names ignoring case', async () => {
    const name = groupName('Wholesale');
    const created = await tryGroup({
      id: `1-${process.pid}`,
      name: `  ${name}  `,
      code: 'Wholesale',
      taxClassId: 3,
      metadata: { tier: 'b2b', drop: '' },
    });
    expect(created.errors).toEqual([]);
    expect(created.customerGroup).toMatchObject({
      id: `1-${process.pid}`,
      name,
      code: 'Wholesale',
      taxClassId: 3,
      metadata: { tier: 'b2b' },
      deletedAt: null,
    });

    const sameName = await tryGroup({ name: name.toUpperCase() });
    expect(sameName).toEqual({
      customerGroup: null,
      errors: [{ code: 'NAME_TAKEN', field: ['input', 'name'], message: expect.any(String) }],
    });
    const sameId = await tryGroup({ id: `1-${process.pid}` });
    expect(sameId.errors).toEqual([expect.objectContaining({ code: 'ID_TAKEN', field: ['input', 'id'] })]);
    const bad = await tryGroup({ id: 'bad id!', name: '  ', code: 'x'.repeat(33), taxClassId: -1 });
    expect(bad.errors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'input.id'],
      ['REQUIRED', 'input.name'],
      ['TOO_LONG', 'input.code'],
      ['INVALID', 'input.taxClassId'],
    ]);
    expect((await tryGroup({ code: 'x'.repeat(32) })).errors).toEqual([]);
  });

  test('concurrent creates of one name: one wins, the others get NAME_TAKEN', async () => {
    const name = groupName('Race');
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => tryGroup({ name: i % 2 ? name.toUpperCase() : name })));
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors.length > 0)) expect(r.errors).toEqual([expect.objectContaining({ code: 'NAME_TAKEN' })]);
  });

  test('update: fields left out are kept, null clears, metadata merges; names stay unique', async () => {
    const taken = await newGroup();
    const group = await newGroup({ code: 'C1', taxClassId: 3, metadata: { a: 1, b: 2 } });
    const update = async (id: string, input: UpdateCustomerGroupInput) =>
      ok(await t.gql(UpdateGroup, { id, i: input })).updateCustomerGroup;
    const r = await update(group.id, { code: null, metadata: { a: null, c: 3 } });
    expect(r.customerGroup).toMatchObject({ name: group.name, code: null, taxClassId: 3, metadata: { b: 2, c: 3 } });
    expect((await update(group.id, { name: taken.name.toLowerCase() })).errors).toEqual([{ code: 'NAME_TAKEN', field: ['input', 'name'] }]);
    expect((await update(group.id, { name: null })).errors).toEqual([{ code: 'REQUIRED', field: ['input', 'name'] }]);
    expect((await update('no-such-group', { code: 'x' })).errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    const renamed = await update(group.id, { name: `${group.name} renamed` });
    expect(renamed.customerGroup!.name).toBe(`${group.name} renamed`);
  });

  test('soft delete: the name is free again, memberships stop counting, primary groups are cleared', async () => {
    const group = await newGroup();
    const other = await newGroup();
    const primary = await createCustomer({ primaryGroupId: group.id, groupIds: [group.id, other.id] });
    const plain = await createCustomer({ groupIds: [group.id] });
    const before = await groupsOf(primary.id);

    const del = ok(
      await t.gql(DeleteGroup, {
        id: group.id,
      }),
    );
    expect(del.deleteCustomerGroup.errors).toEqual([]);
    expect(del.deleteCustomerGroup.customerGroup!.deletedAt).not.toBeNull();

    const after = await groupsOf(primary.id);
    expect(after).toEqual({ version: before.version + 1, primaryGroupId: null, primaryGroup: null, groups: [{ id: other.id }] });
    expect((await groupsOf(plain.id)).groups).toEqual([]);
    // The row stays readable, with no customers; the list and filters forget it.
    const read = ok(await t.gql(DeletedGroupMembers, { id: group.id }));
    expect(read.customerGroup).toMatchObject({ id: group.id, customers: { items: [], count: 0 } });
    const filtered = ok(await t.gql(CustomersInGroups, { g: [group.id] }));
    expect(filtered.customers).toEqual({ items: [], count: 0 });
    const listed = ok(await t.gql(GroupIdsByName, { q: group.name }));
    expect(listed.customerGroups.items).toEqual([]);

    expect((await tryGroup({ name: group.name })).errors).toEqual([]);
    const again = ok(await t.gql(DeleteGroupAgain, { id: group.id }));
    expect(again.deleteCustomerGroup.errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    expect((await membership(group.id, [plain.id], 'add')).errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['groupId'] }),
    ]);
    const asPrimary = ok(
      await t.gql(SetPrimaryGroup, {
        id: plain.id,
        g: group.id,
      }),
    );
    expect(asPrimary.updateCustomer.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'primaryGroupId'] }]);
  });

  test('racing deleteCustomerGroup and updateCustomer never leave a deleted primary group', async () => {
    for (let round = 0; round < 12; round++) {
      const group = await newGroup();
      const customers = await Promise.all([createCustomer({ primaryGroupId: group.id }), createCustomer()]);
      const responses = await Promise.all([
        t.gql(SetPrimaryGroupCode, {
          id: customers[1].id,
          g: group.id,
        }),
        t.gql(DeleteGroupCode, { id: group.id }),
        t.gql(SetOnlyGroup, {
          id: customers[0].id,
          g: group.id,
        }),
      ]);
      // No deadlock or other fault on either side: each either wins or is refused as data.
      for (const response of responses) expect(response.errors).toBeUndefined();
      for (const customer of customers) expect((await groupsOf(customer.id)).primaryGroupId).toBeNull();
    }
  });
});

describe('membership', () => {
  test('addCustomersToGroup: many ids in one call, idempotent, unknown ids refused with nothing written', async () => {
    const group = await newGroup();
    const customers = await Promise.all(Array.from({ length: 5 }, () => createCustomer()));
    const ids = customers.map((c) => c.id);
    expect(await membership(group.id, [ids[0], ids[1], ids[0]], 'add')).toEqual({ customerGroup: { id: group.id }, errors: [] });
    expect(await membership(group.id, ids, 'add')).toEqual({ customerGroup: { id: group.id }, errors: [] });
    expect(await membership(group.id, [], 'add')).toEqual({ customerGroup: { id: group.id }, errors: [] });
    expect((await members(group.id)).count).toBe(5);

    const fresh = await newGroup();
    const deleted = await createCustomer();
    ok(await t.gql(DeleteCustomer, { id: deleted.id }));
    const refused = await membership(fresh.id, [ids[0], 'nobody', ids[1], deleted.id], 'add');
    expect(refused.customerGroup).toBeNull();
    expect(refused.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([
      ['NOT_FOUND', ['customerIds', '1']],
      ['NOT_FOUND', ['customerIds', '3']],
    ]);
    expect((await members(fresh.id)).count).toBe(0);
    expect((await membership('nope', ids, 'add')).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['groupId'] })]);
    const tooMany = await membership(
      fresh.id,
      Array.from({ length: 501 }, (_, i) => `id${i}`),
      'add',
    );
    expect(tooMany.errors).toEqual([expect.objectContaining({ code: 'TOO_MANY', field: ['customerIds'] })]);
  });

  test('removeCustomersFromGroup: idempotent, clears the primary group, unknown ids refused with nothing written', async () => {
    const group = await newGroup();
    const a = await createCustomer({ primaryGroupId: group.id });
    const b = await createCustomer({ groupIds: [group.id] });
    const c = await createCustomer();
    expect((await groupsOf(a.id)).groups).toEqual([{ id: group.id }]);

    const refused = await membership(group.id, [a.id, 'ghost'], 'remove');
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['customerIds', '1'] })]);
    expect((await members(group.id)).count).toBe(2);
    expect((await groupsOf(a.id)).primaryGroupId).toBe(group.id);

    const before = await groupsOf(a.id);
    expect(await membership(group.id, [a.id, c.id], 'remove')).toEqual({ customerGroup: { id: group.id }, errors: [] });
    expect(await groupsOf(a.id)).toEqual({ version: before.version + 1, primaryGroupId: null, primaryGroup: null, groups: [] });
    expect(await membership(group.id, [a.id, c.id], 'remove')).toEqual({ customerGroup: { id: group.id }, errors: [] });
    expect((await members(group.id)).items).toEqual([{ id: b.id }]);
  });

  test("Magento's group_id is primaryGroup and always one of groups", async () => {
    const general = await newGroup({ id: `m1-${process.pid}`, code: 'General' });
    const vip = await newGroup();
    const customer = await createCustomer({ primaryGroupId: general.id, groupIds: [vip.id] });
    const read = await groupsOf(customer.id);
    expect(read.primaryGroup).toEqual({ id: general.id });
    expect(read.groups.map((g: { id: string }) => g.id).sort()).toEqual([general.id, vip.id].sort());
  });
});

describe('lists', () => {
  test('customerGroups: limit, offset, q over name and code ignoring case, count only when selected', async () => {
    const tag = `Zq${process.pid}x`;
    const names = ['Alpha', 'beta', 'Gamma'].map((n) => `${tag} ${n}`);
    for (const name of names) await tryGroup({ name });
    await tryGroup({ name: `Other ${process.pid}`, code: `${tag.toUpperCase()}-code` });
    await tryGroup({ name: `Percent 100% ${process.pid}` });
    const list = async (args: string, count = true) =>
      ok(await t.gql(`query { customerGroups(${args}) { items { name } limit offset ${count ? 'count' : ''} } }`)).customerGroups;

    const all = await list(`q: "${tag.toLowerCase()}"`);
    expect(all.count).toBe(4);
    expect(all.items.map((g: { name: string }) => g.name)).toEqual(expect.arrayContaining(names));
    const page = await list(`q: "${tag}", limit: 2, offset: 1`);
    expect(page).toMatchObject({ limit: 2, offset: 1, count: 4 });
    expect(page.items).toHaveLength(2);
    expect((await list(`q: "100%"`)).items).toEqual([{ name: `Percent 100% ${process.pid}` }]);
    expect((await list(`q: "0%_"`)).count).toBe(0);

    // Beyond authentication: a verified token's cache entry may expire between two requests on a busy machine.
    const statements = async (count: boolean) =>
      (await statementsFor(t, `query { customerGroups(q: "${tag}") { items { name } limit offset ${count ? 'count' : ''} } }`)).statements;
    expect((await statements(true)) - (await statements(false))).toBe(1);
    const tooBig = await t.gql(GroupsOverLimit);
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('CustomerGroup.customers pages like customers: limit, offset, sort, filter, q, count', async () => {
    const group = await newGroup();
    const outsider = await createCustomer({ firstName: 'Outsider' });
    const names = ['Cleo', 'anna', 'Bert', 'Dora'];
    const created = [];
    for (const firstName of names) created.push(await createCustomer({ firstName, groupIds: [group.id] }));
    const page = await members(group.id, `(limit: 2, offset: 1, sort: [{ field: FIRST_NAME, direction: ASC }])`);
    expect(page).toMatchObject({ limit: 2, offset: 1, count: 4 });
    const byName = Object.fromEntries(created.map((c, i) => [names[i], c.id]));
    expect(page.items).toEqual([{ id: byName.Bert }, { id: byName.Cleo }]);
    expect((await members(group.id, `(q: "DOR")`)).items).toEqual([{ id: byName.Dora }]);
    expect((await members(group.id, `(filter: { ids: ["${outsider.id}", "${byName.anna}"] })`)).items).toEqual([{ id: byName.anna }]);
    const tooBig = await t.gql(GroupMembersOverLimit, { id: group.id });
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('customers of many groups cost the same statements as of one', async () => {
    const groups = [];
    for (let i = 0; i < 8; i++) {
      const group = await newGroup({ name: groupName(`Batch${process.pid}`) });
      groups.push(group);
      for (let j = 0; j <= i % 3; j++) await createCustomer({ groupIds: [group.id] });
    }
    const query = (limit: number) =>
      `query { customerGroups(q: "Batch${process.pid}", limit: ${limit}) { items { id customers(limit: 2) { items { id groups { id } } count } } } }`;
    const one = await statementsFor(t, query(1));
    const eight = await statementsFor(t, query(8));
    expect(eight.data.customerGroups.items).toHaveLength(8);
    for (const item of eight.data.customerGroups.items) {
      const i = groups.findIndex((g) => g.id === item.id);
      expect(item.customers.count).toBe((i % 3) + 1);
      expect(item.customers.items).toHaveLength(Math.min(2, (i % 3) + 1));
      for (const c of item.customers.items) expect(c.groups).toEqual([{ id: item.id }]);
    }
    // The groups, their customer pages, their counts, the customers' groups.
    expect(one.statements).toBe(4);
    expect(eight.statements).toBe(one.statements);
  });
});

describe('access', () => {
  test("groups:read for queries, groups:write for mutations, customers:read for a group's customers", async () => {
    const group = await newGroup();
    const groupsRead = await tokenWithScopes(t, ['groups:read']);
    const customersOnly = await tokenWithScopes(t, ['customers:read', 'customers:write']);
    const listQuery = GroupIds;
    expect(ok(await t.gql(listQuery, {}, { token: groupsRead })).customerGroups.items.length).toBeGreaterThan(0);
    expect((await t.gql(listQuery, {}, { token: customersOnly })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const members = await t.gql(GroupMembersIds, { id: group.id }, { token: groupsRead });
    expect(members.errors?.[0]).toMatchObject({ path: ['customerGroup', 'customers'], extensions: { code: 'FORBIDDEN' } });

    for (const mutation of [
      `createCustomerGroup(input: { name: "x" }) { errors { code } }`,
      `updateCustomerGroup(id: "${group.id}", input: { code: "x" }) { errors { code } }`,
      `deleteCustomerGroup(id: "${group.id}") { errors { code } }`,
      `addCustomersToGroup(groupId: "${group.id}", customerIds: []) { errors { code } }`,
      `removeCustomersFromGroup(groupId: "${group.id}", customerIds: []) { errors { code } }`,
    ]) {
      const r = await t.gql(`mutation { ${mutation} }`, {}, { token: groupsRead });
      expect([mutation, r.errors?.[0].extensions?.code]).toEqual([mutation, 'FORBIDDEN']);
    }
    const writer = await tokenWithScopes(t, ['groups:write']);
    const created = await t.gql(
      `mutation { createCustomerGroup(input: { name: "${groupName('Writer')}" }) { errors { code } } }`,
      {},
      { token: writer },
    );
    expect(ok(created).createCustomerGroup.errors).toEqual([]);
  });
});
