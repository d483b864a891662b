import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { AccountStatus, Role } from './account.entity';

@ObjectType({ description: 'Which emails an account wants besides the ones about its security (those always go out).' })
export class NotificationPreferences {
  @Field({ description: 'Email when a call to me was missed (creators).' })
  missedCalls: boolean;

  @Field({ description: 'Email about new messages while I am away.' })
  messages: boolean;

  @Field({ description: 'Occasional news about Minutely.' })
  productNews: boolean;
}

@ObjectType('Account', { description: 'A Minutely account: a fan, a creator or a member of staff.' })
export class AccountView {
  @Field(() => ID, { description: 'Stable identifier of the account.' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Email address; visible only to the account itself and to staff, null for everyone else.',
  })
  email: string | null;

  @Field({ description: 'Name shown to other users.' })
  displayName: string;

  @Field({ description: 'Unique lower-case handle used in profile links.' })
  handle: string;

  @Field(() => Role, { description: 'What the account is.' })
  role: Role;

  @Field(() => AccountStatus, { description: 'Whether the account is active or suspended.' })
  status: AccountStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt: Date;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the current email address was verified by following the emailed link; visible to the account itself and to staff. Buying tokens, calling and payouts need it.',
  })
  emailVerified: boolean | null;

  @Field(() => NotificationPreferences, { nullable: true, description: 'Which emails the account wants; visible only to the account itself.' })
  notificationPreferences: NotificationPreferences | null;
}

@ObjectType({ description: 'Result of signUp: the same whether or not the address already had an account.' })
export class SignUpResult {
  @Field({ description: 'The address (normalized) an email was sent to.' })
  email: string;

  @Field({ description: 'What to tell the person: look in the inbox.' })
  message: string;
}

@ObjectType({ description: 'Result of requestEmailChange: the same whether or not the new address is free.' })
export class EmailChangeRequested {
  @Field({ description: 'The address a confirmation link was sent to; the account moves there once it is followed.' })
  pendingEmail: string;

  @Field({ description: 'What to tell the person.' })
  message: string;
}

@ObjectType({ description: 'Tokens for a signed-in session, returned by signUp, logIn and refreshSession.' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT; send it as `Authorization: Bearer …` or in the WebSocket `connection_init` payload.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token expires; refresh before then.' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single-use token for refreshSession; every use returns a new one. Keep it secret.' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the refresh token expires.' })
  refreshTokenExpiresAt: Date;

  @Field(() => AccountView, { description: 'The signed-in account.' })
  account: AccountView;
}

@ObjectType({ description: 'Someone in a conversation, as the other side sees them.' })
export class Participant {
  @Field(() => ID, { description: 'Account id.' })
  id: string;

  @Field({ description: 'Display name.' })
  displayName: string;

  @Field({ description: 'Handle.' })
  handle: string;
}
