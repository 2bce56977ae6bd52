import { mapToExternal, mapToModel, renamed, type FieldRule } from './field-map';

/**
 * Medusa's admin customer bodies onto this API and back:
 * `POST /admin/customers` (AdminPostCustomersReq) → createCustomer and
 * `POST /admin/customers/:id` (AdminPostCustomersCustomerReq) → updateCustomer.
 * Medusa's semantics hold as they are: metadata merges (null or "" removes
 * a key) and `groups` replaces the customer's groups.
 */
export const MEDUSA_CUSTOMER_FIELDS: readonly FieldRule[] = [
  ...renamed({
    email: 'email',
    first_name: 'firstName',
    last_name: 'lastName',
    phone: 'phone',
    company_name: 'companyName',
    password: 'password',
    metadata: 'metadata',
    has_account: 'hasAccount',
  }),
  {
    external: 'groups',
    model: 'groupIds',
    toModel: (groups) => (groups as { id: string }[]).map((g) => g.id),
    toExternal: (ids) => (ids as string[]).map((id) => ({ id })),
  },
];

type Json = Record<string, unknown>;

/** AdminPostCustomersReq or AdminPostCustomersCustomerReq as createCustomer / updateCustomer input. */
export function medusaCustomerToInput(body: Json): Json {
  const input = mapToModel(MEDUSA_CUSTOMER_FIELDS, body);
  delete input.hasAccount; // read-only here: it follows from the password
  return input;
}

/** A customer read through this API (with `groups { id }`) in Medusa's shape. */
export function medusaCustomerFromModel(customer: Json): Json {
  const groups = customer.groups as { id: string }[] | undefined;
  return mapToExternal(MEDUSA_CUSTOMER_FIELDS, { ...customer, groupIds: groups?.map((g) => g.id) });
}
