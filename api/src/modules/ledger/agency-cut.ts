import type { RequestContext } from '../../common/context';

/**
 * The agency a paid creator belongs to: its owner's AGENCY_EARNINGS account takes `shareBps` of the creator's
 * part of a payment (after the platform's commission), in the same transfer.
 */
export interface AgencyCut {
  ownerId: string;
  shareBps: number;
}

/** Port: the agency a creator belongs to now, if any. The agencies module implements it; calls and chat locks ask it. */
export interface AgencyCutSource {
  agencyCutOf(ctx: RequestContext, creatorId: string): Promise<AgencyCut | null>;
}
