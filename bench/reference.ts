/**
 * The reference page of DESIGN.md's performance contract: `customers(limit)`
 * with every scalar, groups { id name } and addresses. The gateway gets the
 * document; the floor server builds the same JSON from the field lists.
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

export function referenceQuery(options: { count?: boolean } = {}): string {
  return `query ReferencePage($limit: Int!) { customers(limit: $limit) { ${options.count ? 'count ' : ''}items { ${CUSTOMER_SELECTION} } } }`;
}

export function connectionQuery(): string {
  return `query DeepPage($first: Int!, $after: String) { customersConnection(first: $first, after: $after) {
    edges { cursor node { ${CUSTOMER_SELECTION} } } pageInfo { hasNextPage endCursor } } }`;
}

/** The request body both servers get (the floor reads only `variables.limit`). */
export function referenceBody(limit = 50, options: { count?: boolean } = {}): string {
  return JSON.stringify({ query: referenceQuery(options), variables: { limit } });
}
