import type { ContextFactory, RequestContext } from '../../common/context';
import type { EventPublisher } from '../../common/domain-events';
import { badInput } from '../../common/errors';
import { KeyedFanout, type AvailabilityPayload, type PubSub } from '../../common/pubsub';
import type { UnitOfWork } from '../../common/unit-of-work';
import type { AvailabilityEvents } from './availability.events';
import type { DueTimer, TimerService } from '../timers';
import { availabilityOf, AvailabilityStatus, type Availability, type AvailabilitySettings } from './availability';
import type { CreatorAvailabilityChange } from './availability.types';
import type { PresenceService } from './presence.service';
import { nextBoundary } from './schedule';

/** Port: which of these creators are ringing or in a call. The calls module's repository implements it. */
export interface BusyCreators {
  busyAmong(ctx: RequestContext, creatorIds: string[]): Promise<Set<string>>;
}

/** Port: creators' call settings. The creators module's repository implements it. */
export interface AvailabilitySettingsSource {
  /** The settings of an active creator; null for anyone else. */
  settingsOf(ctx: RequestContext, creatorId: string): Promise<AvailabilitySettings | null>;
  /** Clears a timed pause that has ended by `now` (a no-op for any other pause). */
  clearEndedPause(ctx: RequestContext, creatorId: string, now: Date): Promise<void>;
}

/** A creator and the settings their availability is computed from. */
export interface AvailabilitySubject {
  id: string;
  settings: AvailabilitySettings;
}

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
  /** Every subscriber of this process, over one pub/sub subscription to all creators' changes. */
  private readonly changes: KeyedFanout<AvailabilityPayload>;

  constructor(
    private readonly settings: AvailabilitySettingsSource,
    private readonly busy: BusyCreators,
    private readonly timers: TimerService,
    readonly presence: PresenceService,
    private readonly pubsub: PubSub,
    private readonly contexts: ContextFactory,
    private readonly events: EventPublisher<AvailabilityEvents>,
    private readonly uow: UnitOfWork,
  ) {
    timers.register(PAUSE_END, (ctx, timer) => this.endPause(ctx, timer));
    timers.register(SCHEDULE_BOUNDARY, (ctx, timer) => this.crossScheduleBoundary(ctx, timer));
    presence.onChange((creatorId) => this.presenceChanged(creatorId));
    this.changes = new KeyedFanout(
      () => pubsub.subscribe('CREATOR_AVAILABILITY_CHANGED'),
      (change) => change.creatorId,
    );
  }

  /** Availability of many creators at once: one busy query for all, presence from memory, no query per creator. */
  async availabilityOfMany(ctx: RequestContext, subjects: readonly AvailabilitySubject[]): Promise<Map<string, Availability>> {
    const now = ctx.clock.now();
    // Only creators who would otherwise be AVAILABLE need the busy query.
    const candidates = subjects.filter((s) => availabilityOf(s.settings, { now, online: false, busy: false }).status === AvailabilityStatus.AVAILABLE);
    const busy = candidates.length
      ? await this.busy.busyAmong(
          ctx,
          candidates.map((s) => s.id),
        )
      : new Set<string>();
    return new Map(subjects.map((s) => [s.id, availabilityOf(s.settings, { now, online: this.presence.isOnline(s.id), busy: busy.has(s.id) })]));
  }

  async availabilityOfCreator(ctx: RequestContext, subject: AvailabilitySubject): Promise<Availability> {
    return (await this.availabilityOfMany(ctx, [subject])).get(subject.id)!;
  }

  /**
   * Computes the creator's availability as the current transaction sees it and publishes it once that
   * transaction commits (at once outside one). Call it after anything that may change it.
   */
  async notifyAvailabilityChanged(ctx: RequestContext, creatorId: string): Promise<void> {
    const settings = await this.settings.settingsOf(ctx, creatorId);
    if (!settings) return;
    const availability = await this.availabilityOfCreator(ctx, { id: creatorId, settings });
    const change: CreatorAvailabilityChange = { creatorId, availability };
    await this.uow.run(ctx, (tx) => this.events.publish(tx, 'CreatorAvailabilityComputed', { creatorId, availability }));
    ctx.afterCommit(() => this.pubsub.publish('CREATOR_AVAILABILITY_CHANGED', change));
  }

  /**
   * Brings the creator's durable timers in line with their settings (the pause's end, the schedule's next
   * boundary) and announces the new availability. Every settings change ends with this, in its transaction.
   */
  async settingsChanged(ctx: RequestContext, creatorId: string): Promise<void> {
    const settings = await this.settings.settingsOf(ctx, creatorId);
    if (!settings) return;
    const now = ctx.clock.now();
    if (settings.pausedUntil && !settings.pausedIndefinitely && settings.pausedUntil > now) {
      await this.timers.schedule(ctx, { kind: PAUSE_END, key: creatorId, dueAt: settings.pausedUntil });
    } else {
      await this.timers.cancel(ctx, PAUSE_END, creatorId);
      // A pause that ran out before its timer fired (the API was down) is over: say so in the row too.
      if (settings.pausedUntil) await this.settings.clearEndedPause(ctx, creatorId, now);
    }
    await this.armScheduleBoundary(ctx, creatorId, settings, now);
    await this.notifyAvailabilityChanged(ctx, creatorId);
  }

  /** The merged stream of availability changes of these creators. */
  subscribe(creatorIds: string[]): AsyncIterable<CreatorAvailabilityChange> {
    const ids = [...new Set(creatorIds)];
    if (ids.length === 0) throw badInput('Give at least one creator id.', 'creatorIds');
    if (ids.length > MAX_WATCHED_CREATORS) throw badInput(`Watch at most ${MAX_WATCHED_CREATORS} creators per subscription.`, 'creatorIds');
    return this.changes.subscribe(ids) as AsyncIterable<CreatorAvailabilityChange>;
  }

  private async armScheduleBoundary(ctx: RequestContext, creatorId: string, settings: AvailabilitySettings, now: Date): Promise<void> {
    const boundary = nextBoundary(settings.schedule, now);
    if (boundary) await this.timers.schedule(ctx, { kind: SCHEDULE_BOUNDARY, key: creatorId, dueAt: boundary });
    else await this.timers.cancel(ctx, SCHEDULE_BOUNDARY, creatorId);
  }

  /** A timed pause ran out: the creator is back without doing anything. */
  private async endPause(ctx: RequestContext, timer: DueTimer): Promise<void> {
    await this.settings.clearEndedPause(ctx, timer.key, ctx.clock.now());
    await this.notifyAvailabilityChanged(ctx, timer.key);
  }

  /** A window opened or closed: announce it and arm the next boundary. */
  private async crossScheduleBoundary(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const settings = await this.settings.settingsOf(ctx, timer.key);
    if (!settings) return;
    // Never re-arm at or before the boundary just crossed, even if the clock lags the timer.
    const now = new Date(Math.max(ctx.clock.now().getTime(), timer.dueAt.getTime()));
    await this.armScheduleBoundary(ctx, timer.key, settings, now);
    await this.notifyAvailabilityChanged(ctx, timer.key);
  }

  private presenceChanged(creatorId: string): void {
    const ctx = this.contexts.system('presence', { requestId: `presence-${creatorId}` });
    this.uow
      .run(ctx, (tx) => this.notifyAvailabilityChanged(tx, creatorId))
      .catch((err) => ctx.log.warn({ err, creatorId }, 'could not publish a presence change'));
  }
}
