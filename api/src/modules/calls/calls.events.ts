import type { Call } from './call';

/** Domain events the calls module publishes, inside the transaction of the change that caused them. */
export type CallEvents = {
  /** A call reached a final state (MISSED, DECLINED, CANCELLED, FAILED, ENDED), billing settled. */
  CallFinished: { call: Readonly<Call> };
};
