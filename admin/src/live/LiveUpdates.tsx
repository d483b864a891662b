import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { liveCallChangedSubscription, reportCreatedSubscription } from '../graphql/moderation';
import { liveClient } from './live-client';
import { NewReportAlert } from './NewReportAlert';
import { useLiveEvent } from './useLiveEvent';

/** The query key of the dashboard's figures, refreshed with every event. */
export const STATS_QUERY_KEY = ['moderationStats'];

/**
 * Keeps the whole panel current while it is open: a new report is announced wherever the moderator is
 * and the report queue re-reads; a call starting, changing or ending re-reads the calls, the ledger and
 * the figures. Events are hints: the pages re-read from the API rather than patch their data, and after
 * a reconnection everything is re-read. Re-reads are batched to at most a few per second.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const invalidate = useMemo(() => batchedInvalidation((key) => queryClient.invalidateQueries({ queryKey: [key] })), [queryClient]);

  useLiveEvent(reportCreatedSubscription, ({ reportCreated }) => {
    notify(<NewReportAlert report={reportCreated} />, { type: 'warning', autoHideDuration: 15_000 });
    invalidate(['Report', STATS_QUERY_KEY[0]]);
  });

  useLiveEvent(liveCallChangedSubscription, () => {
    // A report's page shows its call; a call's page its transfers (each minute settles one).
    invalidate(['LiveCall', 'Report', 'Transfer', STATS_QUERY_KEY[0]]);
  });

  useEffect(() => liveClient.onReconnected(() => void queryClient.invalidateQueries()), [queryClient]);
  return null;
}

/** Collects keys for up to 250 ms, then invalidates each once, so a burst of events costs one re-read. */
function batchedInvalidation(run: (key: string) => void): (keys: string[]) => void {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return (keys) => {
    keys.forEach((key) => pending.add(key));
    timer ??= setTimeout(() => {
      timer = null;
      const due = [...pending];
      pending.clear();
      due.forEach(run);
    }, 250);
  };
}
