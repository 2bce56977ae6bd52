import type { Customer as CustomerRow, Prisma } from '../generated/prisma/client';
import { CountPrecision, MAX_COUNT_UP_TO, type BoundedCount } from './customer-count.types';
import { badArgument, checkIdList, checkOffset, checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import type { RequestContext } from '../request-context';
import type { Database } from '../db/database';
import {
  boundedCountQuery,
  countFromCounters,
  countQuery,
  cursorValues,
  pageQuery,
  sortKeys,
  sortTag,
  type CustomerQuery,
  type PageRequest,
} from './customer-list';
import { relationColumns, relationDates, selectedColumns, takeExtras, type PageRelations } from './customer.sql';
import { planSearch } from './customer-search';
import { preload } from '../common/preloaded';
import { withSplicedList } from '../common/spliced-json';
import { hasScopes, Scope } from '../auth/scopes';
import { finishPageJson, pageJson, type PageJsonPlan } from './customer-json';

export interface ConnectionArgs extends CustomerQuery {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The fields a page's document selects (customer.resolver.ts, pageSelection). */
export interface PageSelection {
  /** On the page's customers. */
  fields: ReadonlySet<string>;
  /** On their groups and addresses, when selected. */
  groupFields?: ReadonlySet<string>;
  addressFields?: ReadonlySet<string>;
  /** The count (or totalCount) is selected. */
  count: boolean;
  /** The items as JSON text that Postgres writes (customer-json.ts), when the selection allows. */
  json?: PageJsonPlan;
}

/**
 * The read side of the customer aggregate: pages (offset and keyset) and
 * counts. A page is one statement: the relations its rows select come along
 * as JSON columns, and an unfiltered count from the counter rows as one more
 * column, so a selected `count` adds no round trip.
 */
export class CustomerPages {
  constructor(private readonly db: Database) {}

  /** One page, offset-based (Medusa's list shape). The count is separate: see `count`. */
  async list(ctx: RequestContext, query: CustomerQuery, limit?: number | null, offset?: number | null, selection?: PageSelection) {
    const page = { limit: checkPageSize('limit', limit), offset: checkOffset(offset) };
    checkIdList('filter.ids', query.filter?.ids);
    checkIdList('filter.groupIds', query.filter?.groupIds);
    checkIdList('filter.externalIds', query.filter?.externalIds);
    if (page.limit > 0) query = await planSearch(this.db, query, () => pageQuery(query, page));
    const plan = selection?.json;
    if (
      page.limit > 0 &&
      plan &&
      pageJson.enabled &&
      (!plan.needsWrite || hasScopes(ctx.principal?.scopes ?? new Set(), [Scope.CUSTOMERS_WRITE]))
    ) {
      const answered = await this.jsonPage(query, page, plan, selection.count);
      if (answered) return answered;
    }
    const { fetched, ...extra } = pagePlan(query, selection);
    const { rows: items, total } =
      page.limit === 0 ? { rows: [] } : await this.readPage(ctx, pageQuery(query, { ...page, ...extra }), fetched, extra.columns);
    return { items, ...page, query, knownTotal: knownPageTotal(page, items.length, total) };
  }

  /**
   * The page with its items as JSON text written by Postgres, spliced into
   * the answer unparsed; undefined when a row needs the normal path.
   */
  private async jsonPage(query: CustomerQuery, page: { limit: number; offset: number }, plan: PageJsonPlan, count: boolean) {
    const total = count && countFromCounters(query) ? countQuery(query) : undefined;
    const statement = pageQuery(query, { ...page, columns: plan.columns, json: plan.json, total });
    const rows = await this.db.read<{ _json: string; _total?: bigint }>(statement, { prepare: true });
    const text = finishPageJson(
      rows.map((row) => row._json),
      plan,
    );
    if (text === undefined) return undefined;
    pageJson.served += 1;
    const counted = rows[0]?._total;
    const knownTotal = knownPageTotal(page, rows.length, counted == null ? undefined : Number(counted));
    return withSplicedList({ items: [] as CustomerRow[], ...page, query, knownTotal }, text);
  }

  /**
   * Runs a page statement; relations it brought along (selected ones only)
   * stay on the rows, and whole rows also go into the request's loaders.
   * With the customer columns spelled out (`columns`), Postgres may keep the
   * statement prepared (its relations are JSON values, whatever their columns).
   */
  private async readPage<Row extends CustomerRow>(
    ctx: RequestContext,
    statement: Prisma.Sql,
    relations?: PageRelations,
    columns?: readonly string[],
  ): Promise<{ rows: Row[]; total?: number }> {
    const rows = await this.db.read<Row>(statement, { prepare: columns !== undefined });
    let total: number | undefined;
    const dates = relationDates(relations);
    for (const row of rows) {
      const { groups, addresses, total: rowTotal } = takeExtras(row, dates);
      total = rowTotal;
      // Rows of only the selected columns serve this page alone: another field may ask the loaders for whole ones.
      if (groups && !relations?.groupColumns) ctx.loaders.groupsByCustomer.prime(row.id, groups);
      if (addresses && !relations?.addressColumns) ctx.loaders.addressesByCustomer.prime(row.id, addresses);
      // Customer.groups and .addresses answer from the row without a loader round (common/preloaded.ts).
      if (groups || addresses) preload(row, { groups, addresses });
    }
    return { rows, total };
  }

  /**
   * Customers matching the query: `knownTotal` when the page already told
   * (a short first or last page, or the counters read in its statement: no
   * statement), else O(1) from counter rows when unfiltered, an indexed count
   * otherwise.
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
  async connection(ctx: RequestContext, args: ConnectionArgs, selection?: PageSelection) {
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
    const { fetched, ...extra } = pagePlan(query, selection);
    const { rows, total } =
      limit === 0
        ? { rows: [] }
        : await this.readPage<CustomerRow & Record<string, unknown>>(
            ctx,
            pageQuery(query, { ...request, ...extra }),
            fetched,
            extra.columns,
          );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    if (backward) page.reverse();
    const edges = page.map((node) => ({ node, cursor: encodeCursor(tag, cursorValues(node, keyCount)) }));
    // From either end with nothing beyond the page, the page is the whole list.
    const knownTotal = limit > 0 && !after && !before && !more ? page.length : total;
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
}

/** A short page is the end of the list: offset + its rows is the count (not when it is empty past the end). */
function knownPageTotal(page: { limit: number; offset: number }, rows: number, total?: number): number | undefined {
  return rows < page.limit && (rows > 0 || page.offset === 0) ? page.offset + rows : total;
}

/**
 * What a page statement brings: the customer columns and relations the
 * document selects (the rows are for this request's fields alone), and the
 * count when it comes from the counter rows (O(1), 1 buffer), so that
 * the page and its count take one round trip. Other counts stay separate:
 * they may cost far more than the page, which can make them unnecessary.
 */
function pagePlan(
  query: CustomerQuery,
  selection?: PageSelection,
): Pick<PageRequest, 'columns' | 'relations' | 'total'> & { fetched?: PageRelations } {
  if (!selection) return {};
  const { fields } = selection;
  // The default-address fields pick from whole address rows, through the loader.
  const defaults = fields.has('defaultBillingAddress') || fields.has('defaultShippingAddress');
  const fetched: PageRelations = {
    groups: fields.has('groups'),
    addresses: fields.has('addresses') || defaults,
    groupColumns: selection.groupFields && selectedColumns(selection.groupFields, 'groups'),
    addressColumns: selection.addressFields && !defaults ? selectedColumns(selection.addressFields, 'addresses') : undefined,
  };
  return {
    fetched,
    columns: selectedColumns(fields, 'customers'),
    relations: fetched.groups || fetched.addresses ? relationColumns(fetched) : undefined,
    total: selection.count && countFromCounters(query) ? countQuery(query) : undefined,
  };
}
