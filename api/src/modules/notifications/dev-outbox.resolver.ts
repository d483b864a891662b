import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { maskPhone } from '../../common/phone';
import { DEV_OUTBOX_MAX, NotificationService, type OwnPhones } from './notification.service';
import { DevEmail, DevSms } from './dev-outbox.types';

/** Registered only outside production (see schema.ts); the service refuses in production as well. */
@Resolver()
export class DevOutboxResolver {
  constructor(
    private readonly notifications: NotificationService,
    private readonly ownPhones: OwnPhones,
  ) {}

  @Authorized()
  @Query(() => [DevSms], {
    description:
      'DEVELOPMENT ONLY (absent in production): the newest SMS stored by the dev outbox, e.g. to read a verification code. Each account sees the messages sent to its own phone numbers; staff see all.',
  })
  async devOutbox(
    @Arg('first', () => Int, { defaultValue: 20, description: `How many messages, newest first (1–${DEV_OUTBOX_MAX}).` }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DevSms[]> {
    const messages = await this.notifications.devOutbox(ctx, first, this.ownPhones);
    return messages.map((m) => ({ id: m.id, to: maskPhone(m.toPhone, 4), body: m.body, purpose: m.purpose, sentAt: m.createdAt }));
  }

  @Authorized()
  @Query(() => [DevEmail], {
    description:
      'DEVELOPMENT ONLY (absent in production): the newest emails stored by the dev outbox, e.g. to follow a verification link. Each account sees the emails sent to its own address; staff see all (and may filter by `to`). Signed out, the server log prints them.',
  })
  async devEmailOutbox(
    @Arg('to', () => String, { nullable: true, description: 'Staff only: only messages to this address.' }) to: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many messages, newest first (1–${DEV_OUTBOX_MAX}).` }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DevEmail[]> {
    const { account } = ctx.requireViewer();
    const staff = account.role === 'MODERATOR' || account.role === 'ADMIN';
    const messages = await this.notifications.devEmailOutbox(staff ? to : account.email, first);
    return messages.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, sentAt: m.createdAt }));
  }
}
