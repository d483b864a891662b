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

export type StaffSessionFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } };

export type AdminLogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AdminLogInMutation = { logIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } } };

export type AdminRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type AdminRefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } } };

export type AdminLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogOutMutation = { logOut: boolean };

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
export const StaffSessionFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"StaffSession"}) as unknown as TypedDocumentString<StaffSessionFragment, unknown>;
export const AdminLogInDocument = new TypedDocumentString(`
    mutation AdminLogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    ...StaffSession
  }
}
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
}`) as unknown as TypedDocumentString<AdminLogInMutation, AdminLogInMutationVariables>;
export const AdminRefreshSessionDocument = new TypedDocumentString(`
    mutation AdminRefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...StaffSession
  }
}
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
}`) as unknown as TypedDocumentString<AdminRefreshSessionMutation, AdminRefreshSessionMutationVariables>;
export const AdminLogOutDocument = new TypedDocumentString(`
    mutation AdminLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<AdminLogOutMutation, AdminLogOutMutationVariables>;