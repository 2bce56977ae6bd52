import { CreateCustomer, UpdateCustomer, createCustomer, graphql, ok, startTestServer, uniqueEmail, type TestServer } from './support';

/**
 * A group can vanish between a service's checks and its write (deleted by
 * hand in the database, or by a writer that does not take our locks); the
 * foreign key then refuses the write. The caller must get a user error
 * (NOT_FOUND at the field that named the group, nothing written), not
 * INTERNAL_SERVER_ERROR. Triggers make the race deterministic: the group
 * is deleted inside the write's own transaction, just before the row that
 * points at it is written.
 */

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await t.db.sql.exec(`
    CREATE FUNCTION test_vanish_member_group() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM "CustomerGroup" WHERE "id" = NEW."groupId" AND "id" LIKE 'gone-member-%';
      RETURN NEW;
    END $$;
    CREATE TRIGGER test_vanish_member_group BEFORE INSERT ON "CustomerGroupMember"
      FOR EACH ROW EXECUTE FUNCTION test_vanish_member_group();
    CREATE FUNCTION test_vanish_primary_group() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."primaryGroupId" LIKE 'gone-primary-%' THEN
        DELETE FROM "CustomerGroup" WHERE "id" = NEW."primaryGroupId";
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER test_vanish_primary_group BEFORE UPDATE ON "Customer"
      FOR EACH ROW EXECUTE FUNCTION test_vanish_primary_group();`);
});
afterAll(() => t.stop());

const RaceAddCustomers = graphql(`
  mutation RaceAddCustomers($g: ID!, $c: [ID!]!) {
    addCustomersToGroup(groupId: $g, customerIds: $c) {
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

async function group(id: string) {
  await t.db.prisma.customerGroup.create({ data: { id, name: id } });
}
function customer() {
  return createCustomer(t, { email: uniqueEmail('race') });
}
const notFound = (field: string[]) => [{ code: 'NOT_FOUND', field, message: expect.stringMatching(/deleted meanwhile/) }];

test('updateCustomer: a group of groupIds deleted before its membership is written', async () => {
  const c = await customer();
  await group('gone-member-1');
  const result = ok(await t.gql(UpdateCustomer, { id: c.id, input: { groupIds: ['gone-member-1'] } })).updateCustomer;
  expect(result.errors).toEqual(notFound(['input', 'groupIds']));
  // Rolled back: the customer is unchanged, and so is the group the trigger deleted.
  expect(await t.db.prisma.customer.findUnique({ where: { id: c.id }, select: { version: true } })).toEqual({ version: c.version });
  expect(await t.db.prisma.customerGroup.count({ where: { id: 'gone-member-1' } })).toBe(1);
});

test('updateCustomer: the primary group deleted before the customer points at it', async () => {
  const c = await customer();
  await group('gone-primary-1');
  const result = ok(await t.gql(UpdateCustomer, { id: c.id, input: { primaryGroupId: 'gone-primary-1' } })).updateCustomer;
  expect(result.errors).toEqual(notFound(['input', 'primaryGroupId']));
  expect(await t.db.prisma.customerGroupMember.count({ where: { customerId: c.id } })).toBe(0);
});

test('createCustomer: the primary group deleted before its membership is written; no customer is created', async () => {
  await group('gone-member-2');
  const email = uniqueEmail('race');
  const result = ok(await t.gql(CreateCustomer, { input: { email, primaryGroupId: 'gone-member-2' } })).createCustomer;
  expect(result).toEqual({ customer: null, errors: notFound(['input', 'primaryGroupId']) });
  expect(await t.db.prisma.customer.count({ where: { email } })).toBe(0);
});

test('addCustomersToGroup: the group deleted before the memberships are written', async () => {
  const c = await customer();
  await group('gone-member-3');
  const result = ok(await t.gql(RaceAddCustomers, { g: 'gone-member-3', c: [c.id] })).addCustomersToGroup;
  expect(result).toEqual({ customerGroup: null, errors: notFound(['groupId']) });
  expect(await t.db.prisma.customerGroupMember.count({ where: { customerId: c.id } })).toBe(0);
});
