import 'reflect-metadata';
import { defaultFieldResolver, GraphQLObjectType, GraphQLSchema, isObjectType, type GraphQLField } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from './common/context';
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
import { CallChatResolver, CallInvitationResolver, ChatPresenceResolver, MessagingResolver } from './modules/messaging';
import { ModerationResolver } from './modules/moderation';
import { ActivityResolver, EarningsSummaryResolver, PayoutsResolver, PayoutsStaffResolver, TipsResolver } from './modules/money';
import { SpendingLimitsResolver } from './modules/spending';
import { DevOutboxResolver } from './modules/notifications';
import { PartnersResolver } from './modules/partners';
import { PaymentsResolver } from './modules/payments';
import { PrivacyResolver } from './modules/privacy';
import { PhotosResolver } from './modules/photos';
import { CreatorTrustResolver, ReviewsResolver } from './modules/reviews';
import { FavouritesResolver } from './modules/favourites';
import { AgenciesResolver } from './modules/agencies';
import { AgencyPanelResolver, AgencyStaffResolver } from './modules/agency-panel';

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
  ChatPresenceResolver,
  CallInvitationResolver,
  ModerationResolver,
  PrivacyResolver,
  PhotosResolver,
  ReviewsResolver,
  CreatorTrustResolver,
  FavouritesResolver,
  PartnersResolver,
  AgenciesResolver,
  AgencyPanelResolver,
  AgencyStaffResolver,
  ActivityResolver,
  SpendingLimitsResolver,
  TipsResolver,
  EarningsSummaryResolver,
  PayoutsResolver,
  PayoutsStaffResolver,
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
  const built = new GraphQLSchema({
    ...config,
    query,
    mutation,
    subscription,
    types: [...config.types.filter((t) => !roots.has(t.name)), errorCodeType],
    // Subscriptions' `subscribe` functions find their resolver instance here (see subscribeWith).
    extensions: { ...config.extensions, [CONTAINER_EXTENSION]: container },
  });
  if (options.container) applyEdgeMiddlewares(built, container.get(TransactionMiddleware));
  return built;
}

/**
 * The rules every request meets at the edge, wrapped around the fields they concern and no others (as
 * type-graphql's global middlewares they wrapped every field of every object: the creators listing ran 50×
 * slower than a bare server). In order, outside type-graphql's own (@Authorized) checks:
 * - the text rule on every field with arguments, at any depth: a refused argument never opens a transaction;
 * - call-link sessions confined on root fields, before the auth checks and the transaction see the viewer;
 * - one transaction per root mutation (TransactionMiddleware).
 */
function applyEdgeMiddlewares(schema: GraphQLSchema, transaction: TransactionMiddleware): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const inTransaction: MiddlewareFn<RequestContext> = (action, next) => transaction.use(action, next);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const chain: MiddlewareFn<RequestContext>[] = [];
      if (field.args.length) chain.push(TextInputMiddleware);
      if (roots.has(type)) chain.push(CallLinkScopeMiddleware);
      if (type === schema.getMutationType()) chain.push(inTransaction);
      if (chain.length) wrap(field, chain);
    }
  }
}

function wrap(field: GraphQLField<unknown, RequestContext>, chain: MiddlewareFn<RequestContext>[]): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (root, args, context, info) => {
    const action = { root, args, context, info };
    const run = async (i: number): Promise<unknown> => (i < chain.length ? chain[i](action, () => run(i + 1)) : resolve(root, args, action.context, info));
    return run(0);
  };
}
