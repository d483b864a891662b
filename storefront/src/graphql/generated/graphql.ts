/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an account may use Minutely. */
export type AccountStatus =
  /** The account can sign in and act. */
  | 'ACTIVE'
  /** A moderator suspended the account; it is refused everywhere. */
  | 'SUSPENDED';

/** What an account is on Minutely. */
export type Role =
  /** Everything a moderator does, plus staff accounts and wallet corrections. */
  | 'ADMIN'
  /** Is called and chatted with for a price, and earns. */
  | 'CREATOR'
  /** Finds creators, calls them, chats and buys tokens. */
  | 'FAN'
  /** Works the report queue and acts on calls and accounts. */
  | 'MODERATOR';

/** A new account. */
export type SignUpInput = {
  /** Name shown to other users (1–50 characters). */
  displayName: string;
  /** Email address used to log in. */
  email: string;
  /** Unique handle: 3–30 lower-case letters, digits or underscores. */
  handle: string;
  /** Password of at least 10 characters. */
  password: string;
  /** FAN (default) or CREATOR. */
  role?: SignUpRole;
};

/** The roles anyone may sign up as; staff accounts are created by an admin. */
export type SignUpRole =
  /** Is called and earns. */
  | 'CREATOR'
  /** Finds and calls creators. */
  | 'FAN';

export type AccountFieldsFragment = { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } };

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LogInMutation = { logIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } | null };

export type AccountUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountUpdatedSubscription = { accountUpdated: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
}`, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    ...SessionFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    ...SessionFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AccountUpdatedDocument = new TypedDocumentString(`
    subscription AccountUpdated {
  accountUpdated {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
}`) as unknown as TypedDocumentString<AccountUpdatedSubscription, AccountUpdatedSubscriptionVariables>;