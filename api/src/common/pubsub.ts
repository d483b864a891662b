import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, Repeater } from '@graphql-yoga/subscription';
import type { RedisClients } from './redis';

/*
 * Payloads are described here structurally, so `common/` depends on no module: the modules that publish
 * (identity, availability, calls) hand their own values, which fit these shapes.
 */
/** An account as its owner sees it (identity's AccountView). */
export interface AccountPayload {
  id: string;
  email: string | null;
  displayName: string;
  handle: string;
  role: string;
  status: string;
  createdAt: Date;
}
/** A creator's availability after a change (availability's CreatorAvailabilityChange). */
export interface AvailabilityPayload {
  creatorId: string;
  availability: { status: string; until: Date | null; nextAvailableAt: Date | null; online: boolean };
}
/** A p2p signalling message (calls' RtcSignal). */
export interface RtcSignalPayload {
  callId: string;
  from: string;
  type: string;
  payload: string;
}

/**
 * Every subscription topic and its payload, in one typed map. Topics with an id before the payload are
 * scoped (`publish(topic, id, payload)`), so a subscriber only ever hears its own.
 * Events are hints published after commit; the database stays the truth.
 */
export type Topics = {
  ACCOUNT_UPDATED: [accountId: string, payload: AccountPayload];
  /** One topic for all creators: each process subscribes once and fans out by id (see KeyedFanout). */
  CREATOR_AVAILABILITY_CHANGED: [payload: AvailabilityPayload];
  /** A creator's profile changed (price, photos, bio, rating…); one topic for all, fanned out by id like availability. */
  CREATOR_UPDATED: [payload: { creatorId: string }];
  AVAILABILITY_ALERT: [fanId: string, payload: { alertId: string }];
  BALANCES_CHANGED: [accountId: string, payload: { ownerId: string }];
  INCOMING_CALL: [creatorId: string, payload: { callId: string }];
  /** A fan tipped the creator: the activity item (`tip:<id>`) they see. */
  TIP_RECEIVED: [creatorId: string, payload: { itemId: string }];
  CALL_UPDATED: [callId: string, payload: { callId: string }];
  RTC_SIGNAL: [callId: string, payload: RtcSignalPayload];
  MESSAGE_ADDED: [accountId: string, payload: { messageId: string }];
  CONVERSATION_READ: [accountId: string, payload: { conversationId: string }];
  CALL_CHAT_MESSAGE: [callId: string, payload: { id: string }];
  REPORT_CREATED: [payload: { reportId: string }];
  LIVE_CALL_CHANGED: [payload: { callId: string }];
  AUDIT_APPENDED: [payload: { action: string }];
  /** A creator joined or left an agency: its open panels add or remove their row. */
  AGENCY_CHANGED: [agencyId: string, payload: { creatorId: string }];
  /** The creator came into or left a conversation (their chat window or their agency's panel on it). */
  CHAT_PRESENCE_CHANGED: [conversationId: string, payload: { conversationId: string; creatorInChat: boolean }];
  /** A partner's key was revoked: every process closes the key's open sockets. */
  API_KEY_REVOKED: [payload: { keyId: string }];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

/**
 * In-process by default; over Redis when several API processes must hear each other's events. Payloads then
 * travel as JSON, so subscription resolvers re-read what they need rather than trust Date objects in them.
 */
export function createAppPubSub(redis?: RedisClients | null): PubSub {
  if (!redis) return createPubSub<Topics>();
  return createPubSub<Topics>({
    eventTarget: createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe }),
  });
}

/**
 * Many subscribers, each interested in a set of keys, over one pub/sub subscription per process: `source` is
 * subscribed on first use and every event goes, in memory, to the subscribers of its key. A subscriber costs
 * a small async iterator and one set entry per key, instead of one pub/sub subscription (and one listener on
 * the event target, and one Redis channel) per key.
 */
export class KeyedFanout<P> {
  private readonly listeners = new Map<string, Set<(payload: P) => void>>();
  private source?: AsyncIterator<P>;

  constructor(
    private readonly subscribeSource: () => AsyncIterable<P>,
    private readonly keyOf: (payload: P) => string,
  ) {}

  subscribe(keys: readonly string[]): AsyncIterable<P> {
    this.start();
    return new Repeater<P>(async (push, stop) => {
      const listener = (payload: P) => void push(payload);
      for (const key of keys) {
        const set = this.listeners.get(key) ?? new Set();
        set.add(listener);
        this.listeners.set(key, set);
      }
      await stop;
      for (const key of keys) {
        const set = this.listeners.get(key);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(key);
      }
    });
  }

  /** How many keys have a subscriber right now (for tests and benchmarks). */
  get size(): number {
    return this.listeners.size;
  }

  private start(): void {
    if (this.source) return;
    const source = (this.source = this.subscribeSource()[Symbol.asyncIterator]());
    void (async () => {
      for (let next = await source.next(); !next.done; next = await source.next()) {
        for (const listener of this.listeners.get(this.keyOf(next.value)) ?? []) listener(next.value);
      }
    })();
  }
}
