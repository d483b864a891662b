import { createSessionStorage } from '@minutely/web-client';
import type { StaffSessionFragment } from './generated/graphql';

/**
 * The moderator's session (tokens and account) in localStorage. Its key differs from the storefront's:
 * both apps share one origin, and signing in to the storefront must not sign anyone in here.
 */
export type StaffSession = StaffSessionFragment;

const storage = createSessionStorage<StaffSession>({ key: 'minutely.admin.session' });

/** The session, read afresh each time: another tab may have renewed or ended it. */
export const currentStaffSession = (): StaffSession | null => storage.sync();

export function saveStaffSession(session: StaffSession | null): void {
  storage.save(session);
}
