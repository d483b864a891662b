import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants as zlibConstants } from 'node:zlib';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { App } from './app';
import type { ApiClient, RequestContext, Viewer } from './common/context';
import { AppError, errorStatus, ErrorCode, formatError, requestIdOf, tagRequest, type LoggedError } from './common/errors';
import { PublicReadCache } from './common/public-read-cache';
import { apolloArmor, costError, parseOptions, validateForWebSocket } from './common/query-limits';
import { admit, apiKeyContext, apiKeyFromParams, foreignOrigin, KeySockets, partnerCors, partnerPlugin, redisPersistedQueries } from './partner-http';
import { rateLimitHeaders } from './modules/partners';
import { partnerAssets } from './partner-assets';
import { repoRoot } from './common/paths';
import { isDataError } from './db/errors';
import { overBudget } from './modules/partners';
import { IgnoredPayoutEvent } from './modules/money';
import { MalformedPaymentEvent, RefusedPaymentEvent } from './modules/payments';
import { PayoutWebhookError, type PayoutEvent } from './providers/payouts';
import { handlePhotoUpload } from './modules/photos';
import { handleMediaRequest, MEDIA_PATH } from './providers/storage';
import { buildAppSchema } from './schema';
import { securityHeaders } from './security-headers';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  readonly schema: GraphQLSchema;
  /** Stops accepting, finishes requests in flight, closes sockets. Does not close the database. */
  stop(): Promise<void>;
}

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Serves the GraphQL API over HTTP and WebSocket on one port, plus health checks and the two web apps. */
export async function startServer(app: App, listen: { port: number; host: string }): Promise<RunningServer> {
  const { config, log } = app;
  const schema = await buildAppSchema(app.pubsub, { production: config.production, container: app.resolvers });
  const expressApp = express();
  expressApp.set('trust proxy', config.TRUST_PROXY);
  expressApp.disable('x-powered-by');
  const httpServer = createServer(expressApp);

  expressApp.use(requestIds(app));
  expressApp.use(securityHeaders(config));
  // Brotli (or gzip) for every response worth it: the apps' HTML, JS and CSS, and GraphQL JSON.
  expressApp.use(compression({ threshold: 1024, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } } }));
  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    try {
      await app.db.dataSource.query('SELECT 1');
      const migrated = await app.db.migrationsApplied();
      res.status(migrated ? 200 : 503).json({ status: migrated ? 'ready' : 'migrations pending', database: app.db.kind });
    } catch (err) {
      log.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable', database: app.db.kind });
    }
  });

  // WebSocket: graphql-ws on the same path, with the same limits and error masking as HTTP.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // Every error formatError keeps for the logs is logged with its request id: WebSocket operations know theirs,
  // HTTP errors were tagged with it (see tagErrors and the context function).
  const logFormatted = (err: unknown, why: LoggedError, requestId: string | undefined) => {
    if (why === 'unexpected') log.error({ err, requestId }, 'unexpected error');
    else log.warn({ requestId, reason: (err as Error)?.message }, 'input refused by the database');
  };
  const format = (err: GraphQLError, requestId: string) =>
    formatError(err.toJSON ? (err.toJSON() as GraphQLFormattedError) : { message: err.message }, err, (original, why) =>
      logFormatted(original, why, requestId),
    );
  const keySockets = new KeySockets(app.pubsub);
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: Viewer | null; apiClient?: ApiClient; requestId?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const requestId = randomUUID();
        ctx.extra.requestId = requestId;
        const token = bearerFromParams(ctx.connectionParams);
        const apiKey = apiKeyFromParams(ctx.connectionParams);
        if (apiKey !== null) {
          // A partner's key: attributed to its app, from its allowed origins only; refused keys close with 4401.
          try {
            const base = app.contexts.request(requestId, remoteIp(ctx.extra.request));
            const origin = foreignOrigin(ctx.extra.request, config);
            ctx.extra.apiClient = (await apiKeyContext(app, base, apiKey, origin, !!token)).apiClient!;
            keySockets.add(ctx.extra.apiClient.keyId, ctx.extra.socket);
            return true;
          } catch (err) {
            const code = (err as AppError).extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
            log.info({ requestId, reason: (err as Error).message }, 'websocket connection refused: api key');
            ctx.extra.socket.close(code === ErrorCode.FORBIDDEN ? 4403 : 4401, `${code}: ${(err as Error).message}`.slice(0, 120));
            return false;
          }
        }
        if (!token) return true;
        try {
          const base = app.contexts.request(requestId, remoteIp(ctx.extra.request));
          const viewer = await app.identity.authenticate(base, token);
          ctx.extra.viewer = viewer;
          app.sockets.add(ctx.extra.socket, viewer.account.id, viewer.sessionId, viewer.account.role);
          return true;
        } catch (err) {
          log.info({ requestId, reason: (err as Error).message }, 'websocket connection refused');
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const requestId = ctx.extra.requestId ?? randomUUID();
        const checked = validateForWebSocket(schema, config, payload.query);
        if ('errors' in checked) {
          return checked.errors.map((e) => {
            const formatted = format(e, requestId);
            return new GraphQLError(formatted.message, { extensions: formatted.extensions });
          });
        }
        const tooCostly = costError(schema, config, checked.document, payload.variables, payload.operationName);
        if (tooCostly) return [tooCostly];
        const base = app.contexts.request(requestId, remoteIp(ctx.extra.request), ctx.extra.viewer ?? null);
        const contextValue = ctx.extra.apiClient ? base.withApiClient(ctx.extra.apiClient) : base;
        // Each subscription or operation is charged once, like an HTTP request; its events are not.
        try {
          const charge = await admit(app, contextValue, schema, checked.document, payload.variables, payload.operationName);
          if (ctx.extra.apiClient) {
            app.partners.recordRequest(ctx.extra.apiClient, {
              points: charge?.outcome.charged ?? 0,
              error: !!charge && !charge.outcome.allowed,
              rateLimited: !!charge && !charge.outcome.allowed,
            });
          }
          if (charge && !charge.outcome.allowed) return [withoutHttp(overBudget(charge))];
        } catch (err) {
          if (ctx.extra.apiClient) app.partners.recordRequest(ctx.extra.apiClient, { points: 0, error: true, rateLimited: false });
          if (err instanceof GraphQLError) return [withoutHttp(err)];
          throw err;
        }
        return {
          schema,
          document: checked.document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        };
      },
      onOperation: () => {
        app.sockets.subscriptionsStarted++;
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return result;
        return { ...result, errors: result.errors.map((e) => format(e, ctx.extra.requestId ?? '')) } as unknown as typeof result;
      },
    },
    wsServer,
  );

  const armor = apolloArmor(config);
  const publicCache = config.PUBLIC_CACHE_TTL_MS > 0 ? new PublicReadCache(app.pubsub, { ttlMs: config.PUBLIC_CACHE_TTL_MS, maxEntries: 500 }) : null;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // A request is safe from CSRF when it could only have been sent after a CORS preflight: X-Api-Key counts.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'x-api-key'] },
    // Automatic persisted queries on GET and POST (Apollo's default in one process; shared through Redis when set).
    persistedQueries: app.redis ? redisPersistedQueries(app.redis.publish) : {},
    // main.ts owns the signals: it stops the server, then closes the database.
    stopOnTerminationSignals: false,
    introspection: config.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: parseOptions(config),
    formatError: (formatted, original) => formatError(formatted, original, (err, why) => logFormatted(err, why, requestIdOf(original) ?? requestIdOf(err))),
    plugins: [
      tagErrors(),
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: Math.max(100, config.SHUTDOWN_TIMEOUT_MS - 1000) }),
      {
        serverWillStart: async () => ({
          drainServer: async () => {
            await wsCleanup.dispose();
            await keySockets.stop();
            await app.partners.flushUsage();
          },
        }),
      },
      config.GRAPHQL_SANDBOX ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      operationLogging(app),
      ...(publicCache ? [publicCache.plugin()] : []),
      // The cost limit, then API key scopes and cost budgets: they need the variables, so they run once the
      // operation is resolved, before execution.
      partnerPlugin(app, schema),
    ],
  });
  await apollo.start();

  expressApp.use(
    '/graphql',
    partnerCors(app),
    express.json({ limit: '100kb' }),
    ...(publicCache
      ? [
          publicCache.middleware(async (req, cost) => {
            const charge = await app.partnerGateway.charge(app.contexts.request(req.requestId, remoteIp(req, config.TRUST_PROXY)), cost);
            return charge ? { allowed: charge.outcome.allowed, headers: rateLimitHeaders(charge) } : { allowed: true, headers: {} };
          }),
        ]
      : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const base = app.contexts.request(req.requestId, remoteIp(req, config.TRUST_PROXY));
        const token = bearerFromHeader(req.headers.authorization);
        const apiKey = req.header('x-api-key');
        if (!token && apiKey === undefined) return base;
        try {
          if (apiKey !== undefined) return await apiKeyContext(app, base, apiKey, foreignOrigin(req, config, req.protocol), !!token);
          return base.withViewer(await app.identity.authenticate(base, token!));
        } catch (err) {
          if (err instanceof AppError) {
            const code = err.extensions.code as ErrorCode;
            throw new GraphQLError(err.message, { extensions: { code, http: { status: errorStatus[code] } } });
          }
          tagRequest(err, req.requestId);
          throw err;
        }
      },
    }),
  );

  partnerAssets(expressApp, schema);
  expressApp.post('/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }), stripeWebhook(app));
  expressApp.post('/webhooks/stripe-connect', express.raw({ type: () => true, limit: '1mb' }), stripeConnectWebhook(app));
  // Photos: uploaded by creators with their access token, served from object storage with long-lived caching.
  expressApp.post('/uploads', async (req, res) => {
    const base = app.contexts.request(req.requestId, remoteIp(req, config.TRUST_PROXY));
    const token = bearerFromHeader(req.headers.authorization);
    let ctx: RequestContext;
    try {
      if (!token) throw new AppError(ErrorCode.UNAUTHENTICATED, 'You must be signed in.');
      ctx = base.withViewer(await app.identity.authenticate(base, token));
    } catch (err) {
      req.resume();
      const code = err instanceof AppError ? (err.extensions.code as ErrorCode) : ErrorCode.UNAUTHENTICATED;
      res.status(errorStatus[code]).json({ errors: [{ message: (err as Error).message, extensions: { code } }] });
      return;
    }
    await handlePhotoUpload({ photos: app.photos, uow: app.uow }, ctx, req, res);
  });
  expressApp.get(`${MEDIA_PATH}*path`, (req, res, next) => {
    handleMediaRequest(app.storage, req, res).catch(next);
  });
  serveWebApp(expressApp, '/admin', join(repoRoot, 'admin', 'dist'));
  serveWebApp(expressApp, '/', join(repoRoot, 'storefront', 'dist'));
  expressApp.use((err: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err, requestId: req.requestId }, 'request failed');
    res.status(status).json({
      errors: [
        {
          message: status === 500 ? 'Internal server error.' : err.message,
          extensions: { code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT },
        },
      ],
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    port,
    httpServer,
    schema,
    stop: () => (stopping ??= apollo.stop()),
  };
}

/** Stripe's webhook: the signature is checked over the raw body before anything is read from it. */
function stripeWebhook(app: App) {
  return async (req: Request, res: Response) => {
    const stripe = app.payments.stripe;
    if (!stripe) {
      res.status(404).json({ error: 'Stripe is not configured.' });
      return;
    }
    let event;
    try {
      event = stripe.verifyWebhook(req.body as Buffer, req.header('stripe-signature'));
    } catch (err) {
      app.log.warn({ requestId: req.requestId, reason: (err as Error).message }, 'stripe webhook refused: bad signature');
      res.status(400).json({ error: 'Invalid signature.' });
      return;
    }
    const ctx = app.contexts.request(req.requestId, remoteIp(req));
    try {
      // The webhook is an edge: one transaction per event, rolled back whole when the event is refused.
      const outcome = await app.uow.run(ctx, (tx) => app.payments.handleStripeEvent(tx, event));
      app.log.info({ requestId: req.requestId, eventId: event.id, type: event.type, outcome }, 'stripe webhook');
      res.json({ received: true });
    } catch (err) {
      // An event that can never apply is acknowledged, or the provider would retry a poison event forever.
      if (err instanceof MalformedPaymentEvent || isDataError(err)) {
        app.log.warn(
          { requestId: req.requestId, eventId: event.id, type: event.type, reason: (err as Error).message },
          'stripe webhook ignored: malformed event',
        );
        res.json({ received: true, ignored: 'malformed event' });
        return;
      }
      if (err instanceof RefusedPaymentEvent) {
        app.log.warn({ requestId: req.requestId, eventId: event.id, type: event.type, reason: err.message }, 'stripe webhook refused');
        res.status(400).json({ error: err.message });
        return;
      }
      app.log.error({ err, requestId: req.requestId, eventId: event.id }, 'stripe webhook failed');
      res.status(500).json({ error: 'Internal error; Stripe will retry.' });
    }
  };
}

/**
 * Stripe Connect's webhook (transfers to creators, their accounts' bank payouts): signature checked over the raw
 * body first; then one transaction per event. An event that names no payout of ours is acknowledged and
 * logged, so Stripe does not retry it forever; only an unexpected failure answers 500 (and Stripe retries).
 */
function stripeConnectWebhook(app: App) {
  return async (req: Request, res: Response) => {
    const provider = app.payouts.webhookProvider;
    if (!provider) {
      res.status(404).json({ error: 'Stripe Connect is not configured.' });
      return;
    }
    let event: PayoutEvent | null;
    try {
      event = provider.parseWebhook(req.body as Buffer, req.header('stripe-signature'));
    } catch (err) {
      if (err instanceof PayoutWebhookError) {
        app.log.warn({ requestId: req.requestId, reason: err.message }, 'stripe connect webhook refused: bad signature');
        res.status(400).json({ error: 'Invalid signature.' });
        return;
      }
      // Signed by Stripe but not shaped as its type says: nothing to apply, and a retry would not change that.
      app.log.warn({ requestId: req.requestId, reason: (err as Error).message }, 'stripe connect webhook ignored: malformed event');
      res.json({ received: true, ignored: 'malformed event' });
      return;
    }
    if (!event) {
      app.log.info({ requestId: req.requestId }, 'stripe connect webhook: event not used');
      res.json({ received: true, ignored: 'event not used' });
      return;
    }
    const ctx = app.contexts.request(req.requestId, remoteIp(req));
    try {
      const outcome = await app.uow.run(ctx, (tx) => app.payouts.handleEvent(tx, event));
      app.log.info({ requestId: req.requestId, eventId: event.eventId, type: event.type, outcome }, 'stripe connect webhook');
      res.json({ received: true });
    } catch (err) {
      if (err instanceof IgnoredPayoutEvent || isDataError(err)) {
        app.log.warn(
          { requestId: req.requestId, eventId: event.eventId, type: event.type, reason: (err as Error).message },
          'stripe connect webhook ignored: names no payout of ours',
        );
        res.json({ received: true, ignored: 'no such payout' });
        return;
      }
      app.log.error({ err, requestId: req.requestId, eventId: event.eventId }, 'stripe connect webhook failed');
      res.status(500).json({ error: 'Internal error; Stripe will retry.' });
    }
  };
}

function requestIds(app: App) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    req.requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', req.requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0];
      if (path === '/healthz' || path === '/readyz') return;
      app.log.info(
        { requestId: req.requestId, method: req.method, path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'http request',
      );
    });
    next();
  };
}

/** Tags every error of an operation with its request id, for the log line formatError's caller writes. */
function tagErrors(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const err of errors) tagRequest(err, contextValue.requestId);
        },
      };
    },
  };
}

function operationLogging(app: App): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ operationName, errors }) {
          app.log.debug(
            { requestId: contextValue.requestId, operationName, accountId: contextValue.viewer?.account.id, errors: errors?.length ?? 0 },
            'graphql operation',
          );
        },
      };
    },
  };
}

/**
 * Serves a built single-page app under `prefix`, answering unknown paths with its index.html. Its hashed
 * assets (`assets/`, named by content) are cached for a year as immutable; index.html is revalidated always.
 */
function serveWebApp(expressApp: express.Express, prefix: string, dir: string): void {
  const index = join(dir, 'index.html');
  expressApp.use(
    prefix,
    express.static(dir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (path.startsWith(join(dir, 'assets') + '/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else if (path === index) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  expressApp.use(prefix, (req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/webhooks')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text').send(`This app is not built yet: run "npm run build" (looked in ${dir}).`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** An error for a WebSocket client: the HTTP hints (status, headers) Apollo strips on HTTP mean nothing there. */
function withoutHttp(err: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = err.extensions;
  return new GraphQLError(err.message, { extensions });
}

function bearerFromHeader(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}

function bearerFromParams(params: Record<string, unknown> | undefined): string | null {
  const raw = params?.authorization ?? params?.Authorization ?? params?.accessToken;
  if (typeof raw !== 'string') return null;
  return bearerFromHeader(raw) ?? (raw.includes(' ') ? null : raw);
}

function remoteIp(req: IncomingMessage | Request, trustProxy = false): string {
  if (trustProxy && 'ip' in req && req.ip) return req.ip;
  return req.socket.remoteAddress ?? 'unknown';
}
