import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { useAlertChime } from '../composables/use-alert-chime';
import { describeError } from '../composables/use-error-message';
import { request } from '../graphql/client';
import {
  agencyChatPresenceSubscription,
  agencyConversationsQuery,
  agencyDeclineCallMutation,
  agencyLockChatMutation,
  agencyMarkReadMutation,
  agencyMessagesQuery,
  agencyPanelEventsSubscription,
  agencyPanelQuery,
  agencySendMessageMutation,
  createAgencyMutation,
  endMembershipMutation,
  inviteCreatorMutation,
  myAgencyQuery,
  setCreatorsOnlineMutation,
} from '../graphql/agency-documents';
import type { AgencyConversationsQuery, AgencyRowFieldsFragment, MyAgencyQuery } from '../graphql/generated/graphql';
import type { ChatMessage } from './inbox';

export type AgencyRow = AgencyRowFieldsFragment;
export type AgencyConversation = AgencyConversationsQuery['agencyConversations']['edges'][number]['node'];
type AgencyInfo = NonNullable<MyAgencyQuery['myAgency']>;

/** How long a row keeps its alert animation after a fan writes or calls. */
const ALERT_MS = 6000;

/**
 * The agency owner's live panel (seed 002): the agency, its creators' rows kept current by agencyPanelEvents,
 * alerts (a row animates and a chime sounds when a fan writes or calls one of them) and the chat of a member
 * creator opened from the panel. While the panel is open its subscription holds the creators it set online;
 * `close` (leaving the page, closing the tab) lets them go offline after the server's grace.
 */
export const useAgencyPanelStore = defineStore('agency-panel', () => {
  const agency = shallowRef<AgencyInfo | null>(null);
  const earnings = shallowRef<{ balance: number; today: number } | null>(null);
  const rows = shallowRef<AgencyRow[]>([]);
  const alerting = ref<Record<string, number>>({});
  const loaded = ref(false);
  const error = ref('');
  const { chime, played: alertsPlayed, blocked: soundBlocked } = useAlertChime();

  const chatCreatorId = ref<string | null>(null);
  const conversations = shallowRef<AgencyConversation[]>([]);
  const conversationId = ref<string | null>(null);
  const messages = shallowRef<ChatMessage[]>([]);

  const invitations = computed(() => agency.value?.memberships.filter((m) => m.state === 'INVITED') ?? []);
  const chatCreator = computed(() => rows.value.find((r) => r.creator.id === chatCreatorId.value) ?? null);
  const openConversation = computed(() => conversations.value.find((c) => c.id === conversationId.value) ?? null);

  async function loadAgency(): Promise<void> {
    const data = await request(myAgencyQuery, {});
    agency.value = data.myAgency ?? null;
    earnings.value = data.agencyEarnings;
  }

  async function loadRows(): Promise<void> {
    if (!agency.value) return;
    rows.value = (await request(agencyPanelQuery, {})).agencyPanel;
  }

  function upsert(row: AgencyRow): void {
    const others = rows.value.filter((r) => r.creator.id !== row.creator.id);
    rows.value = [...others, row].sort(
      (a, b) => a.creator.displayName.localeCompare(b.creator.displayName) || a.creator.handle.localeCompare(b.creator.handle),
    );
  }

  function remove(creatorId: string): void {
    rows.value = rows.value.filter((r) => r.creator.id !== creatorId);
    if (chatCreatorId.value === creatorId) closeChats();
  }

  function alert(creatorId: string): void {
    const at = Date.now();
    alerting.value = { ...alerting.value, [creatorId]: at };
    chime();
    setTimeout(() => {
      if (alerting.value[creatorId] === at) {
        const { [creatorId]: _done, ...rest } = alerting.value;
        alerting.value = rest;
      }
    }, ALERT_MS);
  }

  let stopEvents: (() => void) | null = null;
  /** The open conversation's presence stream (agencyChatPresence). */
  let stopChatPresence: (() => void) | null = null;
  let earningsTimer: ReturnType<typeof setTimeout> | null = null;
  /** A member's row changed (a payment among others): the agency's own earnings may have too. */
  function reloadEarningsSoon(): void {
    if (earningsTimer) clearTimeout(earningsTimer);
    earningsTimer = setTimeout(() => {
      earningsTimer = null;
      void loadAgency().catch(() => undefined);
    }, 300);
  }

  /** Opens the panel: reads the agency and its rows, then follows them live (and holds presence) until `close`. */
  async function open(): Promise<void> {
    error.value = '';
    try {
      await loadAgency();
      await loadRows();
    } catch (err) {
      error.value = describeError(err);
    } finally {
      loaded.value = true;
    }
    if (agency.value) await follow();
  }

  async function follow(): Promise<void> {
    if (stopEvents) return;
    const { subscribe, onReconnected } = await import('../graphql/subscriptions');
    const stopSubscription = subscribe(
      agencyPanelEventsSubscription,
      {},
      {
        next: ({ agencyPanelEvents: event }) => {
          if (event.kind === 'ROW_REMOVED' || !event.row) remove(event.creatorId);
          else upsert(event.row);
          if (event.kind === 'MESSAGE_RECEIVED' || event.kind === 'CALL_RINGING') alert(event.creatorId);
          if (event.kind !== 'MESSAGE_RECEIVED' && event.kind !== 'CALL_RINGING') reloadEarningsSoon();
          // Anything in an open creator's conversations (a fan's text, a lock paid) refreshes the open chat.
          if (event.conversationId && event.creatorId === chatCreatorId.value) void refreshChat(event.conversationId);
        },
      },
    );
    const stopReconnect = onReconnected(() => void loadRows().catch(() => undefined));
    stopEvents = () => {
      stopSubscription();
      stopReconnect();
    };
  }

  /** Closes the panel: the creators it set online go offline after the server's grace. */
  function close(): void {
    stopEvents?.();
    stopEvents = null;
    closeChats();
  }

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    error.value = '';
    try {
      return await action();
    } catch (err) {
      error.value = describeError(err);
      return null;
    }
  }

  async function createAgency(name: string): Promise<void> {
    await run(async () => {
      await request(createAgencyMutation, { name });
      await open();
    });
  }

  async function invite(handle: string, sharePercent: number): Promise<boolean> {
    return !!(await run(async () => {
      await request(inviteCreatorMutation, { handle: handle.replace(/^@/, '').trim(), shareBps: Math.round(sharePercent * 100) });
      await loadAgency();
      return true;
    }));
  }

  async function endMembership(membershipId: string): Promise<void> {
    await run(async () => {
      await request(endMembershipMutation, { membershipId });
      await loadAgency();
    });
  }

  /** Sets creators online (held by this panel) or offline; all of them when `creatorIds` is null. */
  async function setOnline(creatorIds: string[] | null, online: boolean): Promise<void> {
    await run(async () => {
      const changed = (await request(setCreatorsOnlineMutation, { online, creatorIds })).setAgencyCreatorsOnline;
      for (const row of changed) upsert(row);
    });
  }

  async function declineCall(creatorId: string, callId: string, message: string | null): Promise<void> {
    await run(() => request(agencyDeclineCallMutation, { creatorId, callId, message }));
  }

  async function openChats(creatorId: string): Promise<void> {
    stopChatPresence?.();
    stopChatPresence = null;
    chatCreatorId.value = creatorId;
    conversationId.value = null;
    messages.value = [];
    await run(async () => {
      conversations.value = (await request(agencyConversationsQuery, { creatorId })).agencyConversations.edges.map((e) => e.node);
    });
    if (conversations.value.length === 1) await openChat(conversations.value[0].id);
  }

  async function openChat(id: string): Promise<void> {
    conversationId.value = id;
    void followChatPresence(id);
    await refreshChat(id);
  }

  /** The open conversation puts its creator in the chat for the fan, as the creator's own chat window would. */
  async function followChatPresence(id: string): Promise<void> {
    const creatorId = chatCreatorId.value;
    stopChatPresence?.();
    stopChatPresence = null;
    if (!creatorId) return;
    const { subscribe } = await import('../graphql/subscriptions');
    if (conversationId.value !== id || chatCreatorId.value !== creatorId) return;
    stopChatPresence = subscribe(agencyChatPresenceSubscription, { creatorId, conversationId: id }, { next: () => undefined });
  }

  /** Re-reads the open creator's conversations and, when it is open, this conversation (marking it read). */
  async function refreshChat(changed: string | null): Promise<void> {
    const creatorId = chatCreatorId.value;
    if (!creatorId) return;
    await run(async () => {
      conversations.value = (await request(agencyConversationsQuery, { creatorId })).agencyConversations.edges.map((e) => e.node);
      const id = conversationId.value;
      if (!id || (changed && changed !== id)) return;
      const page = await request(agencyMessagesQuery, { creatorId, conversationId: id });
      messages.value = page.agencyMessages.edges.map((e) => e.node).reverse();
      // Read on screen: marked read (and recorded) only when something was unread.
      if (conversations.value.find((c) => c.id === id)?.unreadCount) await request(agencyMarkReadMutation, { creatorId, conversationId: id });
    });
  }

  function closeChats(): void {
    stopChatPresence?.();
    stopChatPresence = null;
    chatCreatorId.value = null;
    conversationId.value = null;
    conversations.value = [];
    messages.value = [];
  }

  async function reply(text: string): Promise<boolean> {
    const creatorId = chatCreatorId.value;
    const id = conversationId.value;
    if (!creatorId || !id) return false;
    const sent = await run(async () => {
      const result = (await request(agencySendMessageMutation, { creatorId, conversationId: id, text })).agencySendMessage;
      if (result.__typename === 'RecipientUnavailable') throw new Error(result.message);
      await refreshChat(id);
      return true;
    });
    return !!sent;
  }

  async function lock(price: number, description: string): Promise<boolean> {
    const creatorId = chatCreatorId.value;
    const id = conversationId.value;
    if (!creatorId || !id) return false;
    return !!(await run(async () => {
      await request(agencyLockChatMutation, { creatorId, conversationId: id, price, description });
      await refreshChat(id);
      return true;
    }));
  }

  return {
    agency,
    earnings,
    rows,
    alerting,
    alertsPlayed,
    soundBlocked,
    loaded,
    error,
    invitations,
    chatCreatorId,
    chatCreator,
    conversations,
    conversationId,
    openConversation,
    messages,
    open,
    close,
    createAgency,
    invite,
    endMembership,
    setOnline,
    declineCall,
    openChats,
    openChat,
    closeChats,
    reply,
    lock,
    reload: loadRows,
  };
});
