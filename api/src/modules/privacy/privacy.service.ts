import type { ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { conflict, forbidden } from '../../common/errors';
import type { UnitOfWork } from '../../common/unit-of-work';
import type { CallsService } from '../calls';
import type { CreatorService } from '../creators';
import { Role, toAccountView, type AccountService, type IdentityService } from '../identity';
import { AccountKind, type WalletService } from '../ledger';
import type { MessagingService } from '../messaging';
import { deletionWarning } from './deletion';
import type { AccountDeleted, DeletionNeedsConfirmation } from './privacy.types';

/** Pages of 50 (the smallest page limit), and no more than this many per list: an export is bounded whatever the history. */
const PAGE = 50;
const MAX_PAGES = 200;

/**
 * The owner's rights over their data: a JSON export of everything Minutely holds about the account, and
 * deletion (personal data erased in every module, ledger history kept anonymized). Sits above the modules it
 * reads and erases, and calls down into them.
 */
export class PrivacyService {
  constructor(
    private readonly identity: IdentityService,
    private readonly accounts: AccountService,
    private readonly wallet: WalletService,
    private readonly calls: CallsService,
    private readonly messaging: MessagingService,
    private readonly creators: CreatorService,
    private readonly uow: UnitOfWork,
  ) {}

  /** Everything about the signed-in account, as one JSON document. */
  async exportMyData(ctx: RequestContext): Promise<Record<string, unknown>> {
    const viewer = ctx.requireViewer();
    const account = await this.identity.account(ctx, viewer.account.id);
    const isCreator = account.role === Role.CREATOR;
    const balances = await this.wallet.balances(ctx, account.id);
    const walletHistory = await everyPage((after) => this.wallet.history(ctx, account.id, [AccountKind.FAN_WALLET, AccountKind.FAN_HOLD], PAGE, after));
    const earningsHistory = isCreator ? await everyPage((after) => this.wallet.history(ctx, account.id, [AccountKind.CREATOR_EARNINGS], PAGE, after)) : [];
    const calls = await everyPage((after) => this.calls.myCalls(ctx, PAGE, after));
    const conversations = await everyPage((after) => this.messaging.conversationsPage(ctx, PAGE, after));
    const messages = [];
    for (const conversation of conversations) {
      const list = await everyPage((after) => this.messaging.messagesPage(ctx, conversation.id, PAGE, after));
      messages.push({ conversationId: conversation.id, with: conversation.other, messages: list.map(({ lock: _lock, ...m }) => m) });
    }
    return {
      format: 'minutely-export/1',
      exportedAt: ctx.clock.now().toISOString(),
      account: toAccountView(account, account),
      creatorProfile: isCreator ? await this.creators.mySettings(ctx) : null,
      balances,
      walletHistory,
      earningsHistory,
      calls,
      conversations: messages,
    };
  }

  /**
   * Deletes the signed-in fan's or creator's account once the password is confirmed. Refused during a live
   * call; answered with DeletionNeedsConfirmation (and nothing changed) while tokens or earnings would be lost,
   * unless `acceptLosses`. The password is checked first, outside the transaction (argon2 is slow).
   */
  async deleteMyAccount(ctx: RequestContext, password: string, acceptLosses: boolean): Promise<AccountDeleted | DeletionNeedsConfirmation> {
    const viewer = ctx.requireViewer();
    if (viewer.account.role !== Role.FAN && viewer.account.role !== Role.CREATOR) {
      throw forbidden('Staff accounts are removed by an admin, not deleted by their owner.');
    }
    await this.accounts.checkPassword(ctx, viewer.account.id, password);
    return this.uow.run(ctx, async (tx) => {
      if (await this.calls.activeCall(tx)) throw conflict('End your call before deleting your account.');
      const balances = await this.wallet.balances(tx, viewer.account.id);
      const losses = { earnings: balances.earnings, walletTokens: balances.available };
      const warning = deletionWarning(losses);
      if (warning && !acceptLosses) return { ...losses, message: warning };
      if (viewer.account.role === Role.CREATOR) await this.creators.erasePersonalData(tx, viewer.account.id);
      await this.messaging.eraseTextsOf(tx, viewer.account.id);
      const erased = await this.accounts.eraseAccount(tx, viewer.account.id);
      tx.log.info({ event: 'account_deleted', accountId: viewer.account.id, ...losses }, 'account deleted by its owner');
      return { deletedAt: erased.deletedAt! };
    });
  }
}

/** Reads a connection to its end (bounded by MAX_PAGES). */
async function everyPage<T>(read: (after: string | null) => Promise<ConnectionPage<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: ConnectionPage<T> = await read(after);
    all.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return all;
}
