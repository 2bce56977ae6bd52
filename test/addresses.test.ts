import { magentoAddressFromModel, magentoAddressToInput } from '../src/interop/magento';
import {
  CustomerIdByEmail,
  CreateCustomerWithAddresses,
  GetCustomerWithAddresses,
  graphql,
  ok,
  platformFixture,
  startTestServer,
  tokenWithScopes,
  tryAddAddress,
  uniqueEmail,
  UpdateCustomerWithAddresses,
  type TestServer,
} from './support';
import type { AddressInput, CreateCustomerInput, UpdateAddressInput, UpdateCustomerInput } from './support/generated/graphql';

const CreateCustomerIdOnly = graphql(`
  mutation CreateCustomerIdOnly($i: CreateCustomerInput!) {
    createCustomer(input: $i) {
      customer {
        id
      }
      errors {
        code
        field
      }
    }
  }
`);

const DeleteCustomerCodes = graphql(`
  mutation DeleteCustomerCodes($id: ID!) {
    deleteCustomer(id: $id) {
      errors {
        code
      }
    }
  }
`);

const DeleteUnknownAddress = graphql(`
  mutation DeleteUnknownAddress {
    deleteCustomerAddress(id: "nope") {
      address {
        id
      }
      errors {
        code
        field
      }
    }
  }
`);

const DeleteAddress = graphql(`
  mutation DeleteAddress($id: ID!) {
    deleteCustomerAddress(id: $id) {
      address {
        id
        city
        isDefaultBilling
      }
      errors {
        code
      }
    }
  }
`);

const AddressCustomers = graphql(`
  query AddressCustomers($id: ID!) {
    customer(id: $id) {
      addresses {
        customer {
          id
          email
        }
      }
    }
  }
`);

const CreateAddressIdOnly = graphql(`
  mutation CreateAddressIdOnly($c: ID!) {
    createCustomerAddress(customerId: $c, input: { city: "x" }) {
      address {
        id
      }
    }
  }
`);

const CreateAddressCity = graphql(`
  mutation CreateAddressCity($c: ID!) {
    createCustomerAddress(customerId: $c, input: { city: "x" }) {
      address {
        city
      }
      errors {
        code
      }
    }
  }
`);

const SetDefaultUnknownAddress = graphql(`
  mutation SetDefaultUnknownAddress {
    setDefaultCustomerAddress(addressId: "x", type: BILLING) {
      errors {
        code
      }
    }
  }
`);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

async function createCustomer(input: Partial<CreateCustomerInput> = {}) {
  return ok(await t.gql(CreateCustomerWithAddresses, { input: { email: uniqueEmail('addr'), ...input } })).createCustomer;
}

/** A customer created without errors (the test fails otherwise). */
async function newCustomer(input: Partial<CreateCustomerInput> = {}) {
  const created = await createCustomer(input);
  expect(created.errors).toEqual([]);
  return created.customer!;
}

async function readCustomer(id: string) {
  return ok(await t.gql(GetCustomerWithAddresses, { id })).customer!;
}

const addAddress = (customerId: string, input: AddressInput) => tryAddAddress(t, customerId, input);

const SetDefaultAddress = graphql(`
  mutation SetDefaultAddress($a: ID!, $t: AddressType!) {
    setDefaultCustomerAddress(addressId: $a, type: $t) {
      address {
        id
      }
      errors {
        code
        field
      }
    }
  }
`);

async function setDefault(addressId: string, type: 'BILLING' | 'SHIPPING') {
  return ok(await t.gql(SetDefaultAddress, { a: addressId, t: type })).setDefaultCustomerAddress;
}

const UpdateAddress = graphql(`
  mutation UpdateAddress($id: ID!, $i: UpdateAddressInput!) {
    updateCustomerAddress(id: $id, input: $i) {
      address {
        ...AddressFields
      }
      errors {
        code
        field
      }
    }
  }
`);

const fixture = platformFixture('magento-post-v1-customers.json');

describe('Magento fixture', () => {
  test('its two addresses come back field for field, with their defaults', async () => {
    const magentoAddresses = fixture.customer.addresses as Record<string, unknown>[];
    const created = await createCustomer({ addresses: magentoAddresses.map(magentoAddressToInput) });
    expect(created.errors).toEqual([]);
    const customer = await readCustomer(created.customer!.id);
    expect(customer.addresses).toHaveLength(2);
    customer.addresses.forEach((address: Record<string, unknown>, i: number) => {
      const back = magentoAddressFromModel(address);
      for (const [key, value] of Object.entries(magentoAddresses[i])) {
        if (key === 'custom_attributes') expect(back.custom_attributes).toEqual(value);
        else expect([key, back[key]]).toEqual([key, value]);
      }
    });
    const [first, second] = customer.addresses;
    expect(first.street).toEqual(['6146 Honey Bluff Parkway', 'Apt 2']);
    expect(first.region).toEqual({ code: 'MI', name: 'Michigan', id: 33 });
    expect(first.fax).toBe('');
    expect(second.company).toBe('Costello GmbH');
    expect(second.countryCode).toBe('DE');
    expect(customer.defaultBillingAddress).toEqual({ id: first.id });
    expect(customer.defaultShippingAddress).toEqual({ id: first.id });
    expect(second.isDefaultBilling).toBe(false);
    expect(second.customerId).toBe(customer.id);
  });
});

describe('validation', () => {
  test('country codes are ISO 3166-1 alpha-2, stored upper case', async () => {
    const customer = await newCustomer();
    const lower = await addAddress(customer.id, { countryCode: ' fr ', street: ['1 rue de Rivoli'] });
    expect(lower.errors).toEqual([]);
    expect(lower.address!.countryCode).toBe('FR');
    for (const code of ['XX', 'UK', 'FRA', 'F', '']) {
      const bad = await addAddress(customer.id, { countryCode: code });
      expect(bad.address).toBeNull();
      expect(bad.errors).toEqual([{ code: 'INVALID', field: ['input', 'countryCode'], message: expect.stringContaining('ISO 3166-1') }]);
    }
  });

  test('street has 1 to 4 ordered lines, the first not blank', async () => {
    const customer = await newCustomer();
    const four = await addAddress(customer.id, { street: ['a', 'b', '', 'd'] });
    expect(four.address!.street).toEqual(['a', 'b', '', 'd']);
    const five = await addAddress(customer.id, { street: ['a', 'b', 'c', 'd', 'e'] });
    expect(five.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'street'] })]);
    const none = await addAddress(customer.id, { street: [] });
    expect(none.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'street'] })]);
    const blank = await addAddress(customer.id, { street: ['  ', 'x'] });
    expect(blank.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['input', 'street', '0'] })]);
    const long = await addAddress(customer.id, { street: ['x'.repeat(256)], city: 'y'.repeat(256) });
    expect(long.errors.map((e) => e.field)).toEqual([
      ['input', 'city'],
      ['input', 'street', '0'],
    ]);
    expect((await readCustomer(customer.id)).addresses).toHaveLength(1);
  });

  test("inline address errors carry their list position, with the customer's own errors, and nothing is written", async () => {
    const email = uniqueEmail('inline-bad');
    const r = ok(
      await t.gql(CreateCustomerIdOnly, {
        i: { email, firstName: 'x'.repeat(300), addresses: [{ countryCode: 'US' }, { countryCode: 'ZZ' }] },
      }),
    ).createCustomer;
    expect(r.customer).toBeNull();
    expect(r.errors).toEqual([
      { code: 'TOO_LONG', field: ['input', 'firstName'] },
      { code: 'INVALID', field: ['input', 'addresses', '1', 'countryCode'] },
    ]);
    expect(ok(await t.gql(CustomerIdByEmail, { e: email })).customerByEmail).toBeNull();
  });

  test('two inline default billing addresses are refused and nothing is written', async () => {
    const email = uniqueEmail('two-defaults');
    const r = ok(
      await t.gql(CreateCustomerIdOnly, {
        i: { email, addresses: [{ isDefaultBilling: true }, { isDefaultBilling: true, isDefaultShipping: true }] },
      }),
    ).createCustomer;
    expect(r.errors).toEqual([{ code: 'INVALID', field: ['input', 'addresses', '1', 'isDefaultBilling'] }]);
    expect(ok(await t.gql(CustomerIdByEmail, { e: email })).customerByEmail).toBeNull();
  });

  test('unknown and deleted customers, unknown addresses', async () => {
    expect((await addAddress('no-such-customer', { city: 'x' })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['customerId'] }),
    ]);
    const customer = await newCustomer({ addresses: [{ city: 'Keep' }] });
    ok(await t.gql(DeleteCustomerCodes, { id: customer.id }));
    expect((await addAddress(customer.id, { city: 'x' })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['customerId'], message: expect.stringContaining('deleted') }),
    ]);
    const addressId = customer.addresses[0].id;
    expect((await setDefault(addressId, 'BILLING')).errors).toEqual([{ code: 'NOT_FOUND', field: ['addressId'] }]);
    expect((await setDefault('no-such-address', 'BILLING')).errors).toEqual([{ code: 'NOT_FOUND', field: ['addressId'] }]);
    const del = ok(await t.gql(DeleteUnknownAddress));
    expect(del.deleteCustomerAddress.errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
  });
});

describe('defaults', () => {
  test('one default billing and one default shipping per customer; a new default takes over', async () => {
    const customer = await newCustomer();
    const a = (await addAddress(customer.id, { city: 'A', isDefaultBilling: true, isDefaultShipping: true })).address!;
    const b = (await addAddress(customer.id, { city: 'B', isDefaultBilling: true })).address!;
    let read = await readCustomer(customer.id);
    expect(read.defaultBillingAddress).toEqual({ id: b.id });
    expect(read.defaultShippingAddress).toEqual({ id: a.id });
    expect(await setDefault(a.id, 'BILLING')).toEqual({ address: { id: a.id }, errors: [] });
    expect(await setDefault(b.id, 'SHIPPING')).toEqual({ address: { id: b.id }, errors: [] });
    read = await readCustomer(customer.id);
    expect(read.defaultBillingAddress).toEqual({ id: a.id });
    expect(read.defaultShippingAddress).toEqual({ id: b.id });
    expect(read.addresses.map((x) => [x.isDefaultBilling, x.isDefaultShipping])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  test('the database refuses a second default whatever the application does', async () => {
    const customer = await newCustomer({ addresses: [{ isDefaultBilling: true, isDefaultShipping: true }] });
    const insert = (flag: string) =>
      t.db.sql.query(`INSERT INTO "Address" ("id", "customerId", "${flag}") VALUES (gen_random_uuid()::text, $1, true)`, [customer.id]);
    await expect(insert('isDefaultBilling')).rejects.toThrow(/Address_default_billing_key/);
    await expect(insert('isDefaultShipping')).rejects.toThrow(/Address_default_shipping_key/);
    await expect(
      t.db.sql.query(`INSERT INTO "Address" ("id", "customerId", "countryCode") VALUES (gen_random_uuid()::text, $1, 'fr')`, [customer.id]),
    ).rejects.toThrow(/Address_countryCode_check/);
  });

  test('concurrent setDefault calls on one customer leave exactly one default', async () => {
    const customer = await newCustomer({ addresses: Array.from({ length: 6 }, (_, i) => ({ city: `C${i}` })) });
    const results = await Promise.all(customer.addresses.map((a) => setDefault(a.id, 'BILLING')));
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    const read = await readCustomer(customer.id);
    expect(read.addresses.filter((a) => a.isDefaultBilling)).toHaveLength(1);
    expect(read.defaultBillingAddress).not.toBeNull();
  });

  test('deleting a default address leaves the customer without that default; no other address is promoted', async () => {
    const customer = await newCustomer({
      addresses: [{ city: 'Home', isDefaultBilling: true, isDefaultShipping: true }, { city: 'Work' }],
    });
    const [home, work] = customer.addresses;
    const del = ok(
      await t.gql(DeleteAddress, {
        id: home.id,
      }),
    );
    expect(del.deleteCustomerAddress).toEqual({ address: { id: home.id, city: 'Home', isDefaultBilling: true }, errors: [] });
    const read = await readCustomer(customer.id);
    expect(read.addresses.map((a) => a.id)).toEqual([work.id]);
    expect(read.defaultBillingAddress).toBeNull();
    expect(read.defaultShippingAddress).toBeNull();
    expect(read.addresses[0].isDefaultBilling).toBe(false);
  });
});

describe('updateCustomerAddress', () => {
  test('fields left out are kept, null clears, metadata merges, region is replaced whole', async () => {
    const customer = await newCustomer();
    const a = (
      await addAddress(customer.id, {
        firstName: 'Ann',
        company: 'ACME',
        street: ['1 Main St'],
        region: { code: 'CA', name: 'California', id: 12 },
        countryCode: 'us',
        metadata: { a: 1, b: 2 },
        customAttributes: [{ attributeCode: 'floor', value: 3 }],
        isDefaultShipping: true,
      })
    ).address!;
    const update = (input: UpdateAddressInput) => t.gql(UpdateAddress, { id: a.id, i: input });
    const r1 = ok(
      await update({ company: null, city: 'San Jose', metadata: { a: null, c: 3 }, region: { name: 'Kalifornien' } }),
    ).updateCustomerAddress;
    expect(r1.errors).toEqual([]);
    expect(r1.address).toMatchObject({
      firstName: 'Ann',
      company: null,
      city: 'San Jose',
      street: ['1 Main St'],
      countryCode: 'US',
      metadata: { b: 2, c: 3 },
      region: { code: null, name: 'Kalifornien', id: null },
      customAttributes: [{ attributeCode: 'floor', value: 3 }],
      isDefaultShipping: true,
    });
    const r2 = ok(await update({ region: null, street: null, isDefaultShipping: null, countryCode: 'xx' })).updateCustomerAddress;
    expect(r2.errors).toEqual([{ code: 'INVALID', field: ['input', 'countryCode'] }]);
    const r3 = ok(await update({ region: null, street: null, isDefaultShipping: null })).updateCustomerAddress;
    expect(r3.address).toMatchObject({ region: null, street: [], isDefaultShipping: false, city: 'San Jose' });
    expect((await readCustomer(customer.id)).defaultShippingAddress).toBeNull();
  });
});

describe('updateCustomer addresses (replace)', () => {
  test('keeps listed ids, creates entries without id, deletes the rest, in one transaction', async () => {
    const customer = await newCustomer({
      addresses: [{ city: 'One', isDefaultBilling: true }, { city: 'Two', isDefaultShipping: true }, { city: 'Three' }],
    });
    const [one, two, three] = customer.addresses;
    const update = (input: UpdateCustomerInput) => t.gql(UpdateCustomerWithAddresses, { id: customer.id, input });
    const r = ok(
      await update({
        firstName: 'Zoe',
        addresses: [{ id: three.id, postalCode: '3000' }, { city: 'Four', isDefaultBilling: true }, { id: two.id }],
      }),
    ).updateCustomer;
    expect(r.errors).toEqual([]);
    const after = r.customer!.addresses;
    expect(after.map((a) => a.city)).toEqual(['Two', 'Three', 'Four']);
    expect(after[1]).toMatchObject({ id: three.id, postalCode: '3000', city: 'Three' });
    expect(after[0].id).toBe(two.id);
    expect(r.customer!.defaultBillingAddress).toEqual({ id: after[2].id });
    expect(r.customer!.defaultShippingAddress).toEqual({ id: two.id });
    expect(after.map((a) => a.id)).not.toContain(one.id);

    // An unknown id (here: another customer's address) refuses the whole update.
    const other = await newCustomer({ addresses: [{ city: 'Elsewhere' }] });
    const bad = ok(
      await update({ firstName: 'Nope', addresses: [{ city: 'New' }, { id: other.addresses[0].id, city: 'Stolen' }] }),
    ).updateCustomer;
    expect(bad.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'addresses', '1', 'id'] }]);
    const unchanged = await readCustomer(customer.id);
    expect(unchanged.addresses).toEqual(after);
    expect(unchanged.version).toBe(r.customer!.version);
    expect((await readCustomer(other.id)).addresses[0].city).toBe('Elsewhere');

    const dup = ok(await update({ addresses: [{ id: two.id }, { id: two.id }] })).updateCustomer;
    expect(dup.errors).toEqual([{ code: 'INVALID', field: ['input', 'addresses', '1', 'id'] }]);

    // Leaving `addresses` out keeps them; [] deletes them all.
    expect(ok(await update({ lastName: 'Kept' })).updateCustomer.customer!.addresses).toHaveLength(3);
    const cleared = ok(await update({ addresses: [] })).updateCustomer.customer!;
    expect(cleared.addresses).toEqual([]);
    expect(cleared.defaultBillingAddress).toBeNull();
  });
});

describe('reading and access', () => {
  test('Address.customer resolves; address mutations need customers:write', async () => {
    const customer = await newCustomer({ addresses: [{ city: 'Read' }] });
    const read = ok(await t.gql(AddressCustomers, { id: customer.id }));
    expect(read.customer!.addresses[0].customer).toEqual({ id: customer.id, email: customer.email });

    const readOnly = await tokenWithScopes(t, ['customers:read']);
    const denied = await t.gql(CreateAddressIdOnly, { c: customer.id }, { token: readOnly });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const writer = await tokenWithScopes(t, ['customers:write']);
    const allowed = await t.gql(CreateAddressCity, { c: customer.id }, { token: writer });
    expect(ok(allowed).createCustomerAddress).toEqual({ address: { city: 'x' }, errors: [] });
    const anonymous = await t.gql(SetDefaultUnknownAddress, {}, { token: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
