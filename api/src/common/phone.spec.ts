import { maskPhone, parsePhone } from './phone';

describe('parsePhone', () => {
  it('returns E.164 for valid mobile numbers written in any spacing', () => {
    expect(parsePhone('+49 151 1234 5678')).toEqual({ ok: true, e164: '+4915112345678' });
    expect(parsePhone('0044 7911 123456')).toEqual({ ok: true, e164: '+447911123456' });
  });

  it.each([
    ['a national number without country code', '0151 12345678', 'international format'],
    ['too few digits', '+49151123', 'not a valid phone number'],
    ['letters', '+49 call me', 'not a valid phone number'],
    ['a landline', '+49 30 12345678', 'cannot receive text messages'],
    ['a premium-rate number', '+1 900 555 0100', 'cannot receive text messages'],
  ])('refuses %s', (_what, input, message) => {
    const result = parsePhone(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});

describe('maskPhone', () => {
  it('shows only the country code and the last digits', () => {
    expect(maskPhone('+4915112345678')).toBe('+49 •••••••••78');
    expect(maskPhone('+4915112345678', 4)).toBe('+49 •••••••5678');
  });
});
