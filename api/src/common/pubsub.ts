import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
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
  CREATOR_AVAILABILITY_CHANGED: [creatorId: string, payload: AvailabilityPayload];
  CREATOR_UPDATED: [creatorId: string, payload: { creatorId: string }];
  AVAILABILITY_ALERT: [fanId: string, payload: { alertId: string }];
  BALANCES_CHANGED: [accountId: string, payload: { ownerId: string }];
  INCOMING_CALL: [creatorId: string, payload: { callId: string }];
  CALL_UPDATED: [callId: string, payload: { callId: string }];
  RTC_SIGNAL: [callId: string, payload: RtcSignalPayload];
  MESSAGE_ADDED: [accountId: string, payload: { messageId: string }];
  CONVERSATION_READ: [accountId: string, payload: { conversationId: string }];
  CALL_CHAT_MESSAGE: [callId: string, payload: { id: string }];
  REPORT_CREATED: [payload: { reportId: string }];
  LIVE_CALL_CHANGED: [payload: { callId: string }];
  AUDIT_APPENDED: [payload: { action: string }];
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
