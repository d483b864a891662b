import { graphql } from './generated';

// The admin's own operations; resource queries are built by dataProvider.ts from resource names.

export const staffSessionFragment = graphql(`
  fragment StaffSession on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    account {
      id
      email
      displayName
      handle
      role
      status
    }
  }
`);

export const logInMutation = graphql(`
  mutation AdminLogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      ...StaffSession
    }
  }
`);

export const refreshSessionMutation = graphql(`
  mutation AdminRefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...StaffSession
    }
  }
`);

export const logOutMutation = graphql(`
  mutation AdminLogOut {
    logOut
  }
`);
