import type { Person } from '../identity';
import type { Call } from './call';
import { CallState, RING_TIMEOUT_MS } from './call-state';
import { CallRole, CallView } from './call.types';

/** The GraphQL view of calls for one of their parties, given the parties' names (read in one query by the caller). */
export function toCallView(call: Call, viewerId: string, people: Map<string, Person>, now: Date): CallView {
  const person = (id: string) => {
    const p = people.get(id);
    return { id, displayName: p?.displayName ?? 'Unknown', handle: p?.handle ?? '' };
  };
  let nextBoundaryAt: Date | null = null;
  if (call.state === CallState.ONGOING && call.connectedAt) {
    const elapsed = now.getTime() - call.connectedAt.getTime();
    nextBoundaryAt = new Date(call.connectedAt.getTime() + (Math.floor(Math.max(0, elapsed) / 60_000) + 1) * 60_000);
  }
  return Object.assign(new CallView(), {
    id: call.id,
    kind: call.kind,
    state: call.state,
    endReason: call.endReason,
    myRole: call.fanId === viewerId ? CallRole.FAN : CallRole.CREATOR,
    fan: person(call.fanId),
    creator: person(call.creatorId),
    pricePerMinute: call.pricePerMinute,
    rtcProvider: call.rtcProvider,
    createdAt: call.createdAt,
    ringDeadline: new Date(call.createdAt.getTime() + RING_TIMEOUT_MS),
    answeredAt: call.answeredAt,
    connectedAt: call.connectedAt,
    endedAt: call.endedAt,
    billedSeconds: call.billedSeconds,
    chargedTokens: call.chargedTokens,
    heldTokens: call.heldTokens,
    lowBalance: call.lowBalance,
    // The fan's own limits are theirs: the creator only learns, in the last minute, that the call is about to end.
    spendingCap: call.fanId === viewerId ? call.spendCap : null,
    spendingCapWarning: call.state === CallState.ONGOING && call.spendCapWarned,
    nextBoundaryAt,
  });
}
