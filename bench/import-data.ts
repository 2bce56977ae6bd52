import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Deterministic platform exports for import tests and the import bench:
 * Magento's GET /V1/customers/search and Medusa's GET /admin/customers
 * responses with `count` customers of 2 addresses each, every field the
 * platforms send in use somewhere, written streamed (a million customers
 * never sit in memory). `tag` keeps emails and ids apart between runs.
 *
 * Run: node -r ts-node/register/transpile-only bench/import-data.ts magento|medusa <count> <file> [tag]
 *  or: … bench/import-data.ts fixtures test/fixtures   (the committed test fixtures)
 */

/** bcrypt of "imported-secret-1" (cost 4): a hash every scheme parser accepts. */
export const FIXTURE_PASSWORD = 'imported-secret-1';
export const FIXTURE_HASH = '$2b$04$pr50cCinGwyk8sQDA/OemON6iDg/8wyT7dRHpYh5waTRg9oLgW3YO';

const FIRST = ['Veronica', 'John', 'Amélie', 'Jürgen', 'Sofía', 'Kenji', 'Olu', 'Maya'];
const LAST = ['Costello', 'Smith', 'Dubois', 'Müller', 'García', 'Tanaka', 'Adeyemi', 'Cohen'];
const PLACES = [
  { country: 'US', city: 'Calder', region: { region_code: 'MI', region: 'Michigan', region_id: 33 }, postcode: '49628-7978' },
  { country: 'DE', city: 'Berlin', region: { region_code: 'BER', region: 'Berlin', region_id: 82 }, postcode: '10117' },
  { country: 'FR', city: 'Lyon', region: { region_code: '69', region: 'Rhône', region_id: 250 }, postcode: '69002' },
  { country: 'GB', city: 'Leeds', region: { region_code: 'WYK', region: 'West Yorkshire', region_id: 600 }, postcode: 'LS1 4AP' },
];

const time = (i: number, offsetMinutes = 0) => new Date(Date.UTC(2023, 0, 1) + i * 60_000 + offsetMinutes * 3_600_000);
const magentoTime = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
const pick = <T>(list: T[], i: number) => list[i % list.length];

export function magentoCustomer(i: number, tag = 't'): Record<string, unknown> {
  const id = 1000 + i;
  const [billingId, shippingId] = [2 * id, 2 * id + 1];
  const first = pick(FIRST, i);
  const last = pick(LAST, i >> 3);
  const addresses = [billingId, shippingId].map((addressId, k) => {
    const place = pick(PLACES, i + k);
    return {
      id: addressId,
      customer_id: id,
      region: place.region,
      region_id: place.region.region_id,
      country_id: place.country,
      street: k === 0 ? [`${100 + i} Honey Bluff Parkway`, 'Apt 2'] : [`${i} Friedrichstrasse`],
      ...(k === 1 ? { company: 'Costello GmbH', vat_id: 'DE123456789', fax: '+49 30 999' } : {}),
      telephone: `+1 555 ${String(i).padStart(7, '0')}`,
      postcode: place.postcode,
      city: place.city,
      firstname: first,
      lastname: last,
      ...(i % 5 === 0 ? { middlename: 'J', prefix: 'Ms.', suffix: 'PhD' } : {}),
      ...(k === 0 ? { default_billing: true } : {}),
      ...(k === (i % 3 === 0 ? 0 : 1) ? { default_shipping: true } : {}),
      ...(i % 4 === 0 ? { custom_attributes: [{ attribute_code: 'delivery_note', value: 'Ring twice' }] } : {}),
      ...(i % 6 === 0 ? { extension_attributes: { pickup_location_code: `store-${i % 9}` } } : {}),
    };
  });
  return {
    id,
    group_id: i % 4,
    default_billing: String(billingId),
    default_shipping: String(i % 3 === 0 ? billingId : shippingId),
    created_at: magentoTime(time(i)),
    updated_at: magentoTime(time(i, i % 2 ? 48 : 0)),
    created_in: 'Default Store View',
    ...(i % 7 === 0 ? {} : { dob: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}` }),
    email: `${first.toLowerCase()}.${i}.${tag}@example.com`,
    firstname: first,
    lastname: last,
    ...(i % 5 === 0 ? { middlename: 'J', prefix: 'Ms.', suffix: 'PhD', taxvat: 'DE123456789' } : {}),
    ...(i % 11 === 0 ? {} : { gender: 1 + (i % 3) }),
    ...(i % 13 === 0 ? { confirmation: `conf${i}` } : {}),
    store_id: 1,
    website_id: 1,
    addresses,
    disable_auto_group_change: i % 2,
    extension_attributes: { is_subscribed: i % 3 === 0, ...(i % 8 === 0 ? { assistance_allowed: 2 } : {}) },
    ...(i % 2 === 0 ? { custom_attributes: [{ attribute_code: 'loyalty_tier', value: pick(['gold', 'silver'], i) }] } : {}),
  };
}

export function medusaCustomer(i: number, tag = 't'): Record<string, unknown> {
  const id = `cus_${tag}${String(i).padStart(8, '0')}`;
  const first = pick(FIRST, i);
  const last = pick(LAST, i >> 3);
  const created = time(i).toISOString();
  const addresses = [0, 1].map((k) => {
    const place = pick(PLACES, i + k);
    return {
      id: `caddr_${tag}${String(2 * i + k).padStart(8, '0')}`,
      address_name: k === 0 ? 'Home' : i % 2 ? 'Work' : null,
      is_default_shipping: k === 0,
      is_default_billing: k === (i % 3 === 0 ? 0 : 1),
      customer_id: id,
      company: k === 1 ? 'Acme Inc.' : null,
      first_name: first,
      last_name: last,
      address_1: `${i} Main Street`,
      address_2: k === 0 && i % 2 ? 'Suite 5' : null,
      city: place.city,
      country_code: place.country.toLowerCase(),
      province: i % 4 === 1 ? null : place.region.region,
      postal_code: place.postcode,
      phone: k === 0 ? `+1 555 ${String(i).padStart(7, '0')}` : null,
      metadata: i % 5 === 0 ? { gate_code: '1234' } : null,
      created_at: created,
      updated_at: time(i, k).toISOString(),
    };
  });
  return {
    id,
    email: `${first.toLowerCase()}.${i}.${tag}@example.org`,
    company_name: i % 4 === 0 ? 'Acme Inc.' : null,
    first_name: first,
    last_name: last,
    phone: i % 3 === 0 ? null : `+44 20 ${String(i).padStart(8, '0')}`,
    has_account: i % 2 === 0,
    metadata: i % 3 === 0 ? { source: 'pos', vip: i % 6 === 0 } : null,
    created_by: i % 10 === 0 ? 'user_01ADMIN' : null,
    groups: i % 4 === 3 ? [] : [{ id: `cusgroup_${pick(['vip', 'b2b', 'newsletter'], i)}`, name: pick(['VIP', 'B2B', 'Newsletter'], i) }],
    addresses,
    created_at: created,
    updated_at: time(i, 5).toISOString(),
    deleted_at: null,
  };
}

/** Medusa's customers with an account, as the passwords file of an import. */
export function medusaPasswordRows(count: number, tag = 't'): { email: string; password_hash: string }[] {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const c = medusaCustomer(i, tag);
    if (c.has_account) rows.push({ email: c.email as string, password_hash: FIXTURE_HASH });
  }
  return rows;
}

/** Writes a platform's list response with `count` customers, streamed. */
export async function writeExport(platform: 'magento' | 'medusa', count: number, file: string, tag = 't'): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(platform === 'magento' ? '{"items":[' : '{"customers":[');
  for (let i = 0; i < count; i++) {
    const item = platform === 'magento' ? magentoCustomer(i, tag) : medusaCustomer(i, tag);
    await write(`${i ? ',' : ''}${JSON.stringify(item)}`);
  }
  await write(
    platform === 'magento'
      ? `],"search_criteria":{"filter_groups":[]},"total_count":${count}}`
      : `],"count":${count},"offset":0,"limit":${count}}`,
  );
  out.end();
  await once(out, 'finish');
}

if (require.main === module) {
  const [platform, count, file, tag] = process.argv.slice(2);
  const run = platform === 'fixtures' ? writeTestFixtures(count) : writeExport(platform as 'magento' | 'medusa', Number(count), file, tag);
  run.catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

/** Rewrites the committed test fixtures (test/fixtures/*-import*.json). */
export async function writeTestFixtures(dir: string): Promise<void> {
  await writeExport('magento', 24, `${dir}/magento-customers-search.json`, 'fx');
  await writeExport('medusa', 24, `${dir}/medusa-admin-customers.json`, 'fx');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${dir}/medusa-passwords.json`, `${JSON.stringify(medusaPasswordRows(24, 'fx'), null, 1)}\n`);
}
