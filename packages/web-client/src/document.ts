/**
 * A GraphQL document the client can send: a codegen typed string (`documentMode: string`), whose type
 * carries its result and variables, or a plain query string built at run time (the admin's data provider).
 * The shape is the one `@graphql-typed-document-node/core` names `DocumentTypeDecoration`.
 */
export interface TypedDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

export type Document<TResult, TVariables> = TypedDocument<TResult, TVariables> | string;
