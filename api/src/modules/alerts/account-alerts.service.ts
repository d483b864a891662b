import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RequestContext } from '../../common/context';
import type { EventSubscriber } from '../../common/domain-events';
import type { SocketRegistry } from '../../common/sockets';
import { CallState, type CallEvents } from '../calls';
import { AccountStatus, type IdentityService } from '../identity';
import type { MessagingEvents } from '../messaging';
import type { NotificationService } from '../notifications';
import { missedCallMail, newMessageMail } from './alert-emails';

/** One message email per conversation and recipient in this many seconds: a chat is not an inbox flood. */
export const MESSAGE_EMAIL_EVERY_SECONDS = 30 * 60;

/**
 * Emails an account about what happened while it was away, as its notification preferences ask: a missed
 * call (creators), a new message when it has no open session. Only to verified addresses of active accounts;
 * sent after the transaction commits.
 */
export class AccountAlertsService {
  private readonly messageThrottle: RateLimiterAbstract;

  constructor(
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly sockets: SocketRegistry,
    private readonly publicUrl: string,
    events: EventSubscriber<CallEvents & MessagingEvents>,
    /** Redis when several processes share one (REDIS_URL): the throttle is then theirs together. */
    redis?: unknown,
  ) {
    const throttle = { keyPrefix: 'minutely-message-email', points: 1, duration: MESSAGE_EMAIL_EVERY_SECONDS };
    this.messageThrottle = redis ? new RateLimiterRedis({ ...throttle, storeClient: redis }) : new RateLimiterMemory(throttle);
    events.subscribe('CallFinished', async (ctx, { call }) => {
      if (call.state === CallState.MISSED) await this.missedCall(ctx, call.creatorId, call.fanId, call.kind);
    });
    events.subscribe('TextMessagePosted', (ctx, event) => this.newMessage(ctx, event));
  }

  private async missedCall(ctx: RequestContext, creatorId: string, fanId: string, kind: 'VIDEO' | 'AUDIO'): Promise<void> {
    const creator = await this.recipient(ctx, creatorId);
    if (!creator?.notifyMissedCalls) return;
    const fanName = (await this.identity.people(ctx, [fanId])).get(fanId)?.displayName ?? 'A fan';
    this.notifications.sendEmailAfterCommit(ctx, missedCallMail(creator.email, fanName, kind, this.url('/messages'), this.url('/account')));
  }

  private async newMessage(ctx: RequestContext, event: MessagingEvents['TextMessagePosted']): Promise<void> {
    // Someone with Minutely open sees the message arrive; the email is for those who are away.
    if (this.sockets.isConnected(event.recipientId)) return;
    const recipient = await this.recipient(ctx, event.recipientId);
    if (!recipient?.notifyMessages) return;
    const allowed = await this.messageThrottle.consume(`${event.conversationId}:${event.recipientId}`).then(
      () => true,
      () => false,
    );
    if (!allowed) return;
    const senderName = (await this.identity.people(ctx, [event.senderId])).get(event.senderId)?.displayName ?? 'Someone';
    this.notifications.sendEmailAfterCommit(
      ctx,
      newMessageMail(recipient.email, senderName, this.url(`/messages/${event.conversationId}`), this.url('/account')),
    );
  }

  /** The account, if it may be emailed at all: active, with a verified address. */
  private async recipient(ctx: RequestContext, accountId: string) {
    const account = await this.identity.findAccount(ctx, accountId);
    return account && account.status === AccountStatus.ACTIVE && account.emailVerifiedAt ? account : null;
  }

  private url(path: string): string {
    return new URL(path, this.publicUrl).toString();
  }
}
