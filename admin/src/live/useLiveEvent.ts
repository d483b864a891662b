import { useEffect, useRef } from 'react';
import type { TypedDocumentString } from '../graphql/generated/graphql';
import { liveClient } from './live-client';

/**
 * Subscribes to a subscription for as long as the component is mounted, calling `onEvent` with each
 * event's data. The latest `onEvent` is always used, so callers need not memoise it.
 */
export function useLiveEvent<TData>(subscription: TypedDocumentString<TData, Record<string, never>>, onEvent: (data: TData) => void): void {
  const latest = useRef(onEvent);
  latest.current = onEvent;
  useEffect(() => {
    return liveClient.subscribe(
      subscription,
      {},
      {
        next: (data) => latest.current(data),
        // graphql-ws retries the connection itself; an error here is the API refusing this subscription.
        error: (err) => console.warn('live updates stopped', err),
      },
    );
  }, [subscription]);
}
