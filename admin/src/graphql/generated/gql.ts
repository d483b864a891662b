/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment StaffSession on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      id\n      email\n      displayName\n      handle\n      role\n      status\n    }\n  }\n": typeof types.StaffSessionFragmentDoc,
    "\n  mutation AdminLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...StaffSession\n    }\n  }\n": typeof types.AdminLogInDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...StaffSession\n    }\n  }\n": typeof types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogOut {\n    logOut\n  }\n": typeof types.AdminLogOutDocument,
};
const documents: Documents = {
    "\n  fragment StaffSession on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      id\n      email\n      displayName\n      handle\n      role\n      status\n    }\n  }\n": types.StaffSessionFragmentDoc,
    "\n  mutation AdminLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...StaffSession\n    }\n  }\n": types.AdminLogInDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...StaffSession\n    }\n  }\n": types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogOut {\n    logOut\n  }\n": types.AdminLogOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSession on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      id\n      email\n      displayName\n      handle\n      role\n      status\n    }\n  }\n"): typeof import('./graphql').StaffSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...StaffSession\n    }\n  }\n"): typeof import('./graphql').AdminLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...StaffSession\n    }\n  }\n"): typeof import('./graphql').AdminRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogOut {\n    logOut\n  }\n"): typeof import('./graphql').AdminLogOutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
