// The ledger module: every token movement, wallets and earnings (tables `ledger_account`, `ledger_entry`,
// `ledger_transfer`), commission splits and refund legs. Entities: none (plain SQL on the hot path).
export {
  AccountKind,
  TransferKind,
  isPlatformKind,
  type AccountRef,
  type Leg,
  type OwnerKind,
  type PlatformKind,
  type TransferRequest,
  type TransferResult,
} from './ledger.model';
export {
  LedgerService,
  InsufficientTokensError,
  WalletFrozenError,
  paymentLegs,
  reserveRequest,
  settleRequest,
  type HoldMove,
  type Settlement,
} from './ledger.service';
export type { AgencyCut, AgencyCutSource } from './agency-cut';
export { LedgerRepository, type ActivityRow, type TransferDetails, type TransferListFilter } from './ledger.repository';
export type { LedgerEvents } from './ledger.events';
export { commissionSplit, revenueSplit } from './commission';
export { checkLedger, type LedgerProblem } from './ledger-check';
export { WalletService } from './wallet.service';
export { WalletResolver, EarningsResolver } from './wallet.resolver';
