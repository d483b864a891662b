import { createPubSub } from '@graphql-yoga/subscription';
import type { AccountView } from '../modules/identity/identity.types';

/**
 * Every subscription topic and its payload, in one typed map. Topics with an id before the payload are
 * scoped (`publish(topic, id, payload)`), so a subscriber only ever hears its own.
 * Events are hints published after commit; the database stays the truth.
 */
export type Topics = {
  ACCOUNT_UPDATED: [accountId: string, payload: AccountView];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export function createAppPubSub(): PubSub {
  return createPubSub<Topics>();
}
