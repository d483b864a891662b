import type { RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import type { CallState, EndReason } from './call-state';

/** A `call` row as stored (snake_case, as the SQL returns it). */
export interface CallRow {
  id: string;
  fan_id: string;
  creator_id: string;
  kind: 'VIDEO' | 'AUDIO';
  state: CallState;
  end_reason: EndReason | null;
  price_per_minute: number;
  commission_bps: number;
  rtc_provider: string;
  channel: string;
  created_at: Date;
  answered_at: Date | null;
  connected_at: Date | null;
  ended_at: Date | null;
  minutes_reserved: number;
  held_tokens: number;
  charged_tokens: number;
  billed_seconds: number | null;
  low_balance: boolean;
  fan_seen_at: Date | null;
  creator_seen_at: Date | null;
  creator_publishing: boolean;
  answer_link_hash: string | null;
  answer_link_used_at: Date | null;
  /** Set when the call was reported: its temporary chat is kept for moderators. */
  transcript_retained: boolean;
}

/** Reads a call, locked for update inside the current transaction when `lock` is set. */
export async function loadCall(ctx: RequestContext, id: string, lock = false): Promise<CallRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Call');
  const [row] = (await ctx.em.query(`SELECT * FROM call WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as CallRow[];
  if (!row) throw notFound('Call');
  return row;
}
