import { ref, shallowRef } from 'vue';
import { request } from '../graphql/client';
import { earningsQuery, walletHistoryQuery } from '../graphql/wallet-documents';
import type { BalanceEntryFieldsFragment } from '../graphql/generated/graphql';

export type BalanceEntry = BalanceEntryFieldsFragment;

/**
 * A history of balance changes as a page shows it, newest first, read a page at a time: a fan's wallet
 * ('wallet') or a creator's earnings ('earnings', with the balance it adds up to). Each page that shows one
 * has its own; the balances themselves live in the wallet store.
 */
export function useBalanceHistory(of: 'wallet' | 'earnings') {
  const entries = shallowRef<BalanceEntry[]>([]);
  const nextCursor = ref<string | null>(null);
  const loadingMore = ref(false);
  /** For 'earnings': what is earned and not yet paid out, as of the last read. */
  const balance = ref<number | null>(null);

  /** Reads the newest entries, or with `more` the next older ones. Throws ApiError. */
  async function load(more = false): Promise<void> {
    loadingMore.value = more;
    try {
      const after = more ? nextCursor.value : null;
      let page: { edges: { node: BalanceEntry }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
      if (of === 'earnings') {
        const { earnings } = await request(earningsQuery, { after });
        balance.value = earnings.balance;
        page = earnings.history;
      } else {
        page = (await request(walletHistoryQuery, { after })).wallet.history;
      }
      const loaded = page.edges.map((edge) => edge.node);
      entries.value = more ? [...entries.value, ...loaded] : loaded;
      nextCursor.value = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } finally {
      loadingMore.value = false;
    }
  }

  return { entries, nextCursor, loadingMore, balance, load };
}
