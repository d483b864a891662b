import { moment } from './format';
import type { AvailabilityFieldsFragment } from './graphql/generated/graphql';

// How a creator's availability is shown: one wording and one colour everywhere (cards, profile, chat).

export type Availability = AvailabilityFieldsFragment;

/** green: can be called now; red: ringing or in a call; grey: away, paused or calls off. */
export type AvailabilityTone = 'available' | 'busy' | 'away';

export function availabilityTone(availability: Availability): AvailabilityTone {
  if (availability.status === 'AVAILABLE') return 'available';
  if (availability.status === 'BUSY') return 'busy';
  return 'away';
}

export function availabilityText(availability: Availability, now = new Date()): string {
  switch (availability.status) {
    case 'AVAILABLE':
      // Online: they have Minutely open and answer at once; otherwise the call alerts them by SMS.
      return availability.online ? 'Online now' : 'Available by phone';
    case 'BUSY':
      return 'Busy in a call';
    case 'PAUSED':
      return availability.until ? `Paused until ${moment(availability.until, now)}` : 'Paused for now';
    case 'AWAY':
      return availability.nextAvailableAt ? `Outside hours, back ${moment(availability.nextAvailableAt, now)}` : 'Away';
    case 'OFF':
      return 'Not taking calls';
  }
}

/** What a call button says before any click: what calling now would do. */
export function callButtonHint(availability: Availability, now = new Date()): string {
  switch (availability.status) {
    case 'AVAILABLE':
      return availability.online ? 'Answers at once' : 'Rings their phone by SMS';
    case 'BUSY':
      return 'In a call right now';
    case 'PAUSED':
      return availability.until ? `On a break until ${moment(availability.until, now)}` : 'On a break';
    case 'AWAY':
      return availability.nextAvailableAt ? `Back ${moment(availability.nextAvailableAt, now)}` : 'Away';
    case 'OFF':
      return 'Not taking calls';
  }
}
