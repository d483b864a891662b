import type { AuthChecker } from 'type-graphql';
import { CALL_LINK_ONLY, callLinkReaches } from '../../common/call-link';
import type { RequestContext } from '../../common/context';
import { forbidden, unauthenticated } from '../../common/errors';
import type { Role } from './account.entity';

/**
 * `@Authorized()` needs a signed-in account; `@Authorized(Role.X, …)` one of those roles. A session opened by an
 * SMS call link counts as signed in only on the fields marked for it (see call-link.ts).
 * Throws our own errors so clients get UNAUTHENTICATED / FORBIDDEN codes.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info, args }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (!callLinkReaches(viewer, info, args)) throw unauthenticated(CALL_LINK_ONLY);
  if (roles.length > 0 && !(roles as string[]).includes(viewer.account.role)) throw forbidden();
  return true;
};
