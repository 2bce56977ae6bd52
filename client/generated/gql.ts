/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nquery Me {\n  me {\n    tokenId\n    scopes\n  }\n}": typeof types.LoginDocument,
    "fragment CustomerSummary on Customer {\n  id\n  email\n  firstName\n  lastName\n  hasAccount\n  version\n  groups {\n    id\n    name\n  }\n}\n\nfragment AddressFields on Address {\n  id\n  label\n  street\n  city\n  postalCode\n  countryCode\n  region {\n    code\n    name\n  }\n  isDefaultBilling\n  isDefaultShipping\n}\n\nquery CustomersPage($limit: Int!, $offset: Int!, $q: String, $sort: [CustomerSort!]) {\n  customers(limit: $limit, offset: $offset, q: $q, sort: $sort) {\n    count\n    limit\n    offset\n    items {\n      ...CustomerSummary\n    }\n  }\n}\n\nquery CustomersConnection($first: Int!, $after: String, $q: String) {\n  customersConnection(first: $first, after: $after, q: $q) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...CustomerSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery CustomerDetail($id: ID!) {\n  customer(id: $id) {\n    ...CustomerSummary\n    phone\n    dateOfBirth\n    gender\n    metadata\n    createdAt\n    updatedAt\n    deletedAt\n    addresses {\n      ...AddressFields\n    }\n  }\n}\n\nmutation CreateCustomer($input: CreateCustomerInput!) {\n  createCustomer(input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.CustomerSummaryFragmentDoc,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nquery Me {\n  me {\n    tokenId\n    scopes\n  }\n}": types.LoginDocument,
    "fragment CustomerSummary on Customer {\n  id\n  email\n  firstName\n  lastName\n  hasAccount\n  version\n  groups {\n    id\n    name\n  }\n}\n\nfragment AddressFields on Address {\n  id\n  label\n  street\n  city\n  postalCode\n  countryCode\n  region {\n    code\n    name\n  }\n  isDefaultBilling\n  isDefaultShipping\n}\n\nquery CustomersPage($limit: Int!, $offset: Int!, $q: String, $sort: [CustomerSort!]) {\n  customers(limit: $limit, offset: $offset, q: $q, sort: $sort) {\n    count\n    limit\n    offset\n    items {\n      ...CustomerSummary\n    }\n  }\n}\n\nquery CustomersConnection($first: Int!, $after: String, $q: String) {\n  customersConnection(first: $first, after: $after, q: $q) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...CustomerSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery CustomerDetail($id: ID!) {\n  customer(id: $id) {\n    ...CustomerSummary\n    phone\n    dateOfBirth\n    gender\n    metadata\n    createdAt\n    updatedAt\n    deletedAt\n    addresses {\n      ...AddressFields\n    }\n  }\n}\n\nmutation CreateCustomer($input: CreateCustomerInput!) {\n  createCustomer(input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.CustomerSummaryFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nquery Me {\n  me {\n    tokenId\n    scopes\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    expiresAt\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nquery Me {\n  me {\n    tokenId\n    scopes\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CustomerSummary on Customer {\n  id\n  email\n  firstName\n  lastName\n  hasAccount\n  version\n  groups {\n    id\n    name\n  }\n}\n\nfragment AddressFields on Address {\n  id\n  label\n  street\n  city\n  postalCode\n  countryCode\n  region {\n    code\n    name\n  }\n  isDefaultBilling\n  isDefaultShipping\n}\n\nquery CustomersPage($limit: Int!, $offset: Int!, $q: String, $sort: [CustomerSort!]) {\n  customers(limit: $limit, offset: $offset, q: $q, sort: $sort) {\n    count\n    limit\n    offset\n    items {\n      ...CustomerSummary\n    }\n  }\n}\n\nquery CustomersConnection($first: Int!, $after: String, $q: String) {\n  customersConnection(first: $first, after: $after, q: $q) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...CustomerSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery CustomerDetail($id: ID!) {\n  customer(id: $id) {\n    ...CustomerSummary\n    phone\n    dateOfBirth\n    gender\n    metadata\n    createdAt\n    updatedAt\n    deletedAt\n    addresses {\n      ...AddressFields\n    }\n  }\n}\n\nmutation CreateCustomer($input: CreateCustomerInput!) {\n  createCustomer(input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["fragment CustomerSummary on Customer {\n  id\n  email\n  firstName\n  lastName\n  hasAccount\n  version\n  groups {\n    id\n    name\n  }\n}\n\nfragment AddressFields on Address {\n  id\n  label\n  street\n  city\n  postalCode\n  countryCode\n  region {\n    code\n    name\n  }\n  isDefaultBilling\n  isDefaultShipping\n}\n\nquery CustomersPage($limit: Int!, $offset: Int!, $q: String, $sort: [CustomerSort!]) {\n  customers(limit: $limit, offset: $offset, q: $q, sort: $sort) {\n    count\n    limit\n    offset\n    items {\n      ...CustomerSummary\n    }\n  }\n}\n\nquery CustomersConnection($first: Int!, $after: String, $q: String) {\n  customersConnection(first: $first, after: $after, q: $q) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...CustomerSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery CustomerDetail($id: ID!) {\n  customer(id: $id) {\n    ...CustomerSummary\n    phone\n    dateOfBirth\n    gender\n    metadata\n    createdAt\n    updatedAt\n    deletedAt\n    addresses {\n      ...AddressFields\n    }\n  }\n}\n\nmutation CreateCustomer($input: CreateCustomerInput!) {\n  createCustomer(input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}\n\nmutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    customer {\n      ...CustomerSummary\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;