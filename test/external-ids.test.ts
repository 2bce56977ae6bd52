import { graphql, ok, startTestServer, uniqueEmail, type TestServer } from './support';
import type { CreateCustomerInput } from './support/generated/graphql';

/**
 * Source platform ids (issue 11): a customer's (externalSource, externalId)
 * is unique per source, so two shops' ids never collide; addresses carry
 * their own externalId (unique per customer) and extension attributes.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

const CreateWithExternalIds = graphql(`
  mutation CreateWithExternalIds($i: CreateCustomerInput!) {
    createCustomer(input: $i) {
      customer {
        id
        externalSource
        externalId
        createdBy
        addresses {
          externalId
          extensionAttributes
        }
      }
      errors {
        code
        field
      }
    }
  }
`);

const CustomersByExternalIds = graphql(`
  query CustomersByExternalIds($f: CustomerFilter) {
    customers(filter: $f) {
      items {
        id
      }
    }
  }
`);

async function create(input: Partial<CreateCustomerInput>) {
  return ok(await t.gql(CreateWithExternalIds, { i: { email: uniqueEmail('ext'), ...input } })).createCustomer;
}

const externalId = `ext-${process.hrtime.bigint()}`;

test('the same source id on two sources is two customers; on one source it is refused', async () => {
  const magento = await create({
    externalSource: 'magento',
    externalId,
    createdBy: 'user_01',
    addresses: [{ externalId: '7', extensionAttributes: { pickup: true }, countryCode: 'de' }],
  });
  expect(magento.errors).toEqual([]);
  expect(magento.customer).toMatchObject({
    externalSource: 'magento',
    externalId,
    createdBy: 'user_01',
    addresses: [{ externalId: '7', extensionAttributes: { pickup: true } }],
  });
  expect((await create({ externalSource: 'medusa', externalId })).errors).toEqual([]);
  const taken = await create({ externalSource: 'magento', externalId });
  expect(taken).toEqual({ customer: null, errors: [{ code: 'EXTERNAL_ID_TAKEN', field: ['input', 'externalId'] }] });

  const found = ok(await t.gql(CustomersByExternalIds, { f: { externalSource: 'magento', externalIds: [externalId] } })).customers.items;
  expect(found).toEqual([{ id: magento.customer!.id }]);
});

test('a source id without its source (or the other way round) is refused', async () => {
  expect((await create({ externalId: 'x1' })).errors).toEqual([{ code: 'REQUIRED', field: ['input', 'externalSource'] }]);
  expect((await create({ externalSource: 'magento' })).errors).toEqual([{ code: 'REQUIRED', field: ['input', 'externalId'] }]);
});

test('two addresses of one customer cannot share an externalId', async () => {
  const r = await create({ addresses: [{ externalId: 'a' }, { externalId: 'a' }] });
  expect(r.errors).toEqual([{ code: 'EXTERNAL_ID_TAKEN', field: ['input', 'addresses', '1', 'externalId'] }]);
});
