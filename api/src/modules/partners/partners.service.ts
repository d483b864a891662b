import type { ApiClient, RequestContext } from '../../common/context';
import { AppError, badInput, ErrorCode, notFound, unauthenticated } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key';
import { checkAppFields } from './app-fields';
import type { ApiKeyRecord, PartnerAppRecord, PartnerRepository, UsageRow } from './partner.repository';
import { ApiScope } from './scopes';
import type { UsageRecorder } from './usage-recorder';

export interface PartnerLimits {
  appsPerAccount: number;
  activeKeysPerApp: number;
}

export interface AppInput {
  name: string;
  website?: string | null;
  allowedOrigins?: readonly string[] | null;
}

export const MAX_USAGE_DAYS = 90;

/**
 * Partners (DESIGN §8): any signed-in account registers apps and manages their API keys; requests made with a key
 * are authenticated here. A key's secret is returned once, when it is created; only its hash is kept.
 */
export class PartnersService {
  constructor(
    private readonly repository: PartnerRepository,
    private readonly usageRecorder: UsageRecorder,
    private readonly pubsub: PubSub,
    private readonly limits: PartnerLimits,
  ) {}

  async registerApp(ctx: RequestContext, input: AppInput): Promise<PartnerAppRecord> {
    const ownerId = ctx.requireViewer().account.id;
    const fields = checkAppFields(input);
    if ((await this.repository.countApps(ctx, ownerId)) >= this.limits.appsPerAccount) {
      throw badInput(`An account may register at most ${this.limits.appsPerAccount} apps.`);
    }
    return this.repository.insertApp(ctx, ownerId, fields);
  }

  async updateApp(ctx: RequestContext, appId: string, input: AppInput): Promise<PartnerAppRecord> {
    await this.ownApp(ctx, appId);
    return this.repository.updateApp(ctx, appId, checkAppFields(input));
  }

  myApps(ctx: RequestContext): Promise<PartnerAppRecord[]> {
    return this.repository.appsOf(ctx, ctx.requireViewer().account.id);
  }

  /** One of the signed-in account's apps; NOT_FOUND for anyone else's. */
  async ownApp(ctx: RequestContext, appId: string): Promise<PartnerAppRecord> {
    const app = await this.repository.app(ctx, appId);
    if (!app || app.ownerId !== ctx.requireViewer().account.id) throw notFound('App');
    return app;
  }

  keysOf(ctx: RequestContext, appId: string): Promise<ApiKeyRecord[]> {
    return this.repository.keysOf(ctx, appId);
  }

  async createKey(ctx: RequestContext, appId: string, scopes: readonly ApiScope[]): Promise<{ apiKey: ApiKeyRecord; secret: string }> {
    await this.ownApp(ctx, appId);
    const chosen = [...new Set(scopes)].filter((s) => Object.values(ApiScope).includes(s)).sort();
    if (!chosen.length) throw badInput('Choose at least one scope.', 'scopes');
    if ((await this.repository.countActiveKeys(ctx, appId)) >= this.limits.activeKeysPerApp) {
      throw badInput(`An app may have at most ${this.limits.activeKeysPerApp} active keys; revoke one first.`);
    }
    const generated = generateApiKey();
    const apiKey = await this.repository.insertKey(ctx, appId, generated.prefix, generated.hash, chosen);
    ctx.log.info({ appId, keyId: apiKey.id, prefix: apiKey.prefix, scopes: chosen }, 'api key created');
    return { apiKey, secret: generated.key };
  }

  /** Revokes a key of one of the signed-in account's apps; requests with it fail from now on. Revoking twice is a no-op. */
  async revokeKey(ctx: RequestContext, keyId: string): Promise<ApiKeyRecord> {
    const key = await this.repository.key(ctx, keyId);
    if (!key || key.ownerId !== ctx.requireViewer().account.id) throw notFound('API key');
    const revoked = await this.repository.revokeKey(ctx, keyId);
    if (!key.revokedAt) {
      ctx.log.info({ appId: key.appId, keyId, prefix: key.prefix }, 'api key revoked');
      // Open WebSocket connections made with the key close too, on every process.
      ctx.afterCommit(() => this.pubsub.publish('API_KEY_REVOKED', { keyId }));
    }
    return revoked;
  }

  /** Usage of an app's keys per key per UTC day, for the last `days` days (today included). */
  async usage(ctx: RequestContext, appId: string, days: number): Promise<UsageRow[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_USAGE_DAYS) throw badInput(`days must be 1 to ${MAX_USAGE_DAYS}.`, 'days');
    await this.ownApp(ctx, appId);
    const keys = await this.repository.keysOf(ctx, appId);
    if (!keys.length) return [];
    await this.usageRecorder.flush();
    const since = new Date(ctx.clock.now().getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    return this.repository.usage(
      ctx,
      keys.map((k) => k.id),
      since,
    );
  }

  /**
   * The app behind a presented key. Malformed, unknown and revoked keys are UNAUTHENTICATED; a browser request
   * (`origin` set) from an origin the app did not allow is FORBIDDEN.
   */
  async authenticateKey(ctx: RequestContext, raw: string, origin: string | null): Promise<ApiClient> {
    const prefix = apiKeyPrefix(raw.trim());
    if (!prefix) throw unauthenticated('Malformed API key: expected pk_… as shown when the key was created.');
    const key = await this.repository.credentials(ctx, prefix);
    if (!key || !apiKeyMatches(raw.trim(), key.secretHash)) throw unauthenticated('Unknown API key.');
    if (key.revokedAt) throw unauthenticated('This API key was revoked.');
    if (origin !== null && !key.allowedOrigins.includes(origin)) {
      throw new AppError(ErrorCode.FORBIDDEN, `Origin ${origin} is not among this app’s allowed origins.`);
    }
    return { appId: key.appId, keyId: key.id, prefix: key.prefix, scopes: key.scopes };
  }

  originAllowedByAnyApp(ctx: RequestContext, origin: string): Promise<boolean> {
    return this.repository.originAllowedByAnyApp(ctx, origin);
  }

  /** Records one request made with a key (counted per UTC day). */
  recordRequest(client: ApiClient, outcome: { points: number; error: boolean; rateLimited: boolean }): void {
    this.usageRecorder.record(client.keyId, outcome);
  }

  /** Writes pending usage counts (at shutdown). */
  flushUsage(): Promise<void> {
    return this.usageRecorder.flush();
  }
}
