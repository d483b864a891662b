import type { RequestContext } from '../../common/context';
import type { AccountMail } from './account-emails';

/**
 * The port through which identity sends email; the notifications module implements it. A message is handed
 * over only once the transaction commits, so a rolled-back change never emails anyone.
 */
export interface AccountMailer {
  sendEmailAfterCommit(ctx: RequestContext, message: AccountMail): void;
}
