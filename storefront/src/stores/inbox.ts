import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import { request } from '../graphql/client';
import { conversationsQuery, messageAddedSubscription } from '../graphql/messaging-documents';
import type { ConversationFieldsFragment, MessageFieldsFragment } from '../graphql/generated/graphql';
import { useSessionStore } from './session';

export type ConversationSummary = ConversationFieldsFragment;
export type ChatMessage = MessageFieldsFragment;

/**
 * The signed-in account's conversations with their unread counts, kept current by messageAdded: the badge in
 * the header, the conversation list and an open chat all read from here.
 */
export const useInboxStore = defineStore('inbox', () => {
  const session = useSessionStore();
  const conversations = shallowRef<ConversationSummary[]>([]);
  const loaded = shallowRef(false);
  const listeners = new Set<(message: ChatMessage) => void>();

  const unreadTotal = computed(() => conversations.value.reduce((sum, c) => sum + c.unreadCount, 0));

  async function load(): Promise<void> {
    const { conversations: page } = await request(conversationsQuery, {});
    conversations.value = page.edges.map((edge) => edge.node);
    loaded.value = true;
  }

  /** The open chat marked its conversation read (re-read too: a reload may have started before). */
  function markedRead(conversationId: string): void {
    conversations.value = conversations.value.map((c) => (c.id === conversationId ? { ...c, unreadCount: 0 } : c));
    reloadSoon();
  }

  /** Calls `listener` with every new message in any conversation; returns the function that stops it. */
  function onMessage(listener: (message: ChatMessage) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  let reloadTimer: ReturnType<typeof setTimeout> | null = null;
  function reloadSoon(): void {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      void load().catch(() => undefined);
    }, 150);
  }

  let stopFollowing: (() => void) | null = null;
  watch(
    () => (session.account?.role === 'FAN' || session.account?.role === 'CREATOR' ? session.account.id : null),
    async (id) => {
      stopFollowing?.();
      stopFollowing = null;
      conversations.value = [];
      loaded.value = false;
      if (!id) return;
      load().catch(() => undefined);
      const { subscribe, onReconnected } = await import('../graphql/subscriptions');
      if (session.account?.id !== id) return;
      const stopSubscription = subscribe(
        messageAddedSubscription,
        {},
        {
          next: ({ messageAdded }) => {
            for (const listener of listeners) listener(messageAdded);
            // Order, last message and unread counts come from the API rather than being guessed here.
            reloadSoon();
          },
        },
      );
      const stopReconnect = onReconnected(reloadSoon);
      stopFollowing = () => {
        stopSubscription();
        stopReconnect();
      };
    },
    { immediate: true },
  );

  return { conversations, loaded, unreadTotal, load, markedRead, onMessage };
});
