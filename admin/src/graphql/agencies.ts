import { graphql } from './generated';

// Agencies as moderators see them: agencies and memberships (listed through dataProvider.ts) and ending one, audited.

export const agencyMembershipFields = graphql(`
  fragment AgencyMembershipFields on AgencyMembership {
    id
    state
    shareBps
    invitedAt
    respondedAt
    endedAt
    agency {
      id
      name
    }
    creator {
      id
      displayName
      handle
    }
  }
`);

export const endAgencyMembershipMutation = graphql(`
  mutation AdminEndAgencyMembership($membershipId: ID!, $reason: String!) {
    endAgencyMembershipAsStaff(membershipId: $membershipId, reason: $reason) {
      id
      state
      endedAt
    }
  }
`);

export const agencyFields = graphql(`
  fragment AgencyFields on Agency {
    id
    name
    createdAt
    owner {
      id
      displayName
      handle
    }
    memberships {
      id
      state
    }
  }
`);
