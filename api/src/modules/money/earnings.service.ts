import type { RequestContext } from '../../common/context';
import { forbidden } from '../../common/errors';
import { Role } from '../identity';
import { AccountKind, type LedgerService } from '../ledger';
import type { EarningsSummary } from './earnings.types';
import type { PayoutsRepository } from './payouts.repository';
import { splitEarnings, valuesOf, type TokenValues } from './token-value';

export interface EarningsSettings {
  tokenValues: TokenValues;
  holdingDays: number;
}

/** Creators' earnings in money: what they are worth, what is still pending within the holding period, and what was paid out. */
export class EarningsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly payouts: PayoutsRepository,
    private readonly settings: EarningsSettings,
  ) {}

  /** A creator's earnings summary, or an agency owner's (kind AGENCY_EARNINGS). */
  async summary(
    ctx: RequestContext,
    creatorId: string,
    kind: AccountKind.CREATOR_EARNINGS | AccountKind.AGENCY_EARNINGS = AccountKind.CREATOR_EARNINGS,
  ): Promise<EarningsSummary> {
    const { balance, pending, available } = await this.split(ctx, creatorId, kind);
    const [inPayout, paidOut] = await Promise.all([
      this.ledger.balance(ctx, creatorId, AccountKind.PAYOUT_CLEARING).then((b) => b.balance),
      this.payouts.paidOut(ctx, creatorId),
    ]);
    return {
      balance,
      pending,
      available,
      inPayout,
      paidOut,
      holdingDays: this.settings.holdingDays,
      balanceValue: this.valueOf(balance),
      pendingValue: this.valueOf(pending),
      availableValue: this.valueOf(available),
      paidOutValue: this.valueOf(paidOut),
      tokenValue: this.valueOf(1),
    };
  }

  /** An owner's earnings (a creator's or an agency's): the balance, what is pending within the holding period, and what is available. */
  async split(
    ctx: RequestContext,
    ownerId: string,
    kind: AccountKind.CREATOR_EARNINGS | AccountKind.AGENCY_EARNINGS,
  ): Promise<{ balance: number; pending: number; available: number }> {
    const { balance } = await this.ledger.balance(ctx, ownerId, kind);
    const since = new Date(ctx.clock.now().getTime() - this.settings.holdingDays * 86_400_000);
    const credited = (await this.ledger.creditedSince(ctx, [ownerId], kind, since)).get(ownerId) ?? 0;
    return { balance, ...splitEarnings(balance, credited) };
  }

  /** Tokens in each payout currency. */
  valueOf(tokens: number) {
    return valuesOf(tokens, this.settings.tokenValues);
  }
}

/** Whose earnings an account has: creators their own, agency owners the agency's; FORBIDDEN for other roles. */
export function earningsKindOf(role: string): AccountKind.CREATOR_EARNINGS | AccountKind.AGENCY_EARNINGS {
  if (role === Role.CREATOR) return AccountKind.CREATOR_EARNINGS;
  if (role === Role.AGENCY) return AccountKind.AGENCY_EARNINGS;
  throw forbidden('Only creators and agencies have earnings.');
}
