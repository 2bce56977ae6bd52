/**
 * Typed GraphQL documents and fragments shared by several test files. Each graphql(`...`) call is typed
 * by `npm run codegen` (test/support/generated); a document used by one file stays in that file.
 */
import { graphql } from './generated';

/** The whole UserError: code, field path and message. */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);

export const CustomerFields = graphql(`
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
`);

export const AddressFields = graphql(`
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
`);

export const CreateCustomer = graphql(`
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
`);

export const UpdateCustomer = graphql(`
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
`);

export const GetCustomer = graphql(`
  query GetCustomer($id: ID!) {
    customer(id: $id) {
      ...CustomerFields
    }
  }
`);

/** A customer with every field of it and of its addresses. */
export const CustomerWithAddresses = graphql(`
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
`);

export const GetCustomerWithAddresses = graphql(`
  query GetCustomerWithAddresses($id: ID!) {
    customer(id: $id) {
      ...CustomerWithAddresses
    }
  }
`);

export const CreateCustomerWithAddresses = graphql(`
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
`);

export const UpdateCustomerWithAddresses = graphql(`
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
`);

export const CustomerIdByEmail = graphql(`
  query CustomerIdByEmail($e: String!) {
    customerByEmail(email: $e) {
      id
    }
  }
`);

export const DeleteCustomer = graphql(`
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
`);

export const RestoreCustomer = graphql(`
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
`);

export const ChangeCustomerEmail = graphql(`
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
`);

export const SetCustomerPassword = graphql(`
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
`);

export const CreateCustomerGroup = graphql(`
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
`);

/** A membership change, with its errors in full. */
export const AddCustomersToGroup = graphql(`
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
`);

export const CreateCustomerAddress = graphql(`
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
`);

export const CreateApiToken = graphql(`
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
`);

export const Me = graphql(`
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
`);
