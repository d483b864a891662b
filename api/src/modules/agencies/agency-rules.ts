/**
 * The rules of agency membership (DESIGN §3, seed 002), as pure functions: who may move a membership to which
 * state, and what share an agency may ask for.
 */

/** The most an agency may take of a member creator's part (after the platform's commission): half. */
export const AGENCY_SHARE_MAX_BPS = 5000;

export enum MembershipState {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  ENDED = 'ENDED',
}

/** Who acts on a membership: its agency's owner, its creator, or a moderator. */
export type MembershipParty = 'AGENCY' | 'CREATOR' | 'STAFF';

export type MembershipAction = 'ACCEPT' | 'DECLINE' | 'END';

/**
 * The state a membership moves to when `party` does `action`, or why it cannot. The creator accepts or
 * declines an invitation; the agency withdraws its own invitation (CANCELLED); either side, or a moderator,
 * ends a current membership (ENDED). Nothing leaves DECLINED, CANCELLED or ENDED.
 */
export function nextMembershipState(state: MembershipState, party: MembershipParty, action: MembershipAction): MembershipState | { refused: string } {
  if (state === MembershipState.INVITED) {
    if (action === 'ACCEPT' || action === 'DECLINE') {
      if (party !== 'CREATOR') return { refused: 'Only the invited creator can answer an invitation.' };
      return action === 'ACCEPT' ? MembershipState.ACTIVE : MembershipState.DECLINED;
    }
    return MembershipState.CANCELLED;
  }
  if (state === MembershipState.ACTIVE) {
    if (action === 'END') return MembershipState.ENDED;
    return { refused: 'This invitation was already accepted.' };
  }
  return { refused: `This membership is ${state.toLowerCase()}; nothing more can change it.` };
}

/** Checks a proposed share; returns the problem, or null when it is acceptable. */
export function shareProblem(shareBps: number): string | null {
  if (!Number.isInteger(shareBps) || shareBps < 0 || shareBps > AGENCY_SHARE_MAX_BPS) {
    return `shareBps must be a whole number of basis points from 0 to ${AGENCY_SHARE_MAX_BPS} (${AGENCY_SHARE_MAX_BPS / 100}% of the creator's part).`;
  }
  return null;
}

/** Trims an agency's name and checks it: 2–60 characters. */
export function agencyNameProblem(name: string): string | null {
  const trimmed = name.trim();
  return trimmed.length < 2 || trimmed.length > 60 ? 'name must be 2 to 60 characters long.' : null;
}
