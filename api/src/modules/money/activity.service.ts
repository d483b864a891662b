import { readPage, toConnection, type ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { badInput } from '../../common/errors';
import type { CallsService } from '../calls';
import { Role, type IdentityService } from '../identity';
import type { ActivityRow, LedgerService, OwnerKind } from '../ledger';
import { activityCsv, activityKindOf, callIdOf } from './activity-rules';
import { ActivityKind, AGENCY_ACCOUNTS, CREATOR_ACCOUNTS, FAN_ACCOUNTS, type ActivityItem, type ActivityTransfer } from './activity.types';

const PAGE_MAX = 100;
/** A CSV export covers at most this many days and items. */
const EXPORT_MAX_DAYS = 366;
const EXPORT_MAX_ITEMS = 10_000;

/**
 * Money as people read it: one item per business event (a call with all its holds, charges, returned hold and
 * refunds; an unlock; a tip; a purchase …), each with its net total, expandable into its ledger transfers.
 * Fans see their wallet and reserve; creators their earnings, so a creator's item is their own net share.
 */
export class ActivityService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly calls: CallsService,
    private readonly identity: IdentityService,
  ) {}

  /** The signed-in account's activity, newest first (Relay paging), optionally within [from, to). */
  async activity(
    ctx: RequestContext,
    first: number,
    after: string | null,
    range: { from?: Date | null; to?: Date | null } = {},
  ): Promise<ConnectionPage<ActivityItem>> {
    const { ownerId, kinds } = this.owner(ctx);
    checkRange(range.from, range.to);
    const page = await readPage(
      { kind: 'activity', first, max: PAGE_MAX, after, validKey: ([id]) => /^\d+$/.test(id) },
      (row: ActivityRow) => [row.firstEntryId],
      (key, limit) => this.ledger.activity(ctx, ownerId, kinds, { before: key?.[0] ?? null, limit, ...range }),
    );
    return toConnection(page, await this.items(ctx, ownerId, kinds, page.rows));
  }

  /** The signed-in account's activity started within [from, to), oldest first, as CSV. */
  async exportCsv(ctx: RequestContext, from: Date, to: Date): Promise<string> {
    const { ownerId, kinds } = this.owner(ctx);
    checkRange(from, to);
    if (to.getTime() - from.getTime() > EXPORT_MAX_DAYS * 86_400_000) throw badInput(`An export covers at most ${EXPORT_MAX_DAYS} days.`, 'to');
    const rows = await this.ledger.activity(ctx, ownerId, kinds, { before: null, limit: EXPORT_MAX_ITEMS + 1, from, to });
    if (rows.length > EXPORT_MAX_ITEMS) throw badInput(`More than ${EXPORT_MAX_ITEMS} items: export a shorter period.`, 'from');
    const items = await this.items(ctx, ownerId, kinds, rows.reverse());
    return activityCsv(
      items.map((item) => ({
        startedAt: item.startedAt,
        kind: item.kind,
        counterpart: item.counterpart?.displayName ?? null,
        seconds: item.call?.billedSeconds ?? null,
        total: item.total,
        refunded: item.refunded,
        id: item.id,
      })),
    );
  }

  /** Staff's view of an owner's most recent activity (beside a payout request), newest first. */
  async recentOf(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], first: number): Promise<ActivityItem[]> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) throw badInput(`first must be 1–${PAGE_MAX}.`, 'first');
    const rows = await this.ledger.activity(ctx, ownerId, kinds, { before: null, limit: first });
    return this.items(ctx, ownerId, kinds, rows);
  }

  /** The ledger transfers behind one item, oldest first. */
  async transfers(ctx: RequestContext, item: ActivityItem): Promise<ActivityTransfer[]> {
    const transfers = await this.ledger.transfersOfGroup(ctx, item.ownerId, item.accountKinds, item.id);
    return transfers.map((t) => ({
      id: t.id,
      kind: t.kind,
      memo: t.memo,
      createdAt: t.createdAt,
      amount: t.amount,
      reserved: t.legs.filter((l) => l.accountKind === 'FAN_HOLD').reduce((sum, l) => sum + l.amount, 0),
      available: t.legs.filter((l) => l.accountKind !== 'FAN_HOLD').reduce((sum, l) => sum + l.amount, 0),
    }));
  }

  /** One activity item by id (`call:<id>` …), for its owner. */
  async item(ctx: RequestContext, id: string): Promise<ActivityItem | null> {
    const { ownerId, kinds } = this.owner(ctx);
    const rows = await this.ledger.activityGroup(ctx, ownerId, kinds, id);
    if (!rows) return null;
    return (await this.items(ctx, ownerId, kinds, [rows]))[0];
  }

  private owner(ctx: RequestContext): { ownerId: string; kinds: OwnerKind[] } {
    const account = ctx.requireViewer().account;
    const kinds = account.role === Role.CREATOR ? CREATOR_ACCOUNTS : account.role === Role.AGENCY ? AGENCY_ACCOUNTS : FAN_ACCOUNTS;
    return { ownerId: account.id, kinds };
  }

  /** Items of rows: calls and counterparts' names in one query each. */
  private async items(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], rows: readonly ActivityRow[]): Promise<ActivityItem[]> {
    const callIds = rows.flatMap((r) => callIdOf(r.group) ?? []);
    const [calls, counterparts] = await Promise.all([
      this.calls.callsByIds(ctx, callIds),
      this.ledger.counterpartsOf(
        ctx,
        ownerId,
        rows.filter((r) => !callIdOf(r.group)).map((r) => r.group),
      ),
    ]);
    const views = new Map((await this.calls.views(ctx, calls, ownerId)).map((view) => [view.id, view]));
    const people = await this.identity.people(ctx, [...counterparts.values()]);
    return rows.map((row) => {
      const kind = activityKindOf(row.group, row.firstKind);
      const call = kind === ActivityKind.CALL ? (views.get(callIdOf(row.group)!) ?? null) : null;
      const otherId = counterparts.get(row.group);
      const other = otherId ? people.get(otherId) : undefined;
      const counterpart = call
        ? call.myRole === 'FAN'
          ? call.creator
          : call.fan
        : other
          ? { id: otherId!, displayName: other.displayName, handle: other.handle }
          : null;
      return {
        id: row.group,
        kind,
        total: row.total,
        refunded: row.refunds,
        counterpart,
        call,
        startedAt: row.startedAt,
        updatedAt: row.lastAt,
        transferCount: row.transfers,
        ownerId,
        accountKinds: kinds,
      };
    });
  }
}

function checkRange(from?: Date | null, to?: Date | null): void {
  if (from && Number.isNaN(from.getTime())) throw badInput('from is not a valid date.', 'from');
  if (to && Number.isNaN(to.getTime())) throw badInput('to is not a valid date.', 'to');
  if (from && to && to <= from) throw badInput('to must be after from.', 'to');
}
