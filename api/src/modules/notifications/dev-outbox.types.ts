import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'DEVELOPMENT ONLY: an SMS the dev outbox stored instead of sending it (absent in production).' })
export class DevSms {
  @Field(() => ID, { description: 'Identifier of the stored message.' })
  id: string;

  @Field({ description: 'Recipient, masked to the country code and last four digits.' })
  to: string;

  @Field({ description: 'The text as it would have been sent, verification codes included.' })
  body: string;

  @Field({ description: 'VERIFICATION for a phone verification code, MESSAGE for any other text.' })
  purpose: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was "sent".' })
  sentAt: Date;
}

@ObjectType({ description: 'DEVELOPMENT ONLY: an email the dev outbox stored instead of sending it (absent in production).' })
export class DevEmail {
  @Field(() => ID, { description: 'Identifier of the stored message.' })
  id: string;

  @Field({ description: 'Recipient address.' })
  to: string;

  @Field({ description: 'Subject line.' })
  subject: string;

  @Field({ description: 'Plain-text body, links included.' })
  text: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was "sent".' })
  sentAt: Date;
}
