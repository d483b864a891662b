import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
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
    maxTokens: { n: config.QUERY_MAX_TOKENS, exposeLimits: true },
    blockFieldSuggestion: { enabled: config.production },
  };
}

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
    document = new MaxTokensParserWLexer(query, l.maxTokens).parseDocument();
  } catch (err) {
    if (err instanceof GraphQLError) return { errors: [err] };
    throw err;
  }
  const errors = validate(schema, document, [
    ...specifiedRules,
    maxDepthRule(l.maxDepth),
    costLimitRule(l.costLimit),
    maxAliasesRule(l.maxAliases),
    maxDirectivesRule(l.maxDirectives),
  ]);
  return errors.length ? { errors } : { document };
}
