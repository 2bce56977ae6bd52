import { userInfo } from 'node:os';
import type { Principal } from '../auth/token-verifier';
import { ApiTokenKind } from '../generated/prisma/client';
import { ActorKind, type ActorValue } from './history.types';

/** Who a request's credential names: a login session is its admin user, a named token itself. */
export function actorOf(principal: Principal | null): ActorValue {
  if (!principal) throw new Error('a write without a principal: the auth rule should have refused it');
  if (principal.kind === 'CLI') return { kind: ActorKind.CLI, id: null, name: principal.name };
  if (principal.kind === ApiTokenKind.SESSION) return { kind: ActorKind.ADMIN_USER, id: principal.adminUserId, name: principal.name };
  return { kind: ActorKind.API_TOKEN, id: principal.tokenId, name: principal.name };
}

/** The operating-system user running the command line, as its actor name. */
export function cliUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'cli';
  }
}
