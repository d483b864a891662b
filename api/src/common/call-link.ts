import type { GraphQLResolveInfo } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { RequestContext, Viewer } from './context';

const CALL_LINK = 'callLink';

/**
 * What a session opened by an SMS call link may reach: `'call'` — the field acts on one call, named by its
 * `callId` (or `id`) argument, which must be the link's call; `'self'` — the field concerns only the signed-in
 * account itself (who am I, sign out, the live call). Every other field sees such a request as signed out.
 */
export function CallLinkMay(reach: 'call' | 'self'): MethodDecorator {
  return Extensions({ [CALL_LINK]: reach });
}

/**
 * Confines call-link sessions: on any root field not marked for it (or naming another call) the request goes on
 * as signed out, so public fields still answer and everything else asks for a normal log-in (UNAUTHENTICATED).
 * A global middleware, so a field nobody marked is closed to call links by default.
 */
export const CallLinkScopeMiddleware: MiddlewareFn<RequestContext> = (action, next) => {
  const viewer = action.context.viewer;
  if (viewer && !callLinkReaches(viewer, action.info, action.args)) action.context = action.context.withViewer(null);
  return next();
};

/** The message of a field a call-link session may not reach (the auth checker refuses with it). */
export const CALL_LINK_ONLY = 'This call link only opens its call. Log in to do anything else.';

/** False when `viewer` is a call-link session and the root field is not one it may reach. */
export function callLinkReaches(viewer: Viewer, info: GraphQLResolveInfo, args: Record<string, unknown>): boolean {
  const scope = viewer.callScope;
  if (!scope || !isRoot(info)) return true;
  const reach = info.parentType.getFields()[info.fieldName]?.extensions?.[CALL_LINK];
  return reach === 'self' || (reach === 'call' && (args.callId ?? args.id) === scope);
}

function isRoot(info: GraphQLResolveInfo): boolean {
  const { schema, parentType } = info;
  return parentType === schema.getQueryType() || parentType === schema.getMutationType() || parentType === schema.getSubscriptionType();
}
