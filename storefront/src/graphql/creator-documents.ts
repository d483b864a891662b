import { graphql } from './generated';

// Creators as fans see them: the directory, one profile, and live availability.

export const availabilityFieldsFragment = graphql(`
  fragment AvailabilityFields on CreatorAvailability {
    status
    until
    nextAvailableAt
    online
    reachability
  }
`);

export const creatorCardFieldsFragment = graphql(`
  fragment CreatorCardFields on Creator {
    id
    handle
    displayName
    avatarUrl
    photo {
      id
      url
      srcset
      width
      height
    }
    tags
    languages
    ratingAverage
    ratingCount
    callsEnabled
    pricePerMinute
    availability {
      ...AvailabilityFields
    }
  }
`);

export const creatorProfileFieldsFragment = graphql(`
  fragment CreatorProfileFields on Creator {
    ...CreatorCardFields
    bio
    timeZone
    joinedAt
    usuallyAnswersWithinSeconds
    gallery {
      id
      url
      srcset
      width
      height
    }
    viewerFavourite {
      favourite
      notify
    }
    schedule {
      weekday
      start
      end
    }
  }
`);

export const creatorsQuery = graphql(`
  query Creators($first: Int!, $after: String, $filter: CreatorFilter, $sort: CreatorSort) {
    creators(first: $first, after: $after, filter: $filter, sort: $sort) {
      edges {
        cursor
        node {
          ...CreatorCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const creatorByHandleQuery = graphql(`
  query CreatorByHandle($handle: String!) {
    creator(handle: $handle) {
      ...CreatorProfileFields
    }
  }
`);

export const creatorByIdQuery = graphql(`
  query CreatorById($id: ID!) {
    creator(id: $id) {
      ...CreatorProfileFields
    }
  }
`);

export const creatorAvailabilityChangedSubscription = graphql(`
  subscription CreatorAvailabilityChanged($creatorIds: [ID!]!) {
    creatorAvailabilityChanged(creatorIds: $creatorIds) {
      creatorId
      availability {
        ...AvailabilityFields
      }
    }
  }
`);

export const creatorUpdatedSubscription = graphql(`
  subscription CreatorUpdated($creatorId: ID!) {
    creatorUpdated(creatorId: $creatorId) {
      ...CreatorCardFields
      bio
      timeZone
      schedule {
        weekday
        start
        end
      }
    }
  }
`);

export const creatorReviewsQuery = graphql(`
  query CreatorReviews($creatorId: ID!, $first: Int!) {
    reviews(creatorId: $creatorId, first: $first) {
      edges {
        node {
          id
          rating
          text
          fanDisplayName
          createdAt
          reply
        }
      }
    }
  }
`);
