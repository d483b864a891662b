import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { creatorAvailabilityChangedSubscription } from '../graphql/creator-documents';
import type { Availability } from '../availability';

/** The API watches at most this many creators per subscription. */
const MAX_WATCHED = 100;

/**
 * Live availability of the creators on screen. Pages put what they read into it and watch the creators they
 * show; one creatorAvailabilityChanged subscription covers everything watched, so a dot turns red, grey or
 * green on every page at once, without a reload.
 */
export const useAvailabilityStore = defineStore('availability', () => {
  const byCreator = shallowReactive(new Map<string, Availability>());
  const watchers = new Map<string, number>();
  let stop: (() => void) | null = null;
  let subscribedTo = '';
  let scheduled = false;

  function remember(creatorId: string, availability: Availability): void {
    byCreator.set(creatorId, availability);
  }

  /** The latest known availability, or `fallback` (what the page read) when none came live yet. */
  function of(creatorId: string, fallback?: Availability | null): Availability | null {
    return byCreator.get(creatorId) ?? fallback ?? null;
  }

  /** Follows these creators until the returned function is called. */
  function watchCreators(creatorIds: readonly string[]): () => void {
    const ids = [...new Set(creatorIds)];
    for (const id of ids) watchers.set(id, (watchers.get(id) ?? 0) + 1);
    resubscribeSoon();
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      for (const id of ids) {
        const count = (watchers.get(id) ?? 1) - 1;
        if (count > 0) watchers.set(id, count);
        else watchers.delete(id);
      }
      resubscribeSoon();
    };
  }

  // Pages mount and unmount together on navigation: one new subscription for the lot, not one per change.
  function resubscribeSoon(): void {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      void resubscribe();
    }, 0);
  }

  async function resubscribe(): Promise<void> {
    const ids = [...watchers.keys()].slice(-MAX_WATCHED).sort();
    const key = ids.join(',');
    if (key === subscribedTo) return;
    subscribedTo = key;
    stop?.();
    stop = null;
    if (!ids.length) return;
    const { subscribe } = await import('../graphql/subscriptions');
    if (subscribedTo !== key) return;
    stop = subscribe(
      creatorAvailabilityChangedSubscription,
      { creatorIds: ids },
      {
        next: ({ creatorAvailabilityChanged: change }) => remember(change.creatorId, change.availability),
      },
    );
  }

  return { byCreator, remember, of, watchCreators };
});
