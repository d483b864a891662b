import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import type { ApiKeyRecord, PartnerAppRecord } from './partner.repository';
import { MAX_USAGE_DAYS, PartnersService } from './partners.service';
import { ApiKeyUsageDayView, ApiKeyView, CreatedApiKeyView, PartnerAppInput, PartnerAppView } from './partners.types';
import { ApiScope } from './scopes';

/** The developer console's API: any signed-in account can be a partner. */
@Resolver()
export class PartnersResolver {
  constructor(private readonly partners: PartnersService) {}

  @Authorized()
  @Query(() => [PartnerAppView], { description: 'Your partner apps with their keys, oldest first.' })
  async partnerApps(@Ctx() ctx: RequestContext): Promise<PartnerAppView[]> {
    const apps = await this.partners.myApps(ctx);
    return Promise.all(apps.map((app) => this.withKeys(ctx, app)));
  }

  @Authorized()
  @Query(() => [ApiKeyUsageDayView], { description: 'Usage of one of your apps, per key per UTC day, oldest day first (days without requests are left out).' })
  partnerAppUsage(
    @IdArg('appId', { description: 'The app.' }) appId: string,
    @Arg('days', () => Int, { defaultValue: 14, description: `How many days back, today included (1–${MAX_USAGE_DAYS}).` }) days: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKeyUsageDayView[]> {
    return this.partners.usage(ctx, appId, days);
  }

  @Authorized()
  @Mutation(() => PartnerAppView, { description: 'Registers a partner app (at most 10 per account).' })
  async registerPartnerApp(@Arg('input', () => PartnerAppInput, { description: 'The app.' }) input: PartnerAppInput, @Ctx() ctx: RequestContext) {
    return this.withKeys(ctx, await this.partners.registerApp(ctx, input));
  }

  @Authorized()
  @Mutation(() => PartnerAppView, { description: 'Changes one of your apps: name, website, allowed origins (they apply to its keys at once).' })
  async updatePartnerApp(
    @IdArg('appId', { description: 'The app.' }) appId: string,
    @Arg('input', () => PartnerAppInput, { description: 'The app’s new fields.' }) input: PartnerAppInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerAppView> {
    return this.withKeys(ctx, await this.partners.updateApp(ctx, appId, input));
  }

  @Authorized()
  @Mutation(() => CreatedApiKeyView, { description: 'Creates an API key for one of your apps. Its secret is in this response only.' })
  async createApiKey(
    @IdArg('appId', { description: 'The app.' }) appId: string,
    @Arg('scopes', () => [ApiScope], { description: 'What the key may be used for (at least one).' }) scopes: ApiScope[],
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiKeyView> {
    const created = await this.partners.createKey(ctx, appId, scopes);
    return { apiKey: toKeyView(created.apiKey), secret: created.secret };
  }

  @Authorized()
  @Mutation(() => ApiKeyView, { description: 'Revokes one of your API keys: requests with it are refused (UNAUTHENTICATED) from now on.' })
  async revokeApiKey(@IdArg('keyId', { description: 'The key.' }) keyId: string, @Ctx() ctx: RequestContext): Promise<ApiKeyView> {
    return toKeyView(await this.partners.revokeKey(ctx, keyId));
  }

  private async withKeys(ctx: RequestContext, app: PartnerAppRecord): Promise<PartnerAppView> {
    const keys = await this.partners.keysOf(ctx, app.id);
    return { ...app, keys: keys.map(toKeyView) };
  }
}

const toKeyView = (key: ApiKeyRecord): ApiKeyView => ({ ...key, scopes: key.scopes as ApiScope[] });
