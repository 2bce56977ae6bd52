import { type ErrorCollector, type FieldPath, UserErrorCode } from '../common/user-error';
import { ALL_SCOPES, MAGENTO_ACL, type Scope, isScope } from './scopes';

/** Input lists are capped everywhere; there are only six scopes. */
const MAX_SCOPES_GIVEN = 20;

/**
 * Scope names as given by a caller (Magento ACL aliases expanded), each
 * checked; unknown names are recorded as INVALID at their list position.
 * Returns the distinct scopes, sorted.
 */
export function checkScopes(c: ErrorCollector, path: FieldPath, values: readonly string[]): Scope[] {
  if (values.length > MAX_SCOPES_GIVEN) {
    c.add(UserErrorCode.TOO_MANY, path, `At most ${MAX_SCOPES_GIVEN} scopes`);
    return [];
  }
  const scopes = new Set<Scope>();
  values.forEach((value, i) => {
    const name = value.trim();
    if (isScope(name)) scopes.add(name);
    // hasOwn: a name like "constructor" must not find Object.prototype's.
    else if (Object.hasOwn(MAGENTO_ACL, name)) MAGENTO_ACL[name].forEach((scope) => scopes.add(scope));
    else c.add(UserErrorCode.INVALID, [...path, i], `Unknown scope "${name}"; scopes are ${ALL_SCOPES.join(', ')}`);
  });
  return [...scopes].sort();
}
