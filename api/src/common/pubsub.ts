import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import type { RedisClients } from './redis';
import type { AccountView } from '../modules/identity/identity.types';
import type { CreatorAvailabilityChange } from '../modules/availability/availability.types';
import type { RtcSignal } from '../modules/calls/call.types';

/**
 * Every subscription topic and its payload, in one typed map. Topics with an id before the payload are
 * scoped (`publish(topic, id, payload)`), so a subscriber only ever hears its own.
 * Events are hints published after commit; the database stays the truth.
 */
export type Topics = {
  ACCOUNT_UPDATED: [accountId: string, payload: AccountView];
  CREATOR_AVAILABILITY_CHANGED: [creatorId: string, payload: CreatorAvailabilityChange];
  BALANCES_CHANGED: [accountId: string, payload: { ownerId: string }];
  INCOMING_CALL: [creatorId: string, payload: { callId: string }];
  CALL_UPDATED: [callId: string, payload: { callId: string }];
  RTC_SIGNAL: [callId: string, payload: RtcSignal];
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
