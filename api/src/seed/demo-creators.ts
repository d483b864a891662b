import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../common/context';
import { CreatorRepository } from '../modules/creators';
import { Role, type Account } from '../modules/identity';
import { AccountKind, reserveRequest, settleRequest, TransferKind } from '../modules/ledger';
import { loadSharp, renderDemoPortrait } from '../providers/images';
import type { SeedServices } from './seed-services';

type Slot = { weekday: number; start: string; end: string };

interface DemoCreator {
  handle: string;
  displayName: string;
  phone: string;
  price: number;
  presentation: 'feminine' | 'masculine';
  profile: { bio: string; tags: string[]; languages: string[]; timeZone: string };
  schedule?: Slot[];
  /** Shown online from the start (as if they had Minutely open). */
  online?: boolean;
  /** On a break of this many minutes at every start. */
  pausedMinutes?: number;
  /** Gallery images (soft abstract backdrops; the portrait is the profile photo). */
  gallery?: number;
  /** Star ratings of past calls, each a review by a demo reviewer. */
  reviews?: number[];
}

const weekdays = (start: string, end: string): Slot[] => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));
const everyDay = (start: string, end: string): Slot[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));

/**
 * The demo directory: the three original demo creators (their accounts are in demo.ts) and 21 more across time
 * zones, languages, prices and topics, a few online at start, some on weekly hours or a break, most with reviews.
 */
export const demoCreatorProfiles: DemoCreator[] = [
  {
    handle: 'ava',
    displayName: 'Ava Stone',
    phone: '+4915100000001',
    price: 20,
    presentation: 'feminine',
    profile: {
      bio: 'Yoga teacher in Berlin. Ask me about morning routines and stretching.',
      tags: ['yoga', 'wellness'],
      languages: ['en', 'de'],
      timeZone: 'Europe/Berlin',
    },
    online: true,
    gallery: 3,
    reviews: [5, 5, 4, 5],
  },
  {
    handle: 'leo',
    displayName: 'Leo Park',
    phone: '+12015550101',
    price: 30,
    presentation: 'masculine',
    profile: {
      bio: 'Indie game developer from New York; happy to review your pitch.',
      tags: ['gaming', 'coding'],
      languages: ['en', 'ko'],
      timeZone: 'America/New_York',
    },
    gallery: 2,
    reviews: [4, 5, 4],
  },
  {
    handle: 'mia',
    displayName: 'Mia Rossi',
    phone: '+393120000003',
    price: 45,
    presentation: 'feminine',
    profile: {
      bio: 'Chef in Rome. Weeknight evenings: bring your pantry questions.',
      tags: ['cooking', 'italian'],
      languages: ['it', 'en'],
      timeZone: 'Europe/Rome',
    },
    // Weekday evenings, and Saturday night past midnight.
    schedule: weekdays('18:00', '23:00').concat({ weekday: 6, start: '20:00', end: '02:00' }),
    gallery: 3,
    reviews: [5, 5, 5, 4, 5],
  },
  ...(
    [
      [
        'sofia',
        'Sofía Marín',
        'feminine',
        25,
        'Europe/Madrid',
        ['es', 'en'],
        ['dance', 'salsa', 'fitness'],
        'Salsa and bachata teacher in Madrid; we can dance in your living room.',
        { online: true, reviews: [5, 4, 5] },
      ],
      [
        'noah',
        'Noah Fischer',
        'masculine',
        15,
        'Europe/Zurich',
        ['de', 'fr', 'en'],
        ['languages', 'chat'],
        'Swiss polyglot: practise German or French with me, patiently.',
        { reviews: [5, 5] },
      ],
      [
        'yuki',
        'Yuki Tanaka',
        'feminine',
        35,
        'Asia/Tokyo',
        ['ja', 'en'],
        ['anime', 'art', 'drawing'],
        'Illustrator in Tokyo. Show me your sketches, I will show you mine.',
        { schedule: everyDay('09:00', '17:00'), gallery: 2, reviews: [5, 4] },
      ],
      [
        'amara',
        'Amara Okafor',
        'feminine',
        40,
        'Africa/Lagos',
        ['en', 'yo'],
        ['music', 'singing'],
        'Singer-songwriter from Lagos. Vocal tips, or just a song for you.',
        { online: true, reviews: [5, 5, 5, 5] },
      ],
      [
        'lucas',
        'Lucas Almeida',
        'masculine',
        22,
        'America/Sao_Paulo',
        ['pt-br', 'en', 'es'],
        ['football', 'fitness'],
        'Personal trainer in São Paulo. Home workouts that you will actually do.',
        { reviews: [4, 4, 5] },
      ],
      [
        'chloe',
        'Chloé Laurent',
        'feminine',
        55,
        'Europe/Paris',
        ['fr', 'en'],
        ['fashion', 'style'],
        'Stylist in Paris: what to wear, what to keep, what to give away.',
        { gallery: 3, reviews: [5, 4, 5, 5] },
      ],
      [
        'omar',
        'Omar Haddad',
        'masculine',
        18,
        'Asia/Dubai',
        ['ar', 'en'],
        ['travel', 'chat'],
        'Travel planner in Dubai; tell me where you dream of going.',
        { pausedMinutes: 45, reviews: [4] },
      ],
      [
        'isla',
        'Isla MacLeod',
        'feminine',
        28,
        'Europe/London',
        ['en'],
        ['books', 'writing'],
        'Novelist in Edinburgh. Writing prompts, feedback, or a good book chat.',
        { reviews: [5, 5, 4] },
      ],
      [
        'mateo',
        'Mateo García',
        'masculine',
        12,
        'America/Mexico_City',
        ['es', 'en'],
        ['guitar', 'music'],
        'Guitarist in Mexico City; first chords in ten minutes, promised.',
        { online: true, reviews: [4, 5] },
      ],
      [
        'hana',
        'Hana Kim',
        'feminine',
        50,
        'Asia/Seoul',
        ['ko', 'en'],
        ['k-beauty', 'skincare'],
        'Skincare nerd in Seoul: routines that fit your skin and your budget.',
        { schedule: everyDay('10:00', '22:00'), reviews: [5, 5, 5] },
      ],
      [
        'elena',
        'Elena Petrova',
        'feminine',
        65,
        'Europe/Sofia',
        ['bg', 'ru', 'en'],
        ['astrology', 'tarot'],
        'Tarot and astrology readings with a sense of humour.',
        { reviews: [4, 3, 5, 4] },
      ],
      [
        'jack',
        'Jack Turner',
        'masculine',
        30,
        'Australia/Sydney',
        ['en'],
        ['surfing', 'fitness'],
        'Surf coach in Sydney. Balance drills and ocean stories.',
        { schedule: everyDay('06:00', '14:00') },
      ],
      [
        'priya',
        'Priya Sharma',
        'feminine',
        20,
        'Asia/Kolkata',
        ['hi', 'en'],
        ['yoga', 'meditation'],
        'Meditation guide in Bengaluru; ten calm minutes whenever you need them.',
        { reviews: [5, 5, 5, 4, 5] },
      ],
      [
        'finn',
        'Finn Larsen',
        'masculine',
        16,
        'Europe/Oslo',
        ['no', 'en'],
        ['gaming', 'chess'],
        'Chess coach in Oslo. Openings, endgames, or a friendly blitz.',
        { reviews: [4, 4] },
      ],
      [
        'zoe',
        'Zoe Martin',
        'feminine',
        80,
        'America/Los_Angeles',
        ['en'],
        ['acting', 'film'],
        'Actor in Los Angeles: audition prep and self-tapes that get callbacks.',
        { gallery: 2, reviews: [5, 4] },
      ],
      [
        'rafael',
        'Rafael Costa',
        'masculine',
        24,
        'Europe/Lisbon',
        ['pt', 'en', 'es'],
        ['cooking', 'wine'],
        'Sommelier in Lisbon; we pick your Friday wine together.',
        { schedule: weekdays('17:00', '23:00'), reviews: [5, 4, 4] },
      ],
      [
        'lena',
        'Lena Novak',
        'feminine',
        32,
        'Europe/Prague',
        ['cs', 'de', 'en'],
        ['fitness', 'pilates'],
        'Pilates instructor in Prague; posture fixes for desk workers.',
        { reviews: [4, 5] },
      ],
      [
        'kai',
        'Kai Nakamura',
        'masculine',
        38,
        'Pacific/Honolulu',
        ['en', 'ja'],
        ['ukulele', 'music'],
        'Ukulele player in Honolulu. Aloha and three-chord songs.',
        { reviews: [5] },
      ],
      [
        'nadia',
        'Nadia Benali',
        'feminine',
        27,
        'Africa/Casablanca',
        ['ar', 'fr', 'en'],
        ['cooking', 'travel'],
        'Moroccan home cook: tagines, spices and stories from Casablanca.',
        { pausedMinutes: 90, reviews: [5, 5, 4] },
      ],
      [
        'ethan',
        'Ethan Brooks',
        'masculine',
        42,
        'America/Chicago',
        ['en'],
        ['coding', 'career'],
        'Software engineer in Chicago. Interview practice and CV reviews.',
        { reviews: [4, 5, 5, 4] },
      ],
      [
        'aiko',
        'Aiko Sato',
        'feminine',
        58,
        'Asia/Tokyo',
        ['ja', 'en'],
        ['fashion', 'photography'],
        'Street photographer in Tokyo; I will critique your shots kindly.',
        { gallery: 2 },
      ],
    ] as const
  ).map(([handle, displayName, presentation, price, timeZone, languages, tags, bio, extra], i) => ({
    handle,
    displayName,
    phone: `+4915100${String(100 + i).padStart(4, '0')}`,
    price,
    presentation,
    profile: { bio, tags: [...tags], languages: [...languages], timeZone },
    ...(extra as Partial<DemoCreator>),
  })),
];

const REVIEW_TEXTS: Record<number, string[]> = {
  5: ['Wonderful, warm and so easy to talk to.', 'Exactly what I needed today. Thank you!', 'Funny, kind and generous with their time.', ''],
  4: ['Really nice call, a bit short for me.', 'Helpful tips, will call again.', ''],
  3: ['Pleasant, but the line kept dropping.', ''],
};
const REVIEWERS = [
  ['Nora', 'nora'],
  ['Ben', 'ben'],
  ['Lina', 'lina'],
  ['Tom', 'tom'],
  ['Jade', 'jade'],
] as const;

/**
 * Gives the demo creators their accounts (beyond the three of demo.ts) and profiles once: phone marked verified
 * directly (no code can be received), profile, calls and hours through the services, portraits rendered offline
 * and uploaded through the photo pipeline, and reviews of past calls whose charges went through the ledger. A
 * creator with a profile row is left alone. At every start a few are shown online and two take a break.
 */
export async function seedDemoCreators(app: SeedServices, ctx: RequestContext): Promise<void> {
  const profiles = new CreatorRepository();
  // One query tells which demo creators exist already (every start after the first): only the others are made.
  const existing = await profiles.profilesByHandle(
    ctx,
    demoCreatorProfiles.map((demo) => demo.handle),
  );
  let reviewers: Account[] | undefined;
  let seeded = 0;
  for (const [index, demo] of demoCreatorProfiles.entries()) {
    const found = existing.get(demo.handle);
    let accountId = found?.accountId;
    let paused = found?.paused ?? false;
    if (!found) {
      let account = await app.identity.findByHandle(ctx, demo.handle);
      if (!account) {
        account = await app.identity.createAccount(ctx, {
          email: `${demo.handle}@demo.minutely.dev`,
          displayName: demo.displayName,
          handle: demo.handle,
          role: Role.CREATOR,
          password: randomBytes(18).toString('base64url'),
        });
      }
      const as = ctx.withViewer({ account, sessionId: 'seed' });
      accountId = account.id;
      if (!(await profiles.hasProfile(ctx, account.id))) {
        seeded++;
        reviewers ??= await demoReviewers(app, ctx);
        // One unit of work per step, as the mutations would each have.
        await app.uow.run(as, async (tx) => {
          await profiles.lockProfile(tx, account.id);
          await profiles.setVerifiedPhone(tx, account.id, demo.phone, app.clock.now());
        });
        await app.uow.run(as, (tx) => app.creators.updateProfile(tx, demo.profile));
        await app.uow.run(as, (tx) => app.creators.enableCalls(tx, demo.price));
        if (demo.schedule) await app.uow.run(as, (tx) => app.creators.setAvailabilitySchedule(tx, demo.profile.timeZone, demo.schedule!));
        await seedPhotos(app, as, demo, index);
        await seedReviews(app, ctx, account, demo, reviewers, index);
      }
      paused = !!(await app.creators.mySettings(as)).pausedUntil;
    }
    if (demo.online) await app.presence.pinOnline(accountId!);
    if (demo.pausedMinutes && !paused) {
      const account = await app.identity.account(ctx, accountId!);
      await app.uow.run(ctx.withViewer({ account, sessionId: 'seed' }), (tx) => app.creators.pauseCalls(tx, { minutes: demo.pausedMinutes }));
    }
  }
  if (seeded) app.log.info({ creators: seeded }, 'demo creators seeded');
}

async function seedPhotos(app: SeedServices, as: RequestContext, demo: DemoCreator, index: number): Promise<void> {
  const portrait = await renderDemoPortrait(`minutely-demo-${demo.handle}`, { size: 640, presentation: demo.presentation });
  const profile = await app.uow.run(as, (tx) => app.photos.upload(tx, portrait, 'PROFILE'));
  await app.uow.run(as, (tx) => app.photos.place(tx, profile.uploadId));
  for (let i = 0; i < (demo.gallery ?? 0); i++) {
    const upload = await app.uow.run(as, async (tx) => app.photos.upload(tx, await backdrop(index * 7 + i), 'GALLERY'));
    await app.uow.run(as, (tx) => app.photos.place(tx, upload.uploadId));
  }
}

/** A soft, abstract landscape image (overlapping circles on a gradient), the same for the same seed. */
async function backdrop(seed: number): Promise<Buffer> {
  const palette = ['#f4d6cc', '#e9d5f5', '#d3e4f7', '#d8f0e3', '#fbe7b5', '#f7d3e0', '#cfe8ef', '#e6dccb', '#c9b8e8', '#f2b6a0'];
  const pick = (n: number) => palette[(seed * 3 + n * 5) % palette.length];
  const circles = Array.from({ length: 5 }, (_, n) => {
    const x = (seed * 97 + n * 211) % 960;
    const y = (seed * 53 + n * 139) % 720;
    const r = 90 + ((seed * 31 + n * 71) % 160);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${pick(n + 2)}" opacity="0.7"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${pick(0)}"/><stop offset="1" stop-color="${pick(1)}"/></linearGradient></defs><rect width="960" height="720" fill="url(#g)"/>${circles}</svg>`;
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Demo fans who left the demo reviews; nobody logs in as them (random passwords). */
async function demoReviewers(app: SeedServices, ctx: RequestContext): Promise<Account[]> {
  const accounts: Account[] = [];
  for (const [name, handle] of REVIEWERS) {
    const existing = await app.identity.findByHandle(ctx, `reviewer-${handle}`);
    accounts.push(
      existing ??
        (await app.identity.createAccount(ctx, {
          email: `reviewer-${handle}@demo.minutely.dev`,
          displayName: name,
          handle: `reviewer-${handle}`,
          role: Role.FAN,
          password: randomBytes(18).toString('base64url'),
        })),
    );
  }
  return accounts;
}

/**
 * Each rating becomes a past call of a few minutes (ended 1–12 days ago), paid for like a real one — the fan's
 * promotion tokens held, then settled to the creator and the platform — and the reviewer's review of it.
 */
async function seedReviews(app: SeedServices, ctx: RequestContext, creator: Account, demo: DemoCreator, reviewers: Account[], index: number): Promise<void> {
  for (const [i, rating] of (demo.reviews ?? []).entries()) {
    const fan = reviewers[(index + i) % reviewers.length];
    const minutes = 3 + ((index + i) % 9);
    const amount = minutes * demo.price;
    const endedAt = new Date(app.clock.now().getTime() - (1 + ((index * 5 + i * 3) % 12)) * 24 * 3600_000 - i * 3600_000);
    const connectedAt = new Date(endedAt.getTime() - minutes * 60_000);
    const createdAt = new Date(connectedAt.getTime() - 20_000);
    const callId = await app.uow.run(ctx, async (tx) => {
      const [row] = await tx.em.query(
        `INSERT INTO call (fan_id, creator_id, kind, state, end_reason, price_per_minute, commission_bps, rtc_provider, channel, created_at, answered_at,
           connected_at, ended_at, minutes_reserved, charged_tokens, billed_seconds)
         VALUES ($1, $2, 'VIDEO', 'ENDED', 'FAN_HUNG_UP', $3, $4, 'p2p', $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          fan.id,
          creator.id,
          demo.price,
          app.config.COMMISSION_BPS,
          `demo-${randomBytes(6).toString('hex')}`,
          createdAt,
          new Date(createdAt.getTime() + 8000),
          connectedAt,
          endedAt,
          minutes,
          amount,
          minutes * 60,
        ],
      );
      const reference = `call:${row.id}`;
      const memo = 'Video call (demo)';
      await app.ledger.transfer(tx, {
        key: `demo:review-funds:${row.id}`,
        kind: TransferKind.PROMOTION,
        memo: 'Demo reviewer tokens',
        legs: [
          { account: { platform: AccountKind.PROMOTIONS }, amount: -amount },
          { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount },
        ],
      });
      await app.ledger.transfer(tx, reserveRequest({ key: `${reference}:reserve:1`, fanId: fan.id, amount, reference, memo }));
      await app.ledger.transfer(
        tx,
        settleRequest({
          key: `${reference}:settle:end`,
          fanId: fan.id,
          creatorId: creator.id,
          amount,
          commissionBps: app.config.COMMISSION_BPS,
          reference,
          memo,
        }),
      );
      return row.id as string;
    });
    const texts = REVIEW_TEXTS[rating] ?? [''];
    const as = ctx.withViewer({ account: fan, sessionId: 'seed' });
    await app.uow.run(as, async (tx) => {
      const review = await app.reviews.leaveReview(tx, callId, rating, texts[(index + i) % texts.length]);
      // Written a little after the call, as a fan would, rather than all at the moment of seeding.
      await tx.em.query(`UPDATE review SET created_at = $2 WHERE id = $1`, [review.id, new Date(endedAt.getTime() + 40 * 60_000)]);
    });
  }
}
