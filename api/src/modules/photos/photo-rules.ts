/** Most gallery photos a creator shows (the profile photo is not counted). */
export const MAX_GALLERY = 12;
/** Most uploads a creator may hold unplaced within a day (each one costs storage until placed or dropped). */
export const MAX_UNPLACED_PER_DAY = 30;

export type PlacementDecision = { ok: true; replacesProfile: boolean; position: number } | { ok: false; message: string };

/**
 * Where an upload goes: a profile upload replaces the profile photo; a gallery upload goes last, while the
 * gallery holds fewer than MAX_GALLERY.
 */
export function decidePlacement(purpose: 'PROFILE' | 'GALLERY', placed: { placement: string | null; position: number }[]): PlacementDecision {
  if (purpose === 'PROFILE') return { ok: true, replacesProfile: placed.some((p) => p.placement === 'PROFILE'), position: 0 };
  const gallery = placed.filter((p) => p.placement === 'GALLERY');
  if (gallery.length >= MAX_GALLERY) return { ok: false, message: `A gallery holds at most ${MAX_GALLERY} photos; remove one first.` };
  return { ok: true, replacesProfile: false, position: gallery.reduce((max, p) => Math.max(max, p.position + 1), 0) };
}
