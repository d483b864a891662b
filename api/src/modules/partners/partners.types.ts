import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApiScope, scopeDescriptions } from './scopes';

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API key may be used for. Requests outside its scopes are FORBIDDEN with the missing scope named.',
  valuesConfig: {
    CREATORS_READ: { description: scopeDescriptions[ApiScope.CREATORS_READ] },
    AVAILABILITY_READ: { description: scopeDescriptions[ApiScope.AVAILABILITY_READ] },
    CALLS_EMBED: { description: scopeDescriptions[ApiScope.CALLS_EMBED] },
  },
});

@ObjectType('ApiKey', { description: 'An API key of a partner app, as listed in the developer console (the secret is never shown again).' })
export class ApiKeyView {
  @Field(() => ID, { description: 'The key’s id.' })
  id: string;

  @Field({ description: 'The public start of the key (`pk_…`), to tell keys apart.' })
  prefix: string;

  @Field(() => [ApiScope], { description: 'What the key may be used for.' })
  scopes: ApiScope[];

  @Field(() => GraphQLISODateTime, { description: 'When the key was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a request last used the key (updated within seconds); null if never.' })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key was revoked; null while it works.' })
  revokedAt: Date | null;
}

@ObjectType('PartnerApp', { description: 'A partner’s app: a site or program that uses the API with its own keys.' })
export class PartnerAppView {
  @Field(() => ID, { description: 'The app’s id.' })
  id: string;

  @Field({ description: 'Name of the app, shown in the console.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The partner’s website, if given.' })
  website: string | null;

  @Field(() => [String], {
    description: 'Browser origins (`https://shop.example`) whose pages may call the API with this app’s keys; requests from other origins are refused.',
  })
  allowedOrigins: string[];

  @Field(() => GraphQLISODateTime, { description: 'When the app was registered.' })
  createdAt: Date;

  @Field(() => [ApiKeyView], { description: 'The app’s keys, newest first, revoked ones included.' })
  keys: ApiKeyView[];
}

@ObjectType('CreatedApiKey', { description: 'A new API key, with its secret: shown this once, store it now.' })
export class CreatedApiKeyView {
  @Field(() => ApiKeyView, { description: 'The key as it will be listed.' })
  apiKey: ApiKeyView;

  @Field({ description: 'The whole key to send as `X-Api-Key`. Minutely keeps only a hash of it and cannot show it again.' })
  secret: string;
}

@ObjectType('ApiKeyUsageDay', { description: 'What one API key did on one UTC day.' })
export class ApiKeyUsageDayView {
  @Field(() => ID, { description: 'The key.' })
  keyId: string;

  @Field({ description: 'The UTC day, `YYYY-MM-DD`.' })
  day: string;

  @Field(() => Int, { description: 'Requests made with the key (each WebSocket subscription counts as one).' })
  requests: number;

  @Field(() => Int, { description: 'Cost points charged to the key’s budget.' })
  points: number;

  @Field(() => Int, { description: 'Requests that ended with an error (rate-limited ones included).' })
  errors: number;

  @Field(() => Int, { description: 'Requests refused because the key’s budget was spent (RATE_LIMITED).' })
  rateLimited: number;
}

@InputType('PartnerAppInput', { description: 'What a partner says about an app.' })
export class PartnerAppInput {
  @Field({ description: 'Name of the app (1–80 characters).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The partner’s website, an http(s) URL.' })
  website?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Browser origins allowed to use the app’s keys, e.g. `https://shop.example` (at most 20).' })
  allowedOrigins: string[];
}
