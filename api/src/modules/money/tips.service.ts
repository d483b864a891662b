import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../common/context';
import { badInput, forbidden, notFound } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import type { BlocksService } from '../blocks';
import type { CallsService } from '../calls';
import type { CreatorService } from '../creators';
import { requireVerifiedEmail, Role, type IdentityService } from '../identity';
import { TransferKind, type LedgerService } from '../ledger';
import type { SpendingLimitsService } from '../spending';

export interface TipSettings {
  commissionBps: number;
  maxTip: number;
}

/**
 * Tips (DESIGN §5): a fan gives a creator tokens from the call screen or the chat, split by the commission like
 * a call (the creator's share and the platform's, as the ledger's legs say). Within the fan's spending limits;
 * the creator hears of it live (TIP_RECEIVED, after commit).
 */
export class TipsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly identity: IdentityService,
    private readonly creators: CreatorService,
    private readonly blocks: BlocksService,
    private readonly calls: CallsService,
    private readonly spending: SpendingLimitsService,
    private readonly pubsub: PubSub,
    private readonly settings: TipSettings,
  ) {}

  /** Sends a tip; returns its activity item id (`tip:<id>`). `callId`: sent during (or after) that call with the creator. */
  async sendTip(ctx: RequestContext, p: { creatorId: string; amount: number; callId?: string | null; note?: string | null }): Promise<string> {
    const fan = ctx.requireViewer().account;
    if (fan.role !== Role.FAN) throw forbidden('Only fans can send tips.');
    requireVerifiedEmail(ctx);
    if (!Number.isSafeInteger(p.amount) || p.amount < 1 || p.amount > this.settings.maxTip) {
      throw badInput(`amount must be a whole number of tokens from 1 to ${this.settings.maxTip}.`, 'amount');
    }
    const note = p.note?.trim() ?? '';
    if (note.length > 200) throw badInput('note must be at most 200 characters.', 'note');
    // A blocked pair looks like a creator who does not exist, as elsewhere.
    if (!(await this.identity.isActiveCreator(ctx, p.creatorId)) || (await this.blocks.isBlockedEitherWay(ctx, fan.id, p.creatorId))) throw notFound('Creator');
    if (p.callId) {
      const call = await this.calls.callFor(ctx, p.callId);
      if (call.creatorId !== p.creatorId) throw badInput('That call was not with this creator.', 'callId');
    }
    await this.spending.assertCanSpend(ctx, fan.id, p.amount);
    const id = randomUUID();
    const reference = `tip:${id}`;
    await this.ledger.pay(ctx, {
      key: reference,
      kind: TransferKind.TIP,
      fanId: fan.id,
      creatorId: p.creatorId,
      amount: p.amount,
      commissionBps: await this.creators.commissionOf(ctx, p.creatorId, this.settings.commissionBps),
      reference,
      memo: [p.callId ? 'Tip during a call' : 'Tip', note].filter(Boolean).join(': '),
    });
    ctx.afterCommit(() => this.pubsub.publish('TIP_RECEIVED', p.creatorId, { itemId: reference }));
    return reference;
  }
}
