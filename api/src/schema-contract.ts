import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The schema as partners read it: sorted, so the committed file only changes when the API does. */
export function printContract(schema: GraphQLSchema): string {
  return `# Minutely GraphQL API — generated from the code by "npm run schema:emit"; do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
