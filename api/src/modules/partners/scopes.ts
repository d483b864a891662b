import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/** What an API key may be used for, chosen when it is created. */
export enum ApiScope {
  CREATORS_READ = 'creators:read',
  AVAILABILITY_READ = 'availability:read',
  CALLS_EMBED = 'calls:embed',
}

export const scopeDescriptions: Record<ApiScope, string> = {
  [ApiScope.CREATORS_READ]: '`creators:read`: creator profiles, prices and the creators directory (`creators`, `creator`).',
  [ApiScope.AVAILABILITY_READ]:
    '`availability:read`: creators’ availability (`Creator.availability`) and its live subscription (`creatorAvailabilityChanged`).',
  [ApiScope.CALLS_EMBED]:
    '`calls:embed`: what the embeddable call button reads: one creator by handle with price and availability, and that availability live.',
};

/**
 * The fields an API key may reach, each with the scopes that grant it (any one suffices). A root field that is not
 * listed is closed to keys (keys never act as a user, so nothing signed-in is listed); a nested field that is not
 * listed comes with its parent.
 */
export const FIELD_SCOPES: Readonly<Record<string, readonly ApiScope[]>> = {
  'Query.creators': [ApiScope.CREATORS_READ],
  'Query.creator': [ApiScope.CREATORS_READ, ApiScope.CALLS_EMBED],
  'Creator.availability': [ApiScope.AVAILABILITY_READ, ApiScope.CALLS_EMBED],
  'Subscription.creatorAvailabilityChanged': [ApiScope.AVAILABILITY_READ, ApiScope.CALLS_EMBED],
};

/** Why a key with `scopes` may not run this document: the field and what it lacks; null when it may. */
export interface ScopeRefusal {
  coordinate: string;
  /** The scopes that would grant the field; empty when no key may use it. */
  needs: readonly ApiScope[];
}

/** Checks every field the document selects (fragments included) against the key's scopes. */
export function scopeRefusal(schema: GraphQLSchema, document: DocumentNode, scopes: readonly string[]): ScopeRefusal | null {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const typeInfo = new TypeInfo(schema);
  let refusal: ScopeRefusal | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (refusal || node.name.value.startsWith('__')) return;
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const coordinate = `${parent.name}.${node.name.value}`;
        const needs = FIELD_SCOPES[coordinate];
        if (!needs) {
          if (roots.has(parent.name)) refusal = { coordinate, needs: [] };
          return;
        }
        if (!needs.some((scope) => scopes.includes(scope))) refusal = { coordinate, needs };
      },
    }),
  );
  return refusal;
}

/** The FORBIDDEN message for a refusal, naming the missing scope. */
export function refusalMessage(refusal: ScopeRefusal): string {
  if (refusal.needs.length === 0) return `${refusal.coordinate} is not available to API keys.`;
  return `This API key lacks the scope ${refusal.needs.join(' or ')} needed for ${refusal.coordinate}.`;
}
