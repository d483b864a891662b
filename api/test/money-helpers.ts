import type { ManualClock } from '../src/common/clock';
import type { TestAccount, TestServer } from './harness';

export const CALL_FIELDS =
  'id state endReason pricePerMinute chargedTokens heldTokens billedSeconds lowBalance connectedAt endedAt spendingCap spendingCapWarning';

export interface CallState {
  id: string;
  state: string;
  endReason: string | null;
  chargedTokens: number;
  heldTokens: number;
  billedSeconds: number | null;
  lowBalance: boolean;
  [field: string]: unknown;
}

/** Drives calls through the API on a manual clock, as the calls tests do. */
export function callDriver(t: TestServer, clock: ManualClock) {
  const heartbeat = (who: TestAccount, callId: string) =>
    t.ok<{ reportMediaState: CallState }>(
      `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { ${CALL_FIELDS} } }`,
      { id: callId },
      { token: who.accessToken },
    );

  /** Moves the clock in steps of at most 5 s; both parties heartbeat each step, and due timers fire. */
  async function pass(ms: number, callId: string, present: TestAccount[], step = 5000) {
    for (let done = 0; done < ms; done += step) {
      clock.advance(Math.min(step, ms - done));
      for (const who of present) await heartbeat(who, callId).catch(() => undefined);
      await t.app.timers.runDue();
    }
  }

  /** Starts a call, answers it and connects the media; returns the connected call id. */
  async function connect(fan: TestAccount, creator: TestAccount): Promise<string> {
    const started = await t.gql<{ startCall: { __typename: string; id?: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c, kind: VIDEO) { __typename ... on Call { id } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    if (started.errors) throw Object.assign(new Error(started.errors[0].message), { extensions: started.errors[0].extensions });
    const call = started.data!.startCall;
    if (call.__typename !== 'Call') throw new Error(`startCall answered ${call.__typename}`);
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: call.id }, { token: creator.accessToken });
    const connected = await heartbeat(creator, call.id!);
    if (connected.reportMediaState.state !== 'ONGOING') throw new Error(`the call is ${connected.reportMediaState.state}`);
    return call.id!;
  }

  const callOf = async (who: TestAccount, id: string) =>
    (await t.ok<{ call: CallState }>(`query($id: ID!) { call(id: $id) { ${CALL_FIELDS} } }`, { id }, { token: who.accessToken })).call;
  const end = async (who: TestAccount, id: string) =>
    (await t.ok<{ endCall: CallState }>(`mutation($id: ID!) { endCall(callId: $id) { ${CALL_FIELDS} } }`, { id }, { token: who.accessToken })).endCall;

  return { heartbeat, pass, connect, callOf, end };
}
