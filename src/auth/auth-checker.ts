import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { hasScopes } from './scopes';

/** No valid token: HTTP 401 with `WWW-Authenticate: Bearer`. */
export function unauthenticated(): GraphQLError {
  return new GraphQLError('Authentication required: send Authorization: Bearer <token> with a valid, unexpired, unrevoked token', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } },
  });
}

/**
 * Deny by default: `@Authorized(...scopes)` on an operation or field needs a
 * valid bearer token carrying every listed scope (or `admin`). An unknown,
 * expired or revoked token is the same as none: the caller must log in again.
 */
export const authChecker: AuthChecker<Context> = ({ context }, scopes) => {
  if (!context.principal) throw unauthenticated();
  if (!hasScopes(context.principal.scopes, scopes)) {
    throw new GraphQLError(`This operation needs the scope(s): ${scopes.join(', ')}`, {
      extensions: { code: 'FORBIDDEN', requiredScopes: scopes },
    });
  }
  return true;
};
