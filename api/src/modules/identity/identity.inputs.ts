import { IsEmail, IsIn, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { Role } from './account.entity';

export enum SignUpRole {
  FAN = 'FAN',
  CREATOR = 'CREATOR',
  AGENCY = 'AGENCY',
}
registerEnumType(SignUpRole, {
  name: 'SignUpRole',
  description: 'The roles anyone may sign up as; staff accounts are created by an admin.',
  valuesConfig: {
    FAN: { description: 'Finds and calls creators.' },
    CREATOR: { description: 'Is called and earns.' },
    AGENCY: { description: 'Owns an agency that manages creators (who accept its invitations) and earns a share.' },
  },
});

export const PASSWORD_MIN = 10;
export const HANDLE_PATTERN = /^[a-z0-9_]{3,30}$/;

@InputType('NewAccountFields', { description: 'Fields every new account has.' })
abstract class AccountFieldsInput {
  @Field({ description: 'Email address used to log in.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: `Password of at least ${PASSWORD_MIN} characters.` })
  @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters long` })
  @MaxLength(200, { message: 'password must be at most 200 characters long' })
  password: string;

  @Field({ description: 'Name shown to other users (1–50 characters).' })
  @Length(1, 50, { message: 'displayName must be 1 to 50 characters long' })
  displayName: string;

  @Field({ description: 'Unique handle: 3–30 lower-case letters, digits or underscores.' })
  @Matches(HANDLE_PATTERN, { message: 'handle must be 3 to 30 lower-case letters, digits or underscores' })
  handle: string;
}

@InputType({ description: 'A new account.' })
export class SignUpInput extends AccountFieldsInput {
  @Field(() => SignUpRole, { defaultValue: SignUpRole.FAN, description: 'FAN (default), CREATOR or AGENCY.' })
  role: SignUpRole;
}

@InputType({ description: 'A moderator or admin account, created by an admin.' })
export class CreateStaffAccountInput extends AccountFieldsInput {
  @Field(() => Role, { description: 'MODERATOR or ADMIN.' })
  @IsIn([Role.MODERATOR, Role.ADMIN], { message: 'role must be MODERATOR or ADMIN' })
  role: Role;
}

@InputType({ description: 'Changes to notification preferences; omitted fields stay as they are.' })
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Email when a call to me was missed.' })
  missedCalls?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Email about new messages while I am away.' })
  messages?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Occasional news about Minutely.' })
  productNews?: boolean | null;
}
