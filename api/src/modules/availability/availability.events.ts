import type { Availability } from './availability';

/** Domain events the availability module publishes, inside the transaction of the change that caused them. */
export type AvailabilityEvents = {
  /**
   * A creator's availability was recomputed after something that may have changed it (settings, a pause or a
   * schedule window ending, presence, a call). It may equal the previous one: subscribers compare.
   */
  CreatorAvailabilityComputed: { creatorId: string; availability: Availability };
};
