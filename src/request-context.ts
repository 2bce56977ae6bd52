import type { Principal } from './auth/token-verifier';
import type { Loaders } from './loaders';

/**
 * What one request knows about itself; service methods take it first.
 * Services get each other and the database through their constructors
 * (src/services.ts), never from here.
 */
export interface RequestContext {
  requestId: string;
  principal: Principal | null;
  /** The client's IP address (X-Forwarded-For only behind a trusted proxy: TRUST_PROXY). */
  clientAddress: string;
  /** Per-request DataLoaders: each relation is fetched once per request, batched. */
  loaders: Loaders;
}
