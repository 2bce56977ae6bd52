/** GraphQL documents shared by the tests. */
export const CUSTOMER_FIELDS = `
  id email firstName lastName middleName prefix suffix phone companyName dateOfBirth gender taxVat
  hasAccount websiteId storeId createdIn confirmation disableAutoGroupChange isSubscribed primaryGroupId
  metadata customAttributes { attributeCode value } extensionAttributes createdAt updatedAt deletedAt version
  groups { id name } primaryGroup { id }
`;

export const ADDRESS_FIELDS = `
  id customerId label firstName lastName middleName prefix suffix company street city postalCode
  region { code name id } countryCode phone fax vatId isDefaultBilling isDefaultShipping
  metadata customAttributes { attributeCode value } createdAt updatedAt
`;

const ERRORS = 'errors { code field message }';

export const CREATE_CUSTOMER = `mutation Create($input: CreateCustomerInput!) {
  createCustomer(input: $input) { customer { ${CUSTOMER_FIELDS} } ${ERRORS} } }`;

export const UPDATE_CUSTOMER = `mutation Update($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) { customer { ${CUSTOMER_FIELDS} } ${ERRORS} } }`;

export const GET_CUSTOMER = `query Get($id: ID!) { customer(id: $id) { ${CUSTOMER_FIELDS} } }`;

export const DELETE_CUSTOMER = `mutation Delete($id: ID!, $v: Int) { deleteCustomer(id: $id, expectedVersion: $v) { customer { id deletedAt version } ${ERRORS} } }`;
export const RESTORE_CUSTOMER = `mutation Restore($id: ID!) { restoreCustomer(id: $id) { customer { id deletedAt } ${ERRORS} } }`;
export const CHANGE_EMAIL = `mutation ChangeEmail($id: ID!, $email: String!, $v: Int) {
  changeCustomerEmail(id: $id, email: $email, expectedVersion: $v) { customer { id email version } ${ERRORS} } }`;
export const SET_PASSWORD = `mutation SetPassword($id: ID!, $password: String!) {
  setCustomerPassword(id: $id, password: $password) { customer { id hasAccount } ${ERRORS} } }`;
