import type { Config } from './config';
import { systemClock, type Clock } from './common/clock';
import { createLogger, type Logger } from './common/logger';
import { createAppPubSub, type PubSub } from './common/pubsub';
import { SocketRegistry } from './common/sockets';
import { connectRedis, type RedisClients } from './common/redis';
import { openDatabase, type Database, type OpenDatabaseOptions } from './db/database';
import { IdentityService } from './modules/identity/identity.service';
import { PasswordHasher } from './modules/identity/passwords';
import { LoginLimiter } from './modules/identity/login-limiter';
import { LedgerService, type BalanceChange } from './modules/ledger/ledger.service';
import { AccountKind } from './modules/ledger/ledger.model';
import { WalletService } from './modules/ledger/wallet.service';
import { PaymentsService } from './modules/payments/payments.service';
import { DevPaymentProvider } from './providers/payments/dev-payment-provider';
import type { PaymentProvider } from './providers/payments/payment-provider';
import { StripePaymentProvider } from './providers/payments/stripe-payment-provider';
import { AvailabilityService } from './modules/availability/availability.service';
import { PresenceService } from './modules/availability/presence.service';
import { CreatorService } from './modules/creators/creator.service';
import { PhoneVerificationService } from './modules/creators/phone-verification.service';
import { NotificationService } from './modules/notifications/notification.service';
import { TimerService } from './modules/timers/timer.service';
import { createSmsProvider } from './providers/sms';
import type { RequestContext } from './common/context';
import { CallsService } from './modules/calls/calls.service';
import { MessagingService } from './modules/messaging/messaging.service';
import { ModerationService } from './modules/moderation/moderation.service';
import { AgoraRtcProvider } from './providers/rtc/agora-rtc-provider';
import { P2pRtcProvider } from './providers/rtc/p2p-rtc-provider';
import type { RtcProvider } from './providers/rtc/rtc-provider';

/** Everything one API process holds: configuration, infrastructure and the domain services. */
export interface App {
  readonly config: Config;
  readonly log: Logger;
  readonly clock: Clock;
  readonly db: Database;
  readonly pubsub: PubSub;
  /** Redis connections when REDIS_URL is set (pub/sub and rate limits shared between processes). */
  readonly redis: RedisClients | null;
  readonly sockets: SocketRegistry;
  readonly loginLimiter: LoginLimiter;
  readonly identity: IdentityService;
  readonly ledger: LedgerService;
  readonly wallet: WalletService;
  readonly payments: PaymentsService;
  /** Durable timers; main.ts starts and stops the polling. */
  readonly timers: TimerService;
  readonly presence: PresenceService;
  readonly availability: AvailabilityService;
  readonly creators: CreatorService;
  readonly phoneVerification: PhoneVerificationService;
  readonly notifications: NotificationService;
  readonly calls: CallsService;
  readonly messaging: MessagingService;
  readonly moderation: ModerationService;
}

export interface CreateAppOptions extends OpenDatabaseOptions {
  clock?: Clock;
  log?: Logger;
}

/** Opens the database, applies migrations when configured, and wires the services. */
export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log, options);
  try {
    if (config.MIGRATIONS_RUN) {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  const clock = options.clock ?? systemClock;
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : null;
  const sockets = new SocketRegistry();
  const timers = new TimerService();
  const availability = new AvailabilityService(timers, new PresenceService(sockets, config.PRESENCE_GRACE_MS));
  const sms = createSmsProvider(config, db.dataSource, clock);
  if (config.production && !sms) log.warn('SMS is not configured (TWILIO_*): creators cannot verify phones');
  const app: App = {
    config,
    log,
    clock,
    db,
    pubsub: createAppPubSub(redis),
    redis,
    sockets,
    loginLimiter: new LoginLimiter(config, redis?.publish),
    identity: new IdentityService(new PasswordHasher({ memoryKib: config.PASSWORD_HASH_MEMORY_KIB, passes: config.PASSWORD_HASH_PASSES })),
    ledger: new LedgerService(config.LEDGER_HOT_SHARDS, publishBalances),
    wallet: new WalletService(),
    payments: new PaymentsService(paymentProvider(config)),
    timers,
    presence: availability.presence,
    availability,
    creators: new CreatorService(availability),
    phoneVerification: new PhoneVerificationService(sms),
    notifications: new NotificationService(sms),
    calls: new CallsService(rtcProvider(config)),
    messaging: new MessagingService(),
    moderation: new ModerationService(),
  };
  await app.ledger.preparePlatformAccounts(db.dataSource.manager);
  timers.attach(app);
  availability.attach(app);
  app.calls.attach(app);
  // Calls live inside conversations: their records land in the chat, and a block stops calls too.
  app.calls.setHooks({
    onCallFinished: (ctx, call) => app.messaging.recordCall(ctx, call),
    mayCall: async (ctx, fanId, creatorId) => !(await app.messaging.isBlockedEitherWay(ctx, fanId, creatorId)),
  });
  return app;
}

/** Agora when its keys are set; the built-in peer-to-peer WebRTC otherwise. */
function rtcProvider(config: Config): RtcProvider {
  if (config.AGORA_APP_ID && config.AGORA_APP_CERTIFICATE && config.AGORA_CUSTOMER_ID && config.AGORA_CUSTOMER_SECRET) {
    return new AgoraRtcProvider({
      appId: config.AGORA_APP_ID,
      appCertificate: config.AGORA_APP_CERTIFICATE,
      customerId: config.AGORA_CUSTOMER_ID,
      customerSecret: config.AGORA_CUSTOMER_SECRET,
      apiBase: config.AGORA_API_BASE,
      ttlSeconds: config.RTC_TOKEN_TTL_SECONDS,
    });
  }
  return new P2pRtcProvider(config.RTC_TOKEN_TTL_SECONDS);
}

/** Stripe when its keys are set; the dev provider outside production; none otherwise (purchases refused). */
function paymentProvider(config: Config): PaymentProvider | null {
  if (config.STRIPE_SECRET_KEY && config.STRIPE_WEBHOOK_SECRET) {
    return new StripePaymentProvider({ secretKey: config.STRIPE_SECRET_KEY, webhookSecret: config.STRIPE_WEBHOOK_SECRET, apiUrl: config.STRIPE_API_URL });
  }
  return config.production ? null : new DevPaymentProvider();
}

/**
 * After a transfer commits, each owner it touched is told (the subscription reads the balances itself, so
 * nothing is read here when nobody listens), and a fan whose wallet was credited during a call with a
 * low-balance warning gets the next minute held at once.
 */
function publishBalances(ctx: RequestContext, changes: BalanceChange[]): void {
  for (const ownerId of new Set(changes.map((c) => c.ownerId))) ctx.app.pubsub.publish('BALANCES_CHANGED', ownerId, { ownerId });
  for (const change of changes) {
    if (change.kind === AccountKind.FAN_WALLET && change.amount > 0) {
      ctx.app.calls
        .retryHoldAhead(ctx.detached(), change.ownerId)
        .catch((err) => ctx.log.warn({ err, fanId: change.ownerId }, 'could not hold the next call minute'));
    }
  }
}
