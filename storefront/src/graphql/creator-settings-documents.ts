import { graphql } from './generated';

// The signed-in creator's own call settings: calls on/off and price, phone, weekly hours, pauses, profile.

export const creatorSettingsFieldsFragment = graphql(`
  fragment CreatorSettingsFields on CreatorSettings {
    creator {
      ...CreatorProfileFields
    }
    pricePerMinute
    minPricePerMinute
    maxPricePerMinute
    phoneVerified
    phoneLastTwoDigits
    pendingPhoneVerification {
      phoneLastTwoDigits
      expiresAt
      attemptsLeft
      sendsLeft
    }
    pausedUntil
    pausedIndefinitely
  }
`);

export const myCreatorSettingsQuery = graphql(`
  query MyCreatorSettings {
    myCreatorSettings {
      ...CreatorSettingsFields
    }
  }
`);

export const enableCallsMutation = graphql(`
  mutation EnableCalls($pricePerMinute: Int!) {
    enableCalls(pricePerMinute: $pricePerMinute) {
      ...CreatorSettingsFields
    }
  }
`);

export const updateCallSettingsMutation = graphql(`
  mutation UpdateCallSettings($pricePerMinute: Int!) {
    updateCallSettings(pricePerMinute: $pricePerMinute) {
      ...CreatorSettingsFields
    }
  }
`);

export const disableCallsMutation = graphql(`
  mutation DisableCalls {
    disableCalls {
      ...CreatorSettingsFields
    }
  }
`);

export const startPhoneVerificationMutation = graphql(`
  mutation StartPhoneVerification($phone: String!) {
    startPhoneVerification(phone: $phone) {
      phoneLastTwoDigits
      expiresAt
      attemptsLeft
      sendsLeft
    }
  }
`);

export const confirmPhoneVerificationMutation = graphql(`
  mutation ConfirmPhoneVerification($code: String!) {
    confirmPhoneVerification(code: $code) {
      ...CreatorSettingsFields
    }
  }
`);

export const setAvailabilityScheduleMutation = graphql(`
  mutation SetAvailabilitySchedule($timeZone: String!, $slots: [ScheduleSlotInput!]!) {
    setAvailabilitySchedule(timeZone: $timeZone, slots: $slots) {
      ...CreatorSettingsFields
    }
  }
`);

export const pauseCallsMutation = graphql(`
  mutation PauseCalls($minutes: Int, $untilResumed: Boolean) {
    pauseCalls(minutes: $minutes, untilResumed: $untilResumed) {
      ...CreatorSettingsFields
    }
  }
`);

export const resumeCallsMutation = graphql(`
  mutation ResumeCalls {
    resumeCalls {
      ...CreatorSettingsFields
    }
  }
`);

export const updateCreatorProfileMutation = graphql(`
  mutation UpdateCreatorProfile($input: UpdateCreatorProfileInput!) {
    updateCreatorProfile(input: $input) {
      ...CreatorSettingsFields
    }
  }
`);

export const devOutboxQuery = graphql(`
  query DevOutbox {
    devOutbox(first: 30) {
      id
      to
      body
      purpose
      sentAt
    }
  }
`);
