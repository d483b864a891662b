import { Repeater } from '@graphql-yoga/subscription';
import type { App } from '../../app';
import { RequestContext } from '../../common/context';
import { badInput } from '../../common/errors';
import { availabilitySettingsOf, findCreatorRecord, weeklyScheduleOf, type CreatorRecord } from '../creators/creator-record';
import type { DueTimer, TimerService } from '../timers/timer.service';
import { availabilityOf, AvailabilityStatus, type Availability } from './availability';
import type { CreatorAvailabilityChange } from './availability.types';
import type { PresenceService } from './presence.service';
import { nextBoundary } from './schedule';

/** Which of these creators are ringing or in a call; the calls module plugs in. Must query through `ctx`. */
export type BusyProbe = (ctx: RequestContext, creatorIds: string[]) => Promise<Set<string>>;

/** Durable timer kinds of this module; the key is the creator's id. */
export const PAUSE_END = 'pause-end';
export const SCHEDULE_BOUNDARY = 'schedule-boundary';
export const MAX_WATCHED_CREATORS = 100;

/**
 * Computes creators' availability (through the one pure `availabilityOf`) and pushes every change of it:
 * changes made by mutations, and those nobody made — a timed pause ending and a schedule window opening or
 * closing (durable timers), presence going on or off, a call starting or ending (the calls module calls
 * notifyAvailabilityChanged).
 */
export class AvailabilityService {
  private busyProbe: BusyProbe = async () => new Set();
  private app?: App;

  constructor(
    private readonly timers: TimerService,
    readonly presence: PresenceService,
  ) {
    timers.register(PAUSE_END, (ctx, timer) => this.endPause(ctx, timer));
    timers.register(SCHEDULE_BOUNDARY, (ctx, timer) => this.crossScheduleBoundary(ctx, timer));
    presence.onChange((creatorId) => this.presenceChanged(creatorId));
  }

  attach(app: App): void {
    this.app = app;
  }

  /** Installs how BUSY is known (the calls module); by default nobody is busy. */
  setBusyProbe(probe: BusyProbe): void {
    this.busyProbe = probe;
  }

  /** Availability of many creators at once: one busy probe for all, presence from memory, no query per creator. */
  async availabilityOfMany(ctx: RequestContext, records: CreatorRecord[]): Promise<Map<string, Availability>> {
    const now = ctx.app.clock.now();
    // Only creators who would otherwise be AVAILABLE need the probe.
    const candidates = records.filter(
      (r) => availabilityOf(availabilitySettingsOf(r), { now, online: false, busy: false }).status === AvailabilityStatus.AVAILABLE,
    );
    const busy = candidates.length
      ? await this.busyProbe(
          ctx,
          candidates.map((r) => r.id),
        )
      : new Set<string>();
    return new Map(records.map((r) => [r.id, availabilityOf(availabilitySettingsOf(r), { now, online: this.presence.isOnline(r.id), busy: busy.has(r.id) })]));
  }

  async availabilityOfCreator(ctx: RequestContext, record: CreatorRecord): Promise<Availability> {
    return (await this.availabilityOfMany(ctx, [record])).get(record.id)!;
  }

  /**
   * Computes the creator's availability as the current transaction sees it and publishes it once that
   * transaction commits (at once outside one). Call it after anything that may change it.
   */
  async notifyAvailabilityChanged(ctx: RequestContext, creatorId: string): Promise<void> {
    const record = await findCreatorRecord(ctx, creatorId);
    if (!record) return;
    const change: CreatorAvailabilityChange = { creatorId, availability: await this.availabilityOfCreator(ctx, record) };
    ctx.afterCommit(() => ctx.app.pubsub.publish('CREATOR_AVAILABILITY_CHANGED', creatorId, change));
  }

  /**
   * Brings the creator's durable timers in line with their settings (the pause's end, the schedule's next
   * boundary) and announces the new availability. Every settings change ends with this, in its transaction.
   */
  async settingsChanged(ctx: RequestContext, creatorId: string): Promise<void> {
    const record = await findCreatorRecord(ctx, creatorId);
    if (!record) return;
    const now = ctx.app.clock.now();
    if (record.pausedUntil && !record.pausedIndefinitely && record.pausedUntil > now) {
      await this.timers.schedule(ctx, { kind: PAUSE_END, key: creatorId, dueAt: record.pausedUntil });
    } else {
      await this.timers.cancel(ctx, PAUSE_END, creatorId);
      // A pause that ran out before its timer fired (the API was down) is over: say so in the row too.
      if (record.pausedUntil) await this.clearEndedPause(ctx, creatorId, now);
    }
    await this.armScheduleBoundary(ctx, record, now);
    await this.notifyAvailabilityChanged(ctx, creatorId);
  }

  /** The merged stream of availability changes of these creators. */
  subscribe(ctx: RequestContext, creatorIds: string[]): AsyncIterable<CreatorAvailabilityChange> {
    const ids = [...new Set(creatorIds)];
    if (ids.length === 0) throw badInput('Give at least one creator id.', 'creatorIds');
    if (ids.length > MAX_WATCHED_CREATORS) throw badInput(`Watch at most ${MAX_WATCHED_CREATORS} creators per subscription.`, 'creatorIds');
    return Repeater.merge(ids.map((id) => ctx.app.pubsub.subscribe('CREATOR_AVAILABILITY_CHANGED', id)));
  }

  private async armScheduleBoundary(ctx: RequestContext, record: CreatorRecord, now: Date): Promise<void> {
    const boundary = nextBoundary(weeklyScheduleOf(record), now);
    if (boundary) await this.timers.schedule(ctx, { kind: SCHEDULE_BOUNDARY, key: record.id, dueAt: boundary });
    else await this.timers.cancel(ctx, SCHEDULE_BOUNDARY, record.id);
  }

  /** A timed pause ran out: the creator is back without doing anything. */
  private async endPause(ctx: RequestContext, timer: DueTimer): Promise<void> {
    await this.clearEndedPause(ctx, timer.key, ctx.app.clock.now());
    await this.notifyAvailabilityChanged(ctx, timer.key);
  }

  private async clearEndedPause(ctx: RequestContext, creatorId: string, now: Date): Promise<void> {
    await ctx.em.query(
      `UPDATE creator_profile SET paused_until = NULL, updated_at = now()
       WHERE account_id = $1 AND paused_until IS NOT NULL AND paused_until <= $2`,
      [creatorId, now],
    );
  }

  /** A window opened or closed: announce it and arm the next boundary. */
  private async crossScheduleBoundary(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const record = await findCreatorRecord(ctx, timer.key);
    if (!record) return;
    // Never re-arm at or before the boundary just crossed, even if the clock lags the timer.
    const now = new Date(Math.max(ctx.app.clock.now().getTime(), timer.dueAt.getTime()));
    await this.armScheduleBoundary(ctx, record, now);
    await this.notifyAvailabilityChanged(ctx, timer.key);
  }

  private presenceChanged(creatorId: string): void {
    const app = this.app;
    if (!app) return;
    const ctx = new RequestContext(app, `presence-${creatorId}`, 'local', null);
    this.notifyAvailabilityChanged(ctx, creatorId).catch((err) => ctx.log.warn({ err, creatorId }, 'could not publish a presence change'));
  }
}
