import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue';

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

  const unlock = () => {
    void context?.resume().then(() => {
      blocked.value = context?.state !== 'running';
    });
  };

  function ring(): void {
    if (!context || context.state !== 'running') return;
    const start = context.currentTime + 0.05;
    for (const offset of [0, 0.5]) {
      const gain = context.createGain();
      gain.gain.setValueAtTime(0, start + offset);
      gain.gain.linearRampToValueAtTime(0.18, start + offset + 0.02);
      gain.gain.setValueAtTime(0.18, start + offset + 0.38);
      gain.gain.linearRampToValueAtTime(0, start + offset + 0.4);
      gain.connect(context.destination);
      for (const frequency of [440, 480]) {
        const tone = context.createOscillator();
        tone.frequency.value = frequency;
        tone.connect(gain);
        tone.start(start + offset);
        tone.stop(start + offset + 0.42);
      }
    }
  }

  function start(): void {
    if (context || typeof AudioContext === 'undefined') return;
    context = new AudioContext();
    blocked.value = context.state !== 'running';
    void context.resume().then(() => {
      blocked.value = context?.state !== 'running';
      ring();
    });
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    timer = setInterval(ring, RING_EVERY_MS);
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
    void context?.close().catch(() => undefined);
    context = null;
    blocked.value = false;
  }

  watch(active, (on) => (on ? start() : stop()), { immediate: true });
  onBeforeUnmount(stop);
  return { blocked };
}
