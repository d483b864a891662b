import { IANAZone } from 'luxon';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, conflict, ErrorCode, forbidden } from '../../common/errors';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination';
import { AvailabilityStatus, type Availability } from '../availability/availability';
import type { AvailabilityService } from '../availability/availability.service';
import { validateSchedule } from '../availability/schedule';
import { CreatorProfile } from './creator-profile.entity';
import { findCreatorRecord, lockCreatorProfile, requireCreator, selectCreators, type CreatorRecord } from './creator-record';
import type { CreatorFilter, ScheduleSlotInput, UpdateCreatorProfileInput } from './creator.inputs';
import type { CreatorConnection, CreatorSettingsView, CreatorView } from './creator.types';
import { lastDigits } from './phone';
import { pendingVerificationOf } from './phone-verification.service';

export const MAX_PAGE = 100;
export const PAUSE_MINUTES = { min: 15, max: 24 * 60 };
const CURSOR = 'creator';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,29}$/u;
const MAX_TAGS = 10;
const MAX_BIO = 1000;

type ProfilePatch = Partial<
  Pick<CreatorProfile, 'bio' | 'avatarUrl' | 'tags' | 'timeZone' | 'callsEnabled' | 'pricePerMinute' | 'schedule' | 'pausedUntil' | 'pausedIndefinitely'>
>;

/** Creator profiles and call settings: what fans list and open, and what creators change about themselves. */
export class CreatorService {
  constructor(private readonly availability: AvailabilityService) {}

  /**
   * A page of creators ordered by handle. Availability for the whole page costs one busy probe, never a
   * query per creator. `availableNow` is decided partly in code (the schedule), so that page is read in
   * batches until it is full.
   */
  async listCreators(ctx: RequestContext, args: { first: number; after?: string | null; filter?: CreatorFilter | null }): Promise<CreatorConnection> {
    const size = pageSize(args.first, MAX_PAGE);
    const afterHandle = args.after ? decodeCursor(CURSOR, args.after) : null;
    const filter = args.filter ?? {};
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.tag != null) conditions.push(`${param(normaliseTag(filter.tag))} = ANY (p.tags)`);
    if (filter.search != null && filter.search.trim()) {
      const search = filter.search.trim();
      if (search.length > 100) throw badInput('search must be at most 100 characters.', 'search');
      const pattern = param(`%${search.replace(/[\\%_]/g, '\\$&')}%`);
      conditions.push(`a.handle ILIKE ${pattern} ESCAPE '\\' OR a.display_name ILIKE ${pattern} ESCAPE '\\'`);
    }
    const viewer = ctx.viewer?.account.id;
    if (viewer) {
      // A block either way hides the pair from each other (DESIGN §6).
      const me = param(viewer);
      conditions.push(
        `NOT EXISTS (SELECT 1 FROM account_block b WHERE (b.blocker_id = ${me} AND b.blocked_id = a.id) OR (b.blocker_id = a.id AND b.blocked_id = ${me}))`,
      );
    }
    if (filter.availableNow) {
      // What SQL can decide; the schedule and BUSY are decided below.
      conditions.push(`p.calls_enabled AND NOT p.paused_indefinitely AND (p.paused_until IS NULL OR p.paused_until <= ${param(ctx.app.clock.now())})`);
    }
    const read = (after: string | null, limit: number) => {
      const all = [...params];
      const where = [...conditions.map((c) => `(${c})`)];
      if (after !== null) where.push(`a.handle > $${all.push(after)}`);
      return selectCreators(ctx, where.join(' AND '), all, `ORDER BY a.handle LIMIT $${all.push(limit)}`);
    };

    let page: { record: CreatorRecord; availability: Availability }[] = [];
    let hasNextPage = false;
    if (!filter.availableNow) {
      const records = await read(afterHandle, size + 1);
      hasNextPage = records.length > size;
      const shown = records.slice(0, size);
      const availability = await this.availability.availabilityOfMany(ctx, shown);
      page = shown.map((record) => ({ record, availability: availability.get(record.id)! }));
    } else {
      const batch = Math.max(size + 1, 50);
      let cursor = afterHandle;
      for (;;) {
        const records = await read(cursor, batch);
        const availability = await this.availability.availabilityOfMany(ctx, records);
        for (const record of records) {
          const a = availability.get(record.id)!;
          if (a.status === AvailabilityStatus.AVAILABLE) page.push({ record, availability: a });
        }
        if (page.length > size || records.length < batch) break;
        cursor = records[records.length - 1].handle;
      }
      hasNextPage = page.length > size;
      page = page.slice(0, size);
    }
    const edges = page.map(({ record, availability }) => ({ cursor: encodeCursor(CURSOR, record.handle), node: toCreatorView(record, availability) }));
    return {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: afterHandle !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** One creator by id or by handle (exactly one of them); null when there is no such active creator. */
  async findCreator(ctx: RequestContext, by: { id?: string | null; handle?: string | null }): Promise<CreatorView | null> {
    if ((by.id == null) === (by.handle == null)) throw badInput('Give either id or handle.', by.id == null ? 'id' : 'handle');
    let records: CreatorRecord[];
    if (by.id != null) records = UUID.test(by.id) ? await selectCreators(ctx, 'a.id = $1', [by.id]) : [];
    else records = await selectCreators(ctx, 'a.handle = $1', [by.handle!.trim().toLowerCase()]);
    const record = records[0];
    return record ? toCreatorView(record, await this.availability.availabilityOfCreator(ctx, record)) : null;
  }

  /** The signed-in creator's own settings (phone shown only as verified/last two digits). */
  async mySettings(ctx: RequestContext): Promise<CreatorSettingsView> {
    const me = requireCreator(ctx);
    const record = await findCreatorRecord(ctx, me);
    if (!record) throw forbidden('Only active creators have creator settings.');
    const { config, clock } = ctx.app;
    return {
      creator: toCreatorView(record, await this.availability.availabilityOfCreator(ctx, record)),
      pricePerMinute: record.pricePerMinute,
      minPricePerMinute: config.CALL_PRICE_MIN,
      maxPricePerMinute: config.CALL_PRICE_MAX,
      phoneVerified: !!record.phoneVerifiedAt,
      phoneLastTwoDigits: record.phoneVerifiedAt && record.phoneE164 ? lastDigits(record.phoneE164) : null,
      pendingPhoneVerification: await pendingVerificationOf(ctx, me, clock.now()),
      pausedUntil: record.pausedUntil && record.pausedUntil > clock.now() ? record.pausedUntil : null,
      pausedIndefinitely: record.pausedIndefinitely,
    };
  }

  async updateProfile(ctx: RequestContext, input: UpdateCreatorProfileInput): Promise<CreatorSettingsView> {
    const patch: ProfilePatch = {};
    if (input.bio != null) {
      const bio = input.bio.trim();
      if (bio.length > MAX_BIO) throw badInput(`bio must be at most ${MAX_BIO} characters.`, 'bio');
      patch.bio = bio;
    }
    if (input.avatarUrl != null) patch.avatarUrl = input.avatarUrl.trim() ? checkedAvatarUrl(input.avatarUrl.trim()) : null;
    if (input.tags != null) patch.tags = checkedTags(input.tags);
    if (input.timeZone != null) patch.timeZone = checkedTimeZone(input.timeZone);
    return this.changeSettings(ctx, () => patch);
  }

  /** Turns calls on at a price; needs a verified phone. Clears any pause. */
  async enableCalls(ctx: RequestContext, pricePerMinute: number): Promise<CreatorSettingsView> {
    const price = checkedPrice(ctx, pricePerMinute);
    return this.changeSettings(ctx, (profile) => {
      if (!profile.phoneVerifiedAt) {
        throw new AppError(ErrorCode.CONFLICT, 'Verify your phone before turning calls on: incoming calls are announced to it by SMS.', {
          reason: 'PHONE_NOT_VERIFIED',
        });
      }
      return { callsEnabled: true, pricePerMinute: price, pausedUntil: null, pausedIndefinitely: false };
    });
  }

  /** Changes the price of future calls; a call already started keeps its price (the calls module snapshots it). */
  async updateCallSettings(ctx: RequestContext, pricePerMinute: number): Promise<CreatorSettingsView> {
    const price = checkedPrice(ctx, pricePerMinute);
    return this.changeSettings(ctx, () => ({ pricePerMinute: price }));
  }

  async disableCalls(ctx: RequestContext): Promise<CreatorSettingsView> {
    return this.changeSettings(ctx, () => ({ callsEnabled: false, pausedUntil: null, pausedIndefinitely: false }));
  }

  /** Pauses calls for 15 minutes to 24 hours, or until resumed; a timed pause ends by itself (durable timer). */
  async pauseCalls(ctx: RequestContext, args: { minutes?: number | null; untilResumed?: boolean | null }): Promise<CreatorSettingsView> {
    const timed = args.minutes != null;
    if (timed === !!args.untilResumed) {
      throw badInput(`Give either minutes (${PAUSE_MINUTES.min}–${PAUSE_MINUTES.max}) or untilResumed: true.`, timed ? 'untilResumed' : 'minutes');
    }
    if (timed && (!Number.isInteger(args.minutes) || args.minutes! < PAUSE_MINUTES.min || args.minutes! > PAUSE_MINUTES.max)) {
      throw badInput(`A pause lasts ${PAUSE_MINUTES.min} to ${PAUSE_MINUTES.max} minutes (24 hours).`, 'minutes');
    }
    return this.changeSettings(ctx, (profile) => {
      if (!profile.callsEnabled) throw conflict('Calls are off, so there is nothing to pause.');
      if (!timed) return { pausedUntil: null, pausedIndefinitely: true };
      return { pausedUntil: new Date(ctx.app.clock.now().getTime() + args.minutes! * 60_000), pausedIndefinitely: false };
    });
  }

  async resumeCalls(ctx: RequestContext): Promise<CreatorSettingsView> {
    return this.changeSettings(ctx, () => ({ pausedUntil: null, pausedIndefinitely: false }));
  }

  /** Replaces the weekly hours (and the time zone they are in); no slots means any time. */
  async setAvailabilitySchedule(ctx: RequestContext, timeZone: string, slots: ScheduleSlotInput[]): Promise<CreatorSettingsView> {
    const result = validateSchedule({ timeZone: timeZone.trim(), slots: slots.map(({ weekday, start, end }) => ({ weekday, start, end })) });
    if (!result.ok) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, result.errors.map((e) => e.message).join(' '), { fields: result.errors });
    }
    const { schedule } = result;
    return this.changeSettings(ctx, () => ({ timeZone: IANAZone.create(schedule.timeZone).name, schedule: schedule.slots.length ? schedule.slots : null }));
  }

  /**
   * One transaction: lock the creator's profile (creating it on first use), apply the patch `decide` returns
   * (it may refuse by throwing, then nothing changes), re-arm the timers and announce the availability.
   */
  private async changeSettings(ctx: RequestContext, decide: (profile: CreatorProfile) => ProfilePatch): Promise<CreatorSettingsView> {
    const me = requireCreator(ctx);
    return ctx.transaction(async (tx) => {
      const profile = await lockCreatorProfile(tx, me);
      const patch = decide(profile);
      if (Object.keys(patch).length) await tx.em.getRepository(CreatorProfile).update({ accountId: me }, patch);
      await this.availability.settingsChanged(tx, me);
      return this.mySettings(tx);
    });
  }
}

export function toCreatorView(record: CreatorRecord, availability: Availability): CreatorView {
  return {
    id: record.id,
    handle: record.handle,
    displayName: record.displayName,
    bio: record.bio,
    avatarUrl: record.avatarUrl,
    tags: record.tags,
    timeZone: record.timeZone,
    callsEnabled: record.callsEnabled,
    pricePerMinute: record.callsEnabled ? record.pricePerMinute : null,
    schedule: record.slots.map(({ weekday, start, end }) => ({ weekday, start, end })),
    availability,
  };
}

function checkedPrice(ctx: RequestContext, price: number): number {
  const { CALL_PRICE_MIN: min, CALL_PRICE_MAX: max } = ctx.app.config;
  if (!Number.isInteger(price) || price < min || price > max) {
    throw badInput(`pricePerMinute must be a whole number of tokens from ${min} to ${max}.`, 'pricePerMinute');
  }
  return price;
}

function checkedTimeZone(input: string): string {
  const zone = input.trim();
  if (!IANAZone.isValidZone(zone)) throw badInput(`Unknown time zone ${JSON.stringify(input)}.`, 'timeZone');
  return IANAZone.create(zone).name;
}

function checkedAvatarUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw badInput('avatarUrl must be an https URL.', 'avatarUrl');
  }
  if (url.protocol !== 'https:' || input.length > 500) throw badInput('avatarUrl must be an https URL of at most 500 characters.', 'avatarUrl');
  return url.toString();
}

const normaliseTag = (tag: string): string => tag.trim().toLowerCase().replace(/\s+/g, ' ');

function checkedTags(input: string[]): string[] {
  const tags = [...new Set(input.map(normaliseTag))];
  if (tags.length > MAX_TAGS) throw badInput(`At most ${MAX_TAGS} tags.`, 'tags');
  const bad = tags.find((t) => !TAG.test(t));
  if (bad !== undefined) {
    throw badInput(`Tag ${JSON.stringify(bad)} is not allowed: use letters, digits, spaces, - and _, at most 30 characters.`, 'tags');
  }
  return tags;
}
