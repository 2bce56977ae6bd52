import type { Config } from './config';
import type { Database } from './db/database';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { CustomerRelations } from './customers/customer-relations';
import { CustomerService } from './customers/customer.service';

/** One instance of each service per server; they hold no request state. */
export function createServices(config: Config, db: Database) {
  const passwords = new PasswordHasher(config.bcryptCost, config.hashWorkers);
  return {
    passwords,
    auth: new AuthService(db.prisma, passwords, config),
    customers: new CustomerService(),
    customerRelations: new CustomerRelations(),
  };
}

export type Services = ReturnType<typeof createServices>;
