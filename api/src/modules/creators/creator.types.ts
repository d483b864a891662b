import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection';
import { CreatorAvailabilityView } from '../availability';

@ObjectType('ScheduleSlot', { description: 'A weekly slot of a creator’s hours, in wall time of the creator’s time zone.' })
export class ScheduleSlotView {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'Start, "HH:MM".' })
  start: string;

  @Field({ description: 'End, "HH:MM" or "24:00"; at or before `start` means the slot runs past midnight into the next day.' })
  end: string;
}

@ObjectType('ImageVariant', { description: 'One size of a photo: a WebP image, re-encoded without metadata and cached for a year.' })
export class ImageVariantView {
  @Field({ description: 'Where the browser loads it from (same origin `/media/…`, or the bucket’s public URL).' })
  url: string;

  @Field(() => Int, { description: 'Width in pixels.' })
  width: number;

  @Field(() => Int, { description: 'Height in pixels.' })
  height: number;
}

@ObjectType('Photo', { description: 'A creator’s photo, in a few sizes for `srcset`.' })
export class PhotoView {
  @Field(() => ID, { description: 'Identifier (to report or remove it).' })
  id: string;

  @Field(() => Int, { description: 'Width of the largest size.' })
  width: number;

  @Field(() => Int, { description: 'Height of the largest size.' })
  height: number;

  @Field({ description: 'URL of a middle size, for a plain `src`.' })
  url: string;

  @Field({ description: 'The sizes as an `<img srcset>` value ("url 480w, …").' })
  srcset: string;

  @Field(() => [ImageVariantView], { description: 'Every size, smallest first.' })
  variants: ImageVariantView[];
}

export enum CreatorSort {
  HANDLE = 'HANDLE',
  RECOMMENDED = 'RECOMMENDED',
  PRICE_LOW = 'PRICE_LOW',
  PRICE_HIGH = 'PRICE_HIGH',
  RATING = 'RATING',
  NEWEST = 'NEWEST',
}

registerEnumType(CreatorSort, {
  name: 'CreatorSort',
  description: 'Orders of the creators directory.',
  valuesConfig: {
    HANDLE: { description: 'By handle, A to Z.' },
    RECOMMENDED: { description: 'Online and callable first, then those with a photo, then by rating (weighted by the number of reviews).' },
    PRICE_LOW: { description: 'Cheapest per minute first; creators with calls off last.' },
    PRICE_HIGH: { description: 'Dearest per minute first; creators with calls off last.' },
    RATING: { description: 'Best average rating first; unrated last.' },
    NEWEST: { description: 'Newest on Minutely first.' },
  },
});

@ObjectType('Creator', { description: 'A creator fans can find and call.' })
export class CreatorView {
  @Field(() => ID, { description: 'The creator’s account id.' })
  id: string;

  @Field({ description: 'Unique lower-case handle used in profile links.' })
  handle: string;

  @Field({ description: 'Name shown to fans.' })
  displayName: string;

  @Field({ description: 'A few words about the creator (may be empty).' })
  bio: string;

  @Field(() => String, { nullable: true, description: 'URL of a small square profile picture, if any (the profile photo’s smallest size).' })
  avatarUrl: string | null;

  @Field(() => PhotoView, { nullable: true, description: 'The profile photo (square), if any.' })
  photo: PhotoView | null;

  @Field(() => [String], { description: 'Languages the creator speaks on calls: lower-case BCP 47 codes such as "en" or "pt-br".' })
  languages: string[];

  @Field(() => Float, { nullable: true, description: 'Average rating of the visible reviews, 1–5 with two decimals; null before the first review.' })
  ratingAverage: number | null;

  @Field(() => Int, { description: 'Number of visible reviews.' })
  ratingCount: number;

  @Field(() => GraphQLISODateTime, { description: 'When the creator joined Minutely.' })
  joinedAt: Date;

  @Field(() => [String], { description: 'Lower-case topics the creator is found by.' })
  tags: string[];

  @Field({ description: 'IANA time zone of the creator; the schedule is in it.' })
  timeZone: string;

  @Field({ description: 'Whether the creator takes calls at all.' })
  callsEnabled: boolean;

  @Field(() => Int, { nullable: true, description: 'Price of a minute of call in tokens; null while calls are off. A call keeps the price it started with.' })
  pricePerMinute: number | null;

  @Field(() => [ScheduleSlotView], { description: 'Weekly hours in the creator’s time zone; empty means any time.' })
  schedule: ScheduleSlotView[];

  @Field(() => CreatorAvailabilityView, { description: 'Whether the creator can be called now, and when next if not.' })
  availability: CreatorAvailabilityView;
}

@ObjectType({ description: 'A page of creators, in the order asked for.' })
export class CreatorConnection extends Connection(CreatorView, { typeName: 'Creator', noun: 'creator', plural: 'creators' }) {}

@ObjectType('PhoneVerification', { description: 'A verification code sent to the creator’s phone, waiting to be confirmed.' })
export class PhoneVerificationView {
  @Field({ description: 'Last two digits of the number the code went to.' })
  phoneLastTwoDigits: string;

  @Field(() => GraphQLISODateTime, { description: 'When the code stops working.' })
  expiresAt: Date;

  @Field(() => Int, { description: 'Wrong codes that may still be tried before a new code is needed.' })
  attemptsLeft: number;

  @Field(() => Int, { description: 'Codes that may still be sent within the current hour.' })
  sendsLeft: number;
}

@ObjectType('CreatorSettings', { description: 'The signed-in creator’s own profile and call settings; only they can read it.' })
export class CreatorSettingsView {
  @Field(() => CreatorView, { description: 'The profile as fans see it.' })
  creator: CreatorView;

  @Field(() => Int, { nullable: true, description: 'The price per minute last set, kept while calls are off; null if never set.' })
  pricePerMinute: number | null;

  @Field(() => Int, { description: 'Lowest price per minute allowed on the platform.' })
  minPricePerMinute: number;

  @Field(() => Int, { description: 'Highest price per minute allowed on the platform.' })
  maxPricePerMinute: number;

  @Field({ description: 'Whether a phone is verified (needed to turn calls on; incoming calls are announced to it by SMS).' })
  phoneVerified: boolean;

  @Field(() => String, { nullable: true, description: 'Last two digits of the verified phone; the number itself is never shown.' })
  phoneLastTwoDigits: string | null;

  @Field(() => PhoneVerificationView, { nullable: true, description: 'A code sent and not yet confirmed, if one is still usable.' })
  pendingPhoneVerification: PhoneVerificationView | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End of the current timed pause, if any.' })
  pausedUntil: Date | null;

  @Field({ description: 'True while calls are paused until resumed.' })
  pausedIndefinitely: boolean;
}
