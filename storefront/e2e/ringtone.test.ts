import { effectScope, ref } from 'vue';
import { useRingtone } from '../src/composables/use-ringtone';

// The ringtone must never throw, whatever order the browser settles things in: a context closed (the call was
// answered) before its resume() settles, a tap after the ringing stopped, a ring scheduled on a closed context.

/** An AudioContext that behaves as Chromium's does once closed: resume() rejects, creating nodes throws. */
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state: 'suspended' | 'running' | 'closed' = 'suspended';
  currentTime = 0;
  destination = {};
  rings = 0;
  private settle: { resolve: () => void; reject: (err: unknown) => void }[] = [];

  constructor() {
    FakeAudioContext.instances.push(this);
  }

  resume(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new DOMException('AudioContext is closed', 'InvalidStateError'));
    return new Promise((resolve, reject) =>
      this.settle.push({
        resolve: () => {
          this.state = 'running';
          resolve();
        },
        reject,
      }),
    );
  }

  /** Lets pending resume() calls settle now (the browser decides when). */
  allowAudio(): void {
    for (const { resolve } of this.settle.splice(0)) resolve();
  }

  close(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new DOMException('Cannot close a closed AudioContext', 'InvalidStateError'));
    this.state = 'closed';
    // As in Chromium: a resume() still pending when the context closes is rejected.
    for (const { reject } of this.settle.splice(0)) reject(new DOMException('AudioContext closed', 'InvalidStateError'));
    return Promise.resolve();
  }

  private node() {
    if (this.state === 'closed') throw new DOMException('AudioContext is closed', 'InvalidStateError');
    const param = { value: 0, setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined };
    return { gain: param, frequency: param, connect: () => undefined, start: () => undefined, stop: () => undefined };
  }

  createGain() {
    this.rings++;
    return this.node();
  }

  createOscillator() {
    return this.node();
  }
}

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
const listeners = new Map<string, Set<() => void>>();

beforeAll(() => {
  process.on('unhandledRejection', onRejection);
  Object.assign(globalThis, {
    AudioContext: FakeAudioContext,
    window: {
      addEventListener: (type: string, fn: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
      removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
    },
  });
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
});
beforeEach(() => {
  FakeAudioContext.instances = [];
  rejections.length = 0;
  listeners.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((r) => jest.requireActual<typeof import('timers')>('timers').setImmediate(r));
};
const tap = () => listeners.get('pointerdown')?.forEach((fn) => fn());

describe('storefront: the ringtone', () => {
  it('rings once audio is allowed, every 3 s, and stops cleanly', async () => {
    const active = ref(true);
    const scope = effectScope();
    const { blocked } = scope.run(() => useRingtone(active))!;
    const ctx = FakeAudioContext.instances[0];
    expect(blocked.value).toBe(true);
    ctx.allowAudio();
    await flush();
    expect(blocked.value).toBe(false);
    expect(ctx.rings).toBe(2);
    jest.advanceTimersByTime(3000);
    expect(ctx.rings).toBe(4);
    active.value = false;
    await flush();
    expect(ctx.state).toBe('closed');
    jest.advanceTimersByTime(9000);
    expect(ctx.rings).toBe(4);
    scope.stop();
    expect(rejections).toEqual([]);
  });

  it('never throws when the ringing stops before the browser allows audio, or a tap comes after', async () => {
    const active = ref(true);
    const scope = effectScope();
    scope.run(() => useRingtone(active));
    const ctx = FakeAudioContext.instances[0];
    tap();
    active.value = false; // answered: the context closes while resume() is pending
    await flush();
    ctx.allowAudio(); // nothing is pending any more: close() rejected it
    tap(); // the listener is gone; nothing runs
    jest.advanceTimersByTime(6000);
    await flush();
    expect(ctx.rings).toBe(0);
    expect(rejections).toEqual([]);

    // Ringing again makes a fresh context; stopping twice is harmless.
    active.value = true;
    await flush();
    expect(FakeAudioContext.instances).toHaveLength(2);
    const { stop } = useRingtone(ref(false));
    stop();
    stop();
    scope.stop();
    await flush();
    expect(FakeAudioContext.instances[1].state).toBe('closed');
    expect(rejections).toEqual([]);
  });
});
