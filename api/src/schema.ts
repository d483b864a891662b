import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { errorCodeType } from './common/errors';
import type { PubSub } from './common/pubsub';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { EarningsResolver, WalletResolver } from './modules/ledger/wallet.resolver';
import { PaymentsResolver } from './modules/payments/payments.resolver';
import { CallsResolver } from './modules/calls/calls.resolver';
import { MessagingResolver } from './modules/messaging/messaging.resolver';
import { ModerationResolver } from './modules/moderation/moderation.resolver';
import { AvailabilityResolver } from './modules/availability/availability.resolver';
import { CreatorResolver } from './modules/creators/creator.resolver';
import { CreatorSettingsResolver } from './modules/creators/creator-settings.resolver';
import { DevOutboxResolver } from './modules/notifications/dev-outbox.resolver';

/** Every resolver of the API; the schema partners see is built from these. */
export const resolvers = [
  IdentityResolver,
  WalletResolver,
  EarningsResolver,
  PaymentsResolver,
  CreatorResolver,
  CreatorSettingsResolver,
  AvailabilityResolver,
  CallsResolver,
  MessagingResolver,
  ModerationResolver,
] as const;

/** Development helpers (the dev SMS outbox); left out of the production schema entirely. */
export const devResolvers = [DevOutboxResolver] as const;

const rootDescriptions = {
  Query: 'Everything that can be read. Public fields work signed out; others need `Authorization: Bearer <accessToken>`.',
  Mutation: 'Everything that changes state. Each mutation is one transaction: it happens whole or not at all.',
  Subscription: 'Live events over graphql-ws at /graphql (send the access token in `connection_init`). Events are hints: re-read state after a reconnect.',
};

export async function buildAppSchema(pubSub: PubSub, options: { production?: boolean } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.production ? resolvers : [...resolvers, ...devResolvers],
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
  return new GraphQLSchema({ ...config, query, mutation, subscription, types: [...config.types.filter((t) => !roots.has(t.name)), errorCodeType] });
}
