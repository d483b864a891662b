import { graphql } from './generated';

// The developer console: partner apps, their API keys and usage.

export const apiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const partnerAppFieldsFragment = graphql(`
  fragment PartnerAppFields on PartnerApp {
    id
    name
    website
    allowedOrigins
    createdAt
    keys {
      ...ApiKeyFields
    }
  }
`);

export const partnerAppsQuery = graphql(`
  query PartnerApps {
    partnerApps {
      ...PartnerAppFields
    }
  }
`);

export const partnerAppUsageQuery = graphql(`
  query PartnerAppUsage($appId: ID!, $days: Int!) {
    partnerAppUsage(appId: $appId, days: $days) {
      keyId
      day
      requests
      points
      errors
      rateLimited
    }
  }
`);

export const registerPartnerAppMutation = graphql(`
  mutation RegisterPartnerApp($input: PartnerAppInput!) {
    registerPartnerApp(input: $input) {
      ...PartnerAppFields
    }
  }
`);

export const updatePartnerAppMutation = graphql(`
  mutation UpdatePartnerApp($appId: ID!, $input: PartnerAppInput!) {
    updatePartnerApp(appId: $appId, input: $input) {
      ...PartnerAppFields
    }
  }
`);

export const createApiKeyMutation = graphql(`
  mutation CreateApiKey($appId: ID!, $scopes: [ApiScope!]!) {
    createApiKey(appId: $appId, scopes: $scopes) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const revokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($keyId: ID!) {
    revokeApiKey(keyId: $keyId) {
      ...ApiKeyFields
    }
  }
`);
