import { usualAnswerSeconds } from './answer-time';

describe('usualAnswerSeconds', () => {
  it('needs three answered calls', () => {
    expect(usualAnswerSeconds([])).toBeNull();
    expect(usualAnswerSeconds([5, 8])).toBeNull();
  });

  it('takes the median, so one slow answer does not spoil it, rounded up to 15 s or whole minutes', () => {
    expect(usualAnswerSeconds([4, 6, 300])).toBe(15);
    expect(usualAnswerSeconds([20, 25, 31, 40])).toBe(30);
    expect(usualAnswerSeconds([100, 200, 190])).toBe(240);
  });
});
