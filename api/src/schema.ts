import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { errorCodeType } from './common/errors';
import type { PubSub } from './common/pubsub';
import { CONTAINER_EXTENSION, InstanceContainer } from './common/resolver-container';
import { CallLinkScopeMiddleware } from './common/call-link';
import { TextInputMiddleware } from './common/text-input';
import { TransactionMiddleware } from './common/transaction.middleware';
import { AvailabilityResolver } from './modules/availability';
import { BlocksResolver } from './modules/blocks';
import { CallsResolver } from './modules/calls';
import { CreatorResolver, CreatorSettingsResolver } from './modules/creators';
import { authChecker, IdentityResolver } from './modules/identity';
import { EarningsResolver, WalletResolver } from './modules/ledger';
import { CallChatResolver, MessagingResolver } from './modules/messaging';
import { ModerationResolver } from './modules/moderation';
import { DevOutboxResolver } from './modules/notifications';
import { PartnersResolver } from './modules/partners';
import { PaymentsResolver } from './modules/payments';

/** Every resolver of the API; the schema partners see is built from these. */
export const resolvers = [
  IdentityResolver,
  WalletResolver,
  EarningsResolver,
  PaymentsResolver,
  CreatorResolver,
  CreatorSettingsResolver,
  AvailabilityResolver,
  BlocksResolver,
  CallsResolver,
  MessagingResolver,
  CallChatResolver,
  ModerationResolver,
  PartnersResolver,
] as const;

/** Development helpers (the dev SMS outbox); left out of the production schema entirely. */
export const devResolvers = [DevOutboxResolver] as const;

const rootDescriptions = {
  Query: 'Everything that can be read. Public fields work signed out; others need `Authorization: Bearer <accessToken>`.',
  Mutation: 'Everything that changes state. Each mutation is one transaction: it happens whole or not at all.',
  Subscription: 'Live events over graphql-ws at /graphql (send the access token in `connection_init`). Events are hints: re-read state after a reconnect.',
};

export interface SchemaOptions {
  production?: boolean;
  /**
   * The resolver instances (and the transaction middleware) built by the composition root. Without it the
   * schema can be printed (`schema:emit`) but not executed.
   */
  container?: InstanceContainer;
}

export async function buildAppSchema(pubSub: PubSub, options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const classes = options.production ? resolvers : ([...resolvers, ...devResolvers] as const);
  const container = options.container ?? new InstanceContainer([]);
  if (options.container) {
    const missing = [...classes, TransactionMiddleware].filter((cls) => !container.has(cls));
    if (missing.length) throw new Error(`The composition root built no instance of ${missing.map((cls) => cls.name).join(', ')}.`);
  }
  const schema = await buildSchema({
    resolvers: classes,
    container,
    authChecker,
    pubSub,
    // The text rule first: a refused argument never opens a transaction. Call-link sessions are confined before
    // the @Authorized checks and the transaction (which copies the context) see the viewer.
    globalMiddlewares: [TextInputMiddleware, CallLinkScopeMiddleware, TransactionMiddleware],
    validate: { forbidUnknownValues: false },
  });
  // type-graphql cannot describe the root types; the contract wants every type described.
  const config = schema.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined) =>
    type ? new GraphQLObjectType({ ...type.toConfig(), description: rootDescriptions[type.name as keyof typeof rootDescriptions] }) : type;
  const query = describe(config.query)!;
  const mutation = describe(config.mutation);
  const subscription = describe(config.subscription);
  const roots = new Set([config.query?.name, config.mutation?.name, config.subscription?.name]);
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    subscription,
    types: [...config.types.filter((t) => !roots.has(t.name)), errorCodeType],
    // Subscriptions' `subscribe` functions find their resolver instance here (see subscribeWith).
    extensions: { ...config.extensions, [CONTAINER_EXTENSION]: container },
  });
}
