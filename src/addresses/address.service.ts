import { Prisma, type Address as AddressRow, type PrismaClient } from '../generated/prisma/client';
import { timeOrderedId } from '../common/ids';
import { refuseViolations, type ViolationRules } from '../db/constraints';
import type { RequestContext } from '../request-context';
import { ErrorCollector, FieldPath, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { AddressType, type AddressInput, type CustomerAddressInput, type UpdateAddressInput } from './address.inputs';
import { lockCustomer } from '../customers/customer.sql';
import { addressColumns, checkAddress, type AnyAddressInput } from './address.validation';
import { actorOf } from '../history/actor';
import { recordChanges } from '../history/change-recorder';
import { addressChange, addressListChanges } from '../history/changes';

export type { AddressRow };
type Tx = Prisma.TransactionClient;

/** At most this many addresses in one createCustomer or updateCustomer. */
export const MAX_INLINE_ADDRESSES = 100;

const FLAGS = { isDefaultBilling: AddressType.BILLING, isDefaultShipping: AddressType.SHIPPING } as const;
type Flag = keyof typeof FLAGS;
const FLAG_OF_TYPE: Record<AddressType, Flag> = { [AddressType.BILLING]: 'isDefaultBilling', [AddressType.SHIPPING]: 'isDefaultShipping' };

/** One address to write: a new one, or `current` changed by `input`. */
interface AddressChange {
  current?: AddressRow;
  input: AnyAddressInput;
  /** Where the input sits in the arguments, for errors. */
  path: FieldPath;
}

/**
 * The rules of addresses: ISO country codes, 1 to 4 street lines, and at
 * most one default billing and one default shipping address per customer
 * (a partial unique index in the database). Every write first locks the
 * customer row, so writes to one customer's addresses run one at a time and
 * "clear the old default, set the new" never races.
 *
 * Deleting a default address leaves the customer without a default of that
 * kind: the flag lived on the deleted row, and no other address is promoted
 * behind the caller's back.
 */
export class AddressService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Adds an address to a live customer; isDefault* true takes the default from the previous one. */
  create(ctx: RequestContext, customerId: string, input: AddressInput): Promise<AddressRow> {
    checkInput(['input'], input);
    return this.inTransaction(ctx, async (tx) => {
      await lockLiveCustomer(tx, Prisma.sql`${customerId}`, ['customerId'], `No customer with id "${customerId}"`);
      const before = await tx.address.findMany({ where: { customerId } });
      const [row] = await this.write(tx, customerId, [{ input, path: ['input'] }]);
      await this.record(ctx, tx, customerId, before);
      return row;
    });
  }

  /** Partial update: fields left out are kept, null clears, metadata merges. */
  update(ctx: RequestContext, id: string, input: UpdateAddressInput): Promise<AddressRow> {
    checkInput(['input'], input);
    return this.change(ctx, id, ['id'], (current) => ({ current, input, path: ['input'] }));
  }

  /** Makes the address its customer's default of this type; the previous default stops being one. */
  setDefault(ctx: RequestContext, id: string, type: AddressType): Promise<AddressRow> {
    return this.change(ctx, id, ['addressId'], (current) => ({ current, input: { [FLAG_OF_TYPE[type]]: true }, path: [] }));
  }

  /** Deletes the address and returns it as it was. A default it was is not handed to another address. */
  delete(ctx: RequestContext, id: string): Promise<AddressRow> {
    return this.inTransaction(ctx, async (tx) => {
      const current = await lockAddressCustomer(tx, id, ['id']);
      await tx.address.delete({ where: { id } });
      await recordChanges(tx, actorOf(ctx.principal), addressChange(current, null));
      return current;
    });
  }

  /** createCustomer's `addresses`, in the customer's transaction. */
  async createForCustomer(tx: Tx, customerId: string, inputs: AddressInput[]): Promise<void> {
    await this.write(
      tx,
      customerId,
      inputs.map((input, i) => ({ input, path: ['input', 'addresses', i] })),
    );
  }

  /**
   * updateCustomer's `addresses`, in the customer's transaction (the
   * customer row is already locked by its update): the list replaces the
   * customer's addresses. Entries with an id change that address, entries
   * without one are new, addresses not listed are deleted.
   */
  async replaceForCustomer(tx: Tx, customerId: string, inputs: CustomerAddressInput[]): Promise<void> {
    const existing = new Map((await tx.address.findMany({ where: { customerId } })).map((a) => [a.id, a]));
    const c = new ErrorCollector();
    const listed = new Set<string>();
    const changes = inputs.map((input, i): AddressChange => {
      const path = ['input', 'addresses', i];
      if (input.id == null) return { input, path };
      if (!existing.has(input.id)) c.add(UserErrorCode.NOT_FOUND, [...path, 'id'], `This customer has no address with id "${input.id}"`);
      else if (listed.has(input.id)) c.add(UserErrorCode.INVALID, [...path, 'id'], 'The same address is listed twice');
      listed.add(input.id);
      return { current: existing.get(input.id), input, path };
    });
    c.throwIfAny();
    const dropped = [...existing.keys()].filter((id) => !listed.has(id));
    await this.write(tx, customerId, changes, dropped);
  }

  /** Locks the address's customer, then changes the address. */
  private change(
    ctx: RequestContext,
    id: string,
    idPath: FieldPath,
    toChange: (current: AddressRow) => AddressChange,
  ): Promise<AddressRow> {
    return this.inTransaction(ctx, async (tx) => {
      const current = await lockAddressCustomer(tx, id, idPath);
      const before = await tx.address.findMany({ where: { customerId: current.customerId } });
      const [row] = await this.write(tx, current.customerId, [toChange(current)]);
      await this.record(ctx, tx, current.customerId, before);
      return row;
    });
  }

  /**
   * History and events of a write to one customer's addresses: every address
   * that changed, the one written and any whose default flag moved away.
   */
  private async record(ctx: RequestContext, tx: Tx, customerId: string, before: AddressRow[]): Promise<void> {
    const after = await tx.address.findMany({ where: { customerId }, orderBy: { id: 'asc' } });
    await recordChanges(tx, actorOf(ctx.principal), addressListChanges(before, after));
  }

  /**
   * Writes changes to one customer's addresses (its row locked by the
   * caller) and returns the rows in the order of `changes`. A default set
   * here is first cleared from every other address, so the partial unique
   * index never sees two at once.
   */
  private async write(tx: Tx, customerId: string, changes: AddressChange[], deleteIds: string[] = []): Promise<AddressRow[]> {
    // New ids sort in creation order: addresses written in one transaction list in the order given.
    const ids = changes.map((change) => change.current?.id ?? timeOrderedId());
    const newDefaults = chooseDefaults(changes, ids);
    if (deleteIds.length > 0) await tx.address.deleteMany({ where: { id: { in: deleteIds } } });
    for (const [flag, id] of Object.entries(newDefaults)) {
      await tx.address.updateMany({ where: { customerId, [flag]: true, id: { not: id } }, data: { [flag]: false } });
    }
    const created = changes.flatMap((change, i) =>
      change.current ? [] : [{ ...addressColumns(change.input), ...flagColumns(change.input), id: ids[i], customerId }],
    );
    if (created.length > 0) await tx.address.createMany({ data: created });
    for (const change of changes) {
      if (!change.current) continue;
      const data = { ...addressColumns(change.input, change.current), ...flagColumns(change.input) };
      // An entry naming only an id (updateCustomer's list) keeps its row untouched, updatedAt included.
      if (Object.keys(data).length > 0) await tx.address.update({ where: { id: change.current.id }, data });
    }
    const rows = new Map((await tx.address.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id)!);
  }

  private inTransaction<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    return refuseViolations(ADDRESS_VIOLATIONS, () => this.prisma.$transaction(work));
  }
}

function checkInput(path: FieldPath, input: AnyAddressInput): void {
  const c = new ErrorCollector();
  checkAddress(c, path, input);
  c.throwIfAny();
}

/** Checks createCustomer's or updateCustomer's `addresses` list (before any database work). */
export function checkAddressList(c: ErrorCollector, inputs: AnyAddressInput[] | null | undefined): void {
  if (inputs == null) return;
  if (inputs.length > MAX_INLINE_ADDRESSES) {
    c.add(UserErrorCode.TOO_MANY, ['input', 'addresses'], `At most ${MAX_INLINE_ADDRESSES} addresses`);
    return;
  }
  inputs.forEach((input, i) => checkAddress(c, ['input', 'addresses', i], input));
  const externalIds = new Set<string>();
  inputs.forEach((input, i) => {
    if (input.externalId == null) return;
    if (externalIds.has(input.externalId)) {
      c.add(
        UserErrorCode.EXTERNAL_ID_TAKEN,
        ['input', 'addresses', i, 'externalId'],
        'Two addresses of one customer cannot share an externalId',
      );
    }
    externalIds.add(input.externalId);
  });
}

/** The address (by position in `ids`) that each default flag moves to; two claims for one flag are refused. */
function chooseDefaults(changes: AddressChange[], ids: string[]): Partial<Record<Flag, string>> {
  const c = new ErrorCollector();
  const chosen: Partial<Record<Flag, string>> = {};
  for (const flag of Object.keys(FLAGS) as Flag[]) {
    changes.forEach((change, i) => {
      if (change.input[flag] !== true) return;
      if (chosen[flag])
        c.add(UserErrorCode.INVALID, [...change.path, flag], `Only one address can be the default ${FLAGS[flag].toLowerCase()} address`);
      else chosen[flag] = ids[i];
    });
  }
  c.throwIfAny();
  return chosen;
}

/** Flags the input mentions; null means false. */
function flagColumns(input: AnyAddressInput): Partial<Record<Flag, boolean>> {
  const data: Partial<Record<Flag, boolean>> = {};
  for (const flag of Object.keys(FLAGS) as Flag[]) if (input[flag] !== undefined) data[flag] = input[flag] ?? false;
  return data;
}

/** Locks a live customer's row (FOR UPDATE): address writes to one customer queue here. */
async function lockLiveCustomer(tx: Tx, customerId: Prisma.Sql, path: FieldPath, notFound: string): Promise<void> {
  const customer = await lockCustomer(tx, customerId);
  if (!customer) throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, path, notFound)]);
  if (customer.deletedAt)
    throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, path, 'The customer is deleted; restore it first')]);
}

/** Locks the customer of an address, then reads the address (stable from here on). */
async function lockAddressCustomer(tx: Tx, addressId: string, path: FieldPath): Promise<AddressRow> {
  const notFound = `No address with id "${addressId}"`;
  await lockLiveCustomer(tx, Prisma.sql`(SELECT "customerId" FROM "Address" WHERE "id" = ${addressId})`, path, notFound);
  const current = await tx.address.findUnique({ where: { id: addressId } });
  if (!current) throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, path, notFound)]);
  return current;
}

/**
 * The partial unique indexes are the final word on defaults. Under the
 * customer lock they cannot fire; if they ever do, say so in the caller's
 * terms rather than as a server fault.
 */
/** Another address of the same customer has the externalId (a unique index). */
export function externalIdTaken(field: FieldPath) {
  return { code: UserErrorCode.EXTERNAL_ID_TAKEN, field, message: 'Another address of this customer has this externalId' };
}

const ADDRESS_VIOLATIONS: ViolationRules = {
  Address_default_billing_key: defaultTaken('isDefaultBilling'),
  Address_default_shipping_key: defaultTaken('isDefaultShipping'),
  Address_customerId_fkey: { code: UserErrorCode.NOT_FOUND, field: ['customerId'], message: 'The customer was deleted meanwhile' },
  Address_customerId_externalId_key: externalIdTaken(['input', 'externalId']),
};

function defaultTaken(flag: Flag) {
  return { code: UserErrorCode.INVALID, field: ['input', flag], message: 'Another address became the default meanwhile; retry' };
}
