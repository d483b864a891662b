import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { request } from '../graphql/client';
import {
  earningsBalanceQuery,
  purchaseQuery,
  purchaseTokensMutation,
  tokenPacksQuery,
  walletBalanceQuery,
  walletChangedSubscription,
} from '../graphql/wallet-documents';
import type { PurchaseQuery, PurchaseTokensMutation, TokenPacksQuery } from '../graphql/generated/graphql';
import { useSessionStore } from './session';

export type TokenPack = TokenPacksQuery['tokenPacks'][number];
export type PurchaseResult = PurchaseTokensMutation['purchaseTokens'];
export type Purchase = PurchaseQuery['purchase'];

/** The signed-in account's tokens, followed live (purchases, call minutes, unlocks, refunds). */
export const useWalletStore = defineStore('wallet', () => {
  const session = useSessionStore();
  const available = ref<number | null>(null);
  const held = ref(0);
  const frozen = ref(false);
  const earnings = ref<number | null>(null);
  const packs = ref<TokenPack[]>([]);
  /** True once a purchase said no real money moves (dev provider or Stripe test keys). */
  const testMode = ref(false);
  const isFan = computed(() => session.account?.role === 'FAN');

  async function load(): Promise<void> {
    if (session.account?.role === 'CREATOR') {
      earnings.value = (await request(earningsBalanceQuery, {})).earnings.balance;
      return;
    }
    if (!isFan.value) return;
    const { wallet } = await request(walletBalanceQuery, {});
    available.value = wallet.available;
    held.value = wallet.held;
    frozen.value = wallet.frozen;
  }

  async function loadPacks(): Promise<TokenPack[]> {
    if (!packs.value.length) packs.value = (await request(tokenPacksQuery, {})).tokenPacks;
    return packs.value;
  }

  /** A purchase as the payment provider last confirmed it (after returning from Checkout). */
  async function purchaseStatus(purchaseId: string): Promise<Purchase> {
    return (await request(purchaseQuery, { id: purchaseId })).purchase;
  }

  /**
   * Buys a pack. With Stripe the browser leaves for Checkout (tokens arrive from the webhook, never from the
   * page it returns to); the dev provider completes at once and the balance follows through walletChanged.
   */
  async function purchase(packId: string): Promise<PurchaseResult> {
    const { purchaseTokens } = await request(purchaseTokensMutation, { packId });
    testMode.value = purchaseTokens.testMode;
    if (purchaseTokens.checkoutUrl) window.location.assign(purchaseTokens.checkoutUrl);
    else await load().catch(() => undefined);
    return purchaseTokens;
  }

  let stopFollowing: (() => void) | null = null;
  watch(
    () => (session.account && session.account.role !== 'MODERATOR' && session.account.role !== 'ADMIN' ? session.account.id : null),
    async (id) => {
      stopFollowing?.();
      stopFollowing = null;
      available.value = null;
      earnings.value = null;
      if (!id) return;
      load().catch(() => undefined);
      const { subscribe, onReconnected } = await import('../graphql/subscriptions');
      if (session.account?.id !== id) return;
      const stopSubscription = subscribe(
        walletChangedSubscription,
        {},
        {
          next: ({ walletChanged }) => {
            if (isFan.value) {
              available.value = walletChanged.available;
              held.value = walletChanged.held;
              frozen.value = walletChanged.frozen;
            }
            earnings.value = walletChanged.earnings;
          },
        },
      );
      const stopReconnect = onReconnected(() => void load().catch(() => undefined));
      stopFollowing = () => {
        stopSubscription();
        stopReconnect();
      };
    },
    { immediate: true },
  );

  return {
    available,
    held,
    frozen,
    earnings,
    packs,
    testMode,
    load,
    loadPacks,
    purchaseStatus,
    purchase,
  };
});
