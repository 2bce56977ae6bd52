/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new address. Fields left out are empty. */
export type AddressInput = {
  city?: string | null | undefined;
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2, any case; stored upper case. */
  countryCode?: string | null | undefined;
  /** Magento's custom_attributes; replaces the list. */
  customAttributes?: Array<CustomAttributeInput> | null | undefined;
  /** Magento's extension_attributes; replaces the object. */
  extensionAttributes?: Record<string, unknown> | null | undefined;
  /** The address's id on its customer's source platform; unique per customer. */
  externalId?: string | null | undefined;
  fax?: string | null | undefined;
  firstName?: string | null | undefined;
  /** true makes it the customer's default billing address (the previous default stops being one); false unsets it. */
  isDefaultBilling?: boolean | null | undefined;
  /** As isDefaultBilling, for shipping. */
  isDefaultShipping?: boolean | null | undefined;
  /** Medusa's address_name. */
  label?: string | null | undefined;
  lastName?: string | null | undefined;
  /** On update, merges: a key set to null or "" is removed. */
  metadata?: Record<string, unknown> | null | undefined;
  middleName?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  prefix?: string | null | undefined;
  region?: RegionInput | null | undefined;
  /** Street lines in order, 1 to 4, the first not blank; null clears. */
  street?: Array<string> | null | undefined;
  suffix?: string | null | undefined;
  vatId?: string | null | undefined;
};

export type CreateCustomerInput = {
  /** Addresses, created with the customer in one transaction (at most 100; at most one default of each kind). */
  addresses?: Array<AddressInput> | null | undefined;
  companyName?: string | null | undefined;
  confirmation?: string | null | undefined;
  /** Medusa v2's created_by. */
  createdBy?: string | null | undefined;
  createdIn?: string | null | undefined;
  /** Replaces the list. */
  customAttributes?: Array<CustomAttributeInput> | null | undefined;
  dateOfBirth?: string | null | undefined;
  disableAutoGroupChange?: boolean | null | undefined;
  email: string;
  /** Replaces the object. */
  extensionAttributes?: Record<string, unknown> | null | undefined;
  /** The customer's id on externalSource; unique per source. */
  externalId?: string | null | undefined;
  /** Where the customer came from (e.g. "magento", "medusa"); set or cleared together with externalId. */
  externalSource?: string | null | undefined;
  firstName?: string | null | undefined;
  gender?: Gender | null | undefined;
  /** The customer's groups; in an update the list replaces them (Medusa). */
  groupIds?: Array<string | number> | null | undefined;
  /** Keep an id from another platform; generated when absent. */
  id?: string | number | null | undefined;
  isSubscribed?: boolean | null | undefined;
  lastName?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  middleName?: string | null | undefined;
  /** 8 to 72 bytes. Setting it makes hasAccount true. */
  password?: string | null | undefined;
  /** A password hash brought from another platform, instead of `password`: Magento 2 `hash:salt:version[:version…]` (md5, sha256, Argon2id and upgraded chains), Medusa base64 scrypt-kdf, or bcrypt `$2a$`/`$2b$`/`$2y$`. hasAccount becomes true; the hash is never readable, and is replaced by bcrypt at the first authenticateCustomer. */
  passwordHash?: string | null | undefined;
  phone?: string | null | undefined;
  prefix?: string | null | undefined;
  /** Magento's group_id. Always also one of the groups (added when missing); null clears it. */
  primaryGroupId?: string | number | null | undefined;
  storeId?: number | null | undefined;
  suffix?: string | null | undefined;
  taxVat?: string | null | undefined;
  /** Defaults to 0 (no websites). */
  websiteId?: number | null | undefined;
};

export type CustomAttributeInput = {
  attributeCode: string;
  value?: unknown;
};

/** One entry of updateCustomer's `addresses` list. With `id`: that address of this customer, changed like updateCustomerAddress (fields left out are kept). Without `id`: a new address. */
export type CustomerAddressInput = {
  city?: string | null | undefined;
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2, any case; stored upper case. */
  countryCode?: string | null | undefined;
  /** Magento's custom_attributes; replaces the list. */
  customAttributes?: Array<CustomAttributeInput> | null | undefined;
  /** Magento's extension_attributes; replaces the object. */
  extensionAttributes?: Record<string, unknown> | null | undefined;
  /** The address's id on its customer's source platform; unique per customer. */
  externalId?: string | null | undefined;
  fax?: string | null | undefined;
  firstName?: string | null | undefined;
  id?: string | number | null | undefined;
  /** true makes it the customer's default billing address (the previous default stops being one); false unsets it. */
  isDefaultBilling?: boolean | null | undefined;
  /** As isDefaultBilling, for shipping. */
  isDefaultShipping?: boolean | null | undefined;
  /** Medusa's address_name. */
  label?: string | null | undefined;
  lastName?: string | null | undefined;
  /** On update, merges: a key set to null or "" is removed. */
  metadata?: Record<string, unknown> | null | undefined;
  middleName?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  prefix?: string | null | undefined;
  region?: RegionInput | null | undefined;
  /** Street lines in order, 1 to 4, the first not blank; null clears. */
  street?: Array<string> | null | undefined;
  suffix?: string | null | undefined;
  vatId?: string | null | undefined;
};

/** Rows tied on every key are ordered by id, so pages never repeat or skip a row. */
export type CustomerSort = {
  direction?: SortDirection;
  field: CustomerSortField;
};

export type CustomerSortField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'FIRST_NAME'
  | 'LAST_NAME'
  | 'UPDATED_AT';

/** Magento's gender codes: 1 MALE, 2 FEMALE, 3 NOT_SPECIFIED. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NOT_SPECIFIED';

/** Magento's RegionInterface; Medusa's province goes in `name`. Given, it replaces all three parts. */
export type RegionInput = {
  code?: string | null | undefined;
  id?: number | null | undefined;
  name?: string | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateCustomerInput = {
  /** Replaces the customer's addresses, in the same transaction: an entry with `id` changes that address (it keeps its id; fields left out are kept), an entry without `id` is new, and addresses not listed are deleted. [] deletes them all; leave it out to keep them. At most one entry may set each default to true; it takes the default from the others. */
  addresses?: Array<CustomerAddressInput> | null | undefined;
  companyName?: string | null | undefined;
  confirmation?: string | null | undefined;
  /** Medusa v2's created_by. */
  createdBy?: string | null | undefined;
  createdIn?: string | null | undefined;
  /** Replaces the list. */
  customAttributes?: Array<CustomAttributeInput> | null | undefined;
  dateOfBirth?: string | null | undefined;
  disableAutoGroupChange?: boolean | null | undefined;
  /** Only for guests; a registered customer needs changeCustomerEmail. */
  email?: string | null | undefined;
  /** Refuse with VERSION_CONFLICT unless the customer is still at this version. */
  expectedVersion?: number | null | undefined;
  /** Replaces the object. */
  extensionAttributes?: Record<string, unknown> | null | undefined;
  /** The customer's id on externalSource; unique per source. */
  externalId?: string | null | undefined;
  /** Where the customer came from (e.g. "magento", "medusa"); set or cleared together with externalId. */
  externalSource?: string | null | undefined;
  firstName?: string | null | undefined;
  gender?: Gender | null | undefined;
  /** The customer's groups; in an update the list replaces them (Medusa). */
  groupIds?: Array<string | number> | null | undefined;
  isSubscribed?: boolean | null | undefined;
  lastName?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  middleName?: string | null | undefined;
  /** 8 to 72 bytes. Sets or replaces the password; hasAccount becomes true. */
  password?: string | null | undefined;
  phone?: string | null | undefined;
  prefix?: string | null | undefined;
  /** Magento's group_id. Always also one of the groups (added when missing); null clears it. */
  primaryGroupId?: string | number | null | undefined;
  storeId?: number | null | undefined;
  suffix?: string | null | undefined;
  taxVat?: string | null | undefined;
};

/** Why an input was refused. Nothing was written when any error is returned. */
export type UserErrorCode =
  | 'EMAIL_IMMUTABLE'
  | 'EMAIL_TAKEN'
  | 'EXTERNAL_ID_TAKEN'
  | 'ID_TAKEN'
  | 'INVALID'
  | 'INVALID_CREDENTIALS'
  | 'LAST_ADMIN'
  | 'NAME_TAKEN'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY'
  | 'TOO_SHORT'
  | 'VERSION_CONFLICT';

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { tokenId: string, scopes: Array<string> } };

export type CustomerSummaryFragment = { id: string, email: string, firstName: string | null, lastName: string | null, hasAccount: boolean, version: number, groups: Array<{ id: string, name: string }> };

export type AddressFieldsFragment = { id: string, label: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, region: { code: string | null, name: string | null } | null };

export type CustomersPageQueryVariables = Exact<{
  limit: number;
  offset: number;
  q?: string | null | undefined;
  sort?: Array<CustomerSort> | CustomerSort | null | undefined;
}>;


export type CustomersPageQuery = { customers: { count: number, limit: number, offset: number, items: Array<{ id: string, email: string, firstName: string | null, lastName: string | null, hasAccount: boolean, version: number, groups: Array<{ id: string, name: string }> }> } };

export type CustomersConnectionQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  q?: string | null | undefined;
}>;


export type CustomersConnectionQuery = { customersConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, firstName: string | null, lastName: string | null, hasAccount: boolean, version: number, groups: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDetailQuery = { customer: { phone: string | null, dateOfBirth: string | null, gender: Gender | null, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, id: string, email: string, firstName: string | null, lastName: string | null, hasAccount: boolean, version: number, addresses: Array<{ id: string, label: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, region: { code: string | null, name: string | null } | null }>, groups: Array<{ id: string, name: string }> } | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { customer: { id: string, email: string, firstName: string | null, lastName: string | null, hasAccount: boolean, version: number, groups: Array<{ id: string, name: string }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { customer: { id: string, email: string, firstName: string | null, lastName: string | null, hasAccount: boolean, version: number, groups: Array<{ id: string, name: string }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export const CustomerSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerSummaryFragment, unknown>;
export const AddressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultBilling"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultShipping"}}]}}]} as unknown as DocumentNode<AddressFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CustomersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSort"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomersPageQuery, CustomersPageQueryVariables>;
export const CustomersConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomersConnectionQuery, CustomersConnectionQueryVariables>;
export const CustomerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultBilling"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultShipping"}}]}}]} as unknown as DocumentNode<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;