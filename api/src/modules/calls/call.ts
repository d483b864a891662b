import type { AgencyCut } from '../ledger';
import type { CallState, EndReason } from './call-state';

export enum CallKind {
  VIDEO = 'VIDEO',
  AUDIO = 'AUDIO',
}

/**
 * A call, one shape from the row to the view: read by CallRepository.find, changed in memory by the state
 * machine's effects and by billing (a Call is a billing state), written back by CallRepository.update.
 */
export interface Call {
  readonly id: string;
  readonly fanId: string;
  readonly creatorId: string;
  readonly kind: CallKind;
  state: CallState;
  endReason: EndReason | null;
  /** Fixed when the call starts. */
  readonly pricePerMinute: number;
  readonly commissionBps: number;
  /** The creator's agency and its share when the call started (a member's payments split three ways). */
  readonly agency: AgencyCut | null;
  readonly rtcProvider: string;
  readonly channel: string;
  readonly createdAt: Date;
  answeredAt: Date | null;
  connectedAt: Date | null;
  endedAt: Date | null;
  minutesReserved: number;
  heldTokens: number;
  chargedTokens: number;
  billedSeconds: number | null;
  lowBalance: boolean;
  /** The most this call may cost under the fan's spending limits, fixed when it connects; null: no cap. */
  spendCap: number | null;
  /** The fan was told the cap is under a minute away. */
  spendCapWarned: boolean;
  fanSeenAt: Date | null;
  creatorSeenAt: Date | null;
  creatorPublishing: boolean;
  answerLinkHash: string | null;
  answerLinkUsedAt: Date | null;
  /** Set when the call was reported: its temporary chat is kept for moderators. */
  transcriptRetained: boolean;
}
