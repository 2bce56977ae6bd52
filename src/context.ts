import type { Database } from './db/database';
import type { PrismaClient } from './generated/prisma/client';
import type { Principal } from './auth/auth.service';
import type { Services } from './services';
import { createLoaders, type Loaders } from './loaders';

/** Everything a resolver or service needs for one request. */
export interface Context {
  requestId: string;
  db: Database;
  prisma: PrismaClient;
  services: Services;
  principal: Principal | null;
  /** The client's IP address (X-Forwarded-For only behind a trusted proxy: TRUST_PROXY). */
  clientAddress: string;
  /** Per-request DataLoaders: each relation is fetched once per request, batched. */
  loaders: Loaders;
}

export function createContext(args: {
  requestId: string;
  db: Database;
  services: Services;
  principal: Principal | null;
  clientAddress: string;
}): Context {
  return { ...args, prisma: args.db.prisma, loaders: createLoaders(args.db) };
}
