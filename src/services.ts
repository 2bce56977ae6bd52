import type { Config } from './config';
import type { Database } from './db/database';
import { AdminUserService } from './auth/admin-user.service';
import { ApiTokenService } from './auth/api-token.service';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { TokenVerifier } from './auth/token-verifier';
import { CustomerRelations } from './customers/customer-relations';
import { CustomerService } from './customers/customer.service';
import { CustomerPages } from './customers/customer-pages';
import { CustomerSignIn } from './customers/customer-sign-in';
import { CustomerUpsert } from './customers/customer-upsert';
import { AddressService } from './addresses/address.service';
import { GroupService } from './groups/group.service';
import { HistoryService } from './history/history.service';
import { WebhookService } from './webhooks/webhook.service';

/**
 * The service graph, built once per server: each service's constructor says
 * what it needs (constructor injection); none holds request state or reaches
 * another through the request context.
 */
export function createServices(config: Config, db: Database) {
  const passwords = new PasswordHasher(config.bcryptCost, config.hashWorkers);
  const { prisma } = db;
  const tokens = new TokenVerifier(prisma, config.tokenCacheSeconds);
  const addresses = new AddressService(prisma);
  const relations = new CustomerRelations(addresses);
  const customers = new CustomerService(db, passwords, relations);
  return {
    passwords,
    tokens,
    auth: new AuthService(db, passwords, tokens, new LoginThrottle(prisma, config.loginThrottle), config),
    adminUsers: new AdminUserService(prisma, passwords, tokens),
    apiTokens: new ApiTokenService(prisma, tokens),
    customers,
    customerPages: new CustomerPages(db),
    customerUpsert: new CustomerUpsert(prisma, customers, relations),
    customerSignIn: new CustomerSignIn(prisma, passwords, new LoginThrottle(prisma, config.loginThrottle, 'customer:')),
    groups: new GroupService(prisma),
    addresses,
    history: new HistoryService(prisma),
    webhooks: new WebhookService(prisma, config.webhooks),
  };
}

export type Services = ReturnType<typeof createServices>;
