/**
 * The two reference pages of DESIGN.md's performance contract:
 * `customers(limit)` with every scalar, groups { id name } and addresses
 * (the full page), and the page an admin list shows (the small page). The
 * gateway gets the document; the floor server builds the same JSON from the
 * field lists; the peer (PostGraphile) gets its own spelling of the small
 * page.
 */

export const CUSTOMER_FIELDS = [
  'id',
  'email',
  'firstName',
  'lastName',
  'middleName',
  'prefix',
  'suffix',
  'phone',
  'companyName',
  'dateOfBirth',
  'gender',
  'taxVat',
  'hasAccount',
  'websiteId',
  'storeId',
  'createdIn',
  'confirmation',
  'disableAutoGroupChange',
  'isSubscribed',
  'primaryGroupId',
  'metadata',
  'customAttributes',
  'extensionAttributes',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'version',
] as const;

export const ADDRESS_FIELDS = [
  'id',
  'customerId',
  'label',
  'firstName',
  'lastName',
  'middleName',
  'prefix',
  'suffix',
  'company',
  'street',
  'city',
  'postalCode',
  'region',
  'countryCode',
  'phone',
  'fax',
  'vatId',
  'isDefaultBilling',
  'isDefaultShipping',
  'metadata',
  'customAttributes',
  'createdAt',
  'updatedAt',
] as const;

const SUBSELECTIONS: Record<string, string> = {
  customAttributes: 'customAttributes { attributeCode value }',
  region: 'region { code name id }',
};

const selection = (fields: readonly string[]) => fields.map((f) => SUBSELECTIONS[f] ?? f).join(' ');

/** Every scalar of a customer, its groups { id name } and its addresses. */
export const CUSTOMER_SELECTION = `${selection(CUSTOMER_FIELDS)} groups { id name } addresses { ${selection(ADDRESS_FIELDS)} }`;

/** The small page: what an admin list of customers shows. */
export const SMALL_CUSTOMER_FIELDS = ['id', 'firstName', 'lastName', 'email', 'phone'] as const;
export const SMALL_ADDRESS_FIELDS = ['id', 'street', 'city', 'postalCode', 'isDefaultShipping', 'isDefaultBilling'] as const;
export const SMALL_SELECTION = `${SMALL_CUSTOMER_FIELDS.join(' ')} groups { id name } addresses { ${SMALL_ADDRESS_FIELDS.join(' ')} }`;

export type PageKind = 'full' | 'small';
export interface PageOptions {
  count?: boolean;
  /** 'full' (default) or 'small'. */
  page?: PageKind;
}

/** The operation name tells the floor which page to build. */
export function referenceQuery(options: PageOptions = {}): string {
  const small = options.page === 'small';
  return `query ${small ? 'SmallPage' : 'ReferencePage'}($limit: Int!) { customers(limit: $limit) { ${options.count ? 'count ' : ''}items { ${
    small ? SMALL_SELECTION : CUSTOMER_SELECTION
  } } } }`;
}

/**
 * The small page as PostGraphile 5 (Amber preset) spells it: the same rows
 * (newest first), fields and relations; its primary keys are called rowId.
 */
export function peerBody(limit = 50, options: { count?: boolean } = {}): string {
  const query = `query SmallPage($limit: Int!) { allCustomers(first: $limit, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { ${
    options.count ? 'totalCount ' : ''
  }nodes { id: rowId ${SMALL_CUSTOMER_FIELDS.slice(1).join(' ')}
    groups: customerGroupMembersByCustomerId { nodes { group: customerGroupByGroupId { id: rowId name } } }
    addresses: addressesByCustomerId { nodes { id: rowId ${SMALL_ADDRESS_FIELDS.slice(1).join(' ')} } } } } }`;
  return JSON.stringify({ query, variables: { limit } });
}

/** A peer answer in the gateway's shape (items, count, plain lists). */
export function peerAsGateway(answer: any): unknown {
  const list = answer?.data?.allCustomers;
  if (!list) return answer;
  const items = list.nodes.map((c: any) => ({
    ...c,
    groups: c.groups.nodes.map((m: any) => m.group).filter(Boolean),
    addresses: c.addresses.nodes,
  }));
  return { data: { customers: list.totalCount === undefined ? { items } : { count: list.totalCount, items } } };
}

export function connectionQuery(): string {
  return `query DeepPage($first: Int!, $after: String) { customersConnection(first: $first, after: $after) {
    edges { cursor node { ${CUSTOMER_SELECTION} } } pageInfo { hasNextPage endCursor } } }`;
}

/** The request body the gateway and the floor get (the floor reads the operation name, `count` and `variables.limit`). */
export function referenceBody(limit = 50, options: PageOptions = {}): string {
  return JSON.stringify({ query: referenceQuery(options), variables: { limit } });
}
