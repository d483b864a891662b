import { averageRating, checkedReview, reviewRefusal, REVIEW_WINDOW_MS } from './review-rules';

const ended = new Date('2026-11-01T12:00:00Z');
const call = { fanId: 'fan', state: 'ENDED', billedSeconds: 60, endedAt: ended };

describe('reviewRefusal', () => {
  it('lets the fan review an ended call of at least 60 billed seconds within 14 days', () => {
    expect(reviewRefusal(call, 'fan', new Date(ended.getTime() + 1000))).toBeNull();
    expect(reviewRefusal(call, 'fan', new Date(ended.getTime() + REVIEW_WINDOW_MS))).toBeNull();
  });

  it('refuses anyone but the fan, short or unfinished calls, and late reviews', () => {
    expect(reviewRefusal(call, 'creator', ended)).toMatch(/Only the fan/);
    expect(reviewRefusal({ ...call, billedSeconds: 59 }, 'fan', ended)).toMatch(/60 billed seconds/);
    expect(reviewRefusal({ ...call, billedSeconds: null }, 'fan', ended)).toMatch(/60 billed seconds/);
    expect(reviewRefusal({ ...call, state: 'ONGOING', endedAt: null }, 'fan', ended)).toMatch(/ended/);
    expect(reviewRefusal({ ...call, state: 'MISSED' }, 'fan', ended)).toMatch(/ended/);
    expect(reviewRefusal(call, 'fan', new Date(ended.getTime() + REVIEW_WINDOW_MS + 1))).toMatch(/14 days/);
  });
});

describe('checkedReview', () => {
  it('takes 1–5 whole stars and trims the text', () => {
    expect(checkedReview(5, '  lovely ')).toEqual({ ok: true, rating: 5, text: 'lovely' });
    expect(checkedReview(1, null)).toEqual({ ok: true, rating: 1, text: '' });
    expect(checkedReview(0, '')).toMatchObject({ ok: false, field: 'rating' });
    expect(checkedReview(6, '')).toMatchObject({ ok: false, field: 'rating' });
    expect(checkedReview(4.5, '')).toMatchObject({ ok: false, field: 'rating' });
    expect(checkedReview(3, 'x'.repeat(1001))).toMatchObject({ ok: false, field: 'text' });
  });
});

describe('averageRating', () => {
  it('rounds to two decimals', () => {
    expect(averageRating([])).toBeNull();
    expect(averageRating([5, 4, 4])).toBe(4.33);
  });
});
