import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { hasScopes } from './scopes';

/**
 * Deny by default: `@Authorized(...scopes)` on an operation or field needs a
 * valid bearer token carrying every listed scope (or `admin`).
 */
export const authChecker: AuthChecker<Context> = ({ context }, scopes) => {
  if (!context.principal) {
    throw new GraphQLError('Authentication required: send Authorization: Bearer <token>', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (!hasScopes(context.principal.scopes, scopes)) {
    throw new GraphQLError(`This operation needs the scope(s): ${scopes.join(', ')}`, {
      extensions: { code: 'FORBIDDEN', requiredScopes: scopes },
    });
  }
  return true;
};
