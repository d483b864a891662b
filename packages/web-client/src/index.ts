// The GraphQL client the storefront and the admin share. Live subscriptions (graphql-ws) are a separate
// entry point, `@minutely/web-client/live`, so an app can load them lazily.
export { ApiError, statusOf, toApiError, type ApiErrorCode, type GraphQLErrorBody } from './api-error';
export type { Document, TypedDocument } from './document';
export { createGraphQLClient, type GraphQLClient, type GraphQLClientOptions, type RequestOptions, type SessionEndReason } from './graphql-client';
export { createSessionStorage, type SessionStorage, type SessionStorageOptions, type SessionTokens } from './session-storage';
