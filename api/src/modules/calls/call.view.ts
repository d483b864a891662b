import type { RequestContext } from '../../common/context';
import { CallState } from './call-state';
import type { CallRow } from './call.row';
import { Call, type CallKind, CallRole } from './call.types';
import { RING_TIMEOUT_MS } from './call-state';

/** The GraphQL view of a call for one of its parties (`viewerId`, the signed-in account by default). */
export async function toCallView(ctx: RequestContext, row: CallRow, viewerId = ctx.requireViewer().account.id): Promise<Call> {
  return (await toCallViews(ctx, [row], viewerId))[0];
}

/** Views of many calls with one query for all their parties. */
export async function toCallViews(ctx: RequestContext, rows: CallRow[], viewerId = ctx.requireViewer().account.id): Promise<Call[]> {
  const people: { id: string; display_name: string; handle: string }[] = await ctx.em.query(`SELECT id, display_name, handle FROM account WHERE id = ANY($1)`, [
    [...new Set(rows.flatMap((r) => [r.fan_id, r.creator_id]))],
  ]);
  return rows.map((row) => viewOf(ctx, row, viewerId, people));
}

function viewOf(ctx: RequestContext, row: CallRow, viewerId: string, people: { id: string; display_name: string; handle: string }[]): Call {
  const person = (id: string) => {
    const p = people.find((x) => x.id === id);
    return { id, displayName: p?.display_name ?? 'Unknown', handle: p?.handle ?? '' };
  };
  const connectedAt = row.connected_at ? new Date(row.connected_at) : null;
  let nextBoundaryAt: Date | null = null;
  if (row.state === CallState.ONGOING && connectedAt) {
    const elapsed = ctx.app.clock.now().getTime() - connectedAt.getTime();
    nextBoundaryAt = new Date(connectedAt.getTime() + (Math.floor(Math.max(0, elapsed) / 60_000) + 1) * 60_000);
  }
  return Object.assign(new Call(), {
    id: row.id,
    kind: row.kind as CallKind,
    state: row.state,
    endReason: row.end_reason,
    myRole: row.fan_id === viewerId ? CallRole.FAN : CallRole.CREATOR,
    fan: person(row.fan_id),
    creator: person(row.creator_id),
    pricePerMinute: row.price_per_minute,
    rtcProvider: row.rtc_provider,
    createdAt: new Date(row.created_at),
    ringDeadline: new Date(new Date(row.created_at).getTime() + RING_TIMEOUT_MS),
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
    connectedAt,
    endedAt: row.ended_at ? new Date(row.ended_at) : null,
    billedSeconds: row.billed_seconds,
    chargedTokens: row.charged_tokens,
    heldTokens: row.held_tokens,
    lowBalance: row.low_balance,
    nextBoundaryAt,
  });
}
