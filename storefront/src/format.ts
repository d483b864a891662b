// Small formatting helpers shared by pages and components.

import type { Role } from './graphql/generated/graphql';

const labels: Record<Role, string> = { FAN: 'Fan', CREATOR: 'Creator', MODERATOR: 'Moderator', ADMIN: 'Admin' };

/** How a role is named to people. */
export function roleLabel(role: Role): string {
  return labels[role];
}
