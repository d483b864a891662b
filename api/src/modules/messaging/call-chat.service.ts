import type { RequestContext } from '../../common/context';
import type { EventSubscriber } from '../../common/domain-events';
import { conflict } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import { CallState, type CallEvents, type CallsService } from '../calls';
import type { IdentityService } from '../identity';
import type { CallChatRecord, ChatRepository } from './chat.repository';
import { cleanText } from './messaging.service';
import type { CallChatMessage } from './messaging.types';

const CALL_CHAT_MAX = 500;

/**
 * The temporary chat of a call: only its two parties write and read it, only while it is live, and it is
 * deleted when the call ends (on CallFinished, in the call's transaction) unless the call was reported.
 */
export class CallChatService {
  constructor(
    private readonly chats: ChatRepository,
    private readonly calls: CallsService,
    private readonly identity: IdentityService,
    private readonly pubsub: PubSub,
    events: EventSubscriber<CallEvents>,
  ) {
    events.subscribe('CallFinished', async (ctx, { call }) => {
      if (!call.transcriptRetained) await this.chats.deleteCallChat(ctx, call.id);
    });
  }

  async send(ctx: RequestContext, callId: string, text: string): Promise<CallChatMessage> {
    const viewer = ctx.requireViewer().account.id;
    const call = await this.calls.callFor(ctx, callId);
    const body = cleanText(text, CALL_CHAT_MAX, 'text');
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) throw conflict('The call is not live; its chat is closed.');
    const row = await this.chats.insertCallChat(ctx, call.id, viewer, body, ctx.clock.now());
    ctx.afterCommit(() => this.pubsub.publish('CALL_CHAT_MESSAGE', call.id, { id: row.id }));
    return (await this.views(ctx, [row], viewer))[0];
  }

  /** The chat of a call the signed-in account takes part in. */
  async messagesOf(ctx: RequestContext, callId: string): Promise<CallChatMessage[]> {
    const call = await this.calls.callFor(ctx, callId);
    const viewer = ctx.requireViewer().account.id;
    return this.views(ctx, await this.chats.callChatOf(ctx, call.id), viewer);
  }

  /** A reported call's kept chat, for staff (the caller checks staff rights). */
  async transcript(ctx: RequestContext, callId: string): Promise<CallChatMessage[]> {
    return this.views(ctx, await this.chats.callChatOf(ctx, callId), ctx.requireViewer().account.id);
  }

  /** One message, for the subscription that announced it. */
  async message(ctx: RequestContext, id: string): Promise<CallChatMessage | null> {
    const row = await this.chats.callChatMessage(ctx, id);
    return row ? (await this.views(ctx, [row], ctx.requireViewer().account.id))[0] : null;
  }

  /** The chat's new messages; only the call's parties may listen. */
  async subscribe(ctx: RequestContext, callId: string): Promise<AsyncIterable<{ id: string }>> {
    const call = await this.calls.callFor(ctx, callId);
    return this.pubsub.subscribe('CALL_CHAT_MESSAGE', call.id);
  }

  private async views(ctx: RequestContext, rows: readonly CallChatRecord[], viewerId: string): Promise<CallChatMessage[]> {
    const senders = await this.identity.people(
      ctx,
      rows.map((r) => r.senderId),
    );
    return rows.map((r) => ({
      id: r.id,
      callId: r.callId,
      sender: senders.get(r.senderId)!,
      mine: r.senderId === viewerId,
      body: r.body,
      createdAt: r.createdAt,
    }));
  }
}
