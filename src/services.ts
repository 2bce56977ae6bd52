import type { Config } from './config';
import type { Database } from './db/database';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { CustomerRelations } from './customers/customer-relations';
import { CustomerService } from './customers/customer.service';
import { AddressService } from './addresses/address.service';
import { GroupService } from './groups/group.service';

/** One instance of each service per server; they hold no request state. */
export function createServices(config: Config, db: Database) {
  const passwords = new PasswordHasher(config.bcryptCost, config.hashWorkers);
  const addresses = new AddressService();
  return {
    passwords,
    auth: new AuthService(db.prisma, passwords, config),
    customers: new CustomerService(),
    customerRelations: new CustomerRelations(addresses),
    groups: new GroupService(),
    addresses,
  };
}

export type Services = ReturnType<typeof createServices>;
