import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'A weekly slot in wall time of the creator’s time zone.' })
export class ScheduleSlotInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'Start, "HH:MM" (00:00–23:59).' })
  start: string;

  @Field({ description: 'End, "HH:MM" or "24:00"; at or before `start` means the slot runs past midnight into the next day.' })
  end: string;
}

@InputType({ description: 'Narrows the list of creators; all given conditions must hold.' })
export class CreatorFilter {
  @Field(() => Boolean, { nullable: true, description: 'True: only creators who can be called right now (AVAILABLE).' })
  availableNow?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only creators with this tag (case-insensitive).' })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'Only creators whose handle or display name contains this text (case-insensitive).' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only creators who are AVAILABLE and online (answer at once), not just reachable by phone.' })
  onlineNow?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Only creators with at least one of these tags (case-insensitive; at most 10).' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only creators who speak this language (a BCP 47 code such as "en").' })
  language?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only creators with calls on at this price per minute or more.' })
  minPrice?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only creators with calls on at this price per minute or less.' })
  maxPrice?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only creators whose average rating is at least this (1–5).' })
  minRating?: number | null;
}

@InputType({ description: 'Changes to the signed-in creator’s public profile; omitted fields stay as they are.' })
export class UpdateCreatorProfileInput {
  @Field(() => String, { nullable: true, description: 'A few words about you, at most 1000 characters.' })
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'An https URL of your profile picture, or an empty string to remove it.' })
  avatarUrl?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 10 topics fans find you by (letters, digits, spaces, - and _; at most 30 characters each).' })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Up to 8 languages you speak on calls, as BCP 47 codes such as "en", "de" or "pt-br".' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Your IANA time zone, e.g. "Europe/Berlin"; your weekly hours follow it.' })
  timeZone?: string | null;
}
