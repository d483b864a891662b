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
      return 'Available now';
    case 'BUSY':
      return 'Busy in a call';
    case 'PAUSED':
      return availability.until ? `Paused until ${moment(availability.until, now)}` : 'Paused';
    case 'AWAY':
      return availability.nextAvailableAt ? `Away, back ${moment(availability.nextAvailableAt, now)}` : 'Away';
    case 'OFF':
      return 'Not taking calls';
  }
}
