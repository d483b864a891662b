import { getCurrentScope, onScopeDispose, shallowRef, watch, type Ref } from 'vue';

/** A ring every 3 s: two short double tones, like a phone. */
const RING_EVERY_MS = 3000;

/**
 * Plays a ringtone through WebAudio while `active` is true: no audio file to load, and it keeps sounding
 * in a background tab. Browsers may hold audio back until the page has been touched once; `blocked` then
 * turns true and the first tap or key press anywhere starts it.
 */
export function useRingtone(active: Ref<boolean>) {
  const blocked = shallowRef(false);
  let context: AudioContext | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  // Every use of the context is guarded: it may be closed (the call was answered) between a timer firing or a
  // promise settling and the callback running, and a closed context throws InvalidStateError on resume().
  const usable = (ctx: AudioContext | null): ctx is AudioContext => !!ctx && ctx === context && ctx.state !== 'closed';

  const resume = (ctx: AudioContext, then?: () => void) => {
    if (!usable(ctx)) return;
    let pending: Promise<void>;
    try {
      pending = ctx.resume();
    } catch {
      return;
    }
    pending.then(
      () => {
        if (!usable(ctx)) return;
        blocked.value = ctx.state !== 'running';
        then?.();
      },
      () => undefined,
    );
  };

  const unlock = () => {
    if (context) resume(context);
  };

  function ring(): void {
    const ctx = context;
    if (!usable(ctx) || ctx.state !== 'running') return;
    try {
      const start = ctx.currentTime + 0.05;
      for (const offset of [0, 0.5]) {
        const gain = ctx.createGain();
        gain.gain.setValueAtTime(0, start + offset);
        gain.gain.linearRampToValueAtTime(0.18, start + offset + 0.02);
        gain.gain.setValueAtTime(0.18, start + offset + 0.38);
        gain.gain.linearRampToValueAtTime(0, start + offset + 0.4);
        gain.connect(ctx.destination);
        for (const frequency of [440, 480]) {
          const tone = ctx.createOscillator();
          tone.frequency.value = frequency;
          tone.connect(gain);
          tone.start(start + offset);
          tone.stop(start + offset + 0.42);
        }
      }
    } catch {
      // Closed while scheduling: the ringing is over anyway.
    }
  }

  function start(): void {
    if (context || typeof AudioContext === 'undefined') return;
    let ctx: AudioContext;
    try {
      ctx = new AudioContext();
    } catch {
      return;
    }
    context = ctx;
    blocked.value = ctx.state !== 'running';
    resume(ctx, ring);
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    timer = setInterval(ring, RING_EVERY_MS);
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
    const ctx = context;
    context = null;
    blocked.value = false;
    if (ctx && ctx.state !== 'closed') {
      try {
        ctx.close().catch(() => undefined);
      } catch {
        // Already closing.
      }
    }
  }

  watch(active, (on) => (on ? start() : stop()), { immediate: true });
  if (getCurrentScope()) onScopeDispose(stop);
  return { blocked, stop };
}
