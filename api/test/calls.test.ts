import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import { AccountKind, checkLedger } from '../src/modules/ledger';
import * as fixtures from './fixtures';
import { eventually, nextEvent, nodes, startTestServer, subscribed, untilReceived, type Connection, type TestAccount, type TestServer } from './harness';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;
let ctx: RequestContext;

beforeAll(async () => {
  t = await startTestServer({ clock });
  ctx = t.app.contexts.system('test');
});
afterAll(() => t.close());

const CALL_FIELDS = 'id state endReason pricePerMinute chargedTokens heldTokens billedSeconds lowBalance myRole connectedAt endedAt';
const START = `mutation($c: ID!, $k: CallKind) { startCall(creatorId: $c, kind: $k) {
  __typename
  ... on Call { ${CALL_FIELDS} }
  ... on CreatorBusy { message }
  ... on CreatorUnavailable { status nextAvailableAt message }
  ... on InsufficientTokens { required available needed } } }`;

interface CallView {
  id: string;
  state: string;
  endReason: string | null;
  pricePerMinute: number;
  chargedTokens: number;
  heldTokens: number;
  billedSeconds: number | null;
  lowBalance: boolean;
  myRole: string;
}

const readyCreator = (price = 20) => fixtures.readyCreator(t, price);
const fundedFan = (tokens: number) => fixtures.fundedFan(t, tokens);

const start = async (fan: TestAccount, creator: TestAccount, kind = 'VIDEO') =>
  (await t.ok<{ startCall: CallView & { __typename: string } & Record<string, unknown> }>(START, { c: creator.id, k: kind }, { token: fan.accessToken }))
    .startCall;
const act = async (name: string, who: TestAccount, callId: string) =>
  (await t.ok<Record<string, CallView>>(`mutation($id: ID!) { ${name}(callId: $id) { ${CALL_FIELDS} } }`, { id: callId }, { token: who.accessToken }))[name];
const heartbeat = (who: TestAccount, callId: string, video = true) =>
  t.ok<{ reportMediaState: CallView }>(
    `mutation($id: ID!, $v: Boolean!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: $v }) { ${CALL_FIELDS} } }`,
    { id: callId, v: video },
    { token: who.accessToken },
  );
const callOf = async (who: TestAccount, id: string) =>
  (await t.ok<{ call: CallView }>(`query($id: ID!) { call(id: $id) { ${CALL_FIELDS} } }`, { id }, { token: who.accessToken })).call;
const balance = async (ownerId: string, kind: AccountKind.FAN_WALLET | AccountKind.FAN_HOLD | AccountKind.CREATOR_EARNINGS) =>
  (await t.app.ledger.balance(ctx, ownerId, kind)).balance;

/** Moves the clock in 5 s steps; the listed parties send heartbeats each step, and due timers fire. */
async function pass(ms: number, callId: string, present: TestAccount[]) {
  for (let done = 0; done < ms; done += 5000) {
    const step = Math.min(5000, ms - done);
    clock.advance(step);
    for (const who of present) await heartbeat(who, callId).catch(() => undefined);
    await t.app.timers.runDue();
  }
}

/** Starts a call, answers it and connects the media; returns the connected call id. */
async function connect(fan: TestAccount, creator: TestAccount): Promise<string> {
  const call = await start(fan, creator);
  expect(call.__typename).toBe('Call');
  await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: call.id }, { token: creator.accessToken });
  const connected = await heartbeat(creator, call.id);
  expect(connected.reportMediaState.state).toBe('ONGOING');
  return call.id;
}

const expectBalancedLedger = async () => expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);

describe('a paid call from start to end', () => {
  it('rings the creator, connects, bills per minute and charges exactly the connected seconds', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    // Established before the call starts: a second attempt would find the creator busy with the first.
    const incoming = await subscribed<{ incomingCall: { id: string; state: string; myRole: string } }>(
      t,
      t.ws(creator.accessToken),
      `subscription { incomingCall { id state myRole fan { displayName } } }`,
    );
    const ringing = await untilReceived(incoming, async () => {
      const call = await start(fan, creator);
      expect(call).toMatchObject({ __typename: 'Call', state: 'RINGING', pricePerMinute: 20, myRole: 'FAN' });
    });
    const callId = ringing.data!.incomingCall.id;
    expect(ringing.data!.incomingCall).toMatchObject({ state: 'RINGING', myRole: 'CREATOR' });

    // Ringing is never billed, and the creator is BUSY for everyone else.
    await pass(20_000, callId, [fan]);
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(100);
    const answered = await t.ok<{ answerCall: { call: CallView; credentials: { provider: string; channel: string; uid: number } } }>(
      `mutation($id: ID!) { answerCall(callId: $id) { call { ${CALL_FIELDS} } credentials { provider channel uid token } } }`,
      { id: callId },
      { token: creator.accessToken },
    );
    expect(answered.answerCall.call.state).toBe('CONNECTING');
    expect(answered.answerCall.credentials).toMatchObject({ provider: 'p2p', uid: 2 });
    const fanCredentials = await t.ok<{ renewRtcCredentials: { channel: string; uid: number } }>(
      `mutation($id: ID!) { renewRtcCredentials(callId: $id) { channel uid } }`,
      { id: callId },
      { token: fan.accessToken },
    );
    expect(fanCredentials.renewRtcCredentials).toEqual({ channel: answered.answerCall.credentials.channel, uid: 1 });

    // Connecting time is not billed either.
    await pass(10_000, callId, [fan]);
    expect((await heartbeat(creator, callId)).reportMediaState.state).toBe('ONGOING');
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(60); // this minute and the next are held
    expect(await balance(fan.id, AccountKind.FAN_HOLD)).toBe(40);

    await pass(90_000, callId, [fan, creator]);
    const live = await callOf(fan, callId);
    expect(live).toMatchObject({ state: 'ONGOING', chargedTokens: 20 });

    const ended = await act('endCall', fan, callId);
    expect(ended).toMatchObject({ state: 'ENDED', endReason: 'FAN_HUNG_UP', billedSeconds: 90, chargedTokens: 30, heldTokens: 0 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(70);
    expect(await balance(fan.id, AccountKind.FAN_HOLD)).toBe(0);
    expect(await balance(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(24);
    await expectBalancedLedger();

    const read = await t.ok<{ calls: Connection<CallView> }>(
      `{ calls(first: 5) { edges { node { id state chargedTokens } } } }`,
      {},
      { token: creator.accessToken },
    );
    const history = { calls: { items: nodes(read.calls) } };
    expect(history.calls.items[0]).toMatchObject({ id: callId, state: 'ENDED', chargedTokens: 30 });
  });

  it('keeps the price the call started with when the creator changes it', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(200);
    const callId = await connect(fan, creator);
    await t.sql(`UPDATE creator_profile SET price_per_minute = 90 WHERE account_id = $1`, [creator.id]);
    await pass(60_000, callId, [fan, creator]);
    const ended = await act('endCall', creator, callId);
    expect(ended).toMatchObject({ pricePerMinute: 20, chargedTokens: 20, endReason: 'CREATOR_HUNG_UP' });
  });
});

describe('refusals as typed results', () => {
  it('tells a second fan the creator is busy, also when two call at the same instant', async () => {
    const creator = await readyCreator(20);
    const fans = await Promise.all([fundedFan(100), fundedFan(100), fundedFan(100)]);
    const results = await Promise.all(fans.slice(0, 2).map((fan) => start(fan, creator)));
    expect(results.map((r) => r.__typename).sort()).toEqual(['Call', 'CreatorBusy']);
    const late = await start(fans[2], creator);
    expect(late).toMatchObject({ __typename: 'CreatorBusy', message: expect.stringContaining('Leave them a message') });
    const [availability] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM call WHERE creator_id = $1`, [creator.id]);
    expect(Number(availability.n)).toBe(1);
    const ringing = results.find((r) => r.__typename === 'Call')!;
    await act('cancelCall', fans[results.indexOf(ringing)], ringing.id);
  });

  it('says a creator with calls off or paused is unavailable, and an empty wallet is short', async () => {
    const off = await t.signUp('CREATOR');
    const fan = await fundedFan(10);
    expect(await start(fan, off)).toMatchObject({ __typename: 'CreatorUnavailable', status: 'OFF' });
    const paused = await readyCreator(20);
    await t.sql(`UPDATE creator_profile SET paused_until = $2 WHERE account_id = $1`, [paused.id, new Date(clock.now().getTime() + 3600_000)]);
    expect(await start(fan, paused)).toMatchObject({ __typename: 'CreatorUnavailable', status: 'PAUSED' });
    const pricey = await readyCreator(25);
    expect(await start(fan, pricey)).toMatchObject({ __typename: 'InsufficientTokens', required: 25, available: 10, needed: 15 });
    expect(await t.sql(`SELECT 1 FROM call WHERE fan_id = $1`, [fan.id])).toHaveLength(0);
  });

  it('lets only fans call, one call at a time, and shows a call to nobody but its parties', async () => {
    const creator = await readyCreator(20);
    const other = await readyCreator(20);
    const fan = await fundedFan(100);
    const creatorCalling = await t.gql(START, { c: other.id }, { token: creator.accessToken });
    expect(creatorCalling.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const call = await start(fan, creator);
    const second = await t.gql(START, { c: other.id }, { token: fan.accessToken });
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');

    const stranger = await t.signUp('FAN');
    const peek = await t.gql(`query($id: ID!) { call(id: $id) { id } }`, { id: call.id }, { token: stranger.accessToken });
    expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const listen = await nextEvent(t.ws(stranger.accessToken), `subscription($id: ID!) { callUpdated(callId: $id) { id } }`, { id: call.id }).next();
    expect(listen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const hijack = await t.gql(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: call.id }, { token: other.accessToken });
    expect(hijack.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await act('cancelCall', fan, call.id);
  });
});

describe('calls that do not connect cost nothing', () => {
  it('misses after 60 s, with an SMS and a single-use link for a creator who is not online', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    const call = await start(fan, creator);
    // The SMS goes out right after the call's transaction commits.
    let sms!: { to_phone: string; body: string };
    await eventually(async () => {
      [sms] = await t.sql<{ to_phone: string; body: string }>(`SELECT to_phone, body FROM sms_outbox WHERE body LIKE $1`, [`%/answer/${call.id}?%`]);
      expect(sms).toBeDefined();
    });
    expect(sms.to_phone).toBe('+4915112345678');
    expect(sms.body).toMatch(/^Minutely: you have an incoming call\. Answer within 60 seconds: http:\/\/localhost:\d+\/answer\//);
    const token = new URL(sms.body.split(' ').pop()!).searchParams.get('token')!;

    const redeem = `mutation($id: ID!, $t: String!) { redeemCallLink(callId: $id, token: $t) { auth { accessToken account { id } } call { id state myRole } } }`;
    const forged = await t.gql(redeem, { id: call.id, t: 'forged' });
    expect(forged.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const opened = await t.ok<{ redeemCallLink: { auth: { account: { id: string } }; call: { myRole: string } } }>(redeem, { id: call.id, t: token });
    expect(opened.redeemCallLink).toMatchObject({ auth: { account: { id: creator.id } }, call: { myRole: 'CREATOR' } });
    expect((await t.gql(redeem, { id: call.id, t: token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await pass(60_000, call.id, [fan]);
    expect(await callOf(fan, call.id)).toMatchObject({ state: 'MISSED', chargedTokens: 0 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(100);
  });

  it('refuses an answer that arrives after the ring deadline, even before the ring timer fired', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    const call = await start(fan, creator);
    clock.advance(60_000); // the deadline passed; no timer has run yet
    const late = await t.gql(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: call.id }, { token: creator.accessToken });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('missed') });
    await t.app.timers.runDue();
    expect(await callOf(fan, call.id)).toMatchObject({ state: 'MISSED', chargedTokens: 0, heldTokens: 0 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(100);
  });

  it('a call link opens that call only (answer, media, credentials, chat), for hours not days; anything else asks for a log-in', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    const call = await start(fan, creator);
    let body = '';
    await eventually(async () => {
      [{ body }] = await t.sql<{ body: string }>(`SELECT body FROM sms_outbox WHERE body LIKE $1`, [`%/answer/${call.id}?%`]);
    });
    const token = new URL(body.split(' ').pop()!).searchParams.get('token')!;
    const { redeemCallLink } = await t.ok<{ redeemCallLink: { auth: { accessToken: string; refreshToken: string; refreshTokenExpiresAt: string } } }>(
      `mutation($id: ID!, $t: String!) { redeemCallLink(callId: $id, token: $t) { auth { accessToken refreshToken refreshTokenExpiresAt } } }`,
      { id: call.id, t: token },
    );
    const link = { ...creator, accessToken: redeemCallLink.auth.accessToken };
    expect(Date.parse(redeemCallLink.auth.refreshTokenExpiresAt)).toBeLessThanOrEqual(clock.now().getTime() + 4 * 3600_000);

    const refusedAs = async (query: string, variables: Record<string, unknown> = {}, as = link.accessToken) =>
      (await t.gql(query, variables, { token: as })).errors?.[0]?.extensions;
    const CALL_LINK_ONLY = { code: 'UNAUTHENTICATED' }; // "This call link only opens its call. Log in to do anything else."

    expect(await refusedAs(`{ myCreatorSettings { pricePerMinute } }`)).toMatchObject(CALL_LINK_ONLY);
    expect(await refusedAs(`{ conversations { edges { cursor } } }`)).toMatchObject(CALL_LINK_ONLY);
    expect(await refusedAs(`{ wallet { available } }`)).toMatchObject(CALL_LINK_ONLY);
    expect(await refusedAs(`mutation { updateDisplayName(displayName: "Hijacked") { id } }`)).toMatchObject(CALL_LINK_ONLY);
    expect(await refusedAs(`query($id: ID!) { callChatMessages(callId: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject(
      CALL_LINK_ONLY,
    );
    // Public fields answer as to anyone signed out. Who am I and the call itself are what the answer screen needs.
    expect((await t.gql(`{ creators(first: 1) { edges { cursor } } }`, {}, { token: link.accessToken })).errors).toBeUndefined();
    expect((await t.ok<{ me: { id: string } }>(`{ me { id } }`, {}, { token: link.accessToken })).me.id).toBe(creator.id);
    expect((await t.ok<{ activeCall: { id: string } }>(`{ activeCall { id } }`, {}, { token: link.accessToken })).activeCall.id).toBe(call.id);
    expect(await callOf(link, call.id)).toMatchObject({ state: 'RINGING', myRole: 'CREATOR' });

    // Renewed tokens keep the scope.
    const { refreshSession } = await t.ok<{ refreshSession: { accessToken: string; refreshToken: string } }>(
      `mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }`,
      { r: redeemCallLink.auth.refreshToken },
    );
    expect(await refusedAs(`{ myCreatorSettings { pricePerMinute } }`, {}, refreshSession.accessToken)).toMatchObject(CALL_LINK_ONLY);

    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: call.id }, { token: link.accessToken });
    expect((await heartbeat(link, call.id)).reportMediaState.state).toBe('ONGOING');
    await t.ok(`mutation($id: ID!) { sendCallChatMessage(callId: $id, text: "hi") { id } }`, { id: call.id }, { token: link.accessToken });
    expect(await act('endCall', link, call.id)).toMatchObject({ state: 'ENDED' });
    // The creator's own sessions are untouched.
    expect((await t.gql(`{ myCreatorSettings { pricePerMinute } }`, {}, { token: creator.accessToken })).errors).toBeUndefined();

    // Four hours on, the link's session is over, whatever its refresh token would have said.
    clock.advance(4 * 3600_000 + 1000);
    const late = await t.gql(`mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }`, { r: refreshSession.refreshToken });
    expect(late.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await refusedAs(`{ me { id } }`, {}, refreshSession.accessToken)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('declined and cancelled calls charge nothing', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    const first = await start(fan, creator);
    expect(await act('declineCall', creator, first.id)).toMatchObject({ state: 'DECLINED' });
    const second = await start(fan, creator);
    expect(await act('cancelCall', fan, second.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(100);
  });

  it('fails, unbilled, when the creator publishes no video within 30 s of answering', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    const call = await start(fan, creator);
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: call.id }, { token: creator.accessToken });
    await heartbeat(creator, call.id, false); // audio only on a video call does not connect it
    await pass(30_000, call.id, [fan]);
    expect(await callOf(fan, call.id)).toMatchObject({ state: 'FAILED', chargedTokens: 0 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(100);
    expect(await balance(fan.id, AccountKind.FAN_HOLD)).toBe(0);
  });
});

describe('minute boundaries that were not processed in time (the API was down)', () => {
  /** Heartbeats for `ms` without firing any timer, as if the deadlines were missed. */
  async function talkWithoutTimers(ms: number, callId: string, present: TestAccount[]) {
    for (let done = 0; done < ms; done += 5000) {
      clock.advance(5000);
      for (const who of present) await heartbeat(who, callId);
    }
  }

  it('bills the missed boundaries before the hang-up', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(200);
    const callId = await connect(fan, creator);
    await talkWithoutTimers(150_000, callId, [fan, creator]);
    expect(await act('endCall', fan, callId)).toMatchObject({ state: 'ENDED', endReason: 'FAN_HUNG_UP', billedSeconds: 150, chargedTokens: 50 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(150);
    await expectBalancedLedger();
  });

  it('ends at the boundary where the money ran out, not later', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(40);
    const callId = await connect(fan, creator);
    await talkWithoutTimers(150_000, callId, [fan, creator]);
    expect(await act('endCall', fan, callId)).toMatchObject({ state: 'ENDED', endReason: 'FUNDS_EXHAUSTED', billedSeconds: 120, chargedTokens: 40 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(0);
    await expectBalancedLedger();
  });
});

describe('running out, topping up, disappearing', () => {
  it('warns a minute ahead and ends FUNDS_EXHAUSTED at the boundary, having charged exactly the minutes', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(50);
    const callId = await connect(fan, creator);
    expect((await callOf(fan, callId)).lowBalance).toBe(false);
    await pass(60_000, callId, [fan, creator]);
    expect(await callOf(fan, callId)).toMatchObject({ state: 'ONGOING', lowBalance: true, chargedTokens: 20 });
    await pass(60_000, callId, [fan, creator]);
    expect(await callOf(fan, callId)).toMatchObject({ state: 'ENDED', endReason: 'FUNDS_EXHAUSTED', chargedTokens: 40, billedSeconds: 120 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(10);
    await expectBalancedLedger();
  });

  it('keeps the call going when the fan tops up during it', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(50);
    const callId = await connect(fan, creator);
    await pass(60_000, callId, [fan, creator]);
    expect((await callOf(fan, callId)).lowBalance).toBe(true);
    await t.ok(`mutation { purchaseTokens(packId: "starter") { purchase { status } } }`, {}, { token: fan.accessToken });
    await pass(5_000, callId, [fan, creator]);
    expect((await callOf(fan, callId)).lowBalance).toBe(false);
    await pass(60_000, callId, [fan, creator]);
    expect(await callOf(fan, callId)).toMatchObject({ state: 'ONGOING', chargedTokens: 40 });
    await act('endCall', fan, callId);
    await expectBalancedLedger();
  });

  it('ends a call whose creator vanished, without billing the time they were gone', async () => {
    const creator = await readyCreator(30);
    const fan = await fundedFan(100);
    const callId = await connect(fan, creator);
    await pass(20_000, callId, [fan, creator]);
    await pass(60_000, callId, [fan]); // the creator's last heartbeat was at 20 s
    const ended = await callOf(fan, callId);
    // Present until 20 s + 10 s grace: 30 s billed at 30 tokens a minute.
    expect(ended).toMatchObject({ state: 'ENDED', endReason: 'CREATOR_DISCONNECTED', billedSeconds: 30, chargedTokens: 15 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(85);
    await expectBalancedLedger();
  });

  it('does not bill a gap a party came back from', async () => {
    const creator = await readyCreator(60);
    const fan = await fundedFan(300);
    const callId = await connect(fan, creator);
    await pass(10_000, callId, [fan, creator]);
    await pass(20_000, callId, [creator]); // fan silent after 10 s: gone from 20 s (grace) until its heartbeat at 35 s
    await pass(30_000, callId, [fan, creator]);
    const ended = await act('endCall', fan, callId);
    expect(ended).toMatchObject({ billedSeconds: 45, chargedTokens: 45 });
  });

  it('ends a call whose two parties both vanish right after it connects', async () => {
    const creator = await readyCreator(30);
    const fan = await fundedFan(300);
    const callId = await connect(fan, creator); // nobody is heard from again
    await pass(60_000, callId, []);
    // Both seen when it connected, present for the 10 s grace: 10 s billed at 30 tokens a minute.
    expect(await callOf(fan, callId)).toMatchObject({ state: 'ENDED', endReason: 'FAN_DISCONNECTED', billedSeconds: 10, chargedTokens: 5, heldTokens: 0 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(295);
    await expectBalancedLedger();
  });
});

describe('ending a call never fails', () => {
  it('ends the call when its final billing fails, then bills exactly the connected time on the retry', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    const callId = await connect(fan, creator);
    await pass(30_000, callId, [fan, creator]);
    // The final charge fails inside the database, which aborts a transaction without a savepoint.
    const finish = jest.spyOn(t.app.billing, 'finish').mockImplementationOnce(async (tx) => {
      await tx.em.query(`SELECT 1 / 0`);
    });
    try {
      const ended = await act('endCall', fan, callId);
      expect(ended).toMatchObject({ state: 'ENDED', endReason: 'FAN_HUNG_UP', chargedTokens: 0 });
    } finally {
      finish.mockRestore();
    }
    await expectBalancedLedger();
    expect((await balance(fan.id, AccountKind.FAN_WALLET)) + (await balance(fan.id, AccountKind.FAN_HOLD))).toBe(100);

    // The retry runs on the durable timers: exactly 30 s at 20 a minute, the rest returned.
    await t.app.timers.runDue();
    expect(await callOf(fan, callId)).toMatchObject({ state: 'ENDED', chargedTokens: 10, heldTokens: 0, billedSeconds: 30 });
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(90);
    expect(await balance(fan.id, AccountKind.FAN_HOLD)).toBe(0);
    await expectBalancedLedger();
    // The creator is free again at once.
    expect((await start(await fundedFan(50), creator)).__typename).toBe('Call');
  });
});

describe('a minute boundary', () => {
  it('is settled in at most 8 statements, its claim and the transaction included', async () => {
    const creator = await readyCreator(20);
    const fan = await fundedFan(100);
    const callId = await connect(fan, creator);
    await pass(55_000, callId, [fan, creator]);
    clock.advance(5_000); // the first boundary is due
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    let statements: string[];
    try {
      await t.app.timers.runDue();
      // The statements of the transaction (one query runner) that fired this call's boundary. Other timers that
      // fell due meanwhile (other tests' calls) may fire in the same transaction, one after another, each after
      // its own claim: this boundary's statements run from its claim to the next claim (or the commit).
      const runners = new Map<unknown, { sql: string; params: unknown[] }[]>();
      spy.mock.calls.forEach(([sql, params], i) => {
        const runner = spy.mock.contexts[i];
        runners.set(runner, [...(runners.get(runner) ?? []), { sql, params: (params ?? []) as unknown[] }]);
      });
      const ours = [...runners.values()].find((list) => list.some(({ sql, params }) => sql.startsWith('UPDATE call') && params[0] === callId))!;
      const isClaim = (sql: string) => /^SELECT .* FROM timer\b.*FOR UPDATE SKIP LOCKED/s.test(sql);
      const update = ours.findIndex(({ sql, params }) => sql.startsWith('UPDATE call') && params[0] === callId);
      const claim = update - [...ours.slice(0, update)].reverse().findIndex(({ sql }) => isClaim(sql)) - 1;
      const next = ours.findIndex(({ sql }, i) => i > update && (isClaim(sql) || sql === 'COMMIT'));
      const own = [ours[0], ...ours.slice(claim, next), ours[ours.length - 1]];
      expect([own[0].sql, own[own.length - 1].sql]).toEqual(['START TRANSACTION', 'COMMIT']);
      statements = own.map(({ sql }) => sql.replace(/\s+/g, ' ').slice(0, 60));
    } finally {
      spy.mockRestore();
    }
    expect(await callOf(fan, callId)).toMatchObject({ state: 'ONGOING', chargedTokens: 20, heldTokens: 40 });
    // On failure the statements are shown.
    expect(statements.length <= 8 ? 'at most 8' : statements).toBe('at most 8');
  });
});
