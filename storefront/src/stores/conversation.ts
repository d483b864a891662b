import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { describeError } from '../composables/use-error-message';
import { request } from '../graphql/client';
import { creatorByIdQuery } from '../graphql/creator-documents';
import {
  blockAccountMutation,
  chatPresenceSubscription,
  conversationQuery,
  conversationWithCreatorQuery,
  inviteToCallMutation,
  lockChatMutation,
  markConversationReadMutation,
  sendMessageMutation,
  unlockChatMutation,
  withdrawChatLockMutation,
} from '../graphql/messaging-documents';
import type { CallKind, ChatLockFieldsFragment, ConversationQuery, CreatorProfileFieldsFragment } from '../graphql/generated/graphql';
import { useAvailabilityStore } from './availability';
import { useInboxStore, type ChatMessage } from './inbox';

export type ConversationView = NonNullable<ConversationQuery['conversation']>;

/** Which chat to open: a conversation, or a creator a fan writes to (a new conversation if they never wrote). */
export type ChatTarget = { conversationId: string } | { creatorId: string };

/**
 * The open chat: its conversation (or, for a fan's first message, the creator written to), its messages
 * oldest first with live additions from the inbox, its open chat lock, and what the people in it do (send,
 * pay or withdraw a lock, lock, block). The chat page is a view over it; it holds no requests of its own.
 */
export const useConversationStore = defineStore('conversation', () => {
  const inbox = useInboxStore();
  const availabilityStore = useAvailabilityStore();

  const conversation = shallowRef<ConversationView | null>(null);
  /** A fan writing to a creator for the first time: no conversation yet. */
  const newWith = shallowRef<CreatorProfileFieldsFragment | null>(null);
  const messages = shallowRef<ChatMessage[]>([]);
  const olderCursor = ref<string | null>(null);
  const openLock = shallowRef<ChatLockFieldsFragment | null>(null);
  const loading = ref(false);
  const loadError = ref('');
  const sending = ref(false);
  const paying = ref(false);
  /** Tokens a fan still needs to pay the lock, after an unlock they could not afford. */
  const unlockNeeds = ref<number | null>(null);
  /** The last action's failure, shown under the composer. */
  const actionError = ref('');
  /** Counts changes at the end of the list (a load, a new message, a lock's new state): the view scrolls to the end on each. */
  const endRevision = ref(0);

  /**
   * Whether the creator has this chat open now (null before it is known). The chat page's own presence stream
   * (chatPresence) is also what puts a creator in the chat: the fan sees them there while it is open.
   */
  const creatorInChat = ref<boolean | null>(null);
  const inviting = ref(false);

  let opened = 0;
  let stopWatching: (() => void) | null = null;
  let stopPresence: (() => void) | null = null;

  const other = computed(
    () => conversation.value?.other ?? (newWith.value ? { id: newWith.value.id, displayName: newWith.value.displayName, handle: newWith.value.handle } : null),
  );
  const creatorId = computed(() => conversation.value?.creator.id ?? newWith.value?.id ?? null);
  const availability = computed(() => {
    if (!creatorId.value) return null;
    return availabilityStore.of(creatorId.value, conversation.value?.creatorAvailability ?? newWith.value?.availability ?? null);
  });

  /**
   * Opens a chat. For a creator the fan already writes to, resolves with that conversation's id instead (the
   * page moves there); otherwise with null.
   */
  async function open(target: ChatTarget): Promise<string | null> {
    const mine = ++opened;
    reset();
    loading.value = true;
    try {
      if ('creatorId' in target) {
        const { conversationWithCreator } = await request(conversationWithCreatorQuery, { creatorId: target.creatorId });
        if (mine !== opened) return null;
        if (conversationWithCreator) return conversationWithCreator.id;
        const { creator } = await request(creatorByIdQuery, { id: target.creatorId });
        if (mine !== opened) return null;
        if (!creator) {
          loadError.value = 'There is no such creator.';
          return null;
        }
        newWith.value = creator;
      } else {
        const { conversation: found } = await request(conversationQuery, { id: target.conversationId });
        if (mine !== opened) return null;
        conversation.value = found;
        messages.value = found.messages.edges.map((edge) => edge.node).reverse();
        olderCursor.value = found.messages.pageInfo.hasNextPage ? (found.messages.pageInfo.endCursor ?? null) : null;
        openLock.value = found.openLock ?? null;
        creatorInChat.value = found.creatorInChat;
        void followPresence(found.id, mine);
        void markRead();
      }
      if (creatorId.value && availability.value) {
        availabilityStore.remember(creatorId.value, availability.value);
        stopWatching?.();
        stopWatching = availabilityStore.watchCreators([creatorId.value]);
      }
      endRevision.value++;
    } catch (err) {
      if (mine === opened) loadError.value = describeError(err);
    } finally {
      if (mine === opened) loading.value = false;
    }
    return null;
  }

  /** The chat page closed: stop following the creator and forget the chat. */
  function close(): void {
    opened++;
    reset();
    stopWatching?.();
    stopWatching = null;
  }

  /** Opens the conversation's presence stream (lazily loaded, like every live stream) until the chat closes. */
  async function followPresence(conversationId: string, mine: number): Promise<void> {
    const { subscribe } = await import('../graphql/subscriptions');
    if (mine !== opened) return;
    stopPresence?.();
    stopPresence = subscribe(
      chatPresenceSubscription,
      { conversationId },
      {
        next: ({ chatPresence }) => {
          if (chatPresence.conversationId === conversation.value?.id) creatorInChat.value = chatPresence.creatorInChat;
        },
      },
    );
  }

  function reset(): void {
    stopPresence?.();
    stopPresence = null;
    creatorInChat.value = null;
    loading.value = false;
    loadError.value = '';
    actionError.value = '';
    unlockNeeds.value = null;
    conversation.value = null;
    newWith.value = null;
    messages.value = [];
    olderCursor.value = null;
    openLock.value = null;
  }

  async function loadOlder(): Promise<void> {
    if (!conversation.value || !olderCursor.value) return;
    const { conversation: page } = await request(conversationQuery, { id: conversation.value.id, after: olderCursor.value });
    messages.value = [...page.messages.edges.map((edge) => edge.node).reverse(), ...messages.value];
    olderCursor.value = page.messages.pageInfo.hasNextPage ? (page.messages.pageInfo.endCursor ?? null) : null;
  }

  async function markRead(): Promise<void> {
    const id = conversation.value?.id;
    if (!id) return;
    await request(markConversationReadMutation, { conversationId: id }).catch(() => undefined);
    inbox.markedRead(id);
  }

  /** Adds a message once, and keeps every record of a lock showing the lock's latest state. */
  function add(message: ChatMessage): void {
    if (message.lock) {
      const lock = message.lock;
      messages.value = messages.value.map((m) => (m.lock?.id === lock.id ? { ...m, lock } : m));
      if (lock.state === 'OPEN') openLock.value = lock;
      else if (openLock.value?.id === lock.id) openLock.value = null;
    }
    if (!messages.value.some((m) => m.id === message.id)) messages.value = [...messages.value, message];
    endRevision.value++;
  }

  inbox.onMessage((message) => {
    if (message.conversationId !== conversation.value?.id) return;
    add(message);
    if (!message.mine) void markRead();
  });

  /**
   * Sends a message; resolves with it when it went out, or null (the chat is locked, the creator cannot be
   * written to, or it failed: see actionError). A first message to a creator starts a conversation, which the
   * page then opens.
   */
  async function send(text: string): Promise<ChatMessage | null> {
    sending.value = true;
    actionError.value = '';
    try {
      const target = conversation.value ? { conversationId: conversation.value.id } : { creatorId: newWith.value!.id };
      const { sendMessage } = await request(sendMessageMutation, { text, ...target });
      if (sendMessage.__typename === 'Message') {
        if (conversation.value) add(sendMessage);
        return sendMessage;
      }
      if (sendMessage.__typename === 'ChatLocked') openLock.value = sendMessage.openLock;
      else actionError.value = sendMessage.message;
    } catch (err) {
      actionError.value = describeError(err);
    } finally {
      sending.value = false;
    }
    return null;
  }

  /** The fan pays a lock; when their tokens do not cover it, unlockNeeds says how many more they need. */
  async function pay(lock: ChatLockFieldsFragment): Promise<void> {
    paying.value = true;
    actionError.value = '';
    unlockNeeds.value = null;
    try {
      const { unlockChat } = await request(unlockChatMutation, { lockId: lock.id });
      if (unlockChat.__typename === 'ChatLock') add({ ...messages.value.find((m) => m.lock?.id === lock.id)!, lock: unlockChat });
      else unlockNeeds.value = unlockChat.needed;
    } catch (err) {
      actionError.value = describeError(err);
    } finally {
      paying.value = false;
    }
  }

  /** The creator locks the chat: a price and what the fan gets once they pay. Throws ApiError. */
  async function lock(price: number, description: string): Promise<void> {
    const { lockChat } = await request(lockChatMutation, { conversationId: conversation.value!.id, price, description });
    openLock.value = lockChat;
  }

  /** The creator withdraws the open lock. */
  async function withdraw(): Promise<void> {
    if (!openLock.value) return;
    try {
      const { withdrawChatLock } = await request(withdrawChatLockMutation, { lockId: openLock.value.id });
      openLock.value = withdrawChatLock.state === 'OPEN' ? withdrawChatLock : null;
    } catch (err) {
      actionError.value = describeError(err);
    }
  }

  /** The creator invites the fan to a call at their price; the invitation shows in the chat (a refusal in actionError). */
  async function invite(kind: CallKind): Promise<void> {
    if (!conversation.value) return;
    inviting.value = true;
    actionError.value = '';
    try {
      const { inviteToCall } = await request(inviteToCallMutation, { conversationId: conversation.value.id, kind });
      if (inviteToCall.__typename === 'CallInvitationRefused') actionError.value = inviteToCall.message;
    } catch (err) {
      actionError.value = describeError(err);
    } finally {
      inviting.value = false;
    }
  }

  /** Blocks the other person; resolves true once blocked (the inbox no longer lists the chat). */
  async function block(): Promise<boolean> {
    if (!other.value) return false;
    try {
      await request(blockAccountMutation, { accountId: other.value.id });
      await inbox.load();
      return true;
    } catch (err) {
      actionError.value = describeError(err);
      return false;
    }
  }

  return {
    conversation,
    newWith,
    messages,
    olderCursor,
    openLock,
    loading,
    loadError,
    sending,
    paying,
    unlockNeeds,
    actionError,
    endRevision,
    creatorInChat,
    inviting,
    other,
    creatorId,
    availability,
    open,
    close,
    loadOlder,
    send,
    pay,
    lock,
    withdraw,
    invite,
    block,
  };
});
