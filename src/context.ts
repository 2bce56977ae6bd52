import type { Database } from './db/database';
import type { Principal } from './auth/token-verifier';
import type { RequestContext } from './request-context';
import type { Services } from './services';
import { createLoaders } from './loaders';

/** A resolver's context: the request's data and the services it calls. */
export interface Context extends RequestContext {
  services: Services;
}

export function createContext(args: {
  requestId: string;
  db: Database;
  services: Services;
  principal: Principal | null;
  clientAddress: string;
}): Context {
  const { db, ...rest } = args;
  return { ...rest, loaders: createLoaders(db) };
}
