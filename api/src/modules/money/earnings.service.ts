import type { RequestContext } from '../../common/context';
import { AccountKind, type LedgerService } from '../ledger';
import type { EarningsSummary } from './earnings.types';
import { splitEarnings, valuesOf, type TokenValues } from './token-value';

export interface EarningsSettings {
  tokenValues: TokenValues;
  holdingDays: number;
}

/** Creators' earnings in money: what they are worth, and what is still pending within the holding period. */
export class EarningsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly settings: EarningsSettings,
  ) {}

  async summary(ctx: RequestContext, creatorId: string): Promise<EarningsSummary> {
    const { balance } = await this.ledger.balance(ctx, creatorId, AccountKind.CREATOR_EARNINGS);
    const since = new Date(ctx.clock.now().getTime() - this.settings.holdingDays * 86_400_000);
    const { pending, available } = splitEarnings(
      balance,
      (await this.ledger.creditedSince(ctx, [creatorId], AccountKind.CREATOR_EARNINGS, since)).get(creatorId) ?? 0,
    );
    return {
      balance,
      pending,
      available,
      holdingDays: this.settings.holdingDays,
      balanceValue: this.valueOf(balance),
      pendingValue: this.valueOf(pending),
      availableValue: this.valueOf(available),
    };
  }

  /** Tokens in each payout currency. */
  valueOf(tokens: number) {
    return valuesOf(tokens, this.settings.tokenValues);
  }
}
