import { graphql } from './generated';

// Account management: verification, password reset, settings, export and deletion.

export const verifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...AccountFields
    }
  }
`);

export const resendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const accountSettingsQuery = graphql(`
  query AccountSettings {
    me {
      ...AccountFields
      notificationPreferences {
        missedCalls
        messages
        productNews
      }
    }
  }
`);

export const updateDisplayNameMutation = graphql(`
  mutation UpdateDisplayName($displayName: String!) {
    updateDisplayName(displayName: $displayName) {
      ...AccountFields
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const requestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword) {
      pendingEmail
      message
    }
  }
`);

export const updateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      id
      notificationPreferences {
        missedCalls
        messages
        productNews
      }
    }
  }
`);

export const myDataExportQuery = graphql(`
  query MyDataExport {
    myDataExport
  }
`);

export const deleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!, $acceptLosses: Boolean!) {
    deleteMyAccount(password: $password, acceptLosses: $acceptLosses) {
      __typename
      ... on AccountDeleted {
        deletedAt
      }
      ... on DeletionNeedsConfirmation {
        earnings
        walletTokens
        message
      }
    }
  }
`);

export const devEmailOutboxQuery = graphql(`
  query DevEmailOutbox {
    devEmailOutbox(first: 20) {
      id
      to
      subject
      text
      sentAt
    }
  }
`);
