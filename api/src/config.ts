import { z } from 'zod';

/**
 * Every setting Minutely reads from the environment, with its default and a one-line description.
 * The README table and `.env.example` mirror this list (a test keeps them in step).
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

interface Variable<T extends z.ZodTypeAny> {
  schema: T;
  /** Default as it would be written in the environment; a function sees the other raw values. */
  default?: string | ((env: Record<string, string | undefined>) => string | undefined);
  description: string;
}
const v = <T extends z.ZodTypeAny>(def: Variable<T>) => def;

export const variables = {
  NODE_ENV: v({
    schema: z.enum(['development', 'test', 'production']),
    default: 'development',
    description: 'development, test or production; production turns off dev doubles, demo data, introspection and the sandbox',
  }),
  HOST: v({
    schema: z.string().min(1),
    default: (env) => (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    description: 'interface the HTTP server listens on: every interface in production, only this machine otherwise',
  }),
  PORT: v({ schema: int(0, 65535), default: '4000', description: 'port of the API, the storefront (/) and the admin panel (/admin)' }),
  PUBLIC_URL: v({
    schema: z.url(),
    default: (env) => `http://localhost:${env.PORT ?? '4000'}`,
    description: 'URL users reach the product at; used in links sent by SMS and in payment redirects',
  }),
  LOG_LEVEL: v({
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'info',
    description: 'minimum level of the JSON log lines written to stdout',
  }),
  DATABASE_URL: v({
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    description: 'PostgreSQL connection URL; when unset the embedded PGlite database is used',
  }),
  DATA_DIR: v({
    schema: z.string().min(1),
    default: '.data',
    description: 'directory of the embedded PGlite database (ignored with DATABASE_URL); memory:// keeps it in memory',
  }),
  MIGRATIONS_RUN: v({ schema: bool, default: 'true', description: 'apply pending migrations on start' }),
  SEED_DEMO: v({
    schema: bool,
    default: (env) => (env.DATABASE_URL || env.NODE_ENV === 'production' ? 'false' : 'true'),
    description: 'seed demo accounts on the first start (default on for the embedded database; never in production)',
  }),
  REDIS_URL: v({
    schema: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .optional(),
    description: 'Redis URL for pub/sub and rate limits shared between several API processes; in-process when unset',
  }),
  JWT_SECRET: v({
    schema: z.string().min(32, 'must be at least 32 characters').optional(),
    description:
      'secret that signs access tokens (required in production, at least 32 characters); otherwise generated at random once and kept in DATA_DIR/jwt-secret',
  }),
  PASSWORD_HASH_MEMORY_KIB: v({
    schema: int(1024, 1_048_576),
    default: '65536',
    description: 'argon2id memory cost of password hashes in KiB (tests lower it to run faster)',
  }),
  PASSWORD_HASH_PASSES: v({ schema: int(1, 10), default: '3', description: 'argon2id passes over that memory' }),
  ACCESS_TOKEN_TTL_SECONDS: v({ schema: int(30, 86_400), default: '900', description: 'lifetime of an access token' }),
  REFRESH_TOKEN_TTL_SECONDS: v({
    schema: int(300, 31_536_000),
    default: '2592000',
    description: 'lifetime of a refresh token (each refresh rotates it)',
  }),
  GRAPHQL_INTROSPECTION: v({
    schema: bool,
    default: (env) => (env.NODE_ENV === 'production' ? 'false' : 'true'),
    description: 'allow schema introspection (default on outside production)',
  }),
  GRAPHQL_SANDBOX: v({
    schema: bool,
    default: (env) => (env.NODE_ENV === 'production' ? 'false' : 'true'),
    description: 'serve the Apollo Sandbox landing page at GET /graphql (default on outside production)',
  }),
  QUERY_MAX_DEPTH: v({ schema: int(1, 100), default: '12', description: 'deepest selection a query may have' }),
  QUERY_MAX_ALIASES: v({ schema: int(0, 1000), default: '15', description: 'most aliases in one operation' }),
  QUERY_MAX_COST: v({
    schema: int(1, 1_000_000),
    default: '10000',
    description: 'highest estimated cost of one operation (1 a field, times the page size of paged fields, variables included)',
  }),
  QUERY_MAX_TOKENS: v({ schema: int(10, 100_000), default: '2000', description: 'most lexical tokens in one operation' }),
  QUERY_MAX_DIRECTIVES: v({ schema: int(0, 1000), default: '50', description: 'most directives in one operation' }),
  API_KEY_BUDGET_POINTS: v({
    schema: int(1, 10_000_000),
    default: '10000',
    description:
      'cost points each partner API key may spend per COST_BUDGET_WINDOW_SECONDS, refilled continuously (shared through Redis when REDIS_URL is set)',
  }),
  ANONYMOUS_BUDGET_POINTS: v({
    schema: int(1, 10_000_000),
    default: '3000',
    description: 'cost points signed-out clients without an API key may spend per COST_BUDGET_WINDOW_SECONDS, per IP address',
  }),
  COST_BUDGET_WINDOW_SECONDS: v({ schema: int(1, 86_400), default: '60', description: 'the time in which an empty cost budget refills completely' }),
  SIGNUP_MAX_PER_IP: v({
    schema: int(1, 100_000),
    default: '10',
    description: 'sign-ups allowed from one client IP per hour (each costs a deliberately slow password hash)',
  }),
  CALL_STARTS_MAX_PER_FAN: v({
    schema: int(1, 100_000),
    default: '20',
    description: 'startCall attempts allowed per fan within 10 minutes',
  }),
  CALL_ALERTS_MAX_PER_PAIR: v({
    schema: int(1, 100_000),
    default: '3',
    description: 'SMS call alerts one fan may cause one creator per hour; a call that would need another is refused',
  }),
  CALL_ALERTS_MAX_PER_CREATOR: v({
    schema: int(1, 100_000),
    default: '10',
    description: 'SMS call alerts a creator receives per hour, from all fans together',
  }),
  MESSAGES_MAX_PER_CONVERSATION: v({
    schema: int(1, 100_000),
    default: '30',
    description: 'messages allowed in one conversation per minute (both parties together)',
  }),
  CHAT_LOCKS_MAX_PER_CONVERSATION: v({
    schema: int(1, 100_000),
    default: '5',
    description: 'chat locks a creator may put on one conversation per minute',
  }),
  LOGIN_MAX_PER_ACCOUNT: v({
    schema: int(1, 10_000),
    default: '5',
    description: 'failed log-ins allowed per email address within LOGIN_WINDOW_SECONDS',
  }),
  LOGIN_MAX_PER_IP: v({
    schema: int(1, 100_000),
    default: '30',
    description: 'log-in attempts allowed per IP address within LOGIN_WINDOW_SECONDS',
  }),
  LOGIN_WINDOW_SECONDS: v({ schema: int(1, 86_400), default: '900', description: 'window of the log-in rate limits' }),
  EMAIL_VERIFICATION_TTL_MINUTES: v({
    schema: int(5, 10_080),
    default: '1440',
    description: 'minutes an emailed verification (or email-change) link works',
  }),
  ACCOUNT_EMAILS_PER_HOUR: v({
    schema: int(1, 1000),
    default: '10',
    description: 'account emails (verification, reset, notices) one address receives per hour at most; more are skipped silently',
  }),
  PASSWORD_RESET_TTL_MINUTES: v({ schema: int(5, 1440), default: '30', description: 'minutes an emailed password-reset link works' }),
  LEDGER_HOT_SHARDS: v({
    schema: int(1, 256),
    default: '16',
    description: 'rows each hot platform account (revenue, clearing) is spread over, so transfers do not queue on one row',
  }),
  COMMISSION_BPS: v({
    schema: int(0, 10_000),
    default: '2000',
    description: 'platform commission on calls and chat unlocks in basis points (2000 = 20%); creators may have their own',
  }),
  STRIPE_SECRET_KEY: v({
    schema: z
      .string()
      .regex(/^sk_(test|live)_/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
      .optional(),
    description: 'Stripe secret key; when set, token packs are sold through Stripe Checkout (otherwise the dev provider, outside production)',
  }),
  STRIPE_WEBHOOK_SECRET: v({
    schema: z
      .string()
      .regex(/^whsec_/, 'must be a Stripe webhook signing secret (whsec_…)')
      .optional(),
    description: 'signing secret of the Stripe webhook endpoint POST /webhooks/stripe (required with STRIPE_SECRET_KEY)',
  }),
  STRIPE_API_URL: v({
    schema: z.url().optional(),
    description: 'another Stripe API base URL (tests point it at a local fake); Stripe’s own when unset',
  }),
  STRIPE_CONNECT_WEBHOOK_SECRET: v({
    schema: z
      .string()
      .regex(/^whsec_/, 'must be a Stripe webhook signing secret (whsec_…)')
      .optional(),
    description:
      'signing secret of the Stripe Connect webhook endpoint (transfers and connected accounts’ payouts); with STRIPE_SECRET_KEY, creator payouts go through Stripe Connect (otherwise the dev double, outside production)',
  }),
  STRIPE_CONNECT_COUNTRY: v({
    schema: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'),
    default: 'US',
    description: 'country of the Stripe platform account; connected accounts elsewhere get the recipient service agreement (cross-border payouts)',
  }),
  CALL_PRICE_MIN: v({ schema: int(1, 1_000_000), default: '10', description: 'lowest price per minute, in tokens, a creator may set for calls' }),
  CALL_PRICE_MAX: v({ schema: int(1, 1_000_000), default: '1000', description: 'highest price per minute, in tokens, a creator may set for calls' }),
  TOKEN_VALUE_CENTS: v({
    schema: z.string().regex(/^[a-z]{3}:[1-9]\d{0,5}(,[a-z]{3}:[1-9]\d{0,5})*$/, 'must list currency:cents pairs, e.g. usd:10,eur:9'),
    default: 'usd:10',
    description: 'what one token of a creator’s earnings is worth, in cents of each payout currency (the first is the default), e.g. usd:10,eur:9',
  }),
  EARNINGS_HOLD_DAYS: v({
    schema: int(0, 180),
    default: '7',
    description: 'days a creator’s new earnings stay pending (against refunds and chargebacks) before they can be paid out',
  }),
  PAYOUT_MIN_TOKENS: v({
    schema: int(1, 10_000_000),
    default: '500',
    description: 'smallest payout, in tokens of available earnings, a creator or agency may request (500 = $50 at the default token value)',
  }),
  TIP_MAX: v({ schema: int(1, 10_000_000), default: '10000', description: 'largest tip, in tokens, a fan may send a creator at once' }),
  TIMER_POLL_MS: v({
    schema: int(50, 60_000),
    default: '1000',
    description: 'how often each API process looks for due durable timers (pause ends, schedule boundaries, call deadlines)',
  }),
  TIMER_WORKERS: v({
    schema: int(1, 64),
    default: '4',
    description: 'due timers each API process fires at once, each on its own database connection (the embedded database has one, so there they take turns)',
  }),
  TIMER_BATCH: v({
    schema: int(1, 100),
    default: '20',
    description: 'due timers a worker fires one after another in one transaction (one commit for all; a failing one sends the others to the next transaction)',
  }),
  CLOCK_SPEEDUP: v({
    schema: z.coerce.number().min(1).max(1000),
    default: '1',
    description: 'test only: the API clock runs this many times faster than the wall clock (crash tests on an accelerated timeline); refused in production',
  }),
  CLOCK_ANCHOR: v({
    schema: z.coerce.date().optional(),
    description:
      'ISO instant the accelerated clock starts from (CLOCK_SPEEDUP > 1): processes given the same anchor share one timeline; the process start when unset',
  }),
  PRESENCE_GRACE_MS: v({
    schema: int(0, 600_000),
    default: '15000',
    description: 'how long a creator whose last live connection dropped still counts as online (so a page reload does not flicker)',
  }),
  PRESENCE_HEARTBEAT_MS: v({
    schema: int(100, 60_000),
    default: '5000',
    description:
      'with REDIS_URL: how often each process renews its creators’ presence in Redis; the creators of a process that died go offline at most PRESENCE_GRACE_MS + 3× this later',
  }),
  TWILIO_ACCOUNT_SID: v({
    schema: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio Account SID (AC…)')
      .optional(),
    description:
      'Twilio Account SID; with TWILIO_AUTH_TOKEN and TWILIO_VERIFY_SERVICE_SID, SMS go through Twilio (otherwise the dev outbox, outside production)',
  }),
  TWILIO_AUTH_TOKEN: v({ schema: z.string().min(1).optional(), description: 'Twilio auth token (HTTP Basic password of the REST API)' }),
  TWILIO_VERIFY_SERVICE_SID: v({
    schema: z
      .string()
      .regex(/^VA[0-9a-fA-F]{32}$/, 'must be a Twilio Verify Service SID (VA…)')
      .optional(),
    description: 'Twilio Verify service that sends and checks phone verification codes',
  }),
  TWILIO_MESSAGING_FROM: v({
    schema: z
      .string()
      .regex(/^(\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32})$/, 'must be an E.164 number or a Messaging Service SID (MG…)')
      .optional(),
    description: 'sender of other SMS (call alerts): an E.164 Twilio number or a Messaging Service SID',
  }),
  TWILIO_API_BASE: v({
    schema: z.url().optional(),
    description: 'another base URL for both Twilio APIs, Verify and Messaging (tests point it at a local fake); Twilio’s own when unset',
  }),
  RTC_TOKEN_TTL_SECONDS: v({
    schema: int(60, 86_400),
    default: '600',
    description: 'lifetime of call media credentials (Agora tokens); clients renew them while the call is live and paid',
  }),
  AGORA_APP_ID: v({
    schema: z
      .string()
      .regex(/^[0-9a-f]{32}$/, 'must be a 32-character Agora App ID')
      .optional(),
    description: 'Agora App ID; with the certificate and REST credentials, calls use Agora (otherwise built-in peer-to-peer WebRTC)',
  }),
  AGORA_APP_CERTIFICATE: v({
    schema: z
      .string()
      .regex(/^[0-9a-f]{32}$/, 'must be a 32-character Agora App Certificate')
      .optional(),
    description: 'Agora App Certificate that signs RTC tokens',
  }),
  AGORA_CUSTOMER_ID: v({ schema: z.string().min(1).optional(), description: 'Agora RESTful API customer id (removing users from a channel)' }),
  AGORA_CUSTOMER_SECRET: v({ schema: z.string().min(1).optional(), description: 'Agora RESTful API customer secret' }),
  AGORA_API_BASE: v({ schema: z.url(), default: 'https://api.agora.io', description: 'base URL of Agora’s RESTful API (tests point it at a local fake)' }),
  SMTP_URL: v({
    schema: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    description:
      'SMTP server as smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465; when set, email goes through it (otherwise the dev outbox, outside production)',
  }),
  EMAIL_FROM: v({
    schema: z
      .string()
      .regex(/^([^<>\r\n]+<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)$/, 'must be an address or "Name <address>"')
      .optional(),
    default: (env) => (env.NODE_ENV === 'production' ? undefined : 'Minutely <no-reply@minutely.localhost>'),
    description: 'From header of every email, e.g. "Minutely <no-reply@example.com>" (required in production with SMTP_URL)',
  }),
  STORAGE_DIR: v({
    schema: z.string().min(1).optional(),
    description:
      'directory of uploaded objects (photos) when no S3 bucket is configured; DATA_DIR/objects by default (a temporary directory with DATA_DIR=memory://)',
  }),
  S3_BUCKET: v({
    schema: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
      .optional(),
    description: 'S3-compatible bucket for uploaded objects (photos); when set it replaces the disk store',
  }),
  S3_REGION: v({ schema: z.string().min(1), default: 'us-east-1', description: 'region of the S3 bucket (auto for Cloudflare R2)' }),
  S3_ENDPOINT: v({
    schema: z.url().optional(),
    description: 'endpoint of an S3-compatible service (MinIO, R2, Spaces…; tests point it at a local server); AWS when unset',
  }),
  S3_ACCESS_KEY_ID: v({ schema: z.string().min(1).optional(), description: 'access key id for S3; the AWS SDK’s default credential chain when unset' }),
  S3_SECRET_ACCESS_KEY: v({ schema: z.string().min(1).optional(), description: 'secret access key for S3 (required with S3_ACCESS_KEY_ID)' }),
  S3_FORCE_PATH_STYLE: v({
    schema: bool,
    default: 'false',
    description: 'address the bucket as ENDPOINT/BUCKET/key instead of BUCKET.ENDPOINT/key (MinIO and most self-hosted servers need it)',
  }),
  S3_KEY_PREFIX: v({
    schema: z
      .string()
      .regex(/^([a-z0-9][a-z0-9_-]*\/)+$/, 'must be folder names each ending in /')
      .optional(),
    description: 'prefix of every object key in the bucket, e.g. minutely/ to share a bucket',
  }),
  S3_PUBLIC_URL: v({
    schema: z.url().optional(),
    description: 'public base URL of the bucket (a CDN or public bucket) that browsers load photos from; when unset the API streams them at /media/…',
  }),
  IMAGE_MAX_BYTES: v({
    schema: int(1024, 100 * 1024 * 1024),
    default: String(15 * 1024 * 1024),
    description: 'largest uploaded image file in bytes (a bigger one is refused before it is decoded)',
  }),
  IMAGE_MAX_PIXELS: v({
    schema: int(10_000, 268_402_689),
    default: '50000000',
    description: 'most pixels (width × height) an uploaded image may declare; larger ones are refused before decoding',
  }),
  VAPID_PUBLIC_KEY: v({
    schema: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, 'must be a URL-safe base64 P-256 public key (87 characters)')
      .optional(),
    description:
      'VAPID public key for Web Push (npx web-push generate-vapid-keys); outside production a key pair is generated once and kept in DATA_DIR when unset',
  }),
  VAPID_PRIVATE_KEY: v({
    schema: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a URL-safe base64 P-256 private key (43 characters)')
      .optional(),
    description: 'VAPID private key matching VAPID_PUBLIC_KEY',
  }),
  VAPID_SUBJECT: v({
    schema: z
      .string()
      .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: or https: URL')
      .optional(),
    default: (env) => (env.NODE_ENV === 'production' ? undefined : 'mailto:push@minutely.localhost'),
    description: 'contact the push services can reach the operator at, mailto:… or https://… (required in production with the VAPID keys)',
  }),
  TRUST_PROXY: v({
    schema: bool,
    default: 'false',
    description: 'trust X-Forwarded-For for the client IP (set when behind a reverse proxy)',
  }),
  PUBLIC_CACHE_TTL_MS: v({
    schema: int(0, 60_000),
    default: '2000',
    description:
      'how long a signed-out reader’s creators listing or profile may be answered from memory (emptied at once by any availability or profile change); 0 turns the cache off',
  }),
  SHUTDOWN_TIMEOUT_MS: v({
    schema: int(100, 60_000),
    default: '10000',
    description: 'longest a graceful shutdown waits for requests in flight before exiting',
  }),
} as const;

type Vars = typeof variables;
export type Config = { [K in keyof Vars]: z.output<Vars[K]['schema']> } & {
  /** True when no DATABASE_URL is set and PGlite runs in-process. */
  readonly embedded: boolean;
  readonly production: boolean;
};

export class ConfigError extends Error {}

/** Validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, def] of Object.entries(variables) as [string, Variable<z.ZodTypeAny>][]) {
    const raw = env[name] === '' ? undefined : env[name];
    const fallback = typeof def.default === 'function' ? def.default(env) : def.default;
    const value = raw ?? fallback;
    const parsed = def.schema.safeParse(value);
    if (parsed.success) out[name] = parsed.data;
    else if (value === undefined) problems.push(`${name} is required: ${def.description}`);
    else problems.push(`${name}=${JSON.stringify(value)} is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const config = out as Config & { embedded: boolean; production: boolean };
  config.embedded = !config.DATABASE_URL;
  config.production = config.NODE_ENV === 'production';
  if (config.production && !config.JWT_SECRET) {
    throw new ConfigError(`Invalid configuration:\n  JWT_SECRET is required: ${variables.JWT_SECRET.description}`);
  }
  if (config.STRIPE_SECRET_KEY && !config.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration:\n  STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set');
  }
  const pairs: [string, unknown, string, unknown][] = [
    ['VAPID_PUBLIC_KEY', config.VAPID_PUBLIC_KEY, 'VAPID_PRIVATE_KEY', config.VAPID_PRIVATE_KEY],
    ['S3_ACCESS_KEY_ID', config.S3_ACCESS_KEY_ID, 'S3_SECRET_ACCESS_KEY', config.S3_SECRET_ACCESS_KEY],
  ];
  for (const [a, av, b, bv] of pairs) {
    if (!av !== !bv) throw new ConfigError(`Invalid configuration:\n  ${a} and ${b} must be set together`);
  }
  if (config.STRIPE_CONNECT_WEBHOOK_SECRET && !config.STRIPE_SECRET_KEY) {
    throw new ConfigError('Invalid configuration:\n  STRIPE_CONNECT_WEBHOOK_SECRET needs STRIPE_SECRET_KEY (payouts go through the same Stripe account)');
  }
  if (config.SMTP_URL && !config.EMAIL_FROM) {
    throw new ConfigError('Invalid configuration:\n  EMAIL_FROM is required when SMTP_URL is set (the From header of every email)');
  }
  if (config.VAPID_PUBLIC_KEY && !config.VAPID_SUBJECT) {
    throw new ConfigError('Invalid configuration:\n  VAPID_SUBJECT is required with the VAPID keys (a mailto: or https: contact for push services)');
  }
  if (config.production && config.PASSWORD_HASH_MEMORY_KIB < 19_456) {
    throw new ConfigError('Invalid configuration:\n  PASSWORD_HASH_MEMORY_KIB must be at least 19456 (19 MiB, the OWASP minimum) in production');
  }
  if (config.production && config.SEED_DEMO) {
    throw new ConfigError('Invalid configuration:\n  SEED_DEMO=true is not allowed when NODE_ENV=production');
  }
  if (config.production && config.CLOCK_SPEEDUP > 1) {
    throw new ConfigError('Invalid configuration:\n  CLOCK_SPEEDUP is a test setting: it must be 1 when NODE_ENV=production');
  }
  return Object.freeze(config);
}

/** The variables as documentation rows: name, default, description. */
export function describeVariables(): { name: string; default: string; description: string }[] {
  return Object.entries(variables).map(([name, def]) => ({
    name,
    default: describeDefault(name, (def as Variable<z.ZodTypeAny>).default),
    description: def.description,
  }));
}

function describeDefault(name: string, value: Variable<z.ZodTypeAny>['default']): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '(unset)';
  switch (name) {
    case 'PUBLIC_URL':
      return 'http://localhost:$PORT';
    case 'HOST':
      return '127.0.0.1, 0.0.0.0 in production';
    case 'SEED_DEMO':
      return 'true when embedded, else false';
    case 'EMAIL_FROM':
      return 'Minutely <no-reply@minutely.localhost> (none in production)';
    case 'VAPID_SUBJECT':
      return 'mailto:push@minutely.localhost (none in production)';
    default:
      return 'true, false in production';
  }
}
