import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { maskPhone } from '../../common/phone';
import { DEV_OUTBOX_MAX, NotificationService } from './notification.service';
import { DevEmail, DevSms } from './dev-outbox.types';

/** Registered only outside production (see schema.ts); the service refuses in production as well. */
@Resolver()
export class DevOutboxResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => [DevSms], {
    description: 'DEVELOPMENT ONLY (absent in production): the newest SMS stored by the dev outbox, e.g. to read a verification code.',
  })
  async devOutbox(
    @Arg('first', () => Int, { defaultValue: 20, description: `How many messages, newest first (1–${DEV_OUTBOX_MAX}).` }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DevSms[]> {
    const messages = await this.notifications.devOutbox(ctx, first);
    return messages.map((m) => ({ id: m.id, to: maskPhone(m.toPhone, 4), body: m.body, purpose: m.purpose, sentAt: m.createdAt }));
  }

  @Query(() => [DevEmail], {
    description: 'DEVELOPMENT ONLY (absent in production): the newest emails stored by the dev outbox, e.g. to follow a verification link.',
  })
  async devEmailOutbox(
    @Arg('to', () => String, { nullable: true, description: 'Only messages to this address.' }) to: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many messages, newest first (1–${DEV_OUTBOX_MAX}).` }) first: number,
  ): Promise<DevEmail[]> {
    const messages = await this.notifications.devEmailOutbox(to, first);
    return messages.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, sentAt: m.createdAt }));
  }
}
