import { decidePlacement, MAX_GALLERY } from './photo-rules';

describe('decidePlacement', () => {
  it('puts a profile upload in place of the current profile photo', () => {
    expect(decidePlacement('PROFILE', [])).toEqual({ ok: true, replacesProfile: false, position: 0 });
    expect(decidePlacement('PROFILE', [{ placement: 'PROFILE', position: 0 }])).toEqual({ ok: true, replacesProfile: true, position: 0 });
  });

  it('appends gallery uploads after the last one', () => {
    expect(decidePlacement('GALLERY', [{ placement: 'PROFILE', position: 0 }])).toEqual({ ok: true, replacesProfile: false, position: 0 });
    expect(
      decidePlacement('GALLERY', [
        { placement: 'GALLERY', position: 0 },
        { placement: 'GALLERY', position: 4 },
      ]),
    ).toEqual({ ok: true, replacesProfile: false, position: 5 });
  });

  it(`refuses a ${MAX_GALLERY + 1}th gallery photo but not the profile photo`, () => {
    const full = Array.from({ length: MAX_GALLERY }, (_, i) => ({ placement: 'GALLERY', position: i }));
    expect(decidePlacement('GALLERY', full)).toEqual({ ok: false, message: expect.stringContaining(`${MAX_GALLERY}`) });
    expect(decidePlacement('PROFILE', full).ok).toBe(true);
    expect(decidePlacement('GALLERY', full.slice(1)).ok).toBe(true);
  });
});
