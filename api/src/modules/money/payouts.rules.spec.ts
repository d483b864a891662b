import { ErrorCode } from '../../common/errors';
import { afterProviderAnswer, payoutRefusal, PayoutStatus } from './payouts.rules';

describe('payout rules', () => {
  it('refuse amounts that are not whole, below the minimum or above what is available', () => {
    expect(payoutRefusal(500, 800, 500)).toBeNull();
    expect(payoutRefusal(800, 800, 500)).toBeNull();
    expect(payoutRefusal(0, 800, 500)?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(payoutRefusal(1.5, 800, 500)?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(payoutRefusal(499, 800, 500)?.extensions).toMatchObject({ code: ErrorCode.PAYOUT_BELOW_MINIMUM, minimum: 500 });
    expect(payoutRefusal(801, 800, 500)?.extensions).toMatchObject({ code: ErrorCode.PAYOUT_EXCEEDS_AVAILABLE, available: 800 });
  });

  it('settle a confirmed transfer once and return a failed or reversed one once', () => {
    expect(afterProviderAnswer(PayoutStatus.PROCESSING, 'SENT')).toEqual({ status: PayoutStatus.PAID, move: 'SETTLE' });
    expect(afterProviderAnswer(PayoutStatus.REQUESTED, 'SENT')).toEqual({ status: PayoutStatus.PAID, move: 'SETTLE' });
    expect(afterProviderAnswer(PayoutStatus.PAID, 'SENT')).toBeNull();
    expect(afterProviderAnswer(PayoutStatus.FAILED, 'SENT')).toBeNull();
    expect(afterProviderAnswer(PayoutStatus.REJECTED, 'SENT')).toBeNull();
    expect(afterProviderAnswer(PayoutStatus.PROCESSING, 'REVERSED')).toEqual({ status: PayoutStatus.FAILED, move: 'RETURN' });
    expect(afterProviderAnswer(PayoutStatus.PAID, 'REVERSED')).toEqual({ status: PayoutStatus.FAILED, move: 'RETURN_PAID' });
    expect(afterProviderAnswer(PayoutStatus.FAILED, 'REVERSED')).toBeNull();
    expect(afterProviderAnswer(PayoutStatus.REJECTED, 'REVERSED')).toBeNull();
  });
});
