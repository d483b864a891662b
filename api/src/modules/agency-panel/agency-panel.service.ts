import { Repeater } from '@graphql-yoga/subscription';
import type { ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import { AgencyActionKind, panelHolderKey, startOfUtcDay, type ActingFor, type AgenciesService } from '../agencies';
import { AvailabilityStatus, type AvailabilityService, type PresenceService } from '../availability';
import { CallState, type CallsService } from '../calls';
import type { CreatorService } from '../creators';
import type { IdentityService } from '../identity';
import { AccountKind, type LedgerService } from '../ledger';
import type { ChatLock, ChatLockService, ChatPresence, ChatPresenceService, Conversation, Message, MessagingService, SendOutcome } from '../messaging';
import type { AgencyCreatorRow } from './agency-panel.types';
import { AgencyPanelEventKind } from './agency-panel.types';

/** What the panel's subscription hears, before the resolver reads the row it is about. */
export interface PanelSignal {
  agencyId: string;
  kind: AgencyPanelEventKind;
  creatorId: string;
  conversationId?: string;
  messageId?: string;
  callId?: string;
}

const MAX_SET_AT_ONCE = 200;

/**
 * The agency's live panel (seed 002's group-owner control panel): its creators' rows (status, price, unread
 * chats, earnings today), setting them online or offline, and acting on their behalf in their chats and on their
 * ringing calls. Every action checks that the creator is a current member (AgenciesService.actFor), runs as the
 * creator (so the fan sees the creator) with the agency named on what it wrote, and is recorded.
 *
 * Presence set by the panel is held through PresenceService under the agency's holder key, tied to the panel's
 * subscription: while one lives the creators it set online stay online; when the last one closes they go
 * offline after the usual grace.
 */
export class AgencyPanelService {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly identity: IdentityService,
    private readonly creators: CreatorService,
    private readonly availability: AvailabilityService,
    private readonly presence: PresenceService,
    private readonly messaging: MessagingService,
    private readonly chatLocks: ChatLockService,
    private readonly chatPresence: ChatPresenceService,
    private readonly calls: CallsService,
    private readonly ledger: LedgerService,
    private readonly pubsub: PubSub,
  ) {}

  /** The rows of the signed-in owner's agency, by creator name. */
  async rows(ctx: RequestContext): Promise<AgencyCreatorRow[]> {
    const agency = await this.agencies.requireOwnAgency(ctx);
    return this.rowsOf(ctx, agency.id, await this.agencies.memberIds(ctx, agency.id));
  }

  /** One creator's row, or null when they are no longer a member. */
  async row(ctx: RequestContext, agencyId: string, creatorId: string): Promise<AgencyCreatorRow | null> {
    const members = await this.agencies.memberIds(ctx, agencyId);
    if (!members.includes(creatorId)) return null;
    return (await this.rowsOf(ctx, agencyId, [creatorId]))[0] ?? null;
  }

  /**
   * Sets creators online (held by this agency's panel) or offline. `creatorIds` null means every member. Each
   * must be a current member; the whole request is refused otherwise.
   */
  async setOnline(ctx: RequestContext, creatorIds: readonly string[] | null, online: boolean): Promise<AgencyCreatorRow[]> {
    const agency = await this.agencies.requireOwnAgency(ctx);
    const ids = creatorIds === null ? await this.agencies.memberIds(ctx, agency.id) : [...new Set(creatorIds)];
    if (ids.length > MAX_SET_AT_ONCE) throw badInput(`Set at most ${MAX_SET_AT_ONCE} creators at once.`, 'creatorIds');
    for (const creatorId of ids) {
      const acting = await this.agencies.actFor(ctx, creatorId);
      await this.agencies.record(ctx, acting, online ? AgencyActionKind.SET_ONLINE : AgencyActionKind.SET_OFFLINE, null, null);
    }
    const holder = panelHolderKey(agency.id);
    // Presence is memory (not the transaction's): it changes once the recorded actions commit.
    ctx.afterCommit(() => (online ? this.presence.holdOnline(holder, ids) : this.presence.stopHolding(holder, ids)));
    return ids.length ? this.rowsOf(ctx, agency.id, ids, online ? new Set(ids) : new Set()) : [];
  }

  /** A member creator's conversations, as the creator sees them. */
  async conversations(ctx: RequestContext, creatorId: string, first: number, after: string | null): Promise<ConnectionPage<Conversation>> {
    const { as } = await this.actAs(ctx, creatorId);
    return this.messaging.conversationsPage(as, first, after);
  }

  /** One conversation of a member creator's, with its messages newest first. */
  async messages(ctx: RequestContext, creatorId: string, conversationId: string, first: number, after: string | null): Promise<ConnectionPage<Message>> {
    const { as } = await this.actAs(ctx, creatorId);
    return this.messaging.messagesPage(as, conversationId, first, after);
  }

  /** Replies in a member creator's conversation on their behalf: the fan sees the creator. */
  async reply(ctx: RequestContext, creatorId: string, conversationId: string, text: string): Promise<SendOutcome> {
    const { acting, as } = await this.actAs(ctx, creatorId);
    const outcome = await this.messaging.sendMessage(as, { conversationId }, text, acting.actorId);
    if (outcome.kind === 'sent') await this.agencies.record(ctx, acting, AgencyActionKind.SENT_MESSAGE, conversationId, text);
    return outcome;
  }

  /** Locks a member creator's chat on their behalf. */
  async lockChat(ctx: RequestContext, creatorId: string, conversationId: string, price: number, description: string): Promise<ChatLock> {
    const { acting, as } = await this.actAs(ctx, creatorId);
    const lock = await this.chatLocks.lockChat(as, conversationId, price, description, acting.actorId);
    await this.agencies.record(ctx, acting, AgencyActionKind.LOCKED_CHAT, conversationId, `${price} tokens — ${description}`);
    return lock;
  }

  /** Withdraws an open lock of a member creator's chat on their behalf. */
  async withdrawChatLock(ctx: RequestContext, creatorId: string, lockId: string): Promise<ChatLock> {
    const { acting, as } = await this.actAs(ctx, creatorId);
    const lock = await this.chatLocks.withdrawChatLock(as, lockId, acting.actorId);
    await this.agencies.record(ctx, acting, AgencyActionKind.WITHDREW_CHAT_LOCK, lockId, null);
    return lock;
  }

  /** Marks a member creator's conversation read (the panel opened it). */
  async markRead(ctx: RequestContext, creatorId: string, conversationId: string): Promise<Conversation> {
    const { acting, as } = await this.actAs(ctx, creatorId);
    const row = await this.messaging.markRead(as, conversationId);
    await this.agencies.record(ctx, acting, AgencyActionKind.READ_CONVERSATION, conversationId, null);
    return this.messaging.view(as, row);
  }

  /**
   * The panel has a member creator's conversation open: the fan sees the creator in the chat while this stream
   * lives, and gets a "left the chat" line once it closes (after the grace), as for the creator's own window.
   */
  async chatPresenceStream(ctx: RequestContext, creatorId: string, conversationId: string): Promise<AsyncIterable<ChatPresence>> {
    const { acting, as } = await this.actAs(ctx, creatorId);
    const presence = await this.chatPresence.open(as, conversationId);
    const agencyId = acting.agency.id;
    return new Repeater<ChatPresence>(async (push, stop) => {
      const stopPresence = pipe(presence, (p) => push(p));
      // The membership ends: the agency's access ends at once, and with it its place in the creator's chat.
      const stopChanges = pipe(this.pubsub.subscribe('AGENCY_CHANGED', agencyId), async (change) => {
        if (change.creatorId === creatorId && !(await this.agencies.memberIds(ctx, agencyId)).includes(creatorId)) stop();
      });
      await stop;
      stopChanges();
      stopPresence();
    });
  }

  /**
   * Declines a call ringing for a member creator (the camera is the creator's: the agency never answers), and
   * with `message` leaves the fan a note in their conversation, as the creator.
   */
  async declineCall(ctx: RequestContext, creatorId: string, callId: string, message: string | null): Promise<boolean> {
    const { acting, as } = await this.actAs(ctx, creatorId);
    const call = await this.calls.find(as, callId);
    if (!call || call.creatorId !== creatorId) throw notFound('Call');
    await this.calls.declineCall(as, callId);
    if (message?.trim()) {
      const conversation = await this.messaging.conversationBetween(as, call.fanId, creatorId);
      await this.messaging.sendMessage(as, { conversationId: conversation.id }, message, acting.actorId);
    }
    await this.agencies.record(ctx, acting, AgencyActionKind.DECLINED_CALL, callId, message?.trim() || null);
    return true;
  }

  /**
   * The panel's live stream for the signed-in owner. While it is open the agency's presence hold lives (see
   * PresenceService.connectHolder): closing it — the tab, the socket — lets every creator it set online go
   * offline after the grace. It follows the agency's membership: a creator who joins gets watched, one who
   * leaves gets a ROW_REMOVED and is watched no more. It starts with every current row (ROW_CHANGED), once its
   * creators are watched.
   */
  async events(ctx: RequestContext): Promise<AsyncIterable<PanelSignal>> {
    const agency = await this.agencies.requireOwnAgency(ctx);
    const agencyId = agency.id;
    return new Repeater<PanelSignal>(async (push, stop) => {
      const disconnect = this.presence.connectHolder(panelHolderKey(agency.id));
      const watched = new Map<string, () => void>();
      const watch = (creatorId: string) => {
        const stops = [
          pipe(this.pubsub.subscribe('MESSAGE_ADDED', creatorId), (e) => this.messageSignal(ctx, agencyId, creatorId, e.messageId).then((s) => s && push(s))),
          pipe(this.pubsub.subscribe('INCOMING_CALL', creatorId), (e) =>
            push({ agencyId, kind: AgencyPanelEventKind.CALL_RINGING, creatorId, callId: e.callId }),
          ),
          pipe(this.availability.subscribe([creatorId]), () => push({ agencyId, kind: AgencyPanelEventKind.ROW_CHANGED, creatorId })),
          pipe(this.pubsub.subscribe('BALANCES_CHANGED', creatorId), () => push({ agencyId, kind: AgencyPanelEventKind.ROW_CHANGED, creatorId })),
          pipe(this.pubsub.subscribe('CONVERSATION_READ', creatorId), () => push({ agencyId, kind: AgencyPanelEventKind.ROW_CHANGED, creatorId })),
        ];
        watched.set(creatorId, () => stops.forEach((s) => s()));
      };
      const sync = async () => {
        const members = new Set(await this.agencies.memberIds(ctx, agency.id));
        for (const id of members) if (!watched.has(id)) watch(id);
        for (const [id, unwatch] of watched) {
          if (!members.has(id)) {
            unwatch();
            watched.delete(id);
          }
        }
        return members;
      };
      const stopChanges = pipe(this.pubsub.subscribe('AGENCY_CHANGED', agency.id), async ({ creatorId }) => {
        const members = await sync();
        await push({ agencyId, kind: members.has(creatorId) ? AgencyPanelEventKind.ROW_ADDED : AgencyPanelEventKind.ROW_REMOVED, creatorId });
      });
      try {
        // Each current row once, as it is now: the panel (re)connected, so it re-reads; and it is listening from here on.
        for (const creatorId of await sync()) await push({ agencyId, kind: AgencyPanelEventKind.ROW_CHANGED, creatorId });
      } catch (err) {
        ctx.log.warn({ err }, 'agency panel could not read its members');
      }
      await stop;
      stopChanges();
      for (const unwatch of watched.values()) unwatch();
      disconnect();
    });
  }

  /** A message in a creator's conversations: an alert when a fan wrote it, otherwise just a row change. */
  private async messageSignal(ctx: RequestContext, agencyId: string, creatorId: string, messageId: string): Promise<PanelSignal | null> {
    try {
      const as = ctx.withViewer({ account: await this.identity.account(ctx, creatorId), sessionId: ctx.requireViewer().sessionId });
      const message = await this.messaging.messageById(as, messageId);
      if (!message) return null;
      const fromFan = message.kind === 'TEXT' && message.sender !== null && message.sender.id !== creatorId;
      return {
        agencyId,
        kind: fromFan ? AgencyPanelEventKind.MESSAGE_RECEIVED : AgencyPanelEventKind.ROW_CHANGED,
        creatorId,
        conversationId: message.conversationId,
        messageId,
      };
    } catch (err) {
      ctx.log.warn({ err, messageId }, 'agency panel could not read a message');
      return null;
    }
  }

  /** Checks membership (FORBIDDEN otherwise) and gives the same request seen as the creator. */
  private async actAs(ctx: RequestContext, creatorId: string): Promise<{ acting: ActingFor; as: RequestContext }> {
    const acting = await this.agencies.actFor(ctx, creatorId);
    const account = await this.identity.account(ctx, creatorId);
    return { acting, as: ctx.withViewer({ account, sessionId: ctx.requireViewer().sessionId }) };
  }

  private async rowsOf(ctx: RequestContext, agencyId: string, creatorIds: readonly string[], heldNow?: Set<string>): Promise<AgencyCreatorRow[]> {
    if (!creatorIds.length) return [];
    const held = heldNow ?? new Set(this.presence.heldBy(panelHolderKey(agencyId)));
    const memberships = new Map((await this.agencies.members(ctx, agencyId)).map((m) => [m.creatorId, m]));
    const people = await this.identity.people(ctx, creatorIds);
    const availability = await this.creators.availabilityOfMany(ctx, creatorIds);
    const unread = await this.messaging.unreadConversationsOfCreators(ctx, creatorIds);
    const earned = await this.ledger.creditedSince(ctx, creatorIds, AccountKind.CREATOR_EARNINGS, startOfUtcDay(ctx.clock.now()));
    const rows: AgencyCreatorRow[] = [];
    for (const creatorId of creatorIds) {
      const membership = memberships.get(creatorId);
      const person = people.get(creatorId);
      if (!membership || !person) continue;
      const record = await this.creators.find(ctx, creatorId);
      const status = availability.get(creatorId);
      const ringing = status?.status === 'BUSY' ? await this.ringingCallOf(ctx, creatorId) : null;
      rows.push({
        creator: person,
        membershipId: membership.membershipId,
        shareBps: membership.shareBps,
        availability: status ?? { status: AvailabilityStatus.OFF, until: null, nextAvailableAt: null, online: false },
        heldOnline: held.has(creatorId),
        pricePerMinute: record?.callsEnabled ? record.pricePerMinute : null,
        unreadChats: unread.get(creatorId) ?? 0,
        earningsToday: earned.get(creatorId) ?? 0,
        ringingCallId: ringing,
      });
    }
    return rows.sort((a, b) => a.creator.displayName.localeCompare(b.creator.displayName) || a.creator.handle.localeCompare(b.creator.handle));
  }

  private async ringingCallOf(ctx: RequestContext, creatorId: string): Promise<string | null> {
    const as = ctx.withViewer({ account: await this.identity.account(ctx, creatorId), sessionId: ctx.viewer?.sessionId ?? 'agency-panel' });
    const call = await this.calls.activeCall(as);
    return call && call.state === CallState.RINGING ? call.id : null;
  }
}

/** Runs `each` for every event of `source` in the background; returns what stops it. */
function pipe<T>(source: AsyncIterable<T>, each: (value: T) => unknown): () => void {
  const iterator = source[Symbol.asyncIterator]();
  void (async () => {
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) await each(next.value);
    } catch {
      // the stream ended with its subscriber; nothing to tell
    }
  })();
  return () => void iterator.return?.();
}
