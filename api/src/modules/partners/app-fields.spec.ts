import { checkAppFields, normalizeOrigin } from './app-fields';

describe('partner app fields', () => {
  it('accepts origins as browsers send them, lower-cased, default ports dropped', () => {
    expect(normalizeOrigin('https://Shop.Example')).toBe('https://shop.example');
    expect(normalizeOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(normalizeOrigin('https://shop.example:443/')).toBe('https://shop.example');
  });

  it.each(['shop.example', 'https://shop.example/path', 'https://shop.example?x=1', 'ftp://shop.example', 'https://user:pw@shop.example', '*'])(
    'refuses %s as an origin (BAD_USER_INPUT)',
    (raw) => {
      expect(() => normalizeOrigin(raw)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'allowedOrigins' }) }),
      );
    },
  );

  it('trims the name, checks the website and removes duplicate origins', () => {
    expect(checkAppFields({ name: '  Shop ', website: 'https://shop.example', allowedOrigins: ['https://a.example', 'https://A.example'] })).toEqual({
      name: 'Shop',
      website: 'https://shop.example/',
      allowedOrigins: ['https://a.example'],
    });
    expect(() => checkAppFields({ name: ' ' })).toThrow('name must be');
    expect(() => checkAppFields({ name: 'x', website: 'javascript:alert(1)' })).toThrow('website must be');
  });
});
