import type { Prisma, Customer as CustomerRow } from '../generated/prisma/client';
import { Prisma as P } from '../generated/prisma/client';
import { passwordProblem, type PasswordHasher } from '../auth/password-hasher';
import { importedHashDigest } from '../auth/password-schemes';
import { CountPrecision, MAX_COUNT_UP_TO, type BoundedCount } from './customer-count.types';
import { badArgument, checkIdList, checkOffset, checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { refuseViolations, type ViolationRules } from '../db/constraints';
import type { RequestContext } from '../request-context';
import type { Database } from '../db/database';
import type { CustomerRelations } from './customer-relations';
import { ErrorCollector, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { checkEmail, customAttributesForStorage, mergeMetadata } from '../common/validation';
import {
  boundedCountQuery,
  countFromCounters,
  countQuery,
  cursorValues,
  pageQuery,
  sortKeys,
  sortTag,
  type CustomerQuery,
} from './customer-list';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';
import { validateCreate, validateUpdate } from './customer.validation';
import { copiedFields, stripEmptyMetadata } from './customer-fields';
import { planSearch } from './customer-search';
import { customerViolations, groupField, versionConflict } from './customer-violations';
import { customerByEmail, lockCustomer, relationColumns, takeRelations, type PageRelations } from './customer.sql';
import { preload } from '../common/preloaded';
import { actorOf } from '../history/actor';
import { recordChanges, type RecordedChange } from '../history/change-recorder';
import { addressChange, addressListChanges, customerChange, groupIdsChange } from '../history/changes';
import { HistoryOperation } from '../history/history.types';
import { liveGroupIds } from '../history/memberships';

const relationsFor = (relations?: PageRelations) =>
  relations && (relations.groups || relations.addresses) ? relationColumns(relations) : undefined;

export type { CustomerRow };
/** upsertCustomers updates with an imported hash; updateCustomer's API has no such field. */
export type ImportedPassword = { passwordHash?: string | null };
type Tx = Prisma.TransactionClient;

export interface ConnectionArgs extends CustomerQuery {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * The rules of the customer aggregate: email normalisation and uniqueness,
 * immutable registered emails, metadata merge, soft delete and restore,
 * row locks against lost updates and optimistic versions for callers.
 * Every write runs in one transaction; a refusal throws UserInputFailure
 * inside it, so nothing is written.
 */
export class CustomerService {
  constructor(
    private readonly db: Database,
    private readonly passwords: PasswordHasher,
    private readonly relations: CustomerRelations,
  ) {}

  /** One page, offset-based (Medusa's list shape). The count is separate: see `count`. */
  async list(ctx: RequestContext, query: CustomerQuery, limit?: number | null, offset?: number | null, relations?: PageRelations) {
    const page = { limit: checkPageSize('limit', limit), offset: checkOffset(offset) };
    checkIdList('filter.ids', query.filter?.ids);
    checkIdList('filter.groupIds', query.filter?.groupIds);
    checkIdList('filter.externalIds', query.filter?.externalIds);
    if (page.limit > 0) query = await planSearch(this.db, query, () => pageQuery(query, page));
    const items = page.limit === 0 ? [] : await this.readPage(ctx, pageQuery(query, { ...page, relations: relationsFor(relations) }));
    // A short page is the end of the list: offset + its rows is the count (not when it is empty past the end).
    const knownTotal = items.length < page.limit && (items.length > 0 || page.offset === 0) ? page.offset + items.length : undefined;
    return { items, ...page, query, knownTotal };
  }

  /**
   * Runs a page statement; relations it brought along (selected ones only)
   * go into the request's loaders, so their field resolvers send nothing.
   */
  private async readPage<Row extends CustomerRow>(ctx: RequestContext, statement: P.Sql): Promise<Row[]> {
    const rows = await this.db.read<Row>(statement);
    for (const row of rows) {
      const { groups, addresses } = takeRelations(row);
      if (groups) ctx.loaders.groupsByCustomer.prime(row.id, groups);
      if (addresses) ctx.loaders.addressesByCustomer.prime(row.id, addresses);
      // Also on the row: Customer.groups and .addresses answer from it without a loader round (common/preloaded.ts).
      if (groups || addresses) preload(row, { groups, addresses });
    }
    return rows;
  }

  /**
   * Customers matching the query: `knownTotal` when the page already told
   * (a short first or last page: no statement), else O(1) from counter rows
   * when unfiltered, an indexed count otherwise.
   */
  async count(ctx: RequestContext, query: CustomerQuery, knownTotal?: number): Promise<number> {
    if (knownTotal !== undefined) return knownTotal;
    const [row] = await this.db.read<{ count: bigint }>(countQuery(query));
    return Number(row.count);
  }

  /**
   * Customers matching the query, counted up to `upTo` (Shopify's `Count`
   * with a precision): EXACT when fewer match, else AT_LEAST `upTo`. Reads
   * at most upTo + 1 matching rows, so a broad `q` stays cheap where an
   * exact count reads every match.
   */
  async boundedCount(
    ctx: RequestContext,
    query: CustomerQuery,
    upTo: number,
    knownTotal?: number | Promise<number>,
  ): Promise<BoundedCount> {
    if (!Number.isInteger(upTo) || upTo < 1 || upTo > MAX_COUNT_UP_TO)
      throw badArgument('upTo', `upTo must be between 1 and ${MAX_COUNT_UP_TO}`);
    let count: number;
    // Already known, O(1) from the counters, or batched: the exact count, then bounded.
    if (knownTotal !== undefined || countFromCounters(query)) count = await this.count(ctx, query, await knownTotal);
    else [count] = (await this.db.read<{ count: bigint }>(boundedCountQuery(query, upTo))).map((row) => Number(row.count));
    return count > upTo ? { count: upTo, precision: CountPrecision.AT_LEAST } : { count, precision: CountPrecision.EXACT };
  }

  /**
   * A Relay page, keyset-based: the cursor holds the sort key values of a
   * row, so the page after it is an index range scan however deep it is.
   */
  async connection(ctx: RequestContext, args: ConnectionArgs, relations?: PageRelations) {
    const backward = args.last != null || args.before != null;
    if (backward && (args.first != null || args.after != null)) {
      // A query has no payload for UserErrors: this is an argument error, as for page sizes.
      throw badArgument(args.first != null ? 'first' : 'after', 'Use first/after or last/before, not both');
    }
    const limit = checkPageSize(backward ? 'last' : 'first', backward ? args.last : args.first);
    checkIdList('filter.ids', args.filter?.ids);
    checkIdList('filter.groupIds', args.filter?.groupIds);
    checkIdList('filter.externalIds', args.filter?.externalIds);
    const tag = sortTag(args.sort);
    const keyCount = sortKeys(args.sort).length;
    const after = args.after ? decodeCursor('after', tag, args.after) : undefined;
    const before = args.before ? decodeCursor('before', tag, args.before) : undefined;
    const request = { limit: limit + 1, after, before, backward };
    const query = limit === 0 ? args : await planSearch(this.db, args, () => pageQuery(args, request));
    const rows =
      limit === 0
        ? []
        : await this.readPage<CustomerRow & Record<string, unknown>>(
            ctx,
            pageQuery(query, { ...request, relations: relationsFor(relations) }),
          );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    if (backward) page.reverse();
    const edges = page.map((node) => ({ node, cursor: encodeCursor(tag, cursorValues(node, keyCount)) }));
    // From either end with nothing beyond the page, the page is the whole list.
    const knownTotal = limit > 0 && !after && !before && !more ? page.length : undefined;
    return {
      knownTotal,
      edges,
      pageInfo: {
        hasNextPage: backward ? before !== undefined : more,
        hasPreviousPage: backward ? more : after !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      query,
    };
  }

  /** A customer by id, soft-deleted ones included (their deletedAt is set). */
  get(ctx: RequestContext, id: string): Promise<CustomerRow | null> {
    return this.db.prisma.customer.findUnique({ where: { id } });
  }

  /**
   * The live customer with this email (ignoring case and surrounding spaces)
   * on a website (any website when omitted). A registered account wins over
   * a guest record of the same email.
   */
  async byEmail(ctx: RequestContext, email: string, websiteId?: number | null): Promise<CustomerRow | null> {
    return customerByEmail(this.db.prisma, email, websiteId);
  }

  /** Creates a customer (guest, or registered when a password is given) with its groups and addresses. */
  async create(ctx: RequestContext, input: CreateCustomerInput): Promise<CustomerRow> {
    const email = validateCreate(input, (c) => this.relations.check(c, input));
    const passwordHash = input.password != null ? await this.passwords.hash(input.password) : (input.passwordHash ?? null);
    return refuseViolations(customerViolations({ groupField: groupField(input) }), () =>
      this.db.prisma.$transaction(async (tx) => {
        const customer = await tx.customer.create({
          data: {
            ...(input.id != null ? { id: input.id } : {}),
            email,
            ...copiedFields(input),
            ...(input.websiteId != null ? { websiteId: input.websiteId } : {}),
            passwordHash,
            hasAccount: passwordHash !== null,
            importedHashDigest: input.passwordHash != null ? importedHashDigest(input.passwordHash) : null,
            metadata: stripEmptyMetadata(input.metadata) as P.InputJsonObject,
            customAttributes: customAttributesForStorage(input.customAttributes ?? []) as P.InputJsonArray,
            extensionAttributes: (input.extensionAttributes ?? {}) as P.InputJsonObject,
          },
        });
        await this.relations.afterCreate(tx, customer, input);
        const created = await tx.customer.findUniqueOrThrow({ where: { id: customer.id } });
        const groups = input.groupIds?.length || input.primaryGroupId ? (await liveGroupIds(tx, [created.id])).get(created.id)! : [];
        const addresses = input.addresses?.length
          ? await tx.address.findMany({ where: { customerId: created.id }, orderBy: { id: 'asc' } })
          : [];
        await recordChanges(tx, actorOf(ctx.principal), [
          ...customerChange(HistoryOperation.CREATE, null, created, groupIdsChange([], groups)),
          ...addresses.flatMap((address) => addressChange(null, address)),
        ]);
        return created;
      }),
    );
  }

  /**
   * Partial update: fields left out are kept, null clears. metadata merges
   * (null or "" removes a key); a registered customer's email cannot change
   * here (EMAIL_IMMUTABLE).
   */
  async update(ctx: RequestContext, id: string, input: UpdateCustomerInput & ImportedPassword): Promise<CustomerRow> {
    validateUpdate(input, (c) => this.relations.check(c, input));
    const passwordHash = input.password != null ? await this.passwords.hash(input.password) : (input.passwordHash ?? null);
    return this.mutate(
      ctx,
      id,
      input.expectedVersion,
      async (current) => {
        const data: P.CustomerUpdateManyMutationInput = { ...copiedFields(input) };
        if (passwordHash !== null) Object.assign(data, { passwordHash, hasAccount: true });
        if (input.passwordHash != null) data.importedHashDigest = importedHashDigest(input.passwordHash);
        if (input.email != null) {
          const email = input.email.trim();
          if (email !== current.email) {
            if (current.hasAccount) {
              throw new UserInputFailure([
                userError(
                  UserErrorCode.EMAIL_IMMUTABLE,
                  ['input', 'email'],
                  "A registered customer's email changes only through changeCustomerEmail",
                ),
              ]);
            }
            data.email = email;
          }
        }
        if (input.metadata != null) data.metadata = mergeMetadata(current.metadata, input.metadata) as P.InputJsonObject;
        if (input.customAttributes !== undefined) {
          data.customAttributes = customAttributesForStorage(input.customAttributes ?? []) as P.InputJsonArray;
        }
        if (input.extensionAttributes !== undefined) data.extensionAttributes = (input.extensionAttributes ?? {}) as P.InputJsonObject;
        return {
          data,
          after: (tx2: Tx) => this.relations.afterUpdate(tx2, current, input),
        };
      },
      {
        versionPath: ['input', 'expectedVersion'],
        violations: customerViolations({ groupField: groupField(input) }),
        operation: HistoryOperation.UPDATE,
        trackGroups: input.groupIds != null || input.primaryGroupId !== undefined,
        trackAddresses: input.addresses != null,
      },
    );
  }

  /** Soft delete: the row stays (deletedAt set) and its email becomes free for a new customer. */
  delete(ctx: RequestContext, id: string, expectedVersion?: number | null): Promise<CustomerRow> {
    return this.mutate(ctx, id, expectedVersion, async () => ({ data: { deletedAt: new Date() } }), { operation: HistoryOperation.DELETE });
  }

  /** Undoes a soft delete; EMAIL_TAKEN when a live customer has taken the email meanwhile. */
  restore(ctx: RequestContext, id: string): Promise<CustomerRow> {
    return this.mutate(ctx, id, null, async () => ({ data: { deletedAt: null } }), {
      deleted: true,
      operation: HistoryOperation.RESTORE,
      violations: customerViolations({ emailPath: ['id'] }),
    });
  }

  /** The explicit way to change a (registered) customer's email. */
  changeEmail(ctx: RequestContext, id: string, newEmail: string, expectedVersion?: number | null): Promise<CustomerRow> {
    const c = new ErrorCollector();
    const email = checkEmail(c, ['email'], newEmail);
    c.throwIfAny();
    return this.mutate(ctx, id, expectedVersion, async () => ({ data: { email } }), {
      operation: HistoryOperation.EMAIL_CHANGE,
      violations: customerViolations({ emailPath: ['email'] }),
    });
  }

  /** Sets or replaces the password (8 to 72 UTF-8 bytes); the customer becomes registered. */
  async setPassword(ctx: RequestContext, id: string, password: string, expectedVersion?: number | null): Promise<CustomerRow> {
    const problem = passwordProblem(password);
    if (problem) throw new UserInputFailure([userError(UserErrorCode[problem.code], ['password'], problem.message)]);
    const passwordHash = await this.passwords.hash(password);
    return this.mutate(ctx, id, expectedVersion, async () => ({ data: { passwordHash, hasAccount: true } }), {
      operation: HistoryOperation.PASSWORD_CHANGE,
    });
  }

  /**
   * Lock, decide, write: the row is read FOR UPDATE, so concurrent changes
   * to one customer queue up instead of overwriting each other (a metadata
   * merge never loses a key). A caller that names expectedVersion gets
   * VERSION_CONFLICT if anyone changed the customer since that version.
   */
  private async mutate(
    ctx: RequestContext,
    id: string,
    expectedVersion: number | null | undefined,
    decide: (current: CustomerRow, tx: Tx) => Promise<{ data: P.CustomerUpdateManyMutationInput; after?: (tx: Tx) => Promise<void> }>,
    options: {
      deleted?: boolean;
      versionPath?: string[];
      operation: HistoryOperation;
      trackGroups?: boolean;
      trackAddresses?: boolean;
      violations?: ViolationRules;
    },
  ): Promise<CustomerRow> {
    const versionPath = options.versionPath ?? ['expectedVersion'];
    return refuseViolations(options.violations ?? customerViolations(), () =>
      this.db.prisma.$transaction(async (tx) => {
        const current = await lockCustomer(tx, id);
        if (!current || (current.deletedAt !== null) !== (options.deleted ?? false)) {
          const message =
            current && !options.deleted
              ? 'Customer is deleted; restore it first'
              : `No ${options.deleted ? 'deleted ' : ''}customer with id "${id}"`;
          throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, ['id'], message)]);
        }
        if (expectedVersion != null && current.version !== expectedVersion) throw versionConflict(versionPath, current.version);
        const groupsBefore = options.trackGroups ? (await liveGroupIds(tx, [id])).get(id)! : [];
        const addressesBefore = options.trackAddresses ? await tx.address.findMany({ where: { customerId: id } }) : [];
        const { data, after } = await decide(current, tx);
        await tx.customer.update({ where: { id }, data: { ...data, version: { increment: 1 }, updatedAt: new Date() } });
        await after?.(tx);
        const changed = await tx.customer.findUniqueOrThrow({ where: { id } });
        const recorded: RecordedChange[] = [];
        const groupsAfter = options.trackGroups ? (await liveGroupIds(tx, [id])).get(id)! : [];
        recorded.push(...customerChange(options.operation, current, changed, groupIdsChange(groupsBefore, groupsAfter)));
        if (options.trackAddresses) {
          const addressesAfter = await tx.address.findMany({ where: { customerId: id }, orderBy: { id: 'asc' } });
          recorded.push(...addressListChanges(addressesBefore, addressesAfter));
        }
        await recordChanges(tx, actorOf(ctx.principal), recorded);
        return changed;
      }),
    );
  }
}
