import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { maskPhone } from '../../common/phone';
import { DEV_OUTBOX_MAX, NotificationService, type OwnPhones } from './notification.service';
import { DevSms } from './dev-outbox.types';

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
}
