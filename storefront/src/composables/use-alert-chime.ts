import { getCurrentScope, onScopeDispose, shallowRef } from 'vue';

/**
 * A short two-note chime through WebAudio (no file to load; it sounds in a background tab too), for the agency
 * panel's alerts: a fan wrote, a fan is calling. Browsers may hold audio back until the page was touched once:
 * `blocked` then turns true and the first tap or key press lets the next chime through. `played` counts the
 * chimes asked for (shown on the panel, and what tests read).
 */
export function useAlertChime() {
  const blocked = shallowRef(false);
  const played = shallowRef(0);
  let context: AudioContext | null = null;

  const unlock = () => {
    context?.resume().then(
      () => (blocked.value = context?.state !== 'running'),
      () => undefined,
    );
  };

  function chime(): void {
    played.value += 1;
    if (typeof AudioContext === 'undefined') return;
    try {
      context ??= new AudioContext();
      const ctx = context;
      if (ctx.state !== 'running') {
        blocked.value = true;
        window.addEventListener('pointerdown', unlock, { once: true });
        window.addEventListener('keydown', unlock, { once: true });
        void ctx.resume().catch(() => undefined);
        return;
      }
      const start = ctx.currentTime + 0.02;
      [660, 880].forEach((frequency, i) => {
        const at = start + i * 0.16;
        const gain = ctx.createGain();
        gain.gain.setValueAtTime(0, at);
        gain.gain.linearRampToValueAtTime(0.16, at + 0.02);
        gain.gain.linearRampToValueAtTime(0, at + 0.15);
        gain.connect(ctx.destination);
        const tone = ctx.createOscillator();
        tone.frequency.value = frequency;
        tone.connect(gain);
        tone.start(at);
        tone.stop(at + 0.16);
      });
    } catch {
      // No audio here: the row's animation still tells.
    }
  }

  function dispose(): void {
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
    const ctx = context;
    context = null;
    if (ctx && ctx.state !== 'closed') ctx.close().catch(() => undefined);
  }

  if (getCurrentScope()) onScopeDispose(dispose);
  return { chime, played, blocked };
}
