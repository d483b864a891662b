import { onBeforeUnmount, shallowRef, type Ref } from 'vue';

/** Date.now(), refreshed every `intervalMs` while the component is mounted: for countdowns and clocks. */
export function useNow(intervalMs = 1000): Ref<number> {
  const now = shallowRef(Date.now());
  const timer = setInterval(() => {
    now.value = Date.now();
  }, intervalMs);
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}

/** Whole seconds from `now` until `deadline` (ISO), between zero and `max` (a clock set a little wrong). */
export function secondsUntil(deadline: string | null | undefined, now: number, max = Infinity): number {
  if (!deadline) return 0;
  return Math.min(max, Math.max(0, Math.ceil((Date.parse(deadline) - now) / 1000)));
}
