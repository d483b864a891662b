import { graphql } from './generated';

// Session documents: what the storefront signs in, renews and reads the current account with.

export const accountFieldsFragment = graphql(`
  fragment AccountFields on Account {
    id
    email
    displayName
    handle
    role
    status
    emailVerified
  }
`);

export const sessionFieldsFragment = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    account {
      ...AccountFields
    }
  }
`);

export const logInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      ...SessionFields
    }
  }
`);

export const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
      message
    }
  }
`);

export const refreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

export const logOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...AccountFields
    }
  }
`);

export const accountUpdatedSubscription = graphql(`
  subscription AccountUpdated {
    accountUpdated {
      ...AccountFields
    }
  }
`);
