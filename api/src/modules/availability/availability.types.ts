import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AvailabilityStatus } from './availability';

registerEnumType(AvailabilityStatus, {
  name: 'AvailabilityStatus',
  description: 'Whether a creator can be called now; one value shown everywhere.',
  valuesConfig: {
    AVAILABLE: { description: 'Can be called now (if not online, an SMS reaches them).' },
    BUSY: { description: 'Ringing or in a call; try again soon or leave a message.' },
    PAUSED: { description: 'Took a break: until `until`, or until they resume when `until` is null.' },
    AWAY: { description: 'Outside their weekly hours; back at `nextAvailableAt`.' },
    OFF: { description: 'Calls are turned off.' },
  },
});

/** How a fan reaches an AVAILABLE creator: in the app at once, or through an SMS that alerts them. */
export enum Reachability {
  ONLINE_NOW = 'ONLINE_NOW',
  BY_PHONE = 'BY_PHONE',
  NOT_NOW = 'NOT_NOW',
}

registerEnumType(Reachability, {
  name: 'Reachability',
  description: 'What calling a creator now does; what the directory shows as "Online now" or "Available by phone".',
  valuesConfig: {
    ONLINE_NOW: { description: 'AVAILABLE and online: has Minutely open and answers at once.' },
    BY_PHONE: { description: 'AVAILABLE but not online: a call alerts them by SMS and rings until they open it.' },
    NOT_NOW: { description: 'Not callable now (BUSY, PAUSED, AWAY or OFF; `status` says why and `nextAvailableAt` when).' },
  },
});

/** The reachability of an availability. */
export function reachabilityOf(a: { status: AvailabilityStatus; online: boolean }): Reachability {
  if (a.status !== AvailabilityStatus.AVAILABLE) return Reachability.NOT_NOW;
  return a.online ? Reachability.ONLINE_NOW : Reachability.BY_PHONE;
}

@ObjectType('CreatorAvailability', { description: 'A creator’s availability for calls, computed at the time of reading.' })
export class CreatorAvailabilityView {
  @Field(() => AvailabilityStatus, { description: 'Whether the creator can be called now.' })
  status: AvailabilityStatus;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When this status is expected to end: the end of a pause, the close of the current window (AVAILABLE) or the next opening (AWAY). Null when open-ended.',
  })
  until: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the creator can next be called, for PAUSED and AWAY; null when AVAILABLE now, BUSY, OFF or paused until resumed.',
  })
  nextAvailableAt: Date | null;

  @Field({ description: 'True while the creator has Minutely open (a live connection).' })
  online: boolean;
}

@ObjectType({ description: 'A change of one creator’s availability, pushed by creatorAvailabilityChanged.' })
export class CreatorAvailabilityChange {
  @Field(() => ID, { description: 'The creator whose availability changed.' })
  creatorId: string;

  @Field(() => CreatorAvailabilityView, { description: 'The creator’s availability after the change.' })
  availability: CreatorAvailabilityView;
}
