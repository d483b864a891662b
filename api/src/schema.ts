import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import type { PubSub } from './common/pubsub';
import { IdentityResolver } from './modules/identity/identity.resolver';
import './common/errors';

/** Every resolver of the API; the schema partners see is built from these. */
export const resolvers = [IdentityResolver] as const;

export function buildAppSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: { forbidUnknownValues: false },
    // The ErrorCode enum is part of the contract even though no field returns it.
    orphanedTypes: [],
  });
}
