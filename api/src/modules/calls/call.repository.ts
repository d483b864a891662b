import type { RequestContext } from '../../common/context';
import { countStaffList, readStaffList, type ListArgs, type StaffListQuery } from '../../common/staff-list';
import type { BusyCreators } from '../availability';
import type { TimeGap } from '../billing';
import type { AgencyCut } from '../ledger';
import type { Call, CallKind } from './call';
import type { CallParty, CallState, EndReason } from './call-state';

const LIVE = `('RINGING', 'CONNECTING', 'ONGOING')`;

/** Filters of the staff's call list. */
export interface CallListFilter {
  ids?: string[];
  includeEnded?: boolean;
  accountId?: string;
}

/** What a new call starts with. */
export interface NewCall {
  fanId: string;
  creatorId: string;
  kind: CallKind;
  state: CallState;
  pricePerMinute: number;
  commissionBps: number;
  /** The creator's agency and its share, when they belong to one: the call keeps them, like its price. */
  agency: AgencyCut | null;
  rtcProvider: string;
  createdAt: Date;
}

/** The `call` and `call_gap` tables. Implements availability's BusyCreators. */
export class CallRepository implements BusyCreators {
  /** Inserts a ringing call (the database refuses a second live call per fan and per creator). */
  async insert(ctx: RequestContext, call: NewCall): Promise<Call> {
    const [row] = await ctx.em.query(
      `INSERT INTO call (fan_id, creator_id, kind, state, price_per_minute, commission_bps, rtc_provider, channel, created_at, fan_seen_at,
                         agency_owner_id, agency_share_bps)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'minutely-' || replace(gen_random_uuid()::text, '-', ''), $8, $8, $9, $10) RETURNING *`,
      [
        call.fanId,
        call.creatorId,
        call.kind,
        call.state,
        call.pricePerMinute,
        call.commissionBps,
        call.rtcProvider,
        call.createdAt,
        call.agency?.ownerId ?? null,
        call.agency?.shareBps ?? null,
      ],
    );
    return toCall(row);
  }

  /** Reads a call; `lock` holds its row for this transaction (`skipLocked`: or returns null if another holds it). */
  async find(ctx: RequestContext, id: string, options: { lock?: boolean; skipLocked?: boolean } = {}): Promise<Call | null> {
    const lock = options.skipLocked ? ' FOR UPDATE SKIP LOCKED' : options.lock ? ' FOR UPDATE' : '';
    const [row] = await ctx.em.query(`SELECT * FROM call WHERE id = $1${lock}`, [id]);
    return row ? toCall(row) : null;
  }

  /** Locks a call and reads its parties' recorded absences, in one statement (a minute boundary's one read). */
  async lockWithGaps(ctx: RequestContext, id: string): Promise<{ call: Call; gaps: TimeGap[] } | null> {
    const [row]: (CallRow & { gap_list: [string, string][] })[] = await ctx.em.query(
      `SELECT c.*, (SELECT coalesce(json_agg(json_build_array(g.started_at, g.ended_at)), '[]'::json) FROM call_gap g WHERE g.call_id = c.id) AS gap_list
         FROM call c WHERE c.id = $1 FOR UPDATE OF c`,
      [id],
    );
    return row ? { call: toCall(row), gaps: row.gap_list.map(([from, to]) => ({ from: new Date(from), to: new Date(to) })) } : null;
  }

  /** Writes back everything about a call that changes, in one statement. */
  async update(ctx: RequestContext, call: Call): Promise<void> {
    await ctx.em.query(
      `UPDATE call SET state = $2, end_reason = $3, answered_at = $4, connected_at = $5, ended_at = $6,
              minutes_reserved = $7, held_tokens = $8, charged_tokens = $9, billed_seconds = $10, low_balance = $11,
              fan_seen_at = $12, creator_seen_at = $13, creator_publishing = $14, answer_link_hash = $15, answer_link_used_at = $16,
              spend_cap = $17, spend_cap_warned = $18
        WHERE id = $1`,
      [
        call.id,
        call.state,
        call.endReason,
        call.answeredAt,
        call.connectedAt,
        call.endedAt,
        call.minutesReserved,
        call.heldTokens,
        call.chargedTokens,
        call.billedSeconds,
        call.lowBalance,
        call.fanSeenAt,
        call.creatorSeenAt,
        call.creatorPublishing,
        call.answerLinkHash,
        call.answerLinkUsedAt,
        call.spendCap,
        call.spendCapWarned,
      ],
    );
  }

  async retainTranscript(ctx: RequestContext, id: string): Promise<void> {
    await ctx.em.query(`UPDATE call SET transcript_retained = true WHERE id = $1`, [id]);
  }

  /** The fan's live call, if any. */
  async liveIdOfFan(ctx: RequestContext, fanId: string): Promise<string | null> {
    const [row] = await ctx.em.query(`SELECT id FROM call WHERE fan_id = $1 AND state IN ${LIVE}`, [fanId]);
    return row?.id ?? null;
  }

  /** Live calls the account takes part in, on either side. */
  async liveIdsOf(ctx: RequestContext, accountId: string): Promise<string[]> {
    const rows: { id: string }[] = await ctx.em.query(`SELECT id FROM call WHERE (fan_id = $1 OR creator_id = $1) AND state IN ${LIVE}`, [accountId]);
    return rows.map((r) => r.id);
  }

  /** The newest live call of the account, on either side. */
  async newestLiveOf(ctx: RequestContext, accountId: string): Promise<Call | null> {
    const [row] = await ctx.em.query(`SELECT * FROM call WHERE (fan_id = $1 OR creator_id = $1) AND state IN ${LIVE} ORDER BY created_at DESC LIMIT 1`, [
      accountId,
    ]);
    return row ? toCall(row) : null;
  }

  /**
   * The fan's ongoing call waiting for funds (low balance), locked, unless another transaction holds it: a
   * minute boundary holding it will hold ahead itself, and waiting for it here could deadlock on the wallet.
   */
  async lockOngoingLowBalanceOfFan(ctx: RequestContext, fanId: string): Promise<Call | null> {
    const [row] = await ctx.em.query(`SELECT * FROM call WHERE fan_id = $1 AND state = 'ONGOING' AND low_balance FOR UPDATE SKIP LOCKED`, [fanId]);
    return row ? toCall(row) : null;
  }

  /** The account's calls, newest first, strictly after the key (created_at, id). */
  async pageOf(ctx: RequestContext, accountId: string, after: [string, string] | null, limit: number): Promise<Call[]> {
    const rows = await ctx.em.query(
      `SELECT * FROM call WHERE (fan_id = $1 OR creator_id = $1)
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [accountId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toCall);
  }

  async addGap(ctx: RequestContext, callId: string, party: CallParty, from: Date, to: Date): Promise<void> {
    await ctx.em.query(`INSERT INTO call_gap (call_id, party, started_at, ended_at) VALUES ($1, $2, $3, $4)`, [callId, party, from, to]);
  }

  /** The recorded absences of the call's parties. */
  async gaps(ctx: RequestContext, callId: string): Promise<TimeGap[]> {
    const rows: { started_at: Date; ended_at: Date }[] = await ctx.em.query(`SELECT started_at, ended_at FROM call_gap WHERE call_id = $1`, [callId]);
    return rows.map((r) => ({ from: new Date(r.started_at), to: new Date(r.ended_at) }));
  }

  async busyAmong(ctx: RequestContext, creatorIds: string[]): Promise<Set<string>> {
    const rows: { creator_id: string }[] = await ctx.em.query(`SELECT creator_id FROM call WHERE creator_id = ANY($1) AND state IN ${LIVE}`, [creatorIds]);
    return new Set(rows.map((r) => r.creator_id));
  }

  /** Seconds from ringing to answer of the creator's latest answered calls, newest first. */
  async answerDelays(ctx: RequestContext, creatorId: string, limit: number): Promise<number[]> {
    const rows: { seconds: string }[] = await ctx.em.query(
      `SELECT EXTRACT(EPOCH FROM (answered_at - created_at))::text AS seconds FROM call
       WHERE creator_id = $1 AND answered_at IS NOT NULL ORDER BY created_at DESC LIMIT $2`,
      [creatorId, limit],
    );
    return rows.map((r) => Number(r.seconds));
  }

  /** One page of the staff's call list (react-admin grammar). */
  async list(ctx: RequestContext, filter: CallListFilter, args: ListArgs): Promise<Call[]> {
    return (await readStaffList<CallRow>(ctx.em, listQuery(filter), args)).map(toCall);
  }

  count(ctx: RequestContext, filter: CallListFilter): Promise<number> {
    return countStaffList(ctx.em, listQuery(filter));
  }

  /** Figures for the staff dashboard: live calls, and calls and tokens charged since `since`. */
  async stats(ctx: RequestContext, since: Date): Promise<{ live: number; since: number; tokens: number }> {
    const [row] = await ctx.em.query(
      `SELECT (SELECT count(*) FROM call WHERE state IN ${LIVE})::int AS live,
              (SELECT count(*) FROM call WHERE created_at >= $1)::int AS since,
              (SELECT coalesce(sum(charged_tokens), 0) FROM call WHERE created_at >= $1)::int AS tokens`,
      [since],
    );
    return row;
  }
}

function listQuery(filter: CallListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) where.push(`c.id = ANY($${params.push(filter.ids)}::uuid[])`);
  else if (!filter.includeEnded) where.push(`c.state IN ${LIVE}`);
  if (filter.accountId) where.push(`(c.fan_id = $${params.push(filter.accountId)} OR c.creator_id = $${params.length})`);
  return {
    from: `FROM call c`,
    where,
    params,
    columns: `c.*`,
    sortable: { id: 'c.id', createdAt: 'c.created_at', state: 'c.state', chargedTokens: 'c.charged_tokens' },
  };
}

/** A `call` row as the SQL returns it. */
interface CallRow {
  id: string;
  fan_id: string;
  creator_id: string;
  kind: CallKind;
  state: CallState;
  end_reason: EndReason | null;
  price_per_minute: number;
  commission_bps: number;
  agency_owner_id: string | null;
  agency_share_bps: number | null;
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
  transcript_retained: boolean;
  spend_cap: number | null;
  spend_cap_warned: boolean;
}

const date = (d: Date | null) => (d ? new Date(d) : null);

function toCall(row: CallRow): Call {
  return {
    id: row.id,
    fanId: row.fan_id,
    creatorId: row.creator_id,
    kind: row.kind,
    state: row.state,
    endReason: row.end_reason,
    pricePerMinute: row.price_per_minute,
    commissionBps: row.commission_bps,
    agency: row.agency_owner_id ? { ownerId: row.agency_owner_id, shareBps: row.agency_share_bps ?? 0 } : null,
    rtcProvider: row.rtc_provider,
    channel: row.channel,
    createdAt: new Date(row.created_at),
    answeredAt: date(row.answered_at),
    connectedAt: date(row.connected_at),
    endedAt: date(row.ended_at),
    minutesReserved: row.minutes_reserved,
    heldTokens: row.held_tokens,
    chargedTokens: row.charged_tokens,
    billedSeconds: row.billed_seconds,
    lowBalance: row.low_balance,
    fanSeenAt: date(row.fan_seen_at),
    creatorSeenAt: date(row.creator_seen_at),
    creatorPublishing: row.creator_publishing,
    answerLinkHash: row.answer_link_hash,
    answerLinkUsedAt: date(row.answer_link_used_at),
    transcriptRetained: row.transcript_retained,
    spendCap: row.spend_cap,
    spendCapWarned: row.spend_cap_warned,
  };
}
