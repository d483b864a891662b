import { ManualClock } from '../src/common/clock';
import * as fixtures from './fixtures';
import { startTestServer, type TestAccount, type TestServer } from './harness';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const REVIEW_FIELDS = 'id creatorId rating text fanDisplayName createdAt reply repliedAt hidden';
const LEAVE = `mutation($c: ID!, $r: Int!, $x: String) { leaveReview(callId: $c, rating: $r, text: $x) { ${REVIEW_FIELDS} } }`;
const REVIEWS = `query($c: ID!) { reviews(creatorId: $c, first: 50) { edges { node { ${REVIEW_FIELDS} } } } }`;
const RATING = `query($c: ID!) { creator(id: $c) { ratingAverage ratingCount } }`;

interface Review {
  id: string;
  rating: number;
  text: string;
  reply: string | null;
  hidden: boolean;
  fanDisplayName: string;
}

const heartbeat = (who: TestAccount, callId: string) =>
  t.ok(
    `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { id } }`,
    { id: callId },
    { token: who.accessToken },
  );

/** A connected call that lasts `seconds` (heartbeats every 5 s, due timers fired), then the fan hangs up. */
async function callFor(fan: TestAccount, creator: TestAccount, seconds: number): Promise<string> {
  const started = await t.ok<{ startCall: { id: string } }>(
    `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  const callId = started.startCall.id;
  await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: callId }, { token: creator.accessToken });
  await heartbeat(creator, callId);
  for (let done = 0; done < seconds; done += 5) {
    clock.advance(Math.min(5, seconds - done) * 1000);
    await heartbeat(fan, callId);
    await heartbeat(creator, callId);
    await t.app.timers.runDue();
  }
  const ended = await t.ok<{ endCall: { state: string; billedSeconds: number } }>(
    `mutation($id: ID!) { endCall(callId: $id) { state billedSeconds } }`,
    { id: callId },
    { token: fan.accessToken },
  );
  expect(ended.endCall).toEqual({ state: 'ENDED', billedSeconds: seconds });
  return callId;
}

/** Signs in again (after a jump of the clock past the access token's life). */
async function fresh(who: TestAccount): Promise<TestAccount> {
  const data = await t.ok<{ logIn: { accessToken: string } }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, {
    e: who.email,
    p: who.password,
  });
  return { ...who, accessToken: data.logIn.accessToken };
}

const leave = (who: TestAccount, callId: string, rating: number, text: string | null = null) =>
  t.gql<{ leaveReview: Review }>(LEAVE, { c: callId, r: rating, x: text }, { token: who.accessToken });

describe('reviews', () => {
  it('lets the fan rate a call of at least 60 billed seconds once, within 14 days; the creator replies once', async () => {
    const creator = await fixtures.readyCreator(t, 2);
    const fan = await fixtures.fundedFan(t, 500);
    const short = await callFor(fan, creator, 55);
    const tooShort = await leave(fan, short, 5);
    expect(tooShort.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'NOT_REVIEWABLE' },
      message: expect.stringContaining('60 billed seconds'),
    });

    const callId = await callFor(fan, creator, 65);
    const reviewable = await t.ok<{ call: { reviewable: boolean; review: Review | null } }>(
      `query($id: ID!) { call(id: $id) { reviewable review { id } } }`,
      { id: callId },
      { token: fan.accessToken },
    );
    expect(reviewable.call).toEqual({ reviewable: true, review: null });
    expect((await leave(creator, callId, 5)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await leave(fan, callId, 6)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const left = await leave(fan, callId, 4, '  Warm and funny.  ');
    expect(left.data!.leaveReview).toMatchObject({ rating: 4, text: 'Warm and funny.', reply: null, hidden: false, fanDisplayName: fan.displayName });
    expect((await leave(fan, callId, 5)).errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('already') });
    expect(
      (
        await t.ok<{ call: { reviewable: boolean; review: Review } }>(
          `query($id: ID!) { call(id: $id) { reviewable review { rating } } }`,
          { id: callId },
          { token: creator.accessToken },
        )
      ).call,
    ).toEqual({
      reviewable: false,
      review: { rating: 4 },
    });

    const reviewId = left.data!.leaveReview.id;
    const REPLY = `mutation($id: ID!, $x: String!) { replyToReview(reviewId: $id, text: $x) { reply } }`;
    const otherCreator = await fixtures.readyCreator(t);
    expect((await t.gql(REPLY, { id: reviewId, x: 'Not mine' }, { token: otherCreator.accessToken })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(
      (await t.ok<{ replyToReview: { reply: string } }>(REPLY, { id: reviewId, x: 'Thank you!' }, { token: creator.accessToken })).replyToReview.reply,
    ).toBe('Thank you!');
    expect((await t.gql(REPLY, { id: reviewId, x: 'Again' }, { token: creator.accessToken })).errors![0].extensions!.code).toBe('CONFLICT');

    // A second call, reviewed 14 days later to the millisecond; a third, a moment too late.
    const second = await callFor(fan, creator, 60);
    const secondEnded = clock.now().getTime();
    const third = await callFor(fan, creator, 60);
    const thirdEnded = clock.now().getTime();
    clock.set(new Date(secondEnded + 14 * 24 * 3600_000));
    const secondReview = await leave(await fresh(fan), second, 2);
    expect(secondReview.errors).toBeUndefined();
    expect(secondReview.data!.leaveReview.rating).toBe(2);
    clock.set(new Date(thirdEnded + 14 * 24 * 3600_000 + 1));
    expect((await leave(await fresh(fan), third, 5)).errors![0].message).toMatch(/14 days/);

    const listed = await t.ok<{ reviews: { edges: { node: Review }[] } }>(REVIEWS, { c: creator.id });
    expect(listed.reviews.edges.map((e) => [e.node.rating, e.node.reply])).toEqual([
      [2, null],
      [4, 'Thank you!'],
    ]);
    expect((await t.ok<{ creator: { ratingAverage: number; ratingCount: number } }>(RATING, { c: creator.id })).creator).toEqual({
      ratingAverage: 3,
      ratingCount: 2,
    });
    // Four calls, each answered at once: "usually answers within 15 s"; a creator with no calls says nothing.
    const answers = `query($c: ID!) { creator(id: $c) { usuallyAnswersWithinSeconds } }`;
    expect((await t.ok<{ creator: { usuallyAnswersWithinSeconds: number } }>(answers, { c: creator.id })).creator.usuallyAnswersWithinSeconds).toBe(15);
    expect(
      (await t.ok<{ creator: { usuallyAnswersWithinSeconds: number | null } }>(answers, { c: otherCreator.id })).creator.usuallyAnswersWithinSeconds,
    ).toBeNull();
  });

  it('lets moderators hide a review (audited), recomputing the rating; blocked pairs do not see each other’s reviews', async () => {
    const creator = await fixtures.readyCreator(t, 2);
    const fanA = await fixtures.fundedFan(t, 500);
    const fanB = await fixtures.fundedFan(t, 500);
    const moderator = await t.staff('MODERATOR');
    const a = (await leave(fanA, await callFor(fanA, creator, 60), 1, 'Rude')).data!.leaveReview;
    await leave(fanB, await callFor(fanB, creator, 60), 5, 'Lovely');
    expect((await t.ok<{ creator: { ratingAverage: number; ratingCount: number } }>(RATING, { c: creator.id })).creator).toEqual({
      ratingAverage: 3,
      ratingCount: 2,
    });

    // fanB blocks the creator: neither sees fanB's review any more; others still do.
    await t.ok(`mutation($id: ID!) { blockAccount(accountId: $id) }`, { id: creator.id }, { token: fanB.accessToken });
    const texts = async (token?: string) =>
      (await t.ok<{ reviews: { edges: { node: Review }[] } }>(REVIEWS, { c: creator.id }, token ? { token } : {})).reviews.edges.map((e) => e.node.text);
    expect(await texts(creator.accessToken)).toEqual(['Rude']);
    expect(await texts(fanB.accessToken)).toEqual([]);
    expect(await texts(fanA.accessToken)).toEqual(['Lovely', 'Rude']);
    expect(await texts()).toEqual(['Lovely', 'Rude']);

    const HIDE = `mutation($id: ID!) { hideReview(reviewId: $id, reason: "personal attack") }`;
    expect((await t.gql(HIDE, { id: a.id }, { token: creator.accessToken })).errors![0].extensions!.code).toBe('FORBIDDEN');
    await t.ok(HIDE, { id: a.id }, { token: moderator.accessToken });
    expect(await texts()).toEqual(['Lovely']);
    expect((await t.ok<{ creator: { ratingAverage: number; ratingCount: number } }>(RATING, { c: creator.id })).creator).toEqual({
      ratingAverage: 5,
      ratingCount: 1,
    });
    expect(await t.sql(`SELECT action, target_type, actor_id FROM audit_entry WHERE target_id = $1`, [a.id])).toEqual([
      { action: 'HIDE_REVIEW', target_type: 'REVIEW', actor_id: moderator.id },
    ]);
  });
});
