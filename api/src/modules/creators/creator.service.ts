import { IANAZone } from 'luxon';
import { readPage, toConnection } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, conflict, ErrorCode, forbidden } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { lastDigits } from '../../common/phone';
import { AvailabilityStatus, validateSchedule, type Availability, type AvailabilityService } from '../availability';
import type { BlocksService } from '../blocks';
import { requireVerifiedEmail } from '../identity';
import type { CreatorProfile } from './creator-profile.entity';
import { availabilitySettingsOf, type CreatorRecord, type CreatorRepository, type ProfilePatch } from './creator.repository';
import type { CreatorFilter, ScheduleSlotInput, UpdateCreatorProfileInput } from './creator.inputs';
import { CreatorSort, type CreatorConnection, type CreatorSettingsView, type CreatorView, type PhotoView } from './creator.types';
import type { PhotoSummary } from './creator-profile.entity';
import { KeyedFanout, type PubSub } from '../../common/pubsub';
import type { PhoneVerificationService } from './phone-verification.service';
import { requireCreator } from './require-creator';

export const MAX_PAGE = 100;
export const PAUSE_MINUTES = { min: 15, max: 24 * 60 };
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,29}$/u;
const MAX_TAGS = 10;
const MAX_BIO = 1000;

/** The platform's price range for a minute of call. */
export interface PriceRange {
  min: number;
  max: number;
}

/** Creator profiles and call settings: what fans list and open, and what creators change about themselves. */
export class CreatorService {
  constructor(
    private readonly creators: CreatorRepository,
    private readonly availability: AvailabilityService,
    private readonly blocks: BlocksService,
    private readonly phoneVerification: PhoneVerificationService,
    private readonly prices: PriceRange,
    private readonly pubsub: PubSub,
  ) {
    this.updates = new KeyedFanout(
      () => pubsub.subscribe('CREATOR_UPDATED'),
      (update) => update.creatorId,
    );
  }

  private readonly updates: KeyedFanout<{ creatorId: string }>;

  /**
   * A page of the directory. Availability for the whole page costs one busy query, never a query per creator.
   * HANDLE pages by keyset on the handle; the other orders page by position (a cursor is the offset after its
   * creator). `availableNow` and `onlineNow` are decided partly in code (the schedule, calls in progress), so
   * such a page is read in batches until it is full.
   */
  async listCreators(
    ctx: RequestContext,
    args: { first: number; after?: string | null; filter?: CreatorFilter | null; sort?: CreatorSort | null },
  ): Promise<CreatorConnection> {
    const filter = args.filter ?? {};
    const sort = args.sort ?? CreatorSort.HANDLE;
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.tag != null) conditions.push(`${param(normaliseTag(filter.tag))} = ANY (p.tags)`);
    if (filter.tags != null && filter.tags.length) {
      if (filter.tags.length > MAX_TAGS) throw badInput(`Filter by at most ${MAX_TAGS} tags.`, 'tags');
      conditions.push(`p.tags && ${param(filter.tags.map(normaliseTag))}::text[]`);
    }
    if (filter.language != null && filter.language.trim()) conditions.push(`${param(checkedLanguage(filter.language))} = ANY (p.languages)`);
    if (filter.minPrice != null) conditions.push(`p.calls_enabled AND p.price_per_minute >= ${param(filter.minPrice)}`);
    if (filter.maxPrice != null) conditions.push(`p.calls_enabled AND p.price_per_minute <= ${param(filter.maxPrice)}`);
    if (filter.minRating != null) {
      if (!(filter.minRating >= 1 && filter.minRating <= 5)) throw badInput('minRating must be from 1 to 5.', 'minRating');
      conditions.push(`p.rating_average >= ${param(filter.minRating)}`);
    }
    if (filter.search != null && filter.search.trim()) {
      const search = filter.search.trim();
      if (search.length > 100) throw badInput('search must be at most 100 characters.', 'search');
      const pattern = param(`%${search.replace(/[\\%_]/g, '\\$&')}%`);
      conditions.push(`a.handle ILIKE ${pattern} ESCAPE '\\' OR a.display_name ILIKE ${pattern} ESCAPE '\\'`);
    }
    const viewer = ctx.viewer?.account.id;
    if (viewer) {
      // A block either way hides the pair from each other (DESIGN §6).
      const hidden = await this.blocks.separatedFrom(ctx, viewer);
      if (hidden.length) conditions.push(`NOT (a.id = ANY (${param(hidden)}::uuid[]))`);
    }
    const online = this.availability.presence.onlineCreatorIds();
    const decidedInCode = !!(filter.availableNow || filter.onlineNow);
    if (decidedInCode) {
      // What SQL can decide; the schedule and BUSY are decided below.
      conditions.push(`p.calls_enabled AND NOT p.paused_indefinitely AND (p.paused_until IS NULL OR p.paused_until <= ${param(ctx.clock.now())})`);
    }
    if (filter.onlineNow) conditions.push(`a.id = ANY (${param(online)}::uuid[])`);
    const keyset = sort === CreatorSort.HANDLE;
    const order = keyset
      ? 'a.handle'
      : `${orderOf(
          sort,
          () => param(online),
          () => param(ctx.clock.now()),
        )}, a.handle`;
    const read = (after: string | null, limit: number) => {
      const all = [...params];
      const where = [...conditions.map((c) => `(${c})`)];
      if (keyset && after !== null) where.push(`a.handle > $${all.push(after)}`);
      const offset = keyset ? '' : ` OFFSET $${all.push(Number(after ?? 0))}`;
      return this.creators.select(ctx, where.join(' AND '), all, `ORDER BY ${order} LIMIT $${all.push(limit)}${offset}`);
    };
    const passes = (a: Availability) => a.status === AvailabilityStatus.AVAILABLE && (!filter.onlineNow || a.online);

    type Listed = { record: CreatorRecord; availability: Availability | null; key: string };
    const page = await readPage<Listed>(
      {
        kind: keyset ? 'creator' : `creator-${sort}`,
        first: args.first,
        max: MAX_PAGE,
        after: args.after,
        validKey: keyset ? undefined : ([k]) => /^\d{1,9}$/.test(k),
      },
      ({ key }) => [key],
      async (key, limit) => {
        const batch = decidedInCode ? Math.max(limit, 50) : limit;
        const found: Listed[] = [];
        let cursor = key?.[0] ?? null;
        for (;;) {
          const records = await read(cursor, batch);
          const availability = decidedInCode ? await this.availabilityOfRecords(ctx, records) : null;
          records.forEach((record, i) => {
            const next = keyset ? record.handle : String(Number(cursor ?? 0) + i + 1);
            const a = availability?.get(record.id) ?? null;
            if (!availability || passes(a!)) found.push({ record, availability: a, key: next });
          });
          if (!decidedInCode || found.length >= limit || records.length < batch) return found.slice(0, limit);
          cursor = keyset ? records[records.length - 1].handle : String(Number(cursor ?? 0) + records.length);
        }
      },
    );
    const missing = page.rows.filter((row) => !row.availability).map((row) => row.record);
    const computed = missing.length ? await this.availabilityOfRecords(ctx, missing) : new Map<string, Availability>();
    return toConnection(
      page,
      page.rows.map(({ record, availability }) => toCreatorView(record, availability ?? computed.get(record.id)!)),
    );
  }

  /** One creator by id or by handle (exactly one of them); null when there is no such active creator. */
  async findCreator(ctx: RequestContext, by: { id?: string | null; handle?: string | null }): Promise<CreatorView | null> {
    if ((by.id == null) === (by.handle == null)) throw badInput('Give either id or handle.', by.id == null ? 'id' : 'handle');
    // A lookup: an id that cannot name a creator (malformed) finds none, like an unknown one.
    let record: CreatorRecord | null;
    if (by.id != null) record = isUuid(by.id) ? await this.creators.find(ctx, by.id) : null;
    else record = await this.creators.findByHandle(ctx, by.handle!.trim().toLowerCase());
    return record ? toCreatorView(record, await this.availabilityOf(ctx, record)) : null;
  }

  /** An active creator, or null. */
  find(ctx: RequestContext, id: string): Promise<CreatorRecord | null> {
    return this.creators.find(ctx, id);
  }

  /** The creator's availability now (as the current transaction sees it). */
  availabilityOf(ctx: RequestContext, record: CreatorRecord): Promise<Availability> {
    return this.availability.availabilityOfCreator(ctx, { id: record.id, settings: availabilitySettingsOf(record) });
  }

  /** Availability of many creators by id, in a constant number of queries (absent: not an active creator). */
  async availabilityOfMany(ctx: RequestContext, creatorIds: readonly string[]): Promise<Map<string, Availability>> {
    return this.availabilityOfRecords(ctx, await this.creators.findMany(ctx, creatorIds));
  }

  /** The creator's commission rate (the platform's when none is set for them). */
  async commissionOf(ctx: RequestContext, creatorId: string, platformBps: number): Promise<number> {
    return (await this.creators.commissionOf(ctx, creatorId)) ?? platformBps;
  }

  private availabilityOfRecords(ctx: RequestContext, records: readonly CreatorRecord[]): Promise<Map<string, Availability>> {
    return this.availability.availabilityOfMany(
      ctx,
      records.map((r) => ({ id: r.id, settings: availabilitySettingsOf(r) })),
    );
  }

  /** The signed-in creator's own settings (phone shown only as verified/last two digits). */
  async mySettings(ctx: RequestContext): Promise<CreatorSettingsView> {
    const me = requireCreator(ctx);
    const record = await this.creators.find(ctx, me);
    if (!record) throw forbidden('Only active creators have creator settings.');
    const now = ctx.clock.now();
    return {
      creator: toCreatorView(record, await this.availabilityOf(ctx, record)),
      pricePerMinute: record.pricePerMinute,
      minPricePerMinute: this.prices.min,
      maxPricePerMinute: this.prices.max,
      phoneVerified: !!record.phoneVerifiedAt,
      phoneLastTwoDigits: record.phoneVerifiedAt && record.phoneE164 ? lastDigits(record.phoneE164) : null,
      pendingPhoneVerification: await this.phoneVerification.pending(ctx, me, now),
      pausedUntil: record.pausedUntil && record.pausedUntil > now ? record.pausedUntil : null,
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
    if (input.languages != null) patch.languages = checkedLanguages(input.languages);
    if (input.timeZone != null) patch.timeZone = checkedTimeZone(input.timeZone);
    return this.changeSettings(ctx, () => patch);
  }

  /** Turns calls on at a price; needs a verified phone. Clears any pause. */
  async enableCalls(ctx: RequestContext, pricePerMinute: number): Promise<CreatorSettingsView> {
    requireVerifiedEmail(ctx);
    const price = this.checkedPrice(pricePerMinute);
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
    const price = this.checkedPrice(pricePerMinute);
    return this.changeSettings(ctx, () => ({ pricePerMinute: price }));
  }

  async disableCalls(ctx: RequestContext): Promise<CreatorSettingsView> {
    return this.changeSettings(ctx, () => ({ callsEnabled: false, pausedUntil: null, pausedIndefinitely: false }));
  }

  /** Erases the creator's profile data when the account is deleted; fans see the creator as off from then on. */
  async erasePersonalData(ctx: RequestContext, creatorId: string): Promise<void> {
    if (!(await this.creators.hasProfile(ctx, creatorId))) return;
    await this.creators.lockProfile(ctx, creatorId);
    await this.creators.erase(ctx, creatorId);
    await this.availability.settingsChanged(ctx, creatorId);
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
      return { pausedUntil: new Date(ctx.clock.now().getTime() + args.minutes! * 60_000), pausedIndefinitely: false };
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
   * In the mutation's transaction: lock the creator's profile (creating it on first use), apply the patch
   * `decide` returns (it may refuse by throwing, then nothing changes), re-arm the timers and announce the
   * availability.
   */
  private async changeSettings(ctx: RequestContext, decide: (profile: CreatorProfile) => ProfilePatch): Promise<CreatorSettingsView> {
    const me = requireCreator(ctx);
    const profile = await this.creators.lockProfile(ctx, me);
    await this.creators.update(ctx, me, decide(profile));
    await this.availability.settingsChanged(ctx, me);
    this.announceUpdate(ctx, me);
    return this.mySettings(ctx);
  }

  /** Sets the creator's profile photo summary (the photos module calls this in its transaction). */
  async setProfilePhoto(ctx: RequestContext, creatorId: string, photo: PhotoSummary | null): Promise<void> {
    await this.creators.setPhoto(ctx, creatorId, photo);
    this.announceUpdate(ctx, creatorId);
  }

  /** Sets the rating summary of the creator's visible reviews (the reviews module calls this in its transaction). */
  async recordRating(ctx: RequestContext, creatorId: string, count: number, average: number | null): Promise<void> {
    await this.creators.setRating(ctx, creatorId, count, average);
    this.announceUpdate(ctx, creatorId);
  }

  /** The creator as fans see it now, or null when not an active creator (for the creatorUpdated subscription). */
  async creatorView(ctx: RequestContext, creatorId: string): Promise<CreatorView | null> {
    const record = await this.creators.find(ctx, creatorId);
    return record ? toCreatorView(record, await this.availabilityOf(ctx, record)) : null;
  }

  /** These active creators as fans see them, in the order of `ids` (others left out). */
  async creatorViews(ctx: RequestContext, ids: readonly string[]): Promise<CreatorView[]> {
    const records = await this.creators.findMany(ctx, ids);
    const availability = await this.availabilityOfRecords(ctx, records);
    const byId = new Map(records.map((r) => [r.id, toCreatorView(r, availability.get(r.id)!)]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  /** The stream of "this creator's profile changed" hints. */
  updatesOf(creatorId: string): AsyncIterable<{ creatorId: string }> {
    return this.updates.subscribe([creatorId]);
  }

  /** Tells open profiles (and the public read cache) that the creator changed, once the transaction commits. */
  announceUpdate(ctx: RequestContext, creatorId: string): void {
    ctx.afterCommit(() => this.pubsub.publish('CREATOR_UPDATED', { creatorId }));
  }

  private checkedPrice(price: number): number {
    const { min, max } = this.prices;
    if (!Number.isInteger(price) || price < min || price > max) {
      throw badInput(`pricePerMinute must be a whole number of tokens from ${min} to ${max}.`, 'pricePerMinute');
    }
    return price;
  }
}

export function toCreatorView(record: CreatorRecord, availability: Availability): CreatorView {
  return {
    id: record.id,
    handle: record.handle,
    displayName: record.displayName,
    bio: record.bio,
    avatarUrl: record.photo?.variants[0]?.url ?? record.avatarUrl,
    photo: record.photo ? toPhotoView(record.photo) : null,
    languages: record.languages,
    ratingAverage: record.ratingAverage,
    ratingCount: record.ratingCount,
    joinedAt: record.joinedAt,
    tags: record.tags,
    timeZone: record.timeZone,
    callsEnabled: record.callsEnabled,
    pricePerMinute: record.callsEnabled ? record.pricePerMinute : null,
    schedule: record.slots.map(({ weekday, start, end }) => ({ weekday, start, end })),
    availability,
  };
}

/** The GraphQL view of a stored photo: `url` is a middle size, `srcset` lists them all. */
export function toPhotoView(photo: PhotoSummary): PhotoView {
  const variants = photo.variants.map(({ url, width, height }) => ({ url, width, height }));
  const middle = variants[Math.min(1, variants.length - 1)];
  return {
    id: photo.id,
    width: photo.width,
    height: photo.height,
    url: middle?.url ?? '',
    srcset: variants.map((v) => `${v.url} ${v.width}w`).join(', '),
    variants,
  };
}

/** ORDER BY terms of a directory order (HANDLE is keyset-paged and never comes here). */
function orderOf(sort: CreatorSort, onlineParam: () => string, nowParam: () => string): string {
  const calling = `COALESCE(p.calls_enabled, false)`;
  switch (sort) {
    case CreatorSort.PRICE_LOW:
      return `CASE WHEN ${calling} THEN p.price_per_minute END ASC NULLS LAST`;
    case CreatorSort.PRICE_HIGH:
      return `CASE WHEN ${calling} THEN p.price_per_minute END DESC NULLS LAST`;
    case CreatorSort.RATING:
      return `p.rating_average DESC NULLS LAST, COALESCE(p.rating_count, 0) DESC`;
    case CreatorSort.NEWEST:
      return `a.created_at DESC`;
    default: {
      // Bayesian average: a few reviews at 5 do not outrank many at 4.8.
      const weighted = `(COALESCE(p.rating_average, 0) * COALESCE(p.rating_count, 0) + 4.5 * 3) / (COALESCE(p.rating_count, 0) + 3)`;
      const callable = `${calling} AND NOT COALESCE(p.paused_indefinitely, false) AND (p.paused_until IS NULL OR p.paused_until <= ${nowParam()})`;
      return `(${callable} AND a.id = ANY (${onlineParam()}::uuid[])) DESC, (${callable}) DESC, (p.photo IS NOT NULL) DESC, ${weighted} DESC`;
    }
  }
}

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;
const MAX_LANGUAGES = 8;

function checkedLanguage(input: string): string {
  const code = input.trim().toLowerCase().replace(/_/g, '-');
  if (!LANGUAGE.test(code)) throw badInput(`${JSON.stringify(input)} is not a language code such as "en" or "pt-br".`, 'language');
  return code;
}

function checkedLanguages(input: string[]): string[] {
  const codes = [...new Set(input.map((code) => checkedLanguage(code)))];
  if (codes.length > MAX_LANGUAGES) throw badInput(`At most ${MAX_LANGUAGES} languages.`, 'languages');
  return codes;
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
