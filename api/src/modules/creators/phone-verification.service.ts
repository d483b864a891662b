import type { RequestContext } from '../../common/context';
import { AppError, badInput, ErrorCode } from '../../common/errors';
import { lastDigits, parsePhone } from '../../common/phone';
import type { UnitOfWork } from '../../common/unit-of-work';
import { SmsProviderError, type SmsProvider } from '../../providers/sms/sms-provider';
import type { CreatorRepository } from './creator.repository';
import type { PhoneVerificationView } from './creator.types';
import type { PhoneVerificationRepository } from './phone-verification.repository';
import { requireCreator } from './require-creator';

/** DESIGN §3 limits, enforced in our database whatever the provider. */
export const CODE_TTL_MS = 10 * 60_000;
export const MAX_SENDS_PER_HOUR = 5;
export const MAX_WRONG_CODES = 5;
const HOUR_MS = 3_600_000;
const CODE = /^\d{4,10}$/;

/**
 * Verifies a creator's phone by SMS code: Twilio Verify when configured, the dev outbox otherwise.
 * The provider is called outside any transaction (it is a network call, or its own connection), so these
 * mutations open their own units of work around it: a send is first reserved in the database (the hourly
 * limit), a check first claims an attempt (the wrong-code limit), so concurrent requests cannot get past either.
 */
export class PhoneVerificationService {
  constructor(
    private readonly sms: SmsProvider | null,
    private readonly verifications: PhoneVerificationRepository,
    private readonly creators: CreatorRepository,
    private readonly uow: UnitOfWork,
  ) {}

  async start(ctx: RequestContext, phoneInput: string): Promise<PhoneVerificationView> {
    const me = requireCreator(ctx);
    const parsed = parsePhone(phoneInput);
    if (!parsed.ok) throw badInput(parsed.message, 'phone');
    const sms = this.provider(ctx);
    const now = ctx.clock.now();

    const reserved = await this.uow.run(ctx, async (tx) => {
      await this.creators.lockProfile(tx, me); // one start or confirm per creator at a time
      const recent = await this.sendsWithinHour(tx, me, now);
      if (recent.length >= MAX_SENDS_PER_HOUR) {
        const freesAt = recent[recent.length - MAX_SENDS_PER_HOUR].getTime() + HOUR_MS;
        throw rateLimited(`At most ${MAX_SENDS_PER_HOUR} codes an hour.`, freesAt - now.getTime());
      }
      const row = await this.verifications.insert(tx, {
        accountId: me,
        phoneE164: parsed.e164,
        provider: sms.name,
        codeHash: null,
        attempts: 0,
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        verifiedAt: null,
      });
      return { row, sendsLeft: MAX_SENDS_PER_HOUR - recent.length - 1 };
    });

    try {
      const started = await sms.startVerification(parsed.e164);
      if (started.codeHash) await this.verifications.update(ctx, reserved.row.id, { codeHash: started.codeHash });
    } catch (err) {
      await this.verifications.delete(ctx, reserved.row.id); // nothing was sent: the send does not count
      throw providerRefusal(ctx, err);
    }
    return {
      phoneLastTwoDigits: lastDigits(parsed.e164),
      expiresAt: reserved.row.expiresAt,
      attemptsLeft: MAX_WRONG_CODES,
      sendsLeft: reserved.sendsLeft,
    };
  }

  /** Checks the code of the latest verification; on success the phone becomes the creator's verified phone. */
  async confirm(ctx: RequestContext, codeInput: string): Promise<void> {
    const me = requireCreator(ctx);
    const code = codeInput.replace(/\s+/g, '');
    if (!CODE.test(code)) throw badInput('Enter the 6-digit code from the SMS.', 'code');
    const sms = this.provider(ctx);
    const now = ctx.clock.now();

    const claimed = await this.uow.run(ctx, async (tx) => {
      await this.creators.lockProfile(tx, me);
      const latest = await this.verifications.latest(tx, me);
      if (!latest || latest.verifiedAt) return codeRefusal('NO_PENDING_CODE', 'No code is waiting to be confirmed; request a new code.');
      if (latest.expiresAt <= now) return codeRefusal('CODE_EXPIRED', 'This code has expired; request a new code.');
      if (latest.attempts >= MAX_WRONG_CODES) return codeRefusal('TOO_MANY_ATTEMPTS', 'Too many wrong codes; request a new code.');
      await this.verifications.update(tx, latest.id, { attempts: latest.attempts + 1 });
      return { verification: { ...latest, attempts: latest.attempts + 1 } };
    });
    // Thrown after the transaction, so a refusal never rolls back a counted attempt.
    if ('refusal' in claimed) throw claimed.refusal;
    const { verification } = claimed;

    let matches: boolean;
    try {
      matches = await sms.checkVerification(verification.phoneE164, code, { codeHash: verification.codeHash });
    } catch (err) {
      throw providerRefusal(ctx, err);
    }
    if (!matches) {
      const attemptsLeft = MAX_WRONG_CODES - verification.attempts;
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        attemptsLeft > 0
          ? `That code is not right; ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.`
          : 'That code is not right; request a new code.',
        { field: 'code', reason: 'WRONG_CODE', attemptsLeft },
      );
    }

    await this.uow.run(ctx, async (tx) => {
      await this.creators.lockProfile(tx, me);
      await this.verifications.update(tx, verification.id, { verifiedAt: now });
      await this.creators.setVerifiedPhone(tx, me, verification.phoneE164, now);
    });
    ctx.log.info({ event: 'phone_verified', accountId: me }, 'phone verified');
  }

  /** The numbers the account verified or was sent a code to: its own phones (the dev outbox shows it their texts). */
  async phonesOf(ctx: RequestContext, accountId: string): Promise<string[]> {
    const profile = await this.creators.find(ctx, accountId);
    const phones = new Set(await this.verifications.phonesOf(ctx, accountId));
    if (profile?.phoneE164) phones.add(profile.phoneE164);
    return [...phones];
  }

  /** The code waiting for the creator, if one is still usable; for their settings page. */
  async pending(ctx: RequestContext, accountId: string, now: Date): Promise<PhoneVerificationView | null> {
    const sends = await this.sendsWithinHour(ctx, accountId, now);
    if (!sends.length) return null;
    const latest = await this.verifications.latest(ctx, accountId);
    if (!latest || latest.verifiedAt || latest.expiresAt <= now || latest.attempts >= MAX_WRONG_CODES) return null;
    return {
      phoneLastTwoDigits: lastDigits(latest.phoneE164),
      expiresAt: latest.expiresAt,
      attemptsLeft: MAX_WRONG_CODES - latest.attempts,
      sendsLeft: Math.max(0, MAX_SENDS_PER_HOUR - sends.length),
    };
  }

  /** When each code of the last hour was sent, oldest first. */
  private sendsWithinHour(ctx: RequestContext, accountId: string, now: Date): Promise<Date[]> {
    return this.verifications.sentBetween(ctx, accountId, new Date(now.getTime() - HOUR_MS), now);
  }

  private provider(ctx: RequestContext): SmsProvider {
    if (this.sms) return this.sms;
    ctx.log.error({ event: 'sms_not_configured' }, 'phone verification needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_VERIFY_SERVICE_SID');
    throw new AppError(ErrorCode.CONFLICT, 'Phone verification is not available right now; please try again later.', { reason: 'SMS_UNAVAILABLE' });
  }
}

function codeRefusal(reason: string, message: string): { refusal: AppError } {
  return { refusal: new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'code', reason }) };
}

function rateLimited(message: string, waitMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, `${message} Try again in ${Math.ceil(retryAfterSeconds / 60)} min.`, { retryAfterSeconds });
}

function providerRefusal(ctx: RequestContext, err: unknown): Error {
  if (err instanceof SmsProviderError) {
    if (err.reason === 'INVALID_NUMBER') return badInput('This number cannot receive text messages; check it or use another mobile number.', 'phone');
    if (err.reason === 'RATE_LIMITED') return rateLimited('Too many codes were sent to this number.', 10 * 60_000);
  }
  ctx.log.error({ err }, 'SMS provider failed');
  return err instanceof Error ? err : new Error(String(err));
}
