import { TransferKind } from '../ledger';
import { activityCsv, activityKindOf, callIdOf } from './activity-rules';
import { ActivityKind } from './activity.types';

describe('activity items', () => {
  it('are named by their reference, or by their one transfer', () => {
    expect(activityKindOf('call:0b6f', TransferKind.RESERVE)).toBe(ActivityKind.CALL);
    expect(activityKindOf('chat-lock:1', TransferKind.CHAT_UNLOCK)).toBe(ActivityKind.CHAT_UNLOCK);
    expect(activityKindOf('tip:1', TransferKind.TIP)).toBe(ActivityKind.TIP);
    expect(activityKindOf('purchase:1', TransferKind.PURCHASE_REFUND)).toBe(ActivityKind.PURCHASE);
    expect(activityKindOf('payout:1', TransferKind.PAYOUT)).toBe(ActivityKind.PAYOUT);
    expect(activityKindOf('transfer:1', TransferKind.PROMOTION)).toBe(ActivityKind.PROMOTION);
    expect(activityKindOf('transfer:1', TransferKind.ADJUSTMENT)).toBe(ActivityKind.ADJUSTMENT);
    expect(activityKindOf('transfer:1', TransferKind.RELEASE)).toBe(ActivityKind.OTHER);
    expect(callIdOf('call:abc')).toBe('abc');
    expect(callIdOf('tip:abc')).toBeNull();
  });

  it('export as CSV a spreadsheet reads safely', () => {
    const csv = activityCsv([
      {
        startedAt: new Date('2026-06-01T10:00:00Z'),
        kind: ActivityKind.CALL,
        counterpart: 'Ava "AJ" Stone, PhD',
        seconds: 90,
        total: -30,
        refunded: 5,
        id: 'call:1',
      },
      {
        startedAt: new Date('2026-06-01T11:00:00Z'),
        kind: ActivityKind.TIP,
        counterpart: '=HYPERLINK("x")',
        seconds: null,
        total: -10,
        refunded: 0,
        id: 'tip:2',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,kind,with,billed_seconds,tokens,refunded_tokens,id',
      '2026-06-01T10:00:00.000Z,CALL,"Ava ""AJ"" Stone, PhD",90,-30,5,call:1',
      `2026-06-01T11:00:00.000Z,TIP,"'=HYPERLINK(""x"")",,-10,0,tip:2`,
      '',
    ]);
  });
});
