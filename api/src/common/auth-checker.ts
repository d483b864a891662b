import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden, unauthenticated } from './errors';
import type { Role } from '../modules/identity/account.entity';

/**
 * `@Authorized()` needs a signed-in account; `@Authorized(Role.X, …)` one of those roles.
 * Throws our own errors so clients get UNAUTHENTICATED / FORBIDDEN codes.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(viewer.account.role)) throw forbidden();
  return true;
};
