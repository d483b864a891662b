import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { LiveUpdates } from './live/LiveUpdates';

/** react-admin's layout, plus the live updates every page of the panel follows. */
export function ModerationLayout({ children }: { children: ReactNode }) {
  return (
    <Layout>
      <LiveUpdates />
      {children}
    </Layout>
  );
}
