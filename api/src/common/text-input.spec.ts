import { hasUnstorableText, unstorableTextIn } from './text-input';

describe('the text rule', () => {
  it('refuses NUL and lone surrogates, and accepts any other text (emoji and other scripts included)', () => {
    for (const bad of ['\u0000', 'a\u0000b', '\uD800', 'x\uDC00', '\uDBFFx']) expect(hasUnstorableText(bad)).toBe(true);
    for (const good of ['', 'plain', 'Zoë 😀', '名前', 'tab\there', '\u0001\u001f', '\uD83D\uDE00']) expect(hasUnstorableText(good)).toBe(false);
  });

  it('finds the first bad string anywhere in arguments, input objects and lists, by path', () => {
    expect(unstorableTextIn({ input: { bio: 'ok', links: ['fine', 'bad\u0000'] } }, '')).toBe('input.links[1]');
    expect(unstorableTextIn({ email: 'a\u0000@b.c', n: 3 }, '')).toBe('email');
    expect(unstorableTextIn({ input: { bio: 'ok', n: null, flag: true } }, '')).toBeNull();
  });
});
