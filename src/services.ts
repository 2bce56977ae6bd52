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
import { CustomerSignIn } from './customers/customer-sign-in';
import { CustomerUpsert } from './customers/customer-upsert';
import { AddressService } from './addresses/address.service';
import { GroupService } from './groups/group.service';
import { HistoryService } from './history/history.service';
import { WebhookService } from './webhooks/webhook.service';

/** One instance of each service per server; they hold no request state. */
export function createServices(config: Config, db: Database) {
  const passwords = new PasswordHasher(config.bcryptCost, config.hashWorkers);
  const addresses = new AddressService();
  const tokens = new TokenVerifier(db.prisma, config.tokenCacheSeconds);
  return {
    passwords,
    tokens,
    auth: new AuthService(db.prisma, passwords, tokens, new LoginThrottle(db.prisma, config.loginThrottle), config),
    adminUsers: new AdminUserService(tokens),
    apiTokens: new ApiTokenService(tokens),
    customers: new CustomerService(),
    customerUpsert: new CustomerUpsert(),
    customerSignIn: new CustomerSignIn(db.prisma, passwords, new LoginThrottle(db.prisma, config.loginThrottle, 'customer:')),
    customerRelations: new CustomerRelations(addresses),
    groups: new GroupService(),
    addresses,
    history: new HistoryService(db.prisma),
    webhooks: new WebhookService(db.prisma, config.webhooks),
  };
}

export type Services = ReturnType<typeof createServices>;
