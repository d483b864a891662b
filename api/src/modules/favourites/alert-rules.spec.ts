import { becameAvailable } from './alert-rules';

describe('becameAvailable', () => {
  const away = { available: false, online: false };
  const byPhone = { available: true, online: false };
  const online = { available: true, online: true };

  it('fires when a creator becomes callable, or comes online while callable', () => {
    expect(becameAvailable(away, byPhone)).toBe(true);
    expect(becameAvailable(away, online)).toBe(true);
    expect(becameAvailable(null, byPhone)).toBe(true);
    expect(becameAvailable(byPhone, online)).toBe(true);
  });

  it('does not fire when nothing that matters changed, or when they stop being callable', () => {
    expect(becameAvailable(byPhone, byPhone)).toBe(false);
    expect(becameAvailable(online, online)).toBe(false);
    expect(becameAvailable(online, byPhone)).toBe(false);
    expect(becameAvailable(online, away)).toBe(false);
    expect(becameAvailable(null, away)).toBe(false);
    expect(becameAvailable(away, { available: false, online: true })).toBe(false);
  });
});
