import { registerEnumType } from 'type-graphql';

/** What a credential may do. `admin` implies every other scope. */
export enum Scope {
  CUSTOMERS_READ = 'customers:read',
  CUSTOMERS_WRITE = 'customers:write',
  CUSTOMERS_DELETE = 'customers:delete',
  /** Check a customer's email and password (authenticateCustomer): for a storefront backend. */
  CUSTOMERS_AUTHENTICATE = 'customers:authenticate',
  GROUPS_READ = 'groups:read',
  GROUPS_WRITE = 'groups:write',
  /** Webhook endpoints, their secrets and deliveries. */
  WEBHOOKS_MANAGE = 'webhooks:manage',
  ADMIN = 'admin',
}
registerEnumType(Scope, { name: 'Scope', description: 'Permission carried by an admin user or API token.' });

export const ALL_SCOPES = Object.values(Scope) as Scope[];

/** Magento's ACL resource names, as aliases accepted where scopes are given. */
export const MAGENTO_ACL: Record<string, Scope[]> = {
  'Magento_Customer::manage': [Scope.CUSTOMERS_READ, Scope.CUSTOMERS_WRITE],
};

export function isScope(value: string): value is Scope {
  return (ALL_SCOPES as string[]).includes(value);
}

export function hasScopes(granted: ReadonlySet<string>, required: readonly string[]): boolean {
  return granted.has(Scope.ADMIN) || required.every((scope) => granted.has(scope));
}
