import { randomUUID } from 'node:crypto';
import { readPage, toConnection, type ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PubSub } from '../../common/pubsub';
import type { ListArgs } from '../../common/staff-list';
import { PayoutProviderError, type PayoutEvent, type PayoutProvider } from '../../providers/payouts';
import { requireVerifiedEmail, type IdentityService } from '../identity';
import { AccountKind, TransferKind, type Leg, type LedgerService, type OwnerKind } from '../ledger';
import type { ModerationRepository } from '../moderation';
import { earningsKindOf, type EarningsService } from './earnings.service';
import type { PayoutListFilter, PayoutRecord, PayoutsRepository } from './payouts.repository';
import { afterProviderAnswer, payoutRefusal, PayoutStatus, type PayoutMove, type ProviderAnswer } from './payouts.rules';
import type { Payout, PayoutOnboardingLink } from './payouts.types';

export interface PayoutSettings {
  /** The smallest payout, in tokens. */
  minimumTokens: number;
  /** Cents per token of the payout currency (the default token value). */
  currency: { currency: string; centsPerToken: number };
  publicUrl: string;
  /** Where connected accounts are opened when the owner does not say (the platform's country). */
  defaultCountry: string;
}

/**
 * A signed provider event that can never apply (it names no payout of ours, a malformed id, another amount):
 * acknowledged and logged, so the provider does not retry it forever; it changes nothing.
 */
export class IgnoredPayoutEvent extends Error {}

const PAGE_MAX = 100;

/**
 * Creator (and agency) payouts: a request sets available earnings aside in the owner's payout clearing; staff
 * approve (the provider's transfer, once per payout id) or reject (the tokens go back); the provider's answer
 * settles the clearing out of Minutely or returns it to the earnings. Every step is one ledger transfer with
 * a key per payout and step, so a replay changes nothing. The dev provider sends no webhooks: its transfer is
 * confirmed on approval.
 */
export class PayoutsService {
  constructor(
    private readonly payouts: PayoutsRepository,
    private readonly ledger: LedgerService,
    private readonly earnings: EarningsService,
    private readonly identity: IdentityService,
    private readonly audit: ModerationRepository,
    private readonly provider: PayoutProvider | null,
    private readonly pubsub: PubSub,
    private readonly settings: PayoutSettings,
  ) {}

  get minimumTokens(): number {
    return this.settings.minimumTokens;
  }

  /** The provider whose webhooks the Connect route takes (Stripe only; the dev double sends none). */
  get webhookProvider(): PayoutProvider | null {
    return this.provider?.name === 'stripe' ? this.provider : null;
  }

  /** Requests a payout of `tokens` of the signed-in creator's (or agency owner's) available earnings. */
  async requestPayout(ctx: RequestContext, tokens: number): Promise<Payout> {
    const account = ctx.requireViewer().account;
    const earningsKind = earningsKindOf(account.role);
    requireVerifiedEmail(ctx);
    const provider = this.requireProvider();
    await this.payouts.lockOwner(ctx, account.id);
    const { available } = await this.earnings.split(ctx, account.id, earningsKind);
    const refusal = payoutRefusal(tokens, available, this.settings.minimumTokens);
    if (refusal) throw refusal;
    const id = randomUUID();
    await this.payouts.insert(ctx, {
      id,
      ownerId: account.id,
      earningsKind,
      tokens,
      amountCents: tokens * this.settings.currency.centsPerToken,
      currency: this.settings.currency.currency,
      status: PayoutStatus.REQUESTED,
      provider: provider.name,
      createdAt: ctx.clock.now(),
    });
    await this.ledger.transfer(ctx, {
      key: `payout:${id}:request`,
      kind: TransferKind.PAYOUT,
      reference: `payout:${id}`,
      memo: 'Payout requested',
      legs: [
        { account: { ownerId: account.id, kind: earningsKind }, amount: -tokens },
        { account: { ownerId: account.id, kind: AccountKind.PAYOUT_CLEARING }, amount: tokens },
      ],
    });
    return this.payout(ctx, id);
  }

  /** The signed-in owner's payouts, newest first (Relay paging). */
  async myPayouts(ctx: RequestContext, first: number, after: string | null): Promise<ConnectionPage<Payout>> {
    const ownerId = ctx.requireViewer().account.id;
    const page = await readPage(
      { kind: 'payouts', first, max: PAGE_MAX, after, validKey: ([at, id]) => !Number.isNaN(Date.parse(at)) && isUuid(id ?? '') },
      (row: PayoutRecord) => [row.createdAt.toISOString(), row.id],
      (key, limit) => this.payouts.ofOwner(ctx, ownerId, key ? [key[0], key[1]] : null, limit),
    );
    return toConnection(page, await this.views(ctx, page.rows));
  }

  /** Tokens of the owner's payouts the provider confirmed. */
  paidOut(ctx: RequestContext, ownerId: string): Promise<number> {
    return this.payouts.paidOut(ctx, ownerId);
  }

  /** A single-use link to the provider's onboarding form, opening the owner's connected account first if need be. */
  async onboardingLink(ctx: RequestContext, requestedCountry: string | null | undefined): Promise<PayoutOnboardingLink> {
    const country = requestedCountry ?? null;
    const account = ctx.requireViewer().account;
    earningsKindOf(account.role);
    requireVerifiedEmail(ctx);
    const provider = this.requireProvider();
    if (country !== null && !/^[A-Za-z]{2}$/.test(country)) throw badInput('country must be an ISO 3166-1 alpha-2 code (US, GB, DE …).', 'country');
    const connectedAccountId = await this.connectedAccountOf(ctx, account.id, account.email, country ?? this.settings.defaultCountry);
    const base = this.settings.publicUrl.replace(/\/$/, '');
    const link = await this.callProvider(() =>
      provider.onboardingLink(connectedAccountId, { returnUrl: `${base}/earnings?onboarded=1`, refreshUrl: `${base}/earnings?relink=1` }),
    );
    return { ...link, testMode: provider.testMode };
  }

  // Staff.

  async list(ctx: RequestContext, filter: PayoutListFilter, args: ListArgs): Promise<Payout[]> {
    return this.views(ctx, await this.payouts.list(ctx, filter, args));
  }

  count(ctx: RequestContext, filter: PayoutListFilter): Promise<number> {
    return this.payouts.count(ctx, filter);
  }

  async payout(ctx: RequestContext, id: string): Promise<Payout> {
    const row = isUuid(id) ? await this.payouts.find(ctx, id) : null;
    if (!row) throw notFound('Payout');
    return (await this.views(ctx, [row]))[0];
  }

  /** The owner and the account kinds of a payout, for their activity beside it. */
  async ownerOf(ctx: RequestContext, id: string): Promise<{ ownerId: string; kinds: OwnerKind[] }> {
    const row = await this.payouts.find(ctx, id);
    if (!row) throw notFound('Payout');
    return { ownerId: row.ownerId, kinds: [row.earningsKind as OwnerKind] };
  }

  /** Approves a requested payout: the provider's transfer (idempotency key: the payout id), then PROCESSING. Audited. */
  async approve(ctx: RequestContext, id: string, note: string | null): Promise<Payout> {
    const staff = ctx.requireViewer().account;
    const why = note?.trim() || 'Approved';
    if (why.length > 500) throw badInput('note must be at most 500 characters.', 'note');
    const provider = this.requireProvider();
    const payout = await this.lockRequested(ctx, id);
    // Requested under another provider (the configuration changed since): its account and webhooks are that provider's.
    if (payout.provider !== provider.name)
      throw conflict(`This payout was requested through ${payout.provider}, which is no longer configured; reject it instead.`);
    const owner = await this.identity.account(ctx, payout.ownerId);
    const connectedAccountId = await this.connectedAccountOf(ctx, owner.id, owner.email, this.settings.defaultCountry);
    const result = await this.callProvider(() =>
      provider.transfer({
        payoutId: payout.id,
        connectedAccountId,
        amountCents: payout.amountCents,
        currency: payout.currency,
        description: `Minutely earnings (${payout.tokens} tokens)`,
      }),
    );
    if (result.status === 'REFUSED') throw conflict(`The payout provider refused the transfer (${result.reason}): ${result.message}`);
    const at = ctx.clock.now();
    await this.payouts.update(ctx, payout.id, { status: PayoutStatus.PROCESSING, at, reviewedBy: staff.id, transferId: result.transferId, connectedAccountId });
    await this.record(ctx, 'APPROVE_PAYOUT', payout, why, { transferId: result.transferId });
    // The dev double sends no webhooks: its transfer is confirmed as it is made.
    if (provider.name === 'dev') await this.answer(ctx, { ...payout, status: PayoutStatus.PROCESSING }, 'SENT', null);
    return this.payout(ctx, payout.id);
  }

  /** Rejects a requested payout with a reason: the tokens go back to the earnings. Audited. */
  async reject(ctx: RequestContext, id: string, reason: string): Promise<Payout> {
    const staff = ctx.requireViewer().account;
    const why = reason.trim();
    if (why.length < 3 || why.length > 500) throw badInput('reason must be 3–500 characters.', 'reason');
    const payout = await this.lockRequested(ctx, id);
    await this.move(ctx, payout, 'RETURN');
    await this.payouts.update(ctx, payout.id, { status: PayoutStatus.REJECTED, at: ctx.clock.now(), reviewedBy: staff.id, reason: why });
    await this.record(ctx, 'REJECT_PAYOUT', payout, why, {});
    return this.payout(ctx, payout.id);
  }

  /**
   * Applies one verified provider event once per event id, in the webhook's transaction. Throws
   * IgnoredPayoutEvent for an event that can never apply. Returns what happened, for the log.
   */
  async handleEvent(ctx: RequestContext, event: PayoutEvent): Promise<string> {
    const provider = this.requireProvider();
    if (!(await this.payouts.recordEvent(ctx, provider.name, event.eventId, event.type))) return 'duplicate event ignored';
    switch (event.type) {
      case 'TRANSFER_SENT':
      case 'TRANSFER_REVERSED': {
        if (!isUuid(event.payoutId)) throw new IgnoredPayoutEvent(`transfer ${event.transferId} names a malformed payout id`);
        const payout = await this.payouts.find(ctx, event.payoutId, true);
        if (!payout) throw new IgnoredPayoutEvent(`transfer ${event.transferId} names unknown payout ${event.payoutId}`);
        if (payout.transferId && payout.transferId !== event.transferId)
          throw new IgnoredPayoutEvent(`transfer ${event.transferId} is not payout ${payout.id}'s (${payout.transferId})`);
        if (event.type === 'TRANSFER_SENT') {
          if (event.amountCents !== payout.amountCents || event.currency.toLowerCase() !== payout.currency)
            throw new IgnoredPayoutEvent(`transfer ${event.transferId} of ${event.amountCents} ${event.currency} does not match payout ${payout.id}`);
          return this.answer(ctx, payout, 'SENT', null, event.transferId);
        }
        // Part of a transfer taken back is left to support: the payout cannot be split here.
        if (!event.fullyReversed) return `payout ${payout.id}: ${event.amountReversedCents} cents of its transfer reversed (partial, left to support)`;
        return this.answer(ctx, payout, 'REVERSED', 'The payout provider reversed the transfer.', event.transferId);
      }
      case 'BANK_PAYOUT_PAID':
        return `connected account ${event.connectedAccountId} was paid ${event.amountCents} ${event.currency} to its bank (${event.bankPayoutId})`;
      case 'BANK_PAYOUT_FAILED':
        // The money stays in the connected account's balance; the provider retries once the owner fixes their bank details.
        return `connected account ${event.connectedAccountId}'s bank payout ${event.bankPayoutId} failed (${event.failureCode ?? 'no code'})`;
      case 'ACCOUNT_UPDATED':
        return `connected account ${event.status.connectedAccountId} updated (transfers ${event.status.transfersActive ? 'active' : 'inactive'})`;
    }
  }

  private async answer(ctx: RequestContext, payout: PayoutRecord, answer: ProviderAnswer, reason: string | null, transferId?: string): Promise<string> {
    const next = afterProviderAnswer(payout.status, answer);
    if (!next) return `payout ${payout.id} is already ${payout.status}`;
    await this.move(ctx, payout, next.move);
    await this.payouts.update(ctx, payout.id, { status: next.status, at: ctx.clock.now(), reason, transferId });
    return `payout ${payout.id}: ${payout.status} → ${next.status}`;
  }

  /** The ledger side of a status change, keyed per payout and step. */
  private async move(ctx: RequestContext, payout: PayoutRecord, move: PayoutMove): Promise<void> {
    const earnings = { ownerId: payout.ownerId, kind: payout.earningsKind as OwnerKind };
    const clearing = { ownerId: payout.ownerId, kind: AccountKind.PAYOUT_CLEARING as const };
    const provider = { platform: AccountKind.PROVIDER_CLEARING as const };
    const t = payout.tokens;
    const steps: Record<PayoutMove, { key: string; kind: TransferKind; memo: string; legs: Leg[] }> = {
      SETTLE: {
        key: 'paid',
        kind: TransferKind.PAYOUT_PAID,
        memo: 'Payout paid',
        legs: [
          { account: clearing, amount: -t },
          { account: provider, amount: t },
        ],
      },
      RETURN: {
        key: 'returned',
        kind: TransferKind.PAYOUT_RETURNED,
        memo: 'Payout returned to earnings',
        legs: [
          { account: clearing, amount: -t },
          { account: earnings, amount: t },
        ],
      },
      RETURN_PAID: {
        key: 'reversed',
        kind: TransferKind.PAYOUT_RETURNED,
        memo: 'Payout reversed by the provider',
        legs: [
          { account: provider, amount: -t },
          { account: earnings, amount: t },
        ],
      },
    };
    const step = steps[move];
    await this.ledger.transfer(ctx, {
      key: `payout:${payout.id}:${step.key}`,
      kind: step.kind,
      reference: `payout:${payout.id}`,
      memo: step.memo,
      legs: step.legs,
    });
  }

  private async lockRequested(ctx: RequestContext, id: string): Promise<PayoutRecord> {
    const payout = isUuid(id) ? await this.payouts.find(ctx, id, true) : null;
    if (!payout) throw notFound('Payout');
    if (payout.status !== PayoutStatus.REQUESTED) throw conflict(`This payout is already ${payout.status}.`);
    return payout;
  }

  private async connectedAccountOf(ctx: RequestContext, ownerId: string, email: string, country: string): Promise<string> {
    const provider = this.requireProvider();
    const known = await this.payouts.connectedAccount(ctx, ownerId, provider.name);
    if (known) return known;
    const { connectedAccountId } = await this.callProvider(() => provider.createConnectedAccount({ ownerId, email, country: country.toUpperCase() }));
    await this.payouts.saveConnectedAccount(ctx, ownerId, provider.name, connectedAccountId);
    return connectedAccountId;
  }

  private async record(ctx: RequestContext, action: string, payout: PayoutRecord, reason: string, data: Record<string, unknown>): Promise<void> {
    await this.audit.appendAudit(ctx, {
      actorId: ctx.requireViewer().account.id,
      action,
      targetType: 'PAYOUT',
      targetId: payout.id,
      reason,
      data: { ownerId: payout.ownerId, tokens: payout.tokens, amountCents: payout.amountCents, currency: payout.currency, ...data },
      createdAt: ctx.clock.now(),
    });
    ctx.afterCommit(() => this.pubsub.publish('AUDIT_APPENDED', { action }));
  }

  private requireProvider(): PayoutProvider {
    if (!this.provider) throw forbidden('Payouts are not available: no payout provider is configured.');
    return this.provider;
  }

  /** A provider that fails (rather than refuses) changes nothing here; the caller may try again. */
  private async callProvider<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      if (err instanceof PayoutProviderError) throw new AppError(ErrorCode.CONFLICT, `The payout provider could not be reached or refused: ${err.message}`);
      throw err;
    }
  }

  private async views(ctx: RequestContext, rows: readonly PayoutRecord[]): Promise<Payout[]> {
    const people = await this.identity.people(
      ctx,
      rows.map((r) => r.ownerId),
    );
    return rows.map((r) => {
      const person = people.get(r.ownerId);
      return {
        id: r.id,
        owner: { id: r.ownerId, displayName: person?.displayName ?? '', handle: person?.handle ?? '' },
        ownerKind: r.earningsKind === AccountKind.AGENCY_EARNINGS ? 'AGENCY' : 'CREATOR',
        tokens: r.tokens,
        amount: { amountCents: r.amountCents, currency: r.currency },
        status: r.status,
        provider: r.provider,
        reason: r.reason,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        reviewedAt: r.reviewedAt,
      };
    });
  }
}
