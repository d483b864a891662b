import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { forbidden, unauthenticated } from '../../common/errors';
import type { Role } from './account.entity';

/**
 * `@Authorized()` needs a signed-in account; `@Authorized(Role.X, …)` one of those roles.
 * Throws our own errors so clients get UNAUTHENTICATED / FORBIDDEN codes.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !(roles as string[]).includes(viewer.account.role)) throw forbidden();
  return true;
};
