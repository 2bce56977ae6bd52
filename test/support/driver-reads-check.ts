/**
 * Run by test/driver-reads.test.ts in a child process whose TZ is not UTC
 * (jest's sandbox cannot change its worker's zone): writes customers with
 * Prisma and checks that the hot read path (`db.read`, straight to the
 * driver) returns exactly the rows Prisma returns, with the database session
 * outside UTC too. Prints "ok" or throws.
 *
 * Args: [databaseUrl] (PGlite in memory without).
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { Prisma } from '../../src/generated/prisma/client';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { pageQuery } from '../../src/customers/customer-list';
import { addressesOfCustomers, groupsOfCustomers, relationColumns, relationDates, takeExtras } from '../../src/customers/customer.sql';

export const SESSION_ZONE = 'Asia/Kathmandu'; // +05:45: an offset no rounding hides

async function main() {
  const given = process.argv[2];
  let databaseUrl: string | undefined;
  if (given) {
    // Every pooled connection's session in that zone, as a server configured so would have it.
    const url = new URL(given);
    url.searchParams.set('options', `-c TimeZone=${SESSION_ZONE}`);
    databaseUrl = url.toString();
  }
  const db = await openDatabase({ databaseUrl, pgliteDataDir: 'memory://' });
  try {
    await migrate(db.sql);
    // PGlite has one session, shared by Prisma and the driver.
    if (!databaseUrl) await db.sql.exec(`SET TIME ZONE '${SESSION_ZONE}'`);
    assert.notEqual(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), 0);
    const [zone] = await db.read<{ zone: string }>(Prisma.sql`SELECT current_setting('TimeZone') AS "zone"`);
    assert.equal(zone.zone, SESSION_ZONE);

    const { prisma } = db;
    const group = await prisma.customerGroup.create({ data: { name: `driver-reads ${Date.now()}` } });
    // Around a local midnight and a DST change; birthdays are calendar days.
    const moments = [new Date('2026-11-01T02:59:59.123Z'), new Date('2026-11-01T03:00:00.000Z'), new Date('2026-03-01T00:00:00.001Z')];
    const ids: string[] = [];
    for (const [i, createdAt] of moments.entries()) {
      const customer = await prisma.customer.create({
        data: {
          email: `driver-reads-${i}-${Date.now()}@example.test`,
          firstName: `Ana ${i}`,
          dateOfBirth: new Date(`199${i}-02-28T00:00:00.000Z`),
          createdAt,
          updatedAt: createdAt,
          deletedAt: i === 2 ? createdAt : null,
          metadata: { n: i, nested: { ok: true } },
          primaryGroupId: group.id,
          groups: { create: { groupId: group.id } },
          addresses: {
            create: [
              { street: ['Rua 1', 'apto 2'], city: 'São Paulo', countryCode: 'BR', createdAt, isDefaultBilling: true },
              { street: ['Main St 5'], city: 'Kathmandu', countryCode: 'NP', createdAt: new Date(createdAt.getTime() + 1) },
            ],
          },
        },
      });
      ids.push(customer.id);
    }

    const page = await db.read<Record<string, unknown>>(pageQuery({ filter: { ids, includeDeleted: true } }, { limit: 10 }));
    const byPrisma = await prisma.customer.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'desc' } });
    const columns = Object.keys(byPrisma[0]);
    assert.deepEqual(
      page.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]]))),
      byPrisma.map((row) => ({ ...row })),
    );
    assert.deepEqual(page.find((row) => row.id === ids[0])!.createdAt, moments[0]);
    assert.deepEqual(page.find((row) => row.id === ids[0])!.dateOfBirth, new Date('1990-02-28T00:00:00.000Z'));

    const addresses = await addressesOfCustomers(db, ids);
    const addressesByPrisma = await prisma.address.findMany({
      where: { customerId: { in: ids } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    assert.deepEqual(
      addresses.map((a) => ({ ...a })),
      addressesByPrisma.map((a) => ({ ...a })),
    );

    const byCustomer = (a: { customerId: string }, b: { customerId: string }) => a.customerId.localeCompare(b.customerId);
    const groups = (await groupsOfCustomers(db, ids)).map((g) => ({ ...g })).sort(byCustomer);
    const groupRow = await prisma.customerGroup.findUniqueOrThrow({ where: { id: group.id } });
    assert.deepEqual(groups, ids.map((customerId) => ({ ...groupRow, customerId })).sort(byCustomer));
    // The same relations brought along by the page statement, as JSON.
    const whole = { groups: true, addresses: true };
    const relations = relationColumns(whole);
    const withRelations = await db.read<Record<string, unknown> & { id: string }>(
      pageQuery({ filter: { ids, includeDeleted: true } }, { limit: 10, relations }),
    );
    assert.deepEqual(
      withRelations.map((row) => row.id),
      page.map((row) => row.id),
    );
    for (const row of withRelations) {
      const taken = takeExtras(row, relationDates(whole));
      assert.deepEqual(
        row,
        page.find((p) => p.id === row.id),
      );
      assert.deepEqual(
        taken.addresses,
        addressesByPrisma.filter((a) => a.customerId === row.id).map((a) => ({ ...a })),
      );
      assert.deepEqual(taken.groups, [{ ...groupRow, customerId: row.id }]);
    }
    // Only some columns (timestamps among them), and the counters' total: same values, same types.
    const someColumns = {
      groups: true,
      addresses: true,
      groupColumns: ['id', 'createdAt'],
      addressColumns: ['id', 'street', 'updatedAt'],
    };
    const some = relationColumns(someColumns);
    const total = Prisma.sql`SELECT 41::bigint`;
    const partial = await db.read<Record<string, unknown> & { id: string }>(
      pageQuery({ filter: { ids, includeDeleted: true } }, { limit: 10, relations: some, total }),
    );
    for (const row of partial) {
      const taken = takeExtras(row, relationDates(someColumns));
      assert.deepEqual(
        row,
        page.find((p) => p.id === row.id),
      );
      assert.equal(taken.total, 41);
      assert.deepEqual(
        taken.addresses,
        addressesByPrisma.filter((a) => a.customerId === row.id).map((a) => ({ id: a.id, street: a.street, updatedAt: a.updatedAt })),
      );
      assert.deepEqual(taken.groups, [{ id: groupRow.id, createdAt: groupRow.createdAt, customerId: row.id }]);
    }
    console.log('ok');
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
