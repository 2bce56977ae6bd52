/* eslint-disable */
import * as types from './graphql';



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
    "\n  mutation CreateCustomerIdOnly($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CreateCustomerIdOnlyDocument,
    "\n  mutation DeleteCustomerCodes($id: ID!) {\n    deleteCustomer(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.DeleteCustomerCodesDocument,
    "\n  mutation DeleteUnknownAddress {\n    deleteCustomerAddress(id: \"nope\") {\n      address {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.DeleteUnknownAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteCustomerAddress(id: $id) {\n      address {\n        id\n        city\n        isDefaultBilling\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.DeleteAddressDocument,
    "\n  query AddressCustomers($id: ID!) {\n    customer(id: $id) {\n      addresses {\n        customer {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.AddressCustomersDocument,
    "\n  mutation CreateAddressIdOnly($c: ID!) {\n    createCustomerAddress(customerId: $c, input: { city: \"x\" }) {\n      address {\n        id\n      }\n    }\n  }\n": typeof types.CreateAddressIdOnlyDocument,
    "\n  mutation CreateAddressCity($c: ID!) {\n    createCustomerAddress(customerId: $c, input: { city: \"x\" }) {\n      address {\n        city\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.CreateAddressCityDocument,
    "\n  mutation SetDefaultUnknownAddress {\n    setDefaultCustomerAddress(addressId: \"x\", type: BILLING) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SetDefaultUnknownAddressDocument,
    "\n  mutation SetDefaultAddress($a: ID!, $t: AddressType!) {\n    setDefaultCustomerAddress(addressId: $a, type: $t) {\n      address {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.SetDefaultAddressDocument,
    "\n  mutation UpdateAddress($id: ID!, $i: UpdateAddressInput!) {\n    updateCustomerAddress(id: $id, input: $i) {\n      address {\n        ...AddressFields\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.UpdateAddressDocument,
    "\n  query MyAdminUserId {\n    me {\n      adminUser {\n        id\n      }\n    }\n  }\n": typeof types.MyAdminUserIdDocument,
    "\n  mutation DeleteAdminUser($id: ID!) {\n    deleteAdminUser(id: $id) {\n      adminUser {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.DeleteAdminUserDocument,
    "\n  query CustomerConfirmation($id: ID!) {\n    customer(id: $id) {\n      id\n      confirmation\n    }\n  }\n": typeof types.CustomerConfirmationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      tokenPrefix\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        revokedAt\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateInvalidApiToken {\n    createApiToken(input: { name: \" \", scopes: [\"customers:read\", \"everything\"], expiresInDays: 0 }) {\n      token\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CreateInvalidApiTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query CustomersLimitOnly {\n    customers(limit: 1) {\n      limit\n    }\n  }\n": typeof types.CustomersLimitOnlyDocument,
    "\n  mutation RaceAddCustomers($g: ID!, $c: [ID!]!) {\n    addCustomersToGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RaceAddCustomersDocument,
    "\n  mutation DeleteListedCustomer($id: ID!) {\n    deleteCustomer(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.DeleteListedCustomerDocument,
    "\n  mutation GiveSuffix($id: ID!) {\n    updateCustomer(id: $id, input: { suffix: \"Jr.\" }) {\n      customer {\n        updatedAt\n      }\n    }\n  }\n": typeof types.GiveSuffixDocument,
    "\n  query CustomersByManyIds($ids: [ID!]) {\n    customers(filter: { ids: $ids }) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.CustomersByManyIdsDocument,
    "\n  query CustomersFourSortKeys {\n    customers(sort: [{ field: EMAIL }, { field: FIRST_NAME }, { field: LAST_NAME }, { field: CREATED_AT }]) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.CustomersFourSortKeysDocument,
    "\n  query UnfilteredTotalCount {\n    customersConnection(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.UnfilteredTotalCountDocument,
    "\n  query CountOnWebsite {\n    customers(limit: 0, filter: { websiteId: 7 }) {\n      count\n    }\n  }\n": typeof types.CountOnWebsiteDocument,
    "\n  query LiveCustomerCount {\n    customers(limit: 0) {\n      count\n    }\n  }\n": typeof types.LiveCustomerCountDocument,
    "\n  query CustomersOverLimit {\n    customers(limit: 501) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.CustomersOverLimitDocument,
    "\n  query CustomersAtLimit {\n    customers(limit: 500) {\n      limit\n    }\n  }\n": typeof types.CustomersAtLimitDocument,
    "\n  query SchemaFieldNames {\n    __schema {\n      types {\n        name\n        fields {\n          name\n        }\n        inputFields {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SchemaFieldNamesDocument,
    "\n  query CustomerByEmailOnWebsite($e: String!) {\n    customerByEmail(email: $e, websiteId: 0) {\n      email\n      hasAccount\n    }\n  }\n": typeof types.CustomerByEmailOnWebsiteDocument,
    "\n  query CustomerCountByEmail($e: String!) {\n    customers(filter: { email: $e }) {\n      count\n    }\n  }\n": typeof types.CustomerCountByEmailDocument,
    "\n  query CustomerPageWithoutCount {\n    customers(limit: 5) {\n      items {\n        id\n        email\n      }\n    }\n  }\n": typeof types.CustomerPageWithoutCountDocument,
    "\n  query CustomerPageWithCount {\n    customers(limit: 5) {\n      count\n      items {\n        id\n        email\n      }\n    }\n  }\n": typeof types.CustomerPageWithCountDocument,
    "\n  mutation CreateCustomerIdOnlyForFault($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.CreateCustomerIdOnlyForFaultDocument,
    "\n  query MyKind {\n    me {\n      kind\n    }\n  }\n": typeof types.MyKindDocument,
    "\n  mutation CreateWithExternalIds($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n        externalSource\n        externalId\n        createdBy\n        addresses {\n          externalId\n          extensionAttributes\n        }\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CreateWithExternalIdsDocument,
    "\n  query CustomersByExternalIds($f: CustomerFilter) {\n    customers(filter: $f) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.CustomersByExternalIdsDocument,
    "\n  mutation DeleteGroup($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      customerGroup {\n        id\n        deletedAt\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.DeleteGroupDocument,
    "\n  query DeletedGroupMembers($id: ID!) {\n    customerGroup(id: $id) {\n      id\n      deletedAt\n      customers {\n        items {\n          id\n        }\n        count\n      }\n    }\n  }\n": typeof types.DeletedGroupMembersDocument,
    "\n  query CustomersInGroups($g: [ID!]) {\n    customers(filter: { groupIds: $g }) {\n      items {\n        id\n      }\n      count\n    }\n  }\n": typeof types.CustomersInGroupsDocument,
    "\n  query GroupIdsByName($q: String) {\n    customerGroups(q: $q) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.GroupIdsByNameDocument,
    "\n  mutation DeleteGroupAgain($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.DeleteGroupAgainDocument,
    "\n  mutation SetPrimaryGroup($id: ID!, $g: ID) {\n    updateCustomer(id: $id, input: { primaryGroupId: $g }) {\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.SetPrimaryGroupDocument,
    "\n  mutation SetPrimaryGroupCode($id: ID!, $g: ID) {\n    updateCustomer(id: $id, input: { primaryGroupId: $g }) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SetPrimaryGroupCodeDocument,
    "\n  mutation DeleteGroupCode($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.DeleteGroupCodeDocument,
    "\n  mutation SetOnlyGroup($id: ID!, $g: ID!) {\n    updateCustomer(id: $id, input: { groupIds: [$g] }) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SetOnlyGroupDocument,
    "\n  query GroupsOverLimit {\n    customerGroups(limit: 501) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.GroupsOverLimitDocument,
    "\n  query GroupMembersOverLimit($id: ID!) {\n    customerGroup(id: $id) {\n      customers(limit: 501) {\n        items {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersOverLimitDocument,
    "\n  query GroupMembersIds($id: ID!) {\n    customerGroup(id: $id) {\n      id\n      customers {\n        items {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersIdsDocument,
    "\n  query GroupIds {\n    customerGroups {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.GroupIdsDocument,
    "\n  mutation UpdateGroup($id: ID!, $i: UpdateCustomerGroupInput!) {\n    updateCustomerGroup(id: $id, input: $i) {\n      customerGroup {\n        id\n        name\n        code\n        taxClassId\n        metadata\n        createdAt\n        updatedAt\n        deletedAt\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation AddCustomersToGroup($g: ID!, $c: [ID!]!) {\n    addCustomersToGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AddCustomersToGroupDocument,
    "\n  mutation RemoveCustomersFromGroup($g: ID!, $c: [ID!]!) {\n    removeCustomersFromGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveCustomersFromGroupDocument,
    "\n  query CustomerGroupsOf($id: ID!) {\n    customer(id: $id) {\n      version\n      primaryGroupId\n      primaryGroup {\n        id\n      }\n      groups {\n        id\n      }\n    }\n  }\n": typeof types.CustomerGroupsOfDocument,
    "\n  mutation CreateCustomerInGroups($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.CreateCustomerInGroupsDocument,
    "\n  mutation CreateGrace($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.CreateGraceDocument,
    "\n  query SeededCustomers {\n    customers(limit: 3, q: \"first-1\") {\n      count\n      items {\n        email\n        firstName\n        groups {\n          name\n        }\n        primaryGroup {\n          name\n        }\n        addresses {\n          label\n          city\n          countryCode\n          isDefaultBilling\n        }\n      }\n    }\n  }\n": typeof types.SeededCustomersDocument,
    "\n  query LiveCountOne {\n    customers(limit: 1) {\n      count\n    }\n  }\n": typeof types.LiveCountOneDocument,
    "\n  mutation Login($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      expiresAt\n      adminUser {\n        email\n        scopes\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      adminUser {\n        id\n        email\n        scopes\n        isActive\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateAdminUserDocument,
    "\n  mutation UpdateAdminUser($id: ID!, $input: UpdateAdminUserInput!) {\n    updateAdminUser(id: $id, input: $input) {\n      adminUser {\n        id\n        scopes\n        isActive\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateAdminUserDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    id\n    email\n    firstName\n    lastName\n    middleName\n    prefix\n    suffix\n    phone\n    companyName\n    dateOfBirth\n    gender\n    taxVat\n    hasAccount\n    websiteId\n    storeId\n    createdIn\n    confirmation\n    disableAutoGroupChange\n    isSubscribed\n    primaryGroupId\n    metadata\n    customAttributes {\n      attributeCode\n      value\n    }\n    extensionAttributes\n    createdAt\n    updatedAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    primaryGroup {\n      id\n    }\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  fragment AddressFields on Address {\n    id\n    customerId\n    label\n    firstName\n    lastName\n    middleName\n    prefix\n    suffix\n    company\n    street\n    city\n    postalCode\n    region {\n      code\n      name\n      id\n    }\n    countryCode\n    phone\n    fax\n    vatId\n    isDefaultBilling\n    isDefaultShipping\n    metadata\n    customAttributes {\n      attributeCode\n      value\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.AddressFieldsFragmentDoc,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n": typeof types.GetCustomerDocument,
    "\n  fragment CustomerWithAddresses on Customer {\n    ...CustomerFields\n    addresses {\n      ...AddressFields\n    }\n    defaultBillingAddress {\n      id\n    }\n    defaultShippingAddress {\n      id\n    }\n  }\n": typeof types.CustomerWithAddressesFragmentDoc,
    "\n  query GetCustomerWithAddresses($id: ID!) {\n    customer(id: $id) {\n      ...CustomerWithAddresses\n    }\n  }\n": typeof types.GetCustomerWithAddressesDocument,
    "\n  mutation CreateCustomerWithAddresses($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerWithAddresses\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomerWithAddressesDocument,
    "\n  mutation UpdateCustomerWithAddresses($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerWithAddresses\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.UpdateCustomerWithAddressesDocument,
    "\n  query CustomerIdByEmail($e: String!) {\n    customerByEmail(email: $e) {\n      id\n    }\n  }\n": typeof types.CustomerIdByEmailDocument,
    "\n  mutation DeleteCustomer($id: ID!, $v: Int) {\n    deleteCustomer(id: $id, expectedVersion: $v) {\n      customer {\n        id\n        deletedAt\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  mutation RestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      customer {\n        id\n        deletedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RestoreCustomerDocument,
    "\n  mutation ChangeCustomerEmail($id: ID!, $email: String!, $v: Int) {\n    changeCustomerEmail(id: $id, email: $email, expectedVersion: $v) {\n      customer {\n        id\n        email\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeCustomerEmailDocument,
    "\n  mutation SetCustomerPassword($id: ID!, $password: String!) {\n    setCustomerPassword(id: $id, password: $password) {\n      customer {\n        id\n        hasAccount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetCustomerPasswordDocument,
    "\n  mutation CreateCustomerGroup($input: CreateCustomerGroupInput!) {\n    createCustomerGroup(input: $input) {\n      customerGroup {\n        id\n        name\n        code\n        taxClassId\n        metadata\n        createdAt\n        updatedAt\n        deletedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomerGroupDocument,
    "\n  mutation CreateCustomerAddress($customerId: ID!, $input: AddressInput!) {\n    createCustomerAddress(customerId: $customerId, input: $input) {\n      address {\n        ...AddressFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomerAddressDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query Me {\n    me {\n      tokenId\n      kind\n      scopes\n      adminUser {\n        email\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation CreateCustomerIdOnly($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.CreateCustomerIdOnlyDocument,
    "\n  mutation DeleteCustomerCodes($id: ID!) {\n    deleteCustomer(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n": types.DeleteCustomerCodesDocument,
    "\n  mutation DeleteUnknownAddress {\n    deleteCustomerAddress(id: \"nope\") {\n      address {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.DeleteUnknownAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteCustomerAddress(id: $id) {\n      address {\n        id\n        city\n        isDefaultBilling\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.DeleteAddressDocument,
    "\n  query AddressCustomers($id: ID!) {\n    customer(id: $id) {\n      addresses {\n        customer {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.AddressCustomersDocument,
    "\n  mutation CreateAddressIdOnly($c: ID!) {\n    createCustomerAddress(customerId: $c, input: { city: \"x\" }) {\n      address {\n        id\n      }\n    }\n  }\n": types.CreateAddressIdOnlyDocument,
    "\n  mutation CreateAddressCity($c: ID!) {\n    createCustomerAddress(customerId: $c, input: { city: \"x\" }) {\n      address {\n        city\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.CreateAddressCityDocument,
    "\n  mutation SetDefaultUnknownAddress {\n    setDefaultCustomerAddress(addressId: \"x\", type: BILLING) {\n      errors {\n        code\n      }\n    }\n  }\n": types.SetDefaultUnknownAddressDocument,
    "\n  mutation SetDefaultAddress($a: ID!, $t: AddressType!) {\n    setDefaultCustomerAddress(addressId: $a, type: $t) {\n      address {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.SetDefaultAddressDocument,
    "\n  mutation UpdateAddress($id: ID!, $i: UpdateAddressInput!) {\n    updateCustomerAddress(id: $id, input: $i) {\n      address {\n        ...AddressFields\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.UpdateAddressDocument,
    "\n  query MyAdminUserId {\n    me {\n      adminUser {\n        id\n      }\n    }\n  }\n": types.MyAdminUserIdDocument,
    "\n  mutation DeleteAdminUser($id: ID!) {\n    deleteAdminUser(id: $id) {\n      adminUser {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.DeleteAdminUserDocument,
    "\n  query CustomerConfirmation($id: ID!) {\n    customer(id: $id) {\n      id\n      confirmation\n    }\n  }\n": types.CustomerConfirmationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      tokenPrefix\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        revokedAt\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateInvalidApiToken {\n    createApiToken(input: { name: \" \", scopes: [\"customers:read\", \"everything\"], expiresInDays: 0 }) {\n      token\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.CreateInvalidApiTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query CustomersLimitOnly {\n    customers(limit: 1) {\n      limit\n    }\n  }\n": types.CustomersLimitOnlyDocument,
    "\n  mutation RaceAddCustomers($g: ID!, $c: [ID!]!) {\n    addCustomersToGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RaceAddCustomersDocument,
    "\n  mutation DeleteListedCustomer($id: ID!) {\n    deleteCustomer(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n": types.DeleteListedCustomerDocument,
    "\n  mutation GiveSuffix($id: ID!) {\n    updateCustomer(id: $id, input: { suffix: \"Jr.\" }) {\n      customer {\n        updatedAt\n      }\n    }\n  }\n": types.GiveSuffixDocument,
    "\n  query CustomersByManyIds($ids: [ID!]) {\n    customers(filter: { ids: $ids }) {\n      items {\n        id\n      }\n    }\n  }\n": types.CustomersByManyIdsDocument,
    "\n  query CustomersFourSortKeys {\n    customers(sort: [{ field: EMAIL }, { field: FIRST_NAME }, { field: LAST_NAME }, { field: CREATED_AT }]) {\n      items {\n        id\n      }\n    }\n  }\n": types.CustomersFourSortKeysDocument,
    "\n  query UnfilteredTotalCount {\n    customersConnection(first: 0) {\n      totalCount\n    }\n  }\n": types.UnfilteredTotalCountDocument,
    "\n  query CountOnWebsite {\n    customers(limit: 0, filter: { websiteId: 7 }) {\n      count\n    }\n  }\n": types.CountOnWebsiteDocument,
    "\n  query LiveCustomerCount {\n    customers(limit: 0) {\n      count\n    }\n  }\n": types.LiveCustomerCountDocument,
    "\n  query CustomersOverLimit {\n    customers(limit: 501) {\n      items {\n        id\n      }\n    }\n  }\n": types.CustomersOverLimitDocument,
    "\n  query CustomersAtLimit {\n    customers(limit: 500) {\n      limit\n    }\n  }\n": types.CustomersAtLimitDocument,
    "\n  query SchemaFieldNames {\n    __schema {\n      types {\n        name\n        fields {\n          name\n        }\n        inputFields {\n          name\n        }\n      }\n    }\n  }\n": types.SchemaFieldNamesDocument,
    "\n  query CustomerByEmailOnWebsite($e: String!) {\n    customerByEmail(email: $e, websiteId: 0) {\n      email\n      hasAccount\n    }\n  }\n": types.CustomerByEmailOnWebsiteDocument,
    "\n  query CustomerCountByEmail($e: String!) {\n    customers(filter: { email: $e }) {\n      count\n    }\n  }\n": types.CustomerCountByEmailDocument,
    "\n  query CustomerPageWithoutCount {\n    customers(limit: 5) {\n      items {\n        id\n        email\n      }\n    }\n  }\n": types.CustomerPageWithoutCountDocument,
    "\n  query CustomerPageWithCount {\n    customers(limit: 5) {\n      count\n      items {\n        id\n        email\n      }\n    }\n  }\n": types.CustomerPageWithCountDocument,
    "\n  mutation CreateCustomerIdOnlyForFault($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n    }\n  }\n": types.CreateCustomerIdOnlyForFaultDocument,
    "\n  query MyKind {\n    me {\n      kind\n    }\n  }\n": types.MyKindDocument,
    "\n  mutation CreateWithExternalIds($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n        externalSource\n        externalId\n        createdBy\n        addresses {\n          externalId\n          extensionAttributes\n        }\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.CreateWithExternalIdsDocument,
    "\n  query CustomersByExternalIds($f: CustomerFilter) {\n    customers(filter: $f) {\n      items {\n        id\n      }\n    }\n  }\n": types.CustomersByExternalIdsDocument,
    "\n  mutation DeleteGroup($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      customerGroup {\n        id\n        deletedAt\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.DeleteGroupDocument,
    "\n  query DeletedGroupMembers($id: ID!) {\n    customerGroup(id: $id) {\n      id\n      deletedAt\n      customers {\n        items {\n          id\n        }\n        count\n      }\n    }\n  }\n": types.DeletedGroupMembersDocument,
    "\n  query CustomersInGroups($g: [ID!]) {\n    customers(filter: { groupIds: $g }) {\n      items {\n        id\n      }\n      count\n    }\n  }\n": types.CustomersInGroupsDocument,
    "\n  query GroupIdsByName($q: String) {\n    customerGroups(q: $q) {\n      items {\n        id\n      }\n    }\n  }\n": types.GroupIdsByNameDocument,
    "\n  mutation DeleteGroupAgain($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.DeleteGroupAgainDocument,
    "\n  mutation SetPrimaryGroup($id: ID!, $g: ID) {\n    updateCustomer(id: $id, input: { primaryGroupId: $g }) {\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.SetPrimaryGroupDocument,
    "\n  mutation SetPrimaryGroupCode($id: ID!, $g: ID) {\n    updateCustomer(id: $id, input: { primaryGroupId: $g }) {\n      errors {\n        code\n      }\n    }\n  }\n": types.SetPrimaryGroupCodeDocument,
    "\n  mutation DeleteGroupCode($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n": types.DeleteGroupCodeDocument,
    "\n  mutation SetOnlyGroup($id: ID!, $g: ID!) {\n    updateCustomer(id: $id, input: { groupIds: [$g] }) {\n      errors {\n        code\n      }\n    }\n  }\n": types.SetOnlyGroupDocument,
    "\n  query GroupsOverLimit {\n    customerGroups(limit: 501) {\n      items {\n        id\n      }\n    }\n  }\n": types.GroupsOverLimitDocument,
    "\n  query GroupMembersOverLimit($id: ID!) {\n    customerGroup(id: $id) {\n      customers(limit: 501) {\n        items {\n          id\n        }\n      }\n    }\n  }\n": types.GroupMembersOverLimitDocument,
    "\n  query GroupMembersIds($id: ID!) {\n    customerGroup(id: $id) {\n      id\n      customers {\n        items {\n          id\n        }\n      }\n    }\n  }\n": types.GroupMembersIdsDocument,
    "\n  query GroupIds {\n    customerGroups {\n      items {\n        id\n      }\n    }\n  }\n": types.GroupIdsDocument,
    "\n  mutation UpdateGroup($id: ID!, $i: UpdateCustomerGroupInput!) {\n    updateCustomerGroup(id: $id, input: $i) {\n      customerGroup {\n        id\n        name\n        code\n        taxClassId\n        metadata\n        createdAt\n        updatedAt\n        deletedAt\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation AddCustomersToGroup($g: ID!, $c: [ID!]!) {\n    addCustomersToGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AddCustomersToGroupDocument,
    "\n  mutation RemoveCustomersFromGroup($g: ID!, $c: [ID!]!) {\n    removeCustomersFromGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RemoveCustomersFromGroupDocument,
    "\n  query CustomerGroupsOf($id: ID!) {\n    customer(id: $id) {\n      version\n      primaryGroupId\n      primaryGroup {\n        id\n      }\n      groups {\n        id\n      }\n    }\n  }\n": types.CustomerGroupsOfDocument,
    "\n  mutation CreateCustomerInGroups($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.CreateCustomerInGroupsDocument,
    "\n  mutation CreateGrace($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.CreateGraceDocument,
    "\n  query SeededCustomers {\n    customers(limit: 3, q: \"first-1\") {\n      count\n      items {\n        email\n        firstName\n        groups {\n          name\n        }\n        primaryGroup {\n          name\n        }\n        addresses {\n          label\n          city\n          countryCode\n          isDefaultBilling\n        }\n      }\n    }\n  }\n": types.SeededCustomersDocument,
    "\n  query LiveCountOne {\n    customers(limit: 1) {\n      count\n    }\n  }\n": types.LiveCountOneDocument,
    "\n  mutation Login($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      expiresAt\n      adminUser {\n        email\n        scopes\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      adminUser {\n        id\n        email\n        scopes\n        isActive\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateAdminUserDocument,
    "\n  mutation UpdateAdminUser($id: ID!, $input: UpdateAdminUserInput!) {\n    updateAdminUser(id: $id, input: $input) {\n      adminUser {\n        id\n        scopes\n        isActive\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateAdminUserDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    id\n    email\n    firstName\n    lastName\n    middleName\n    prefix\n    suffix\n    phone\n    companyName\n    dateOfBirth\n    gender\n    taxVat\n    hasAccount\n    websiteId\n    storeId\n    createdIn\n    confirmation\n    disableAutoGroupChange\n    isSubscribed\n    primaryGroupId\n    metadata\n    customAttributes {\n      attributeCode\n      value\n    }\n    extensionAttributes\n    createdAt\n    updatedAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    primaryGroup {\n      id\n    }\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  fragment AddressFields on Address {\n    id\n    customerId\n    label\n    firstName\n    lastName\n    middleName\n    prefix\n    suffix\n    company\n    street\n    city\n    postalCode\n    region {\n      code\n      name\n      id\n    }\n    countryCode\n    phone\n    fax\n    vatId\n    isDefaultBilling\n    isDefaultShipping\n    metadata\n    customAttributes {\n      attributeCode\n      value\n    }\n    createdAt\n    updatedAt\n  }\n": types.AddressFieldsFragmentDoc,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n": types.GetCustomerDocument,
    "\n  fragment CustomerWithAddresses on Customer {\n    ...CustomerFields\n    addresses {\n      ...AddressFields\n    }\n    defaultBillingAddress {\n      id\n    }\n    defaultShippingAddress {\n      id\n    }\n  }\n": types.CustomerWithAddressesFragmentDoc,
    "\n  query GetCustomerWithAddresses($id: ID!) {\n    customer(id: $id) {\n      ...CustomerWithAddresses\n    }\n  }\n": types.GetCustomerWithAddressesDocument,
    "\n  mutation CreateCustomerWithAddresses($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerWithAddresses\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomerWithAddressesDocument,
    "\n  mutation UpdateCustomerWithAddresses($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerWithAddresses\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.UpdateCustomerWithAddressesDocument,
    "\n  query CustomerIdByEmail($e: String!) {\n    customerByEmail(email: $e) {\n      id\n    }\n  }\n": types.CustomerIdByEmailDocument,
    "\n  mutation DeleteCustomer($id: ID!, $v: Int) {\n    deleteCustomer(id: $id, expectedVersion: $v) {\n      customer {\n        id\n        deletedAt\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteCustomerDocument,
    "\n  mutation RestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      customer {\n        id\n        deletedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RestoreCustomerDocument,
    "\n  mutation ChangeCustomerEmail($id: ID!, $email: String!, $v: Int) {\n    changeCustomerEmail(id: $id, email: $email, expectedVersion: $v) {\n      customer {\n        id\n        email\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeCustomerEmailDocument,
    "\n  mutation SetCustomerPassword($id: ID!, $password: String!) {\n    setCustomerPassword(id: $id, password: $password) {\n      customer {\n        id\n        hasAccount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetCustomerPasswordDocument,
    "\n  mutation CreateCustomerGroup($input: CreateCustomerGroupInput!) {\n    createCustomerGroup(input: $input) {\n      customerGroup {\n        id\n        name\n        code\n        taxClassId\n        metadata\n        createdAt\n        updatedAt\n        deletedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomerGroupDocument,
    "\n  mutation CreateCustomerAddress($customerId: ID!, $input: AddressInput!) {\n    createCustomerAddress(customerId: $customerId, input: $input) {\n      address {\n        ...AddressFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomerAddressDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  query Me {\n    me {\n      tokenId\n      kind\n      scopes\n      adminUser {\n        email\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerIdOnly($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerIdOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomerCodes($id: ID!) {\n    deleteCustomer(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteCustomerCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnknownAddress {\n    deleteCustomerAddress(id: \"nope\") {\n      address {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteUnknownAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAddress($id: ID!) {\n    deleteCustomerAddress(id: $id) {\n      address {\n        id\n        city\n        isDefaultBilling\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddressCustomers($id: ID!) {\n    customer(id: $id) {\n      addresses {\n        customer {\n          id\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AddressCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAddressIdOnly($c: ID!) {\n    createCustomerAddress(customerId: $c, input: { city: \"x\" }) {\n      address {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAddressIdOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAddressCity($c: ID!) {\n    createCustomerAddress(customerId: $c, input: { city: \"x\" }) {\n      address {\n        city\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAddressCityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultUnknownAddress {\n    setDefaultCustomerAddress(addressId: \"x\", type: BILLING) {\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SetDefaultUnknownAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultAddress($a: ID!, $t: AddressType!) {\n    setDefaultCustomerAddress(addressId: $a, type: $t) {\n      address {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SetDefaultAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAddress($id: ID!, $i: UpdateAddressInput!) {\n    updateCustomerAddress(id: $id, input: $i) {\n      address {\n        ...AddressFields\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAdminUserId {\n    me {\n      adminUser {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MyAdminUserIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAdminUser($id: ID!) {\n    deleteAdminUser(id: $id) {\n      adminUser {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerConfirmation($id: ID!) {\n    customer(id: $id) {\n      id\n      confirmation\n    }\n  }\n"): typeof import('./graphql').CustomerConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      tokenPrefix\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        revokedAt\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvalidApiToken {\n    createApiToken(input: { name: \" \", scopes: [\"customers:read\", \"everything\"], expiresInDays: 0 }) {\n      token\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CreateInvalidApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersLimitOnly {\n    customers(limit: 1) {\n      limit\n    }\n  }\n"): typeof import('./graphql').CustomersLimitOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceAddCustomers($g: ID!, $c: [ID!]!) {\n    addCustomersToGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RaceAddCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteListedCustomer($id: ID!) {\n    deleteCustomer(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteListedCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveSuffix($id: ID!) {\n    updateCustomer(id: $id, input: { suffix: \"Jr.\" }) {\n      customer {\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').GiveSuffixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersByManyIds($ids: [ID!]) {\n    customers(filter: { ids: $ids }) {\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CustomersByManyIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersFourSortKeys {\n    customers(sort: [{ field: EMAIL }, { field: FIRST_NAME }, { field: LAST_NAME }, { field: CREATED_AT }]) {\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CustomersFourSortKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnfilteredTotalCount {\n    customersConnection(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UnfilteredTotalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountOnWebsite {\n    customers(limit: 0, filter: { websiteId: 7 }) {\n      count\n    }\n  }\n"): typeof import('./graphql').CountOnWebsiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCustomerCount {\n    customers(limit: 0) {\n      count\n    }\n  }\n"): typeof import('./graphql').LiveCustomerCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersOverLimit {\n    customers(limit: 501) {\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CustomersOverLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersAtLimit {\n    customers(limit: 500) {\n      limit\n    }\n  }\n"): typeof import('./graphql').CustomersAtLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemaFieldNames {\n    __schema {\n      types {\n        name\n        fields {\n          name\n        }\n        inputFields {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SchemaFieldNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerByEmailOnWebsite($e: String!) {\n    customerByEmail(email: $e, websiteId: 0) {\n      email\n      hasAccount\n    }\n  }\n"): typeof import('./graphql').CustomerByEmailOnWebsiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCountByEmail($e: String!) {\n    customers(filter: { email: $e }) {\n      count\n    }\n  }\n"): typeof import('./graphql').CustomerCountByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPageWithoutCount {\n    customers(limit: 5) {\n      items {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerPageWithoutCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPageWithCount {\n    customers(limit: 5) {\n      count\n      items {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerPageWithCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerIdOnlyForFault($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerIdOnlyForFaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyKind {\n    me {\n      kind\n    }\n  }\n"): typeof import('./graphql').MyKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWithExternalIds($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n        externalSource\n        externalId\n        createdBy\n        addresses {\n          externalId\n          extensionAttributes\n        }\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWithExternalIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersByExternalIds($f: CustomerFilter) {\n    customers(filter: $f) {\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CustomersByExternalIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      customerGroup {\n        id\n        deletedAt\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedGroupMembers($id: ID!) {\n    customerGroup(id: $id) {\n      id\n      deletedAt\n      customers {\n        items {\n          id\n        }\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DeletedGroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersInGroups($g: [ID!]) {\n    customers(filter: { groupIds: $g }) {\n      items {\n        id\n      }\n      count\n    }\n  }\n"): typeof import('./graphql').CustomersInGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupIdsByName($q: String) {\n    customerGroups(q: $q) {\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').GroupIdsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroupAgain($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteGroupAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrimaryGroup($id: ID!, $g: ID) {\n    updateCustomer(id: $id, input: { primaryGroupId: $g }) {\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SetPrimaryGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrimaryGroupCode($id: ID!, $g: ID) {\n    updateCustomer(id: $id, input: { primaryGroupId: $g }) {\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SetPrimaryGroupCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroupCode($id: ID!) {\n    deleteCustomerGroup(id: $id) {\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteGroupCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOnlyGroup($id: ID!, $g: ID!) {\n    updateCustomer(id: $id, input: { groupIds: [$g] }) {\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SetOnlyGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsOverLimit {\n    customerGroups(limit: 501) {\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').GroupsOverLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembersOverLimit($id: ID!) {\n    customerGroup(id: $id) {\n      customers(limit: 501) {\n        items {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupMembersOverLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembersIds($id: ID!) {\n    customerGroup(id: $id) {\n      id\n      customers {\n        items {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupMembersIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupIds {\n    customerGroups {\n      items {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').GroupIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $i: UpdateCustomerGroupInput!) {\n    updateCustomerGroup(id: $id, input: $i) {\n      customerGroup {\n        id\n        name\n        code\n        taxClassId\n        metadata\n        createdAt\n        updatedAt\n        deletedAt\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomersToGroup($g: ID!, $c: [ID!]!) {\n    addCustomersToGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddCustomersToGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomersFromGroup($g: ID!, $c: [ID!]!) {\n    removeCustomersFromGroup(groupId: $g, customerIds: $c) {\n      customerGroup {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveCustomersFromGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerGroupsOf($id: ID!) {\n    customer(id: $id) {\n      version\n      primaryGroupId\n      primaryGroup {\n        id\n      }\n      groups {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerGroupsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerInGroups($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      customer {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerInGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGrace($i: CreateCustomerInput!) {\n    createCustomer(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreateGraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededCustomers {\n    customers(limit: 3, q: \"first-1\") {\n      count\n      items {\n        email\n        firstName\n        groups {\n          name\n        }\n        primaryGroup {\n          name\n        }\n        addresses {\n          label\n          city\n          countryCode\n          isDefaultBilling\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeededCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCountOne {\n    customers(limit: 1) {\n      count\n    }\n  }\n"): typeof import('./graphql').LiveCountOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      expiresAt\n      adminUser {\n        email\n        scopes\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      adminUser {\n        id\n        email\n        scopes\n        isActive\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdminUser($id: ID!, $input: UpdateAdminUserInput!) {\n    updateAdminUser(id: $id, input: $input) {\n      adminUser {\n        id\n        scopes\n        isActive\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    email\n    firstName\n    lastName\n    middleName\n    prefix\n    suffix\n    phone\n    companyName\n    dateOfBirth\n    gender\n    taxVat\n    hasAccount\n    websiteId\n    storeId\n    createdIn\n    confirmation\n    disableAutoGroupChange\n    isSubscribed\n    primaryGroupId\n    metadata\n    customAttributes {\n      attributeCode\n      value\n    }\n    extensionAttributes\n    createdAt\n    updatedAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    primaryGroup {\n      id\n    }\n  }\n"): typeof import('./graphql').CustomerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AddressFields on Address {\n    id\n    customerId\n    label\n    firstName\n    lastName\n    middleName\n    prefix\n    suffix\n    company\n    street\n    city\n    postalCode\n    region {\n      code\n      name\n      id\n    }\n    countryCode\n    phone\n    fax\n    vatId\n    isDefaultBilling\n    isDefaultShipping\n    metadata\n    customAttributes {\n      attributeCode\n      value\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').AddressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n"): typeof import('./graphql').GetCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerWithAddresses on Customer {\n    ...CustomerFields\n    addresses {\n      ...AddressFields\n    }\n    defaultBillingAddress {\n      id\n    }\n    defaultShippingAddress {\n      id\n    }\n  }\n"): typeof import('./graphql').CustomerWithAddressesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCustomerWithAddresses($id: ID!) {\n    customer(id: $id) {\n      ...CustomerWithAddresses\n    }\n  }\n"): typeof import('./graphql').GetCustomerWithAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerWithAddresses($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerWithAddresses\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerWithAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerWithAddresses($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerWithAddresses\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCustomerWithAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerIdByEmail($e: String!) {\n    customerByEmail(email: $e) {\n      id\n    }\n  }\n"): typeof import('./graphql').CustomerIdByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!, $v: Int) {\n    deleteCustomer(id: $id, expectedVersion: $v) {\n      customer {\n        id\n        deletedAt\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      customer {\n        id\n        deletedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RestoreCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCustomerEmail($id: ID!, $email: String!, $v: Int) {\n    changeCustomerEmail(id: $id, email: $email, expectedVersion: $v) {\n      customer {\n        id\n        email\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeCustomerEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerPassword($id: ID!, $password: String!) {\n    setCustomerPassword(id: $id, password: $password) {\n      customer {\n        id\n        hasAccount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SetCustomerPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerGroup($input: CreateCustomerGroupInput!) {\n    createCustomerGroup(input: $input) {\n      customerGroup {\n        id\n        name\n        code\n        taxClassId\n        metadata\n        createdAt\n        updatedAt\n        deletedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerAddress($customerId: ID!, $input: AddressInput!) {\n    createCustomerAddress(customerId: $customerId, input: $input) {\n      address {\n        ...AddressFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      tokenId\n      kind\n      scopes\n      adminUser {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
