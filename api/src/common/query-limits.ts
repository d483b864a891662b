import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Config } from '../config';

/**
 * One set of query limits (depth, cost, aliases, directives, tokens) for every operation, whether it
 * arrives over HTTP (Apollo plugins and validation rules) or over WebSocket (the same rules run by hand).
 */
function limits(config: Config) {
  return {
    maxDepth: { n: config.QUERY_MAX_DEPTH, exposeLimits: true, ignoreIntrospection: true },
    costLimit: { maxCost: config.QUERY_MAX_COST, exposeLimits: true, ignoreIntrospection: true },
    maxAliases: { n: config.QUERY_MAX_ALIASES, exposeLimits: true },
    maxDirectives: { n: config.QUERY_MAX_DIRECTIVES, exposeLimits: true },
    // Token counting is graphql-js's own parse option (Apollo's parseOptions), so parse errors keep their code.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  };
}

/** Parser options shared by both transports. */
export const parseOptions = (config: Config) => ({ maxTokens: config.QUERY_MAX_TOKENS });

export function apolloArmor(config: Config) {
  return new ApolloArmor(limits(config)).protect();
}

/** Parses and validates a WebSocket operation under the same limits as HTTP. */
export function validateForWebSocket(
  schema: GraphQLSchema,
  config: Config,
  query: string,
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  const l = limits(config);
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions(config));
  } catch (err) {
    if (err instanceof GraphQLError) return { errors: [withCode(err, 'GRAPHQL_PARSE_FAILED')] };
    throw err;
  }
  try {
    const errors = validate(schema, document, [
      ...specifiedRules,
      maxDepthRule(l.maxDepth),
      costLimitRule(l.costLimit),
      maxAliasesRule(l.maxAliases),
      maxDirectivesRule(l.maxDirectives),
    ]);
    return errors.length ? { errors: errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')) } : { document };
  } catch (err) {
    // graphql-armor's rules throw (rather than report) when a limit is exceeded.
    if (err instanceof GraphQLError) return { errors: [withCode(err, 'GRAPHQL_VALIDATION_FAILED')] };
    throw err;
  }
}

/** Labels an error the way Apollo labels the same failure on HTTP. */
function withCode(err: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(err.message, { nodes: err.nodes, source: err.source, positions: err.positions, extensions: { ...err.extensions, code } });
}
