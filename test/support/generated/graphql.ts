/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Which default address: billing or shipping. */
export type AddressType =
  | 'BILLING'
  | 'SHIPPING';

export type CreateAdminUserInput = {
  /** Unique ignoring case. */
  email: string;
  isActive?: boolean;
  name?: string | null | undefined;
  /** 8 to 72 bytes (UTF-8). */
  password: string;
  /** customers:read, customers:write, customers:delete, groups:read, groups:write, admin (implies all); Magento_Customer::manage = customers:read + customers:write. */
  scopes: Array<string>;
};

export type CreateApiTokenInput = {
  /** 1 to 3650. */
  expiresInDays?: number;
  /** What it is for, e.g. "ci" or "erp-sync". */
  name: string;
  /** customers:read, customers:write, customers:delete, groups:read, groups:write, admin (implies all); Magento_Customer::manage = customers:read + customers:write. */
  scopes: Array<string>;
};

export type CreateCustomerGroupInput = {
  /** Magento's group code, at most 32 characters. */
  code?: string | null | undefined;
  /** Keep an id from another platform (Magento group 1 as "1"); generated when absent. */
  id?: string | number | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  /** Unique among live groups, ignoring case; trimmed. */
  name: string;
  /** Magento's tax_class_id. */
  taxClassId?: number | null | undefined;
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

export type CustomerFilter = {
  /** Has an address in this country (ISO 3166-1 alpha-2). */
  countryCode?: string | null | undefined;
  createdAt?: DateTimeRange | null | undefined;
  /** Exact email, ignoring case and surrounding spaces. */
  email?: string | null | undefined;
  /** Any of these ids on the source platform (at most 500). */
  externalIds?: Array<string> | null | undefined;
  /** Exact source platform name (see Customer.externalSource). */
  externalSource?: string | null | undefined;
  /** Member of any of these groups. */
  groupIds?: Array<string | number> | null | undefined;
  hasAccount?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Include soft-deleted customers (default false). */
  includeDeleted?: boolean | null | undefined;
  /** Substring of first, middle or last name, ignoring case. */
  name?: string | null | undefined;
  /** Substring of the phone number. */
  phone?: string | null | undefined;
  storeId?: number | null | undefined;
  updatedAt?: DateTimeRange | null | undefined;
  websiteId?: number | null | undefined;
};

export type DateTimeRange = {
  /** Inclusive. */
  from?: string | null | undefined;
  /** Exclusive. */
  to?: string | null | undefined;
};

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

/** Changes to an address: fields left out are kept, null clears. */
export type UpdateAddressInput = {
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

/** Fields left out are kept. */
export type UpdateAdminUserInput = {
  email?: string | null | undefined;
  /** An inactive user cannot log in, and its tokens stop working. */
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
  /** 8 to 72 bytes (UTF-8). Ends the user's login sessions. */
  password?: string | null | undefined;
  /** customers:read, customers:write, customers:delete, groups:read, groups:write, admin (implies all); Magento_Customer::manage = customers:read + customers:write. */
  scopes?: Array<string> | null | undefined;
};

/** Fields left out are kept; null clears (name cannot be cleared). */
export type UpdateCustomerGroupInput = {
  code?: string | null | undefined;
  /** Merges: a key set to null or "" is removed. */
  metadata?: Record<string, unknown> | null | undefined;
  name?: string | null | undefined;
  taxClassId?: number | null | undefined;
};

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

export type CreateCustomerIdOnlyMutationVariables = Exact<{
  i: CreateCustomerInput;
}>;


export type CreateCustomerIdOnlyMutation = { createCustomer: { customer: { id: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type DeleteCustomerCodesMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCustomerCodesMutation = { deleteCustomer: { errors: Array<{ code: UserErrorCode }> } };

export type DeleteUnknownAddressMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteUnknownAddressMutation = { deleteCustomerAddress: { address: { id: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAddressMutation = { deleteCustomerAddress: { address: { id: string, city: string | null, isDefaultBilling: boolean } | null, errors: Array<{ code: UserErrorCode }> } };

export type AddressCustomersQueryVariables = Exact<{
  id: string | number;
}>;


export type AddressCustomersQuery = { customer: { addresses: Array<{ customer: { id: string, email: string } }> } | null };

export type CreateAddressIdOnlyMutationVariables = Exact<{
  c: string | number;
}>;


export type CreateAddressIdOnlyMutation = { createCustomerAddress: { address: { id: string } | null } };

export type CreateAddressCityMutationVariables = Exact<{
  c: string | number;
}>;


export type CreateAddressCityMutation = { createCustomerAddress: { address: { city: string | null } | null, errors: Array<{ code: UserErrorCode }> } };

export type SetDefaultUnknownAddressMutationVariables = Exact<{ [key: string]: never; }>;


export type SetDefaultUnknownAddressMutation = { setDefaultCustomerAddress: { errors: Array<{ code: UserErrorCode }> } };

export type SetDefaultAddressMutationVariables = Exact<{
  a: string | number;
  t: AddressType;
}>;


export type SetDefaultAddressMutation = { setDefaultCustomerAddress: { address: { id: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type UpdateAddressMutationVariables = Exact<{
  id: string | number;
  i: UpdateAddressInput;
}>;


export type UpdateAddressMutation = { updateCustomerAddress: { address: { id: string, customerId: string, label: string | null, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, company: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, phone: string | null, fax: string | null, vatId: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, region: { code: string | null, name: string | null, id: number | null } | null, customAttributes: Array<{ attributeCode: string, value: unknown }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type MyAdminUserIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAdminUserIdQuery = { me: { adminUser: { id: string } | null } };

export type DeleteAdminUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAdminUserMutation = { deleteAdminUser: { adminUser: { id: string } | null, errors: Array<{ code: UserErrorCode }> } };

export type CustomerConfirmationQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerConfirmationQuery = { customer: { id: string, confirmation: string | null } | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, tokenPrefix: string }> };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { revokedAt: string | null } | null, errors: Array<{ code: UserErrorCode }> } };

export type CreateInvalidApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateInvalidApiTokenMutation = { createApiToken: { token: string | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CustomersLimitOnlyQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersLimitOnlyQuery = { customers: { limit: number } };

export type RaceAddCustomersMutationVariables = Exact<{
  g: string | number;
  c: Array<string | number> | string | number;
}>;


export type RaceAddCustomersMutation = { addCustomersToGroup: { customerGroup: { id: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteListedCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteListedCustomerMutation = { deleteCustomer: { errors: Array<{ code: UserErrorCode }> } };

export type GiveSuffixMutationVariables = Exact<{
  id: string | number;
}>;


export type GiveSuffixMutation = { updateCustomer: { customer: { updatedAt: string } | null } };

export type CustomersByManyIdsQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type CustomersByManyIdsQuery = { customers: { items: Array<{ id: string }> } };

export type CustomersFourSortKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersFourSortKeysQuery = { customers: { items: Array<{ id: string }> } };

export type UnfilteredTotalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnfilteredTotalCountQuery = { customersConnection: { totalCount: number } };

export type CountOnWebsiteQueryVariables = Exact<{ [key: string]: never; }>;


export type CountOnWebsiteQuery = { customers: { count: number } };

export type LiveCustomerCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveCustomerCountQuery = { customers: { count: number } };

export type CustomersOverLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersOverLimitQuery = { customers: { items: Array<{ id: string }> } };

export type CustomersAtLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersAtLimitQuery = { customers: { limit: number } };

export type SchemaFieldNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaFieldNamesQuery = { __schema: { types: Array<{ name: string | null, fields: Array<{ name: string }> | null, inputFields: Array<{ name: string }> | null }> } };

export type CustomerByEmailOnWebsiteQueryVariables = Exact<{
  e: string;
}>;


export type CustomerByEmailOnWebsiteQuery = { customerByEmail: { email: string, hasAccount: boolean } | null };

export type CustomerCountByEmailQueryVariables = Exact<{
  e: string;
}>;


export type CustomerCountByEmailQuery = { customers: { count: number } };

export type CustomerPageWithoutCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerPageWithoutCountQuery = { customers: { items: Array<{ id: string, email: string }> } };

export type CustomerPageWithCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerPageWithCountQuery = { customers: { count: number, items: Array<{ id: string, email: string }> } };

export type CreateCustomerIdOnlyForFaultMutationVariables = Exact<{
  i: CreateCustomerInput;
}>;


export type CreateCustomerIdOnlyForFaultMutation = { createCustomer: { customer: { id: string } | null } };

export type MyKindQueryVariables = Exact<{ [key: string]: never; }>;


export type MyKindQuery = { me: { kind: string } };

export type CreateWithExternalIdsMutationVariables = Exact<{
  i: CreateCustomerInput;
}>;


export type CreateWithExternalIdsMutation = { createCustomer: { customer: { id: string, externalSource: string | null, externalId: string | null, createdBy: string | null, addresses: Array<{ externalId: string | null, extensionAttributes: Record<string, unknown> }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type CustomersByExternalIdsQueryVariables = Exact<{
  f?: CustomerFilter | null | undefined;
}>;


export type CustomersByExternalIdsQuery = { customers: { items: Array<{ id: string }> } };

export type DeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGroupMutation = { deleteCustomerGroup: { customerGroup: { id: string, deletedAt: string | null } | null, errors: Array<{ code: UserErrorCode }> } };

export type DeletedGroupMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type DeletedGroupMembersQuery = { customerGroup: { id: string, deletedAt: string | null, customers: { count: number, items: Array<{ id: string }> } } | null };

export type CustomersInGroupsQueryVariables = Exact<{
  g?: Array<string | number> | string | number | null | undefined;
}>;


export type CustomersInGroupsQuery = { customers: { count: number, items: Array<{ id: string }> } };

export type GroupIdsByNameQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type GroupIdsByNameQuery = { customerGroups: { items: Array<{ id: string }> } };

export type DeleteGroupAgainMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGroupAgainMutation = { deleteCustomerGroup: { errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type SetPrimaryGroupMutationVariables = Exact<{
  id: string | number;
  g?: string | number | null | undefined;
}>;


export type SetPrimaryGroupMutation = { updateCustomer: { errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type SetPrimaryGroupCodeMutationVariables = Exact<{
  id: string | number;
  g?: string | number | null | undefined;
}>;


export type SetPrimaryGroupCodeMutation = { updateCustomer: { errors: Array<{ code: UserErrorCode }> } };

export type DeleteGroupCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGroupCodeMutation = { deleteCustomerGroup: { errors: Array<{ code: UserErrorCode }> } };

export type SetOnlyGroupMutationVariables = Exact<{
  id: string | number;
  g: string | number;
}>;


export type SetOnlyGroupMutation = { updateCustomer: { errors: Array<{ code: UserErrorCode }> } };

export type GroupsOverLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsOverLimitQuery = { customerGroups: { items: Array<{ id: string }> } };

export type GroupMembersOverLimitQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupMembersOverLimitQuery = { customerGroup: { customers: { items: Array<{ id: string }> } } | null };

export type GroupMembersIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupMembersIdsQuery = { customerGroup: { id: string, customers: { items: Array<{ id: string }> } } | null };

export type GroupIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupIdsQuery = { customerGroups: { items: Array<{ id: string }> } };

export type UpdateGroupMutationVariables = Exact<{
  id: string | number;
  i: UpdateCustomerGroupInput;
}>;


export type UpdateGroupMutation = { updateCustomerGroup: { customerGroup: { id: string, name: string, code: string | null, taxClassId: number | null, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type AddCustomersToGroupMutationVariables = Exact<{
  g: string | number;
  c: Array<string | number> | string | number;
}>;


export type AddCustomersToGroupMutation = { addCustomersToGroup: { customerGroup: { id: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RemoveCustomersFromGroupMutationVariables = Exact<{
  g: string | number;
  c: Array<string | number> | string | number;
}>;


export type RemoveCustomersFromGroupMutation = { removeCustomersFromGroup: { customerGroup: { id: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CustomerGroupsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerGroupsOfQuery = { customer: { version: number, primaryGroupId: string | null, primaryGroup: { id: string } | null, groups: Array<{ id: string }> } | null };

export type CreateCustomerInGroupsMutationVariables = Exact<{
  i: CreateCustomerInput;
}>;


export type CreateCustomerInGroupsMutation = { createCustomer: { customer: { id: string } | null, errors: Array<{ code: UserErrorCode }> } };

export type CreateGraceMutationVariables = Exact<{
  i: CreateCustomerInput;
}>;


export type CreateGraceMutation = { createCustomer: { errors: Array<{ code: UserErrorCode }> } };

export type SeededCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededCustomersQuery = { customers: { count: number, items: Array<{ email: string, firstName: string | null, groups: Array<{ name: string }>, primaryGroup: { name: string } | null, addresses: Array<{ label: string | null, city: string | null, countryCode: string | null, isDefaultBilling: boolean }> }> } };

export type LiveCountOneQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveCountOneQuery = { customers: { count: number } };

export type LoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, adminUser: { email: string, scopes: Array<string> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateAdminUserMutationVariables = Exact<{
  input: CreateAdminUserInput;
}>;


export type CreateAdminUserMutation = { createAdminUser: { adminUser: { id: string, email: string, scopes: Array<string>, isActive: boolean } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateAdminUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminUserInput;
}>;


export type UpdateAdminUserMutation = { updateAdminUser: { adminUser: { id: string, scopes: Array<string>, isActive: boolean } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type CustomerFieldsFragment = { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null };

export type AddressFieldsFragment = { id: string, customerId: string, label: string | null, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, company: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, phone: string | null, fax: string | null, vatId: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, region: { code: string | null, name: string | null, id: number | null } | null, customAttributes: Array<{ attributeCode: string, value: unknown }> };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { customer: { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { customer: { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type GetCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCustomerQuery = { customer: { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null } | null };

export type CustomerWithAddressesFragment = { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, addresses: Array<{ id: string, customerId: string, label: string | null, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, company: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, phone: string | null, fax: string | null, vatId: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, region: { code: string | null, name: string | null, id: number | null } | null, customAttributes: Array<{ attributeCode: string, value: unknown }> }>, defaultBillingAddress: { id: string } | null, defaultShippingAddress: { id: string } | null, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null };

export type GetCustomerWithAddressesQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCustomerWithAddressesQuery = { customer: { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, addresses: Array<{ id: string, customerId: string, label: string | null, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, company: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, phone: string | null, fax: string | null, vatId: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, region: { code: string | null, name: string | null, id: number | null } | null, customAttributes: Array<{ attributeCode: string, value: unknown }> }>, defaultBillingAddress: { id: string } | null, defaultShippingAddress: { id: string } | null, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null } | null };

export type CreateCustomerWithAddressesMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerWithAddressesMutation = { createCustomer: { customer: { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, addresses: Array<{ id: string, customerId: string, label: string | null, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, company: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, phone: string | null, fax: string | null, vatId: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, region: { code: string | null, name: string | null, id: number | null } | null, customAttributes: Array<{ attributeCode: string, value: unknown }> }>, defaultBillingAddress: { id: string } | null, defaultShippingAddress: { id: string } | null, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateCustomerWithAddressesMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerWithAddressesMutation = { updateCustomer: { customer: { id: string, email: string, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, phone: string | null, companyName: string | null, dateOfBirth: string | null, gender: Gender | null, taxVat: string | null, hasAccount: boolean, websiteId: number, storeId: number | null, createdIn: string | null, confirmation: string | null, disableAutoGroupChange: boolean, isSubscribed: boolean, primaryGroupId: string | null, metadata: Record<string, unknown>, extensionAttributes: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, version: number, addresses: Array<{ id: string, customerId: string, label: string | null, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, company: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, phone: string | null, fax: string | null, vatId: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, region: { code: string | null, name: string | null, id: number | null } | null, customAttributes: Array<{ attributeCode: string, value: unknown }> }>, defaultBillingAddress: { id: string } | null, defaultShippingAddress: { id: string } | null, customAttributes: Array<{ attributeCode: string, value: unknown }>, groups: Array<{ id: string, name: string }>, primaryGroup: { id: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string> }> } };

export type CustomerIdByEmailQueryVariables = Exact<{
  e: string;
}>;


export type CustomerIdByEmailQuery = { customerByEmail: { id: string } | null };

export type DeleteCustomerMutationVariables = Exact<{
  id: string | number;
  v?: number | null | undefined;
}>;


export type DeleteCustomerMutation = { deleteCustomer: { customer: { id: string, deletedAt: string | null, version: number } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RestoreCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreCustomerMutation = { restoreCustomer: { customer: { id: string, deletedAt: string | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ChangeCustomerEmailMutationVariables = Exact<{
  id: string | number;
  email: string;
  v?: number | null | undefined;
}>;


export type ChangeCustomerEmailMutation = { changeCustomerEmail: { customer: { id: string, email: string, version: number } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SetCustomerPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type SetCustomerPasswordMutation = { setCustomerPassword: { customer: { id: string, hasAccount: boolean } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateCustomerGroupMutationVariables = Exact<{
  input: CreateCustomerGroupInput;
}>;


export type CreateCustomerGroupMutation = { createCustomerGroup: { customerGroup: { id: string, name: string, code: string | null, taxClassId: number | null, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateCustomerAddressMutationVariables = Exact<{
  customerId: string | number;
  input: AddressInput;
}>;


export type CreateCustomerAddressMutation = { createCustomerAddress: { address: { id: string, customerId: string, label: string | null, firstName: string | null, lastName: string | null, middleName: string | null, prefix: string | null, suffix: string | null, company: string | null, street: Array<string>, city: string | null, postalCode: string | null, countryCode: string | null, phone: string | null, fax: string | null, vatId: string | null, isDefaultBilling: boolean, isDefaultShipping: boolean, metadata: Record<string, unknown>, createdAt: string, updatedAt: string, region: { code: string | null, name: string | null, id: number | null } | null, customAttributes: Array<{ attributeCode: string, value: unknown }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { tokenId: string, kind: string, scopes: Array<string>, adminUser: { email: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}
    `, {"fragmentName":"CustomerFields"}) as unknown as TypedDocumentString<CustomerFieldsFragment, unknown>;
export const AddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment AddressFields on Address {
  id
  customerId
  label
  firstName
  lastName
  middleName
  prefix
  suffix
  company
  street
  city
  postalCode
  region {
    code
    name
    id
  }
  countryCode
  phone
  fax
  vatId
  isDefaultBilling
  isDefaultShipping
  metadata
  customAttributes {
    attributeCode
    value
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"AddressFields"}) as unknown as TypedDocumentString<AddressFieldsFragment, unknown>;
export const CustomerWithAddressesFragmentDoc = new TypedDocumentString(`
    fragment CustomerWithAddresses on Customer {
  ...CustomerFields
  addresses {
    ...AddressFields
  }
  defaultBillingAddress {
    id
  }
  defaultShippingAddress {
    id
  }
}
    fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}
fragment AddressFields on Address {
  id
  customerId
  label
  firstName
  lastName
  middleName
  prefix
  suffix
  company
  street
  city
  postalCode
  region {
    code
    name
    id
  }
  countryCode
  phone
  fax
  vatId
  isDefaultBilling
  isDefaultShipping
  metadata
  customAttributes {
    attributeCode
    value
  }
  createdAt
  updatedAt
}`, {"fragmentName":"CustomerWithAddresses"}) as unknown as TypedDocumentString<CustomerWithAddressesFragment, unknown>;
export const CreateCustomerIdOnlyDocument = new TypedDocumentString(`
    mutation CreateCustomerIdOnly($i: CreateCustomerInput!) {
  createCustomer(input: $i) {
    customer {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCustomerIdOnlyMutation, CreateCustomerIdOnlyMutationVariables>;
export const DeleteCustomerCodesDocument = new TypedDocumentString(`
    mutation DeleteCustomerCodes($id: ID!) {
  deleteCustomer(id: $id) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCustomerCodesMutation, DeleteCustomerCodesMutationVariables>;
export const DeleteUnknownAddressDocument = new TypedDocumentString(`
    mutation DeleteUnknownAddress {
  deleteCustomerAddress(id: "nope") {
    address {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteUnknownAddressMutation, DeleteUnknownAddressMutationVariables>;
export const DeleteAddressDocument = new TypedDocumentString(`
    mutation DeleteAddress($id: ID!) {
  deleteCustomerAddress(id: $id) {
    address {
      id
      city
      isDefaultBilling
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const AddressCustomersDocument = new TypedDocumentString(`
    query AddressCustomers($id: ID!) {
  customer(id: $id) {
    addresses {
      customer {
        id
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AddressCustomersQuery, AddressCustomersQueryVariables>;
export const CreateAddressIdOnlyDocument = new TypedDocumentString(`
    mutation CreateAddressIdOnly($c: ID!) {
  createCustomerAddress(customerId: $c, input: {city: "x"}) {
    address {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAddressIdOnlyMutation, CreateAddressIdOnlyMutationVariables>;
export const CreateAddressCityDocument = new TypedDocumentString(`
    mutation CreateAddressCity($c: ID!) {
  createCustomerAddress(customerId: $c, input: {city: "x"}) {
    address {
      city
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAddressCityMutation, CreateAddressCityMutationVariables>;
export const SetDefaultUnknownAddressDocument = new TypedDocumentString(`
    mutation SetDefaultUnknownAddress {
  setDefaultCustomerAddress(addressId: "x", type: BILLING) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetDefaultUnknownAddressMutation, SetDefaultUnknownAddressMutationVariables>;
export const SetDefaultAddressDocument = new TypedDocumentString(`
    mutation SetDefaultAddress($a: ID!, $t: AddressType!) {
  setDefaultCustomerAddress(addressId: $a, type: $t) {
    address {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SetDefaultAddressMutation, SetDefaultAddressMutationVariables>;
export const UpdateAddressDocument = new TypedDocumentString(`
    mutation UpdateAddress($id: ID!, $i: UpdateAddressInput!) {
  updateCustomerAddress(id: $id, input: $i) {
    address {
      ...AddressFields
    }
    errors {
      code
      field
    }
  }
}
    fragment AddressFields on Address {
  id
  customerId
  label
  firstName
  lastName
  middleName
  prefix
  suffix
  company
  street
  city
  postalCode
  region {
    code
    name
    id
  }
  countryCode
  phone
  fax
  vatId
  isDefaultBilling
  isDefaultShipping
  metadata
  customAttributes {
    attributeCode
    value
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateAddressMutation, UpdateAddressMutationVariables>;
export const MyAdminUserIdDocument = new TypedDocumentString(`
    query MyAdminUserId {
  me {
    adminUser {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MyAdminUserIdQuery, MyAdminUserIdQueryVariables>;
export const DeleteAdminUserDocument = new TypedDocumentString(`
    mutation DeleteAdminUser($id: ID!) {
  deleteAdminUser(id: $id) {
    adminUser {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAdminUserMutation, DeleteAdminUserMutationVariables>;
export const CustomerConfirmationDocument = new TypedDocumentString(`
    query CustomerConfirmation($id: ID!) {
  customer(id: $id) {
    id
    confirmation
  }
}
    `) as unknown as TypedDocumentString<CustomerConfirmationQuery, CustomerConfirmationQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    tokenPrefix
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    apiToken {
      revokedAt
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateInvalidApiTokenDocument = new TypedDocumentString(`
    mutation CreateInvalidApiToken {
  createApiToken(
    input: {name: " ", scopes: ["customers:read", "everything"], expiresInDays: 0}
  ) {
    token
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateInvalidApiTokenMutation, CreateInvalidApiTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CustomersLimitOnlyDocument = new TypedDocumentString(`
    query CustomersLimitOnly {
  customers(limit: 1) {
    limit
  }
}
    `) as unknown as TypedDocumentString<CustomersLimitOnlyQuery, CustomersLimitOnlyQueryVariables>;
export const RaceAddCustomersDocument = new TypedDocumentString(`
    mutation RaceAddCustomers($g: ID!, $c: [ID!]!) {
  addCustomersToGroup(groupId: $g, customerIds: $c) {
    customerGroup {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RaceAddCustomersMutation, RaceAddCustomersMutationVariables>;
export const DeleteListedCustomerDocument = new TypedDocumentString(`
    mutation DeleteListedCustomer($id: ID!) {
  deleteCustomer(id: $id) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteListedCustomerMutation, DeleteListedCustomerMutationVariables>;
export const GiveSuffixDocument = new TypedDocumentString(`
    mutation GiveSuffix($id: ID!) {
  updateCustomer(id: $id, input: {suffix: "Jr."}) {
    customer {
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<GiveSuffixMutation, GiveSuffixMutationVariables>;
export const CustomersByManyIdsDocument = new TypedDocumentString(`
    query CustomersByManyIds($ids: [ID!]) {
  customers(filter: {ids: $ids}) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CustomersByManyIdsQuery, CustomersByManyIdsQueryVariables>;
export const CustomersFourSortKeysDocument = new TypedDocumentString(`
    query CustomersFourSortKeys {
  customers(
    sort: [{field: EMAIL}, {field: FIRST_NAME}, {field: LAST_NAME}, {field: CREATED_AT}]
  ) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CustomersFourSortKeysQuery, CustomersFourSortKeysQueryVariables>;
export const UnfilteredTotalCountDocument = new TypedDocumentString(`
    query UnfilteredTotalCount {
  customersConnection(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UnfilteredTotalCountQuery, UnfilteredTotalCountQueryVariables>;
export const CountOnWebsiteDocument = new TypedDocumentString(`
    query CountOnWebsite {
  customers(limit: 0, filter: {websiteId: 7}) {
    count
  }
}
    `) as unknown as TypedDocumentString<CountOnWebsiteQuery, CountOnWebsiteQueryVariables>;
export const LiveCustomerCountDocument = new TypedDocumentString(`
    query LiveCustomerCount {
  customers(limit: 0) {
    count
  }
}
    `) as unknown as TypedDocumentString<LiveCustomerCountQuery, LiveCustomerCountQueryVariables>;
export const CustomersOverLimitDocument = new TypedDocumentString(`
    query CustomersOverLimit {
  customers(limit: 501) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CustomersOverLimitQuery, CustomersOverLimitQueryVariables>;
export const CustomersAtLimitDocument = new TypedDocumentString(`
    query CustomersAtLimit {
  customers(limit: 500) {
    limit
  }
}
    `) as unknown as TypedDocumentString<CustomersAtLimitQuery, CustomersAtLimitQueryVariables>;
export const SchemaFieldNamesDocument = new TypedDocumentString(`
    query SchemaFieldNames {
  __schema {
    types {
      name
      fields {
        name
      }
      inputFields {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaFieldNamesQuery, SchemaFieldNamesQueryVariables>;
export const CustomerByEmailOnWebsiteDocument = new TypedDocumentString(`
    query CustomerByEmailOnWebsite($e: String!) {
  customerByEmail(email: $e, websiteId: 0) {
    email
    hasAccount
  }
}
    `) as unknown as TypedDocumentString<CustomerByEmailOnWebsiteQuery, CustomerByEmailOnWebsiteQueryVariables>;
export const CustomerCountByEmailDocument = new TypedDocumentString(`
    query CustomerCountByEmail($e: String!) {
  customers(filter: {email: $e}) {
    count
  }
}
    `) as unknown as TypedDocumentString<CustomerCountByEmailQuery, CustomerCountByEmailQueryVariables>;
export const CustomerPageWithoutCountDocument = new TypedDocumentString(`
    query CustomerPageWithoutCount {
  customers(limit: 5) {
    items {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerPageWithoutCountQuery, CustomerPageWithoutCountQueryVariables>;
export const CustomerPageWithCountDocument = new TypedDocumentString(`
    query CustomerPageWithCount {
  customers(limit: 5) {
    count
    items {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerPageWithCountQuery, CustomerPageWithCountQueryVariables>;
export const CreateCustomerIdOnlyForFaultDocument = new TypedDocumentString(`
    mutation CreateCustomerIdOnlyForFault($i: CreateCustomerInput!) {
  createCustomer(input: $i) {
    customer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCustomerIdOnlyForFaultMutation, CreateCustomerIdOnlyForFaultMutationVariables>;
export const MyKindDocument = new TypedDocumentString(`
    query MyKind {
  me {
    kind
  }
}
    `) as unknown as TypedDocumentString<MyKindQuery, MyKindQueryVariables>;
export const CreateWithExternalIdsDocument = new TypedDocumentString(`
    mutation CreateWithExternalIds($i: CreateCustomerInput!) {
  createCustomer(input: $i) {
    customer {
      id
      externalSource
      externalId
      createdBy
      addresses {
        externalId
        extensionAttributes
      }
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWithExternalIdsMutation, CreateWithExternalIdsMutationVariables>;
export const CustomersByExternalIdsDocument = new TypedDocumentString(`
    query CustomersByExternalIds($f: CustomerFilter) {
  customers(filter: $f) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CustomersByExternalIdsQuery, CustomersByExternalIdsQueryVariables>;
export const DeleteGroupDocument = new TypedDocumentString(`
    mutation DeleteGroup($id: ID!) {
  deleteCustomerGroup(id: $id) {
    customerGroup {
      id
      deletedAt
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const DeletedGroupMembersDocument = new TypedDocumentString(`
    query DeletedGroupMembers($id: ID!) {
  customerGroup(id: $id) {
    id
    deletedAt
    customers {
      items {
        id
      }
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DeletedGroupMembersQuery, DeletedGroupMembersQueryVariables>;
export const CustomersInGroupsDocument = new TypedDocumentString(`
    query CustomersInGroups($g: [ID!]) {
  customers(filter: {groupIds: $g}) {
    items {
      id
    }
    count
  }
}
    `) as unknown as TypedDocumentString<CustomersInGroupsQuery, CustomersInGroupsQueryVariables>;
export const GroupIdsByNameDocument = new TypedDocumentString(`
    query GroupIdsByName($q: String) {
  customerGroups(q: $q) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GroupIdsByNameQuery, GroupIdsByNameQueryVariables>;
export const DeleteGroupAgainDocument = new TypedDocumentString(`
    mutation DeleteGroupAgain($id: ID!) {
  deleteCustomerGroup(id: $id) {
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteGroupAgainMutation, DeleteGroupAgainMutationVariables>;
export const SetPrimaryGroupDocument = new TypedDocumentString(`
    mutation SetPrimaryGroup($id: ID!, $g: ID) {
  updateCustomer(id: $id, input: {primaryGroupId: $g}) {
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SetPrimaryGroupMutation, SetPrimaryGroupMutationVariables>;
export const SetPrimaryGroupCodeDocument = new TypedDocumentString(`
    mutation SetPrimaryGroupCode($id: ID!, $g: ID) {
  updateCustomer(id: $id, input: {primaryGroupId: $g}) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetPrimaryGroupCodeMutation, SetPrimaryGroupCodeMutationVariables>;
export const DeleteGroupCodeDocument = new TypedDocumentString(`
    mutation DeleteGroupCode($id: ID!) {
  deleteCustomerGroup(id: $id) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteGroupCodeMutation, DeleteGroupCodeMutationVariables>;
export const SetOnlyGroupDocument = new TypedDocumentString(`
    mutation SetOnlyGroup($id: ID!, $g: ID!) {
  updateCustomer(id: $id, input: {groupIds: [$g]}) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetOnlyGroupMutation, SetOnlyGroupMutationVariables>;
export const GroupsOverLimitDocument = new TypedDocumentString(`
    query GroupsOverLimit {
  customerGroups(limit: 501) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GroupsOverLimitQuery, GroupsOverLimitQueryVariables>;
export const GroupMembersOverLimitDocument = new TypedDocumentString(`
    query GroupMembersOverLimit($id: ID!) {
  customerGroup(id: $id) {
    customers(limit: 501) {
      items {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupMembersOverLimitQuery, GroupMembersOverLimitQueryVariables>;
export const GroupMembersIdsDocument = new TypedDocumentString(`
    query GroupMembersIds($id: ID!) {
  customerGroup(id: $id) {
    id
    customers {
      items {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupMembersIdsQuery, GroupMembersIdsQueryVariables>;
export const GroupIdsDocument = new TypedDocumentString(`
    query GroupIds {
  customerGroups {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GroupIdsQuery, GroupIdsQueryVariables>;
export const UpdateGroupDocument = new TypedDocumentString(`
    mutation UpdateGroup($id: ID!, $i: UpdateCustomerGroupInput!) {
  updateCustomerGroup(id: $id, input: $i) {
    customerGroup {
      id
      name
      code
      taxClassId
      metadata
      createdAt
      updatedAt
      deletedAt
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const AddCustomersToGroupDocument = new TypedDocumentString(`
    mutation AddCustomersToGroup($g: ID!, $c: [ID!]!) {
  addCustomersToGroup(groupId: $g, customerIds: $c) {
    customerGroup {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddCustomersToGroupMutation, AddCustomersToGroupMutationVariables>;
export const RemoveCustomersFromGroupDocument = new TypedDocumentString(`
    mutation RemoveCustomersFromGroup($g: ID!, $c: [ID!]!) {
  removeCustomersFromGroup(groupId: $g, customerIds: $c) {
    customerGroup {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveCustomersFromGroupMutation, RemoveCustomersFromGroupMutationVariables>;
export const CustomerGroupsOfDocument = new TypedDocumentString(`
    query CustomerGroupsOf($id: ID!) {
  customer(id: $id) {
    version
    primaryGroupId
    primaryGroup {
      id
    }
    groups {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerGroupsOfQuery, CustomerGroupsOfQueryVariables>;
export const CreateCustomerInGroupsDocument = new TypedDocumentString(`
    mutation CreateCustomerInGroups($i: CreateCustomerInput!) {
  createCustomer(input: $i) {
    customer {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCustomerInGroupsMutation, CreateCustomerInGroupsMutationVariables>;
export const CreateGraceDocument = new TypedDocumentString(`
    mutation CreateGrace($i: CreateCustomerInput!) {
  createCustomer(input: $i) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGraceMutation, CreateGraceMutationVariables>;
export const SeededCustomersDocument = new TypedDocumentString(`
    query SeededCustomers {
  customers(limit: 3, q: "first-1") {
    count
    items {
      email
      firstName
      groups {
        name
      }
      primaryGroup {
        name
      }
      addresses {
        label
        city
        countryCode
        isDefaultBilling
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeededCustomersQuery, SeededCustomersQueryVariables>;
export const LiveCountOneDocument = new TypedDocumentString(`
    query LiveCountOne {
  customers(limit: 1) {
    count
  }
}
    `) as unknown as TypedDocumentString<LiveCountOneQuery, LiveCountOneQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
    expiresAt
    adminUser {
      email
      scopes
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CreateAdminUserDocument = new TypedDocumentString(`
    mutation CreateAdminUser($input: CreateAdminUserInput!) {
  createAdminUser(input: $input) {
    adminUser {
      id
      email
      scopes
      isActive
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAdminUserMutation, CreateAdminUserMutationVariables>;
export const UpdateAdminUserDocument = new TypedDocumentString(`
    mutation UpdateAdminUser($id: ID!, $input: UpdateAdminUserInput!) {
  updateAdminUser(id: $id, input: $input) {
    adminUser {
      id
      scopes
      isActive
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAdminUserMutation, UpdateAdminUserMutationVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}`) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}`) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const GetCustomerDocument = new TypedDocumentString(`
    query GetCustomer($id: ID!) {
  customer(id: $id) {
    ...CustomerFields
  }
}
    fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}`) as unknown as TypedDocumentString<GetCustomerQuery, GetCustomerQueryVariables>;
export const GetCustomerWithAddressesDocument = new TypedDocumentString(`
    query GetCustomerWithAddresses($id: ID!) {
  customer(id: $id) {
    ...CustomerWithAddresses
  }
}
    fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}
fragment AddressFields on Address {
  id
  customerId
  label
  firstName
  lastName
  middleName
  prefix
  suffix
  company
  street
  city
  postalCode
  region {
    code
    name
    id
  }
  countryCode
  phone
  fax
  vatId
  isDefaultBilling
  isDefaultShipping
  metadata
  customAttributes {
    attributeCode
    value
  }
  createdAt
  updatedAt
}
fragment CustomerWithAddresses on Customer {
  ...CustomerFields
  addresses {
    ...AddressFields
  }
  defaultBillingAddress {
    id
  }
  defaultShippingAddress {
    id
  }
}`) as unknown as TypedDocumentString<GetCustomerWithAddressesQuery, GetCustomerWithAddressesQueryVariables>;
export const CreateCustomerWithAddressesDocument = new TypedDocumentString(`
    mutation CreateCustomerWithAddresses($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    customer {
      ...CustomerWithAddresses
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}
fragment AddressFields on Address {
  id
  customerId
  label
  firstName
  lastName
  middleName
  prefix
  suffix
  company
  street
  city
  postalCode
  region {
    code
    name
    id
  }
  countryCode
  phone
  fax
  vatId
  isDefaultBilling
  isDefaultShipping
  metadata
  customAttributes {
    attributeCode
    value
  }
  createdAt
  updatedAt
}
fragment CustomerWithAddresses on Customer {
  ...CustomerFields
  addresses {
    ...AddressFields
  }
  defaultBillingAddress {
    id
  }
  defaultShippingAddress {
    id
  }
}`) as unknown as TypedDocumentString<CreateCustomerWithAddressesMutation, CreateCustomerWithAddressesMutationVariables>;
export const UpdateCustomerWithAddressesDocument = new TypedDocumentString(`
    mutation UpdateCustomerWithAddresses($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    customer {
      ...CustomerWithAddresses
    }
    errors {
      code
      field
    }
  }
}
    fragment CustomerFields on Customer {
  id
  email
  firstName
  lastName
  middleName
  prefix
  suffix
  phone
  companyName
  dateOfBirth
  gender
  taxVat
  hasAccount
  websiteId
  storeId
  createdIn
  confirmation
  disableAutoGroupChange
  isSubscribed
  primaryGroupId
  metadata
  customAttributes {
    attributeCode
    value
  }
  extensionAttributes
  createdAt
  updatedAt
  deletedAt
  version
  groups {
    id
    name
  }
  primaryGroup {
    id
  }
}
fragment AddressFields on Address {
  id
  customerId
  label
  firstName
  lastName
  middleName
  prefix
  suffix
  company
  street
  city
  postalCode
  region {
    code
    name
    id
  }
  countryCode
  phone
  fax
  vatId
  isDefaultBilling
  isDefaultShipping
  metadata
  customAttributes {
    attributeCode
    value
  }
  createdAt
  updatedAt
}
fragment CustomerWithAddresses on Customer {
  ...CustomerFields
  addresses {
    ...AddressFields
  }
  defaultBillingAddress {
    id
  }
  defaultShippingAddress {
    id
  }
}`) as unknown as TypedDocumentString<UpdateCustomerWithAddressesMutation, UpdateCustomerWithAddressesMutationVariables>;
export const CustomerIdByEmailDocument = new TypedDocumentString(`
    query CustomerIdByEmail($e: String!) {
  customerByEmail(email: $e) {
    id
  }
}
    `) as unknown as TypedDocumentString<CustomerIdByEmailQuery, CustomerIdByEmailQueryVariables>;
export const DeleteCustomerDocument = new TypedDocumentString(`
    mutation DeleteCustomer($id: ID!, $v: Int) {
  deleteCustomer(id: $id, expectedVersion: $v) {
    customer {
      id
      deletedAt
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteCustomerMutation, DeleteCustomerMutationVariables>;
export const RestoreCustomerDocument = new TypedDocumentString(`
    mutation RestoreCustomer($id: ID!) {
  restoreCustomer(id: $id) {
    customer {
      id
      deletedAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<RestoreCustomerMutation, RestoreCustomerMutationVariables>;
export const ChangeCustomerEmailDocument = new TypedDocumentString(`
    mutation ChangeCustomerEmail($id: ID!, $email: String!, $v: Int) {
  changeCustomerEmail(id: $id, email: $email, expectedVersion: $v) {
    customer {
      id
      email
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<ChangeCustomerEmailMutation, ChangeCustomerEmailMutationVariables>;
export const SetCustomerPasswordDocument = new TypedDocumentString(`
    mutation SetCustomerPassword($id: ID!, $password: String!) {
  setCustomerPassword(id: $id, password: $password) {
    customer {
      id
      hasAccount
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<SetCustomerPasswordMutation, SetCustomerPasswordMutationVariables>;
export const CreateCustomerGroupDocument = new TypedDocumentString(`
    mutation CreateCustomerGroup($input: CreateCustomerGroupInput!) {
  createCustomerGroup(input: $input) {
    customerGroup {
      id
      name
      code
      taxClassId
      metadata
      createdAt
      updatedAt
      deletedAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<CreateCustomerGroupMutation, CreateCustomerGroupMutationVariables>;
export const CreateCustomerAddressDocument = new TypedDocumentString(`
    mutation CreateCustomerAddress($customerId: ID!, $input: AddressInput!) {
  createCustomerAddress(customerId: $customerId, input: $input) {
    address {
      ...AddressFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment AddressFields on Address {
  id
  customerId
  label
  firstName
  lastName
  middleName
  prefix
  suffix
  company
  street
  city
  postalCode
  region {
    code
    name
    id
  }
  countryCode
  phone
  fax
  vatId
  isDefaultBilling
  isDefaultShipping
  metadata
  customAttributes {
    attributeCode
    value
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateCustomerAddressMutation, CreateCustomerAddressMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    tokenId
    kind
    scopes
    adminUser {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;