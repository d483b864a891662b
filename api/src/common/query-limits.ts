import { ApolloArmor } from '@escape.tech/graphql-armor';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config';

/**
 * One set of query limits (depth, cost, aliases, directives, tokens) for every operation, whether it
 * arrives over HTTP (Apollo plugins and validation rules) or over WebSocket (the same rules run by hand).
 */
function limits(config: Config) {
  return {
    maxDepth: { n: config.QUERY_MAX_DEPTH, exposeLimits: true, ignoreIntrospection: true },
    // Cost is computed after validation, with the variables (see operationCost): armor's rule sees only literals.
    costLimit: { enabled: false },
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
export function validateForWebSocket(schema: GraphQLSchema, config: Config, query: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  const l = limits(config);
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions(config));
  } catch (err) {
    if (err instanceof GraphQLError) return { errors: [withCode(err, 'GRAPHQL_PARSE_FAILED')] };
    throw err;
  }
  try {
    const errors = validate(schema, document, [...specifiedRules, maxDepthRule(l.maxDepth), maxAliasesRule(l.maxAliases), maxDirectivesRule(l.maxDirectives)]);
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

/** A paged field costs its page size times its selection (page size from `first`/`last`/`perPage`, after variables and defaults). */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = [args.first, args.last, args.perPage].find((n): n is number => typeof n === 'number');
  return size === undefined ? undefined : 1 + childComplexity * Math.max(1, size);
};

/**
 * The estimated cost of an operation with its variables (1 a field, times the page size of paged fields); null when
 * the variables are bad (execution reports them with its own message). Budgets charge this figure.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return null;
  }
}

/**
 * An error to send when an operation's cost is over QUERY_MAX_COST. Both transports call it after validation, so a
 * page size passed as a variable counts like a literal one.
 */
export function costError(
  schema: GraphQLSchema,
  config: Config,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): GraphQLError | null {
  const cost = operationCost(schema, document, variables, operationName);
  if (cost === null || cost <= config.QUERY_MAX_COST) return null;
  return new GraphQLError(`Query cost limit of ${config.QUERY_MAX_COST} exceeded, found ${cost}. Ask for smaller pages or fewer fields.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
  });
}
