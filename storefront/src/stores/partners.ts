import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../graphql/client';
import type { ApiScope, PartnerAppFieldsFragment, PartnerAppInput, PartnerAppUsageQuery } from '../graphql/generated/graphql';
import {
  createApiKeyMutation,
  partnerAppsQuery,
  partnerAppUsageQuery,
  registerPartnerAppMutation,
  revokeApiKeyMutation,
  updatePartnerAppMutation,
} from '../graphql/partner-documents';

export type PartnerApp = PartnerAppFieldsFragment;
export type UsageDay = PartnerAppUsageQuery['partnerAppUsage'][number];

/** The developer console: the signed-in account's partner apps, their keys and usage. */
export const usePartnersStore = defineStore('partners', () => {
  const apps = ref<PartnerApp[]>([]);
  const loaded = ref(false);

  async function load(): Promise<void> {
    apps.value = (await request(partnerAppsQuery, {})).partnerApps;
    loaded.value = true;
  }

  function replace(app: PartnerApp): void {
    const i = apps.value.findIndex((a) => a.id === app.id);
    if (i >= 0) apps.value.splice(i, 1, app);
    else apps.value.push(app);
  }

  async function register(input: PartnerAppInput): Promise<PartnerApp> {
    const app = (await request(registerPartnerAppMutation, { input })).registerPartnerApp;
    replace(app);
    return app;
  }

  async function update(appId: string, input: PartnerAppInput): Promise<PartnerApp> {
    const app = (await request(updatePartnerAppMutation, { appId, input })).updatePartnerApp;
    replace(app);
    return app;
  }

  /** Creates a key and returns its secret, which the API shows this once. */
  async function createKey(appId: string, scopes: ApiScope[]): Promise<string> {
    const { createApiKey } = await request(createApiKeyMutation, { appId, scopes });
    const app = apps.value.find((a) => a.id === appId);
    if (app) app.keys.unshift(createApiKey.apiKey);
    return createApiKey.secret;
  }

  async function revokeKey(appId: string, keyId: string): Promise<void> {
    const revoked = (await request(revokeApiKeyMutation, { keyId })).revokeApiKey;
    const app = apps.value.find((a) => a.id === appId);
    const i = app?.keys.findIndex((k) => k.id === keyId) ?? -1;
    if (app && i >= 0) app.keys.splice(i, 1, revoked);
  }

  async function usage(appId: string, days: number): Promise<UsageDay[]> {
    return (await request(partnerAppUsageQuery, { appId, days })).partnerAppUsage;
  }

  return { apps, loaded, load, register, update, createKey, revokeKey, usage };
});
