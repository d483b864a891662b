import { ref, shallowRef } from 'vue';
import { request } from '../graphql/client';
import { walletActivityCsvQuery, walletActivityQuery } from '../graphql/wallet-documents';
import type { ActivityItemFieldsFragment } from '../graphql/generated/graphql';

export type ActivityItem = ActivityItemFieldsFragment;

/**
 * The signed-in account's money as people read it, newest first, a page at a time: one item per call, unlock,
 * tip or purchase (a fan's wallet; a creator's own share of their earnings). Each page that shows it has its own.
 */
export function useActivity() {
  const items = shallowRef<ActivityItem[]>([]);
  const nextCursor = ref<string | null>(null);
  const loadingMore = ref(false);

  /** Reads the newest items, or with `more` the next older ones. Throws ApiError. */
  async function load(more = false): Promise<void> {
    loadingMore.value = more;
    try {
      const { walletActivity } = await request(walletActivityQuery, { after: more ? nextCursor.value : null });
      const loaded = walletActivity.edges.map((edge) => edge.node);
      items.value = more ? [...items.value, ...loaded] : loaded;
      nextCursor.value = walletActivity.pageInfo.hasNextPage ? (walletActivity.pageInfo.endCursor ?? null) : null;
    } finally {
      loadingMore.value = false;
    }
  }

  /** Downloads the items of [from, to) (dates as YYYY-MM-DD, `to` included) as a CSV file. Throws ApiError. */
  async function downloadCsv(from: string, to: string): Promise<void> {
    const end = new Date(`${to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    const { walletActivityCsv } = await request(walletActivityCsvQuery, { from: new Date(`${from}T00:00:00`).toISOString(), to: end.toISOString() });
    const url = URL.createObjectURL(new Blob([walletActivityCsv], { type: 'text/csv' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `minutely-activity-${from}-to-${to}.csv` });
    link.click();
    URL.revokeObjectURL(url);
  }

  return { items, nextCursor, loadingMore, load, downloadCsv };
}
