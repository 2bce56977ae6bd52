import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../db/database';
import type { Platform } from '../interop/platforms';
import type { CustomerRecord, GroupRef } from '../interop/record';

export interface ExportOptions {
  platform: Platform;
  file: string;
  /** Only customers imported from this source (externalSource). */
  source?: string;
  includeDeleted?: boolean;
  pageSize?: number;
  onProgress?: (customers: number) => void;
}

type Row = Record<string, unknown>;

/**
 * Writes customers in a platform's list shape (Magento's search response,
 * Medusa's admin list), streamed: keyset pages of customers in creation
 * order with their addresses and groups (three statements a page), each
 * mapped by the same tables the import reads with, written as they come.
 * Source ids are written back as the platform's ids; customers that came
 * from elsewhere carry this gateway's ids.
 */
export async function runExport(db: Database, options: ExportOptions): Promise<number> {
  const { platform } = options;
  const pageSize = options.pageSize ?? 1000;
  const out = createWriteStream(options.file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const conditions = [
    options.includeDeleted ? Prisma.sql`TRUE` : Prisma.sql`c."deletedAt" IS NULL`,
    options.source ? Prisma.sql`c."externalSource" = ${options.source}` : Prisma.sql`TRUE`,
  ];
  let count = 0;
  let after: { createdAt: Date; id: string } | undefined;
  await write(`{${JSON.stringify(platform.itemsKey)}:[`);
  for (;;) {
    const keyset = after ? Prisma.sql`AND (c."createdAt", c."id") > (${after.createdAt}, ${after.id})` : Prisma.empty;
    const customers = await db.read<Row>(Prisma.sql`SELECT c.* FROM "Customer" c WHERE ${Prisma.join(conditions, ' AND ')} ${keyset}
      ORDER BY c."createdAt", c."id" LIMIT ${pageSize}`);
    if (customers.length === 0) break;
    const ids = customers.map((c) => c.id as string);
    const addresses = await db.read<Row>(
      Prisma.sql`SELECT * FROM "Address" WHERE "customerId" = ANY(${ids}::text[]) ORDER BY "createdAt", "id"`,
    );
    const groups = await db.read<Row>(Prisma.sql`SELECT m."customerId", g."id", g."name", g."externalId", g."externalSource"
      FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId"
      WHERE m."customerId" = ANY(${ids}::text[]) AND g."deletedAt" IS NULL ORDER BY m."createdAt", g."name"`);
    const groupById = new Map(groups.map((g) => [g.id as string, g]));
    const addressesOf = byCustomer(addresses);
    const groupsOf = byCustomer(groups);
    for (const customer of customers) {
      const id = customer.id as string;
      const record = toRecord(customer, addressesOf.get(id) ?? [], groupsOf.get(id) ?? [], groupById);
      await write(`${count > 0 ? ',' : ''}${JSON.stringify(platform.fromRecord(record))}`);
      count += 1;
    }
    options.onProgress?.(count);
    const last = customers[customers.length - 1];
    after = { createdAt: last.createdAt as Date, id: last.id as string };
  }
  const trailer = JSON.stringify(platform.trailer(count)).slice(1);
  await write(`]${trailer.length > 1 ? `,${trailer}` : '}'}`);
  out.end();
  await once(out, 'finish');
  return count;
}

function byCustomer(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const list = map.get(row.customerId as string);
    if (list) list.push(row);
    else map.set(row.customerId as string, [row]);
  }
  return map;
}

const groupRef = (g: Row): GroupRef => ({ externalId: (g.externalId ?? g.id) as string, name: g.name as string });

/** A customer row and its relations as an export record (this API's field names, as the import reads them). */
function toRecord(customer: Row, addresses: Row[], groups: Row[], groupById: Map<string, Row>): CustomerRecord {
  const { id, externalId, externalSource, passwordHash, primaryGroupId, version, ...fields } = customer;
  void externalSource;
  void passwordHash;
  void version;
  const primary = primaryGroupId ? groupById.get(primaryGroupId as string) : undefined;
  return {
    ...fields,
    externalId: externalId ?? id,
    dateOfBirth: fields.dateOfBirth ? (fields.dateOfBirth as Date).toISOString().slice(0, 10) : null,
    createdAt: (fields.createdAt as Date).toISOString(),
    updatedAt: (fields.updatedAt as Date).toISOString(),
    deletedAt: fields.deletedAt ? (fields.deletedAt as Date).toISOString() : null,
    primaryGroup: primary ? groupRef(primary) : null,
    groups: groups.map(groupRef),
    addresses: addresses.map((a) => {
      const { id: addressId, externalId: addressExternalId, customerId, regionCode, regionName, regionId, ...rest } = a;
      void customerId;
      const hasRegion = regionCode != null || regionName != null || regionId != null;
      return {
        ...rest,
        externalId: addressExternalId ?? addressId,
        region: hasRegion ? { code: regionCode ?? null, name: regionName ?? null, id: regionId ?? null } : null,
        createdAt: (a.createdAt as Date).toISOString(),
        updatedAt: (a.updatedAt as Date).toISOString(),
      };
    }),
  };
}
