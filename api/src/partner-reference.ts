import { getNamedType, isEnumType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { FIELD_SCOPES } from './modules/partners';

/** What /developers/docs renders: the part of the schema a key can reach, in the schema's own words. */
export interface PartnerReference {
  operations: { kind: 'query' | 'subscription'; name: string; description: string; scopes: string[]; type: string; args: ArgDoc[] }[];
  types: { name: string; description: string; fields?: { name: string; type: string; description: string; scopes?: string[] }[]; values?: ValueDoc[] }[];
  scopes: ValueDoc[];
  errors: ValueDoc[];
}
interface ArgDoc {
  name: string;
  type: string;
  description: string;
  defaultValue?: unknown;
}
interface ValueDoc {
  name: string;
  description: string;
}

const enumValues = (schema: GraphQLSchema, name: string): ValueDoc[] => {
  const type = schema.getType(name);
  return isEnumType(type) ? type.getValues().map((v) => ({ name: v.name, description: v.description ?? '' })) : [];
};

/** Builds the reference from the running schema: every root field open to keys, and the types they return. */
export function partnerReference(schema: GraphQLSchema): PartnerReference {
  const roots = { query: schema.getQueryType(), subscription: schema.getSubscriptionType() };
  const operations: PartnerReference['operations'] = [];
  const queue: GraphQLNamedType[] = [];
  for (const [kind, root] of Object.entries(roots) as ['query' | 'subscription', typeof roots.query][]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const scopes = FIELD_SCOPES[`${root.name}.${field.name}`];
      if (!scopes) continue;
      operations.push({
        kind,
        name: field.name,
        description: field.description ?? '',
        scopes: [...scopes],
        type: String(field.type),
        args: field.args.map(argDoc),
      });
      queue.push(getNamedType(field.type));
    }
  }
  const seen = new Set<string>();
  const types: PartnerReference['types'] = [];
  while (queue.length) {
    const type = queue.shift()!;
    if (seen.has(type.name) || type.name.startsWith('__')) continue;
    seen.add(type.name);
    if (isObjectType(type)) {
      const fields = Object.values(type.getFields()).map((f: GraphQLField<unknown, unknown>) => {
        queue.push(getNamedType(f.type));
        const scopes = FIELD_SCOPES[`${type.name}.${f.name}`];
        return { name: f.name, type: String(f.type), description: f.description ?? '', ...(scopes ? { scopes: [...scopes] } : {}) };
      });
      types.push({ name: type.name, description: type.description ?? '', fields });
    } else if (isEnumType(type)) {
      types.push({ name: type.name, description: type.description ?? '', values: enumValues(schema, type.name) });
    }
  }
  return { operations, types, scopes: enumValues(schema, 'ApiScope'), errors: enumValues(schema, 'ErrorCode') };
}

function argDoc(arg: GraphQLArgument): ArgDoc {
  return {
    name: arg.name,
    type: String(arg.type),
    description: arg.description ?? '',
    ...(arg.defaultValue !== undefined ? { defaultValue: arg.defaultValue } : {}),
  };
}
