import { graphql } from './generated';

// Favourites, availability alerts, browser push, reviews and creators' photos.

export const favouriteCreatorMutation = graphql(`
  mutation FavouriteCreator($creatorId: ID!, $notify: Boolean) {
    favouriteCreator(creatorId: $creatorId, notify: $notify) {
      notify
      creator {
        id
      }
    }
  }
`);

export const unfavouriteCreatorMutation = graphql(`
  mutation UnfavouriteCreator($creatorId: ID!) {
    unfavouriteCreator(creatorId: $creatorId)
  }
`);

export const myFavouritesQuery = graphql(`
  query MyFavourites {
    myFavourites {
      notify
      creator {
        ...CreatorCardFields
      }
    }
  }
`);

export const availabilityAlertAddedSubscription = graphql(`
  subscription AvailabilityAlertAdded {
    availabilityAlertAdded {
      id
      online
      creator {
        id
        handle
        displayName
        avatarUrl
      }
    }
  }
`);

export const pushPublicKeyQuery = graphql(`
  query PushPublicKey {
    pushPublicKey
  }
`);

export const registerPushSubscriptionMutation = graphql(`
  mutation RegisterPushSubscription($subscription: PushSubscriptionInput!) {
    registerPushSubscription(subscription: $subscription)
  }
`);

export const leaveReviewMutation = graphql(`
  mutation LeaveReview($callId: ID!, $rating: Int!, $text: String) {
    leaveReview(callId: $callId, rating: $rating, text: $text) {
      id
      rating
      text
    }
  }
`);

export const reviewOfCallQuery = graphql(`
  query ReviewOfCall($id: ID!) {
    call(id: $id) {
      id
      reviewable
      review {
        id
        rating
        text
      }
    }
  }
`);

export const myPhotosQuery = graphql(`
  query MyPhotos {
    myPhotos {
      profile {
        id
        url
        srcset
      }
      gallery {
        id
        url
        srcset
      }
    }
  }
`);

export const placePhotoMutation = graphql(`
  mutation PlacePhoto($uploadId: ID!) {
    placePhoto(uploadId: $uploadId) {
      profile {
        id
        url
        srcset
      }
      gallery {
        id
        url
        srcset
      }
    }
  }
`);

export const removeMyPhotoMutation = graphql(`
  mutation RemoveMyPhoto($photoId: ID!) {
    removeMyPhoto(photoId: $photoId) {
      profile {
        id
        url
        srcset
      }
      gallery {
        id
        url
        srcset
      }
    }
  }
`);

export const reportPhotoMutation = graphql(`
  mutation ReportPhoto($photoId: ID!, $reason: ReportReason!, $note: String!) {
    reportPhoto(photoId: $photoId, reason: $reason, note: $note) {
      id
      status
    }
  }
`);
