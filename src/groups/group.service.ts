import { Prisma, type CustomerGroup as GroupRow, type PrismaClient } from '../generated/prisma/client';
import { MAX_INPUT_IDS, checkIdList, checkOffset, checkPageSize } from '../common/pagination';
import { refuseViolations, type ViolationRules } from '../db/constraints';
import type { RequestContext } from '../request-context';
import { ErrorCollector, FieldPath, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { checkClientId, checkJsonObject, checkNonNegative, checkRequiredText, checkText, mergeMetadata } from '../common/validation';
import { sortKeys, type CustomerQuery } from '../customers/customer-list';
import { lockCustomers, lockCustomersWithPrimaryGroup } from '../customers/customer.sql';
import { groupCount, groupPage } from './group.sql';
import type { CreateCustomerGroupInput, UpdateCustomerGroupInput } from './group.inputs';
import { actorOf } from '../history/actor';
import { recordChanges } from '../history/change-recorder';
import { customerChange, groupChange, membershipChanges } from '../history/changes';
import { HistoryOperation } from '../history/history.types';
import { liveGroupIds } from '../history/memberships';
import { WebhookEventType } from '../webhooks/event-types';

export type { GroupRow };
type Tx = Prisma.TransactionClient;

/** Magento's customer_group_code column is 32 characters. */
export const MAX_GROUP_CODE = 32;

export interface GroupCustomersArgs extends CustomerQuery {
  limit?: number | null;
  offset?: number | null;
}

/**
 * The rules of customer groups: names unique among live groups ignoring
 * case (a partial unique index), codes of at most 32 characters, soft
 * delete, and membership changes in bulk.
 *
 * Deleting a group keeps its memberships in the table (the group row stays
 * too) but they stop counting: a deleted group is not in any customer's
 * `groups`, its `customers` is empty, and a groupIds filter naming it
 * matches nobody. Customers whose primaryGroup it was lose their primary
 * group in the same transaction (their version goes up), so primaryGroup
 * never points at a deleted group.
 */
export class GroupService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Live groups by name; `q` is a substring of name or code, ignoring case. */
  async list(ctx: RequestContext, limit?: number | null, offset?: number | null, q?: string | null) {
    const page = { limit: checkPageSize('limit', limit), offset: checkOffset(offset) };
    const items = page.limit === 0 ? [] : await groupPage(this.prisma, q, page.limit, page.offset);
    return { items, ...page, q: q ?? null };
  }

  count(ctx: RequestContext, q?: string | null): Promise<number> {
    return groupCount(this.prisma, q);
  }

  /** A group by id, soft-deleted ones included (deletedAt set). */
  get(ctx: RequestContext, id: string): Promise<GroupRow | null> {
    return this.prisma.customerGroup.findUnique({ where: { id } });
  }

  /**
   * A page of the group's customers, shaped like `customers`. Batched per
   * request: the pages of every group in a response cost one statement.
   */
  customers(ctx: RequestContext, group: GroupRow, { limit, offset, ...query }: GroupCustomersArgs) {
    const page = { limit: checkPageSize('limit', limit), offset: checkOffset(offset) };
    checkIdList('filter.ids', query.filter?.ids);
    checkIdList('filter.groupIds', query.filter?.groupIds);
    checkIdList('filter.externalIds', query.filter?.externalIds);
    sortKeys(query.sort);
    const items = page.limit === 0 ? Promise.resolve([]) : ctx.loaders.groupCustomers.customerPages(query, page).load(group.id);
    return { items, ...page, query, countBatched: () => ctx.loaders.groupCustomers.customerCounts(query).load(group.id) };
  }

  create(ctx: RequestContext, input: CreateCustomerGroupInput): Promise<GroupRow> {
    const c = new ErrorCollector();
    checkClientId(c, ['input', 'id'], input.id);
    checkRequiredText(c, ['input', 'name'], input.name);
    checkFields(c, input);
    c.throwIfAny();
    return refuseViolations(GROUP_VIOLATIONS, () =>
      this.prisma.$transaction(async (tx) => {
        const group = await tx.customerGroup.create({
          data: {
            ...(input.id != null ? { id: input.id } : {}),
            name: input.name.trim(),
            code: input.code ?? null,
            taxClassId: input.taxClassId ?? null,
            metadata: mergeMetadata({}, input.metadata ?? {}) as Prisma.InputJsonObject,
          },
        });
        await recordChanges(tx, actorOf(ctx.principal), groupChange(WebhookEventType.CUSTOMER_GROUP_CREATED, null, group));
        return group;
      }),
    );
  }

  /** Fields left out are kept, null clears; metadata merges (null or "" removes a key). */
  update(ctx: RequestContext, id: string, input: UpdateCustomerGroupInput): Promise<GroupRow> {
    const c = new ErrorCollector();
    if (input.name !== undefined) checkRequiredText(c, ['input', 'name'], input.name);
    checkFields(c, input);
    c.throwIfAny();
    return refuseViolations(GROUP_VIOLATIONS, () =>
      this.prisma.$transaction(async (tx) => {
        const current = await liveGroup(tx, id, ['id']);
        const data: Prisma.CustomerGroupUpdateInput = {};
        if (input.name != null) data.name = input.name.trim();
        if (input.code !== undefined) data.code = input.code;
        if (input.taxClassId !== undefined) data.taxClassId = input.taxClassId;
        if (input.metadata != null) data.metadata = mergeMetadata(current.metadata, input.metadata) as Prisma.InputJsonObject;
        const group = await tx.customerGroup.update({ where: { id }, data });
        await recordChanges(tx, actorOf(ctx.principal), groupChange(WebhookEventType.CUSTOMER_GROUP_UPDATED, current, group));
        return group;
      }),
    );
  }

  /** Soft delete; see the class comment for memberships and primary groups. */
  delete(ctx: RequestContext, id: string): Promise<GroupRow> {
    return this.prisma.$transaction(async (tx) => {
      const current = await liveGroup(tx, id, ['id']);
      // Customers before the group, the order updateCustomer takes them in
      // (its row, then its groups FOR SHARE): the other order deadlocks.
      // In id order, as membership changes lock them.
      const primaries = await lockCustomersWithPrimaryGroup(tx, id);
      const now = new Date();
      const group = await tx.customerGroup.update({ where: { id }, data: { deletedAt: now } });
      await tx.customer.updateMany({
        where: { primaryGroupId: id },
        data: { primaryGroupId: null, version: { increment: 1 }, updatedAt: now },
      });
      const changed = new Map(
        (await tx.customer.findMany({ where: { id: { in: primaries.map((c) => c.id) } } })).map((row) => [row.id, row]),
      );
      await recordChanges(tx, actorOf(ctx.principal), [
        ...groupChange(WebhookEventType.CUSTOMER_GROUP_DELETED, current, group),
        ...primaries.flatMap((before) => customerChange(HistoryOperation.GROUP_REMOVE, before, changed.get(before.id)!, [], id)),
      ]);
      return group;
    });
  }

  /**
   * Adds live customers to a live group. Idempotent (members stay members),
   * all or nothing: an unknown or deleted customer id is an error at its
   * position and nothing is written.
   */
  addCustomers(ctx: RequestContext, groupId: string, customerIds: string[]): Promise<GroupRow> {
    return changeMembers(this.prisma, ctx, groupId, customerIds, HistoryOperation.GROUP_ADD, 'No live customer with id', (tx, ids) =>
      tx.customerGroupMember.createMany({ data: ids.map((customerId) => ({ customerId, groupId })), skipDuplicates: true }),
    );
  }

  /**
   * Removes customers from a live group. Idempotent (non-members are
   * skipped), all or nothing: an id naming no customer at all is an error.
   * A customer whose primaryGroup this was loses it (its version goes up).
   */
  removeCustomers(ctx: RequestContext, groupId: string, customerIds: string[]): Promise<GroupRow> {
    return changeMembers(this.prisma, ctx, groupId, customerIds, HistoryOperation.GROUP_REMOVE, 'No customer with id', async (tx, ids) => {
      await tx.customerGroupMember.deleteMany({ where: { groupId, customerId: { in: ids } } });
      await tx.customer.updateMany({
        where: { id: { in: ids }, primaryGroupId: groupId },
        data: { primaryGroupId: null, version: { increment: 1 }, updatedAt: new Date() },
      });
    });
  }
}

/**
 * One transaction: the group must be live and every id a customer (a live
 * one to be added); then `write`. The customers are locked (in id order, so
 * two calls never deadlock), as every other write to a customer does, which
 * keeps each customer's history and events in commit order.
 */
function changeMembers(
  prisma: PrismaClient,
  ctx: RequestContext,
  groupId: string,
  customerIds: string[],
  operation: HistoryOperation.GROUP_ADD | HistoryOperation.GROUP_REMOVE,
  missing: string,
  write: (tx: Tx, ids: string[]) => Promise<unknown>,
): Promise<GroupRow> {
  if (customerIds.length > MAX_INPUT_IDS) {
    throw new UserInputFailure([userError(UserErrorCode.TOO_MANY, ['customerIds'], `At most ${MAX_INPUT_IDS} customers per call`)]);
  }
  return refuseViolations(MEMBER_VIOLATIONS, () =>
    prisma.$transaction(async (tx) => {
      const group = await liveGroup(tx, groupId, ['groupId']);
      const ids = [...new Set(customerIds)];
      const locked = await lockCustomers(tx, ids);
      const found = new Map(
        locked.filter((row) => operation === HistoryOperation.GROUP_REMOVE || row.deletedAt === null).map((row) => [row.id, row]),
      );
      const c = new ErrorCollector();
      customerIds.forEach((id, i) => {
        if (!found.has(id)) c.add(UserErrorCode.NOT_FOUND, ['customerIds', i], `${missing} "${id}"`);
      });
      c.throwIfAny();
      const before = await liveGroupIds(tx, ids);
      await write(tx, ids);
      const after = await liveGroupIds(tx, ids);
      const rows =
        operation === HistoryOperation.GROUP_REMOVE
          ? new Map((await tx.customer.findMany({ where: { id: { in: ids } } })).map((r) => [r.id, r]))
          : found;
      await recordChanges(
        tx,
        actorOf(ctx.principal),
        membershipChanges(
          operation,
          groupId,
          ids.map((id) => ({ row: rows.get(id)!, rowBefore: found.get(id), before: before.get(id)!, after: after.get(id)! })),
        ),
      );
      return group;
    }),
  );
}

function checkFields(c: ErrorCollector, input: CreateCustomerGroupInput | UpdateCustomerGroupInput): void {
  checkText(c, ['input', 'code'], input.code, MAX_GROUP_CODE);
  checkNonNegative(c, ['input', 'taxClassId'], input.taxClassId);
  checkJsonObject(c, ['input', 'metadata'], input.metadata);
}

async function liveGroup(tx: Tx, id: string, path: FieldPath): Promise<GroupRow> {
  const group = await tx.customerGroup.findUnique({ where: { id } });
  if (!group || group.deletedAt) {
    throw new UserInputFailure([
      userError(UserErrorCode.NOT_FOUND, path, group ? 'The customer group is deleted' : `No customer group with id "${id}"`),
    ]);
  }
  return group;
}

/** The partial unique index on lower(name) is the final word on names, races included. */
const GROUP_VIOLATIONS: ViolationRules = {
  CustomerGroup_name_live_key: {
    code: UserErrorCode.NAME_TAKEN,
    field: ['input', 'name'],
    message: 'Another live customer group has this name',
  },
  CustomerGroup_pkey: { code: UserErrorCode.ID_TAKEN, field: ['input', 'id'], message: 'A customer group with this id exists' },
  CustomerGroup_name_check: { code: UserErrorCode.INVALID, field: ['input', 'name'], message: 'Name must not be blank' },
};

/** Membership rows need both ends: a group or customer (hard-)deleted after the checks is NOT_FOUND. */
const MEMBER_VIOLATIONS: ViolationRules = {
  CustomerGroupMember_groupId_fkey: {
    code: UserErrorCode.NOT_FOUND,
    field: ['groupId'],
    message: 'The customer group was deleted meanwhile',
  },
  CustomerGroupMember_customerId_fkey: {
    code: UserErrorCode.NOT_FOUND,
    field: ['customerIds'],
    message: 'A customer was deleted meanwhile',
  },
};
