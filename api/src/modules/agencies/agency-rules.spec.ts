import {
  AGENCY_SHARE_MAX_BPS,
  agencyNameProblem,
  MembershipState,
  nextMembershipState,
  shareProblem,
  type MembershipAction,
  type MembershipParty,
} from './agency-rules';

describe('nextMembershipState', () => {
  it.each<[MembershipState, MembershipParty, MembershipAction, MembershipState]>([
    [MembershipState.INVITED, 'CREATOR', 'ACCEPT', MembershipState.ACTIVE],
    [MembershipState.INVITED, 'CREATOR', 'DECLINE', MembershipState.DECLINED],
    [MembershipState.INVITED, 'AGENCY', 'END', MembershipState.CANCELLED],
    [MembershipState.INVITED, 'CREATOR', 'END', MembershipState.CANCELLED],
    [MembershipState.INVITED, 'STAFF', 'END', MembershipState.CANCELLED],
    [MembershipState.ACTIVE, 'CREATOR', 'END', MembershipState.ENDED],
    [MembershipState.ACTIVE, 'AGENCY', 'END', MembershipState.ENDED],
    [MembershipState.ACTIVE, 'STAFF', 'END', MembershipState.ENDED],
  ])('%s: %s does %s → %s', (state, party, action, next) => {
    expect(nextMembershipState(state, party, action)).toBe(next);
  });

  it.each<[MembershipState, MembershipParty, MembershipAction]>([
    [MembershipState.INVITED, 'AGENCY', 'ACCEPT'],
    [MembershipState.INVITED, 'STAFF', 'ACCEPT'],
    [MembershipState.INVITED, 'AGENCY', 'DECLINE'],
    [MembershipState.ACTIVE, 'CREATOR', 'ACCEPT'],
    [MembershipState.ACTIVE, 'CREATOR', 'DECLINE'],
    [MembershipState.ENDED, 'CREATOR', 'END'],
    [MembershipState.DECLINED, 'CREATOR', 'ACCEPT'],
    [MembershipState.CANCELLED, 'CREATOR', 'ACCEPT'],
  ])('%s: %s may not %s', (state, party, action) => {
    expect(nextMembershipState(state, party, action)).toHaveProperty('refused');
  });
});

describe('shareProblem', () => {
  it.each([0, 1, 2500, AGENCY_SHARE_MAX_BPS])('accepts %i bps', (bps) => expect(shareProblem(bps)).toBeNull());
  it.each([-1, 1.5, AGENCY_SHARE_MAX_BPS + 1, NaN])('refuses %d bps', (bps) => expect(shareProblem(bps)).toMatch(/shareBps/));
});

describe('agencyNameProblem', () => {
  it('wants 2 to 60 characters once trimmed', () => {
    expect(agencyNameProblem('  Ab ')).toBeNull();
    expect(agencyNameProblem(' a ')).toMatch(/2 to 60/);
    expect(agencyNameProblem('x'.repeat(61))).toMatch(/2 to 60/);
  });
});
