import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import { systemClock, type Clock } from './common/clock';
import { ContextFactory } from './common/context';
import { developmentJwtSecret } from './common/development-secret';
import { DomainEvents } from './common/domain-events';
import { createLogger, type Logger } from './common/logger';
import { createAppPubSub, type PubSub } from './common/pubsub';
import { connectRedis, databaseNamespace, type RedisClients } from './common/redis';
import { CostBudget } from './common/cost-budget';
import { RateLimit } from './common/rate-limit';
import { InstanceContainer } from './common/resolver-container';
import { SocketRegistry } from './common/sockets';
import { TransactionMiddleware } from './common/transaction.middleware';
import { UnitOfWork } from './common/unit-of-work';
import { openDatabase, type Database, type OpenDatabaseOptions } from './db/database';
import {
  AvailabilityResolver,
  AvailabilityService,
  MemoryPresenceStore,
  PresenceService,
  RedisPresenceStore,
  type AvailabilityEvents,
  type PresenceStore,
} from './modules/availability';
import { CallBillingService } from './modules/billing';
import { BlockRepository, BlocksResolver, BlocksService } from './modules/blocks';
import { CallLifecycle, CallRepository, CallsResolver, CallsService, type CallEvents } from './modules/calls';
import {
  creatorEntities,
  CreatorRepository,
  CreatorResolver,
  CreatorService,
  CreatorSettingsResolver,
  PhoneVerificationRepository,
  PhoneVerificationService,
} from './modules/creators';
import {
  AccountRepository,
  AccountEmailLimiter,
  AccountService,
  AccountTokenRepository,
  IdentityResolver,
  IdentityService,
  identityEntities,
  LoginLimiter,
  PasswordHasher,
  SessionRepository,
} from './modules/identity';
import { EarningsResolver, LedgerRepository, LedgerService, WalletResolver, WalletService, type LedgerEvents } from './modules/ledger';
import {
  CallChatResolver,
  CallChatService,
  CallInvitationResolver,
  CallInvitationService,
  ChatPresenceResolver,
  ChatPresenceService,
  ChatLockService,
  ChatRepository,
  ConversationRepository,
  MessagingResolver,
  MessagingService,
  type MessagingEvents,
} from './modules/messaging';
import { AccountAlertsService } from './modules/alerts';
import { ModerationRepository, ModerationResolver, ModerationService, StaffViewsService } from './modules/moderation';
import {
  ActivityResolver,
  ActivityService,
  EarningsService,
  EarningsSummaryResolver,
  parseTokenValues,
  PayoutsRepository,
  PayoutsResolver,
  PayoutsService,
  PayoutsStaffResolver,
  TipsResolver,
  TipsService,
} from './modules/money';
import { SpendingLimitsRepository, SpendingLimitsResolver, SpendingLimitsService } from './modules/spending';
import { DevOutboxResolver, notificationEntities, NotificationService, SmsOutboxRepository } from './modules/notifications';
import { PartnerGateway, PartnerRepository, PartnersResolver, PartnersService, UsageRecorder } from './modules/partners';
import { PaymentsRepository, PaymentsResolver, PaymentsService } from './modules/payments';
import { PrivacyResolver, PrivacyService } from './modules/privacy';
import { TimerRepository, timerEntities, TimerService } from './modules/timers';
import { DevPaymentProvider } from './providers/payments/dev-payment-provider';
import type { PaymentProvider } from './providers/payments/payment-provider';
import { StripePaymentProvider } from './providers/payments/stripe-payment-provider';
import { AgoraRtcProvider } from './providers/rtc/agora-rtc-provider';
import { P2pRtcProvider } from './providers/rtc/p2p-rtc-provider';
import type { RtcProvider } from './providers/rtc/rtc-provider';
import { createPayoutProvider } from './providers/payouts';
import { createSmsProvider } from './providers/sms';
import { createEmailProvider } from './providers/email';
import { createImagePipeline } from './providers/images';
import { createPushProvider, type PushProvider } from './providers/push';
import { createObjectStorage, type ObjectStorage } from './providers/storage';
import { PhotoRepository, PhotosResolver, PhotosService } from './modules/photos';
import { CreatorTrustResolver, ReviewRepository, ReviewsResolver, ReviewsService } from './modules/reviews';
import { FavouriteRepository, FavouritesResolver, FavouritesService } from './modules/favourites';
import { AgenciesResolver, AgenciesService, AgencyRepository } from './modules/agencies';
import { AgencyPanelResolver, AgencyPanelService, AgencyStaffResolver } from './modules/agency-panel';

/** Every domain event of the process: each module declares its own; the bus is typed with their union. */
export type AppEvents = LedgerEvents & CallEvents & MessagingEvents & AvailabilityEvents;

/** Everything one API process holds: configuration, infrastructure, the domain services and the resolvers. */
export interface App {
  readonly config: Config;
  readonly log: Logger;
  readonly clock: Clock;
  readonly db: Database;
  readonly pubsub: PubSub;
  /** Redis connections when REDIS_URL is set (pub/sub and rate limits shared between processes). */
  readonly redis: RedisClients | null;
  readonly sockets: SocketRegistry;
  /** Opens transactions (the edges: mutations, timers, webhooks, CLIs, tests). */
  readonly uow: UnitOfWork;
  /** Makes request contexts for HTTP and WebSocket requests, system jobs and tests. */
  readonly contexts: ContextFactory;
  readonly events: DomainEvents<AppEvents>;
  readonly identity: IdentityService;
  /** Sign-up, verification, password reset, settings and erasure of accounts. */
  readonly accounts: AccountService;
  readonly ledger: LedgerService;
  readonly wallet: WalletService;
  /** Activity items (one per call, unlock, tip, purchase …) and their CSV export. */
  readonly activity: ActivityService;
  readonly payments: PaymentsService;
  /** Creators' (and agencies') payout requests, staff review and the payout provider's events. */
  readonly payouts: PayoutsService;
  /** Durable timers; main.ts starts and stops the polling. */
  readonly timers: TimerService;
  readonly presence: PresenceService;
  readonly availability: AvailabilityService;
  readonly blocks: BlocksService;
  readonly creators: CreatorService;
  readonly phoneVerification: PhoneVerificationService;
  readonly notifications: NotificationService;
  readonly billing: CallBillingService;
  /** Fans' own spending limits (a cap per call, a daily limit, self-exclusion). */
  readonly spending: SpendingLimitsService;
  readonly calls: CallsService;
  readonly messaging: MessagingService;
  readonly moderation: ModerationService;
  readonly privacy: PrivacyService;
  /** Uploaded photos' objects: on disk under DATA_DIR, or an S3 bucket. */
  readonly storage: ObjectStorage;
  /** Web Push, or null when not configured (production without VAPID keys). */
  readonly push: PushProvider | null;
  readonly photos: PhotosService;
  readonly reviews: ReviewsService;
  readonly favourites: FavouritesService;
  readonly partners: PartnersService;
  /** Agencies, their memberships and what they do on creators' behalf; the ledger's AgencyCutSource. */
  readonly agencies: AgenciesService;
  readonly agencyPanel: AgencyPanelService;
  /** Scopes and cost budgets of API keys and anonymous clients, applied by both transports (server.ts). */
  readonly partnerGateway: PartnerGateway;
  /** The resolver instances (and the transaction middleware) the GraphQL schema executes with. */
  readonly resolvers: InstanceContainer;
}

export interface CreateAppOptions extends Omit<OpenDatabaseOptions, 'entities'> {
  clock?: Clock;
  log?: Logger;
}

/**
 * The composition root: opens the database (applying migrations when configured), then builds every module in
 * dependency order — each given its collaborators in its constructor — and the resolvers. Wiring only.
 */
export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const entities = [...identityEntities, ...creatorEntities, ...notificationEntities, ...timerEntities];
  const db = await openDatabase(config, log, { ...options, entities });
  try {
    if (config.MIGRATIONS_RUN) {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
  } catch (err) {
    await db.close();
    throw err;
  }

  // Infrastructure.
  const clock = options.clock ?? systemClock;
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : null;
  const pubsub = createAppPubSub(redis);
  const sockets = new SocketRegistry();
  const uow = new UnitOfWork(db.dataSource);
  const contexts = new ContextFactory({ em: db.dataSource.manager, clock, log });
  const events = new DomainEvents<AppEvents>();
  // Abuse limits, shared between processes through Redis when there is one.
  const limit = (name: string, points: number, seconds: number, refusal: string) => new RateLimit(name, { points, seconds }, refusal, redis?.publish);

  // The secret that signs tokens (and keys the dev outbox's code hashes).
  const jwtSecret = config.JWT_SECRET ?? (await developmentJwtSecret(config.DATA_DIR));

  // notifications (the dev SMS outbox stores through this module's repository, outside any transaction)
  const smsOutbox = new SmsOutboxRepository();
  const sms = createSmsProvider(config, { store: (message) => smsOutbox.store(db.dataSource.manager, message) }, clock, jwtSecret);
  if (config.production && !sms) log.warn('SMS is not configured (TWILIO_*): creators cannot verify phones');
  const email = createEmailProvider(config, db.dataSource, clock);
  if (config.production && !email) log.warn('Email is not configured (SMTP_URL): verification and password-reset links cannot be sent');
  const notifications = new NotificationService(sms, smsOutbox, config.production, email);

  // identity (its emails go out through notifications, the AccountMailer port)
  const passwords = new PasswordHasher({ memoryKib: config.PASSWORD_HASH_MEMORY_KIB, passes: config.PASSWORD_HASH_PASSES });
  const tokens = {
    jwtSecret,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
  };
  const accountRepository = new AccountRepository();
  const sessionRepository = new SessionRepository();
  const identity = new IdentityService(accountRepository, sessionRepository, passwords, new LoginLimiter(config, redis?.publish), tokens, uow, pubsub, sockets);
  const accounts = new AccountService(
    accountRepository,
    new AccountTokenRepository(),
    sessionRepository,
    identity,
    passwords,
    notifications,
    { publicUrl: config.PUBLIC_URL, verifyEmailTtlMinutes: config.EMAIL_VERIFICATION_TTL_MINUTES, passwordResetTtlMinutes: config.PASSWORD_RESET_TTL_MINUTES },
    uow,
    pubsub,
    sockets,
    new AccountEmailLimiter(config.ACCOUNT_EMAILS_PER_HOUR, redis?.publish),
    limit('signup-ip', config.SIGNUP_MAX_PER_IP, 3600, 'Too many sign-ups from this network.'),
  );

  // timers
  const timers = new TimerService(new TimerRepository(), uow, contexts, clock, log, config.TIMER_POLL_MS, config.TIMER_WORKERS, config.TIMER_BATCH);

  // ledger
  const ledgerRepository = new LedgerRepository();
  const ledger = new LedgerService(ledgerRepository, config.LEDGER_HOT_SHARDS, uow, events, pubsub);
  await ledger.preparePlatformAccounts(db.dataSource.manager);
  const wallet = new WalletService(ledgerRepository, ledger, identity);

  // blocks
  const blocks = new BlocksService(new BlockRepository(), identity);

  // availability, through its ports: creators' settings and busy creators (the repositories come first)
  const creatorRepository = new CreatorRepository();
  const callRepository = new CallRepository();
  const { presence, chatStore } = await presenceService(config, sockets, redis, log);
  const availability = new AvailabilityService(creatorRepository, callRepository, timers, presence, pubsub, contexts, events, uow);

  // agencies (before calls and chat locks: payments to their members split three ways)
  const agencies = new AgenciesService(new AgencyRepository(), identity, ledger, presence, pubsub);

  // creators
  const phoneVerification = new PhoneVerificationService(sms, new PhoneVerificationRepository(), creatorRepository, uow);
  const creators = new CreatorService(
    creatorRepository,
    availability,
    blocks,
    phoneVerification,
    { min: config.CALL_PRICE_MIN, max: config.CALL_PRICE_MAX },
    pubsub,
  );

  // the fans' own spending limits, checked where the money moves: billing, unlocks, tips
  const spending = new SpendingLimitsService(new SpendingLimitsRepository(), ledger);

  // billing and calls
  const billing = new CallBillingService(ledger, spending);
  const rtc = await rtcProvider(config);
  const lifecycle = new CallLifecycle(callRepository, billing, timers, availability, rtc, events, pubsub, uow);
  const callLimits = {
    startsPerFan: limit('call-starts-fan', config.CALL_STARTS_MAX_PER_FAN, 600, 'Too many calls started.'),
    alertsPerPair: limit('call-alerts-pair', config.CALL_ALERTS_MAX_PER_PAIR, 3600, 'This creator was alerted of your calls too often.'),
    alertsPerCreator: limit('call-alerts-creator', config.CALL_ALERTS_MAX_PER_CREATOR, 3600, 'This creator was alerted of calls too often.'),
  };
  const callSettings = { commissionBps: config.COMMISSION_BPS, publicUrl: config.PUBLIC_URL };
  const calls = new CallsService(
    callRepository,
    lifecycle,
    creators,
    availability,
    blocks,
    ledger,
    identity,
    notifications,
    sockets,
    rtc,
    pubsub,
    uow,
    callSettings,
    callLimits,
    agencies,
    spending,
  );

  // payments
  const payments = new PaymentsService(new PaymentsRepository(), ledger, await paymentProvider(config), config.PUBLIC_URL);

  // messaging
  const chats = new ChatRepository();
  const messageLimit = limit('messages-conversation', config.MESSAGES_MAX_PER_CONVERSATION, 60, 'Too many messages in this conversation.');
  const lockLimit = limit('chat-locks-conversation', config.CHAT_LOCKS_MAX_PER_CONVERSATION, 60, 'Too many chat locks in this conversation.');
  const messaging = new MessagingService(new ConversationRepository(), chats, identity, creators, blocks, pubsub, events, messageLimit);
  const lockSettings = { commissionBps: config.COMMISSION_BPS, maxCallPrice: config.CALL_PRICE_MAX };
  const chatLocks = new ChatLockService(chats, messaging, ledger, creators, lockSettings, lockLimit, agencies, spending);
  const callChat = new CallChatService(chats, calls, identity, pubsub, events);
  const callInvitations = new CallInvitationService(chats, messaging, calls, creators, blocks, identity);
  const chatPresence = new ChatPresenceService(chatStore, config.PRESENCE_GRACE_MS, messaging, pubsub, contexts, uow);

  // photos, reviews, favourites and availability alerts
  const storage = await createObjectStorage(config);
  const push = await createPushProvider(config);
  const photos = new PhotosService(new PhotoRepository(), createImagePipeline(config), storage, creators, log);
  const reviews = new ReviewsService(new ReviewRepository(), calls, creators, blocks, identity);
  const favourites = new FavouritesService(new FavouriteRepository(), creators, blocks, push, pubsub, uow, contexts, { allowLoopbackPush: !config.production });
  events.subscribe('CreatorAvailabilityComputed', (ctx, { creatorId, availability }) => favourites.availabilityComputed(ctx, creatorId, availability));

  // money as people read it: activity per business event
  const activity = new ActivityService(ledger, calls, identity);
  const tokenValues = parseTokenValues(config.TOKEN_VALUE_CENTS);
  const payoutRepository = new PayoutsRepository();
  const earnings = new EarningsService(ledger, payoutRepository, { tokenValues, holdingDays: config.EARNINGS_HOLD_DAYS });
  const tips = new TipsService(ledger, identity, creators, blocks, calls, spending, pubsub, { commissionBps: config.COMMISSION_BPS, maxTip: config.TIP_MAX });

  // moderation
  const moderationRepository = new ModerationRepository();
  const staffViews = new StaffViewsService(moderationRepository, identity, calls, ledger, messaging, callChat, photos);
  const moderation = new ModerationService(moderationRepository, staffViews, identity, calls, ledger, messaging, pubsub, photos, reviews);

  // payouts of earnings (after moderation: staff decisions are audited)
  const payoutProvider = await createPayoutProvider(config, clock);
  if (config.production && !payoutProvider) log.warn('Payouts are not configured (STRIPE_CONNECT_WEBHOOK_SECRET): creators cannot request payouts');
  const payouts = new PayoutsService(payoutRepository, ledger, earnings, identity, moderationRepository, payoutProvider, pubsub, {
    minimumTokens: config.PAYOUT_MIN_TOKENS,
    currency: tokenValues[0],
    publicUrl: config.PUBLIC_URL,
    defaultCountry: config.STRIPE_CONNECT_COUNTRY,
  });

  // the agency panel (acts through messaging, calls and availability for an agency's members)
  const agencyPanel = new AgencyPanelService(agencies, identity, creators, availability, presence, messaging, chatLocks, chatPresence, calls, ledger, pubsub);

  // alerts (emails about missed calls and messages, from the calls' and messaging's events)
  new AccountAlertsService(identity, notifications, sockets, config.PUBLIC_URL, events, redis?.publish);

  // privacy (export and deletion, over the modules above)
  const privacy = new PrivacyService(identity, accounts, wallet, calls, messaging, creators, uow);
  // partners: apps, API keys and their usage; cost budgets per key and per anonymous IP
  const partnerRepository = new PartnerRepository();
  const usage = new UsageRecorder(partnerRepository, db.dataSource.manager, clock, log, 2000);
  const partners = new PartnersService(partnerRepository, usage, pubsub, { appsPerAccount: 10, activeKeysPerApp: 20 });
  const budgetRule = (points: number) => ({ points, seconds: config.COST_BUDGET_WINDOW_SECONDS });
  const partnerGateway = new PartnerGateway(
    new CostBudget('api-key', budgetRule(config.API_KEY_BUDGET_POINTS), clock, redis?.publish),
    new CostBudget('anonymous-ip', budgetRule(config.ANONYMOUS_BUDGET_POINTS), clock, redis?.publish),
  );

  const resolvers = new InstanceContainer([
    new TransactionMiddleware(uow),
    new IdentityResolver(identity, accounts),
    new WalletResolver(wallet),
    new EarningsResolver(wallet),
    new PaymentsResolver(payments),
    new CreatorResolver(creators),
    new CreatorSettingsResolver(creators, phoneVerification),
    new AvailabilityResolver(availability),
    new BlocksResolver(blocks),
    new CallsResolver(calls),
    new MessagingResolver(messaging, chatLocks),
    new CallChatResolver(callChat),
    new ChatPresenceResolver(chatPresence),
    new CallInvitationResolver(callInvitations, calls),
    new ModerationResolver(moderation, staffViews),
    new PhotosResolver(photos),
    new ReviewsResolver(reviews),
    new CreatorTrustResolver(calls),
    new FavouritesResolver(favourites),
    new PartnersResolver(partners),
    new DevOutboxResolver(notifications, (ctx, accountId) => phoneVerification.phonesOf(ctx, accountId)),
    new PrivacyResolver(privacy),
    new AgenciesResolver(agencies),
    new AgencyPanelResolver(agencyPanel),
    new AgencyStaffResolver(agencies, moderationRepository, pubsub),
    new ActivityResolver(activity),
    new SpendingLimitsResolver(spending),
    new TipsResolver(tips, activity),
    new EarningsSummaryResolver(earnings),
    new PayoutsResolver(payouts),
    new PayoutsStaffResolver(payouts, activity),
  ]);

  return {
    config,
    log,
    clock,
    db,
    pubsub,
    redis,
    sockets,
    uow,
    contexts,
    events,
    identity,
    accounts,
    ledger,
    wallet,
    activity,
    payments,
    payouts,
    timers,
    presence,
    availability,
    blocks,
    creators,
    phoneVerification,
    notifications,
    billing,
    spending,
    calls,
    messaging,
    moderation,
    privacy,
    storage,
    push,
    photos,
    reviews,
    favourites,
    partners,
    partnerGateway,
    agencies,
    agencyPanel,
    resolvers,
  };
}

/**
 * Presence in memory; shared by every process through Redis when there is one (processes sharing a database share
 * it). Creators' presence in their conversations (ChatPresenceService) is kept the same way, in a store of its own
 * that stops with the creators' one.
 */
async function presenceService(
  config: Config,
  sockets: SocketRegistry,
  redis: RedisClients | null,
  log: Logger,
): Promise<{ presence: PresenceService; chatStore: PresenceStore }> {
  if (!redis) {
    const chatStore = new MemoryPresenceStore();
    return { presence: new PresenceService(sockets, config.PRESENCE_GRACE_MS, new MemoryPresenceStore(), undefined, [chatStore]), chatStore };
  }
  const [graceMs, heartbeatMs, namespace] = [config.PRESENCE_GRACE_MS, config.PRESENCE_HEARTBEAT_MS, databaseNamespace(config)];
  const store = new RedisPresenceStore(redis, { namespace, heartbeatMs, graceMs, log });
  // Every account's sockets too (no grace), for "has Minutely open" on whichever process asks (SMS and email alerts).
  const connections = new RedisPresenceStore(redis, { namespace: `${namespace}:connections`, heartbeatMs, graceMs: 0, log });
  const chatStore = new RedisPresenceStore(redis, { namespace: `${namespace}:chats`, heartbeatMs, graceMs, log });
  await Promise.all([store.start(), connections.start(), chatStore.start()]);
  const source = `sockets:${randomUUID()}`;
  sockets.share(connections, source);
  return { presence: new PresenceService(sockets, graceMs, store, source, [connections, chatStore]), chatStore };
}

/** Agora when its keys are set; the built-in peer-to-peer WebRTC otherwise. */
async function rtcProvider(config: Config): Promise<RtcProvider> {
  if (config.AGORA_APP_ID && config.AGORA_APP_CERTIFICATE && config.AGORA_CUSTOMER_ID && config.AGORA_CUSTOMER_SECRET) {
    return AgoraRtcProvider.create({
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
async function paymentProvider(config: Config): Promise<PaymentProvider | null> {
  if (config.STRIPE_SECRET_KEY && config.STRIPE_WEBHOOK_SECRET) {
    return StripePaymentProvider.create({ secretKey: config.STRIPE_SECRET_KEY, webhookSecret: config.STRIPE_WEBHOOK_SECRET, apiUrl: config.STRIPE_API_URL });
  }
  return config.production ? null : new DevPaymentProvider();
}
