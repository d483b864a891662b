import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { SocketRegistry } from '../../common/sockets';
import { MemoryPresenceStore } from './presence-store';
import { PresenceService } from './presence.service';

const GRACE_MS = 30;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits until `check` holds (timers run late on a loaded machine), failing after 5 s. */
async function until(check: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 5000; !check(); await sleep(5)) if (Date.now() > deadline) throw new Error('condition not met within 5 s');
}

/** Presence in memory (the single-process and embedded mode): sockets and holders are sources alike. */
describe('PresenceService in memory', () => {
  let sockets: SocketRegistry;
  let presence: PresenceService;
  let changes: [string, boolean][];
  beforeEach(() => {
    sockets = new SocketRegistry();
    presence = new PresenceService(sockets, GRACE_MS, new MemoryPresenceStore());
    changes = [];
    presence.onChange((id, online) => changes.push([id, online]));
  });
  afterEach(() => presence.stop());

  const socket = () => {
    const fake = new EventEmitter() as unknown as WebSocket;
    return { socket: fake, close: () => (fake as unknown as EventEmitter).emit('close') };
  };

  it('holds creators online for a holder while its connection lives, lets one go at once, and all after the grace on release', async () => {
    presence.connectHolder('panel');
    await presence.holdOnline('panel', ['c1', 'c2']);
    expect(presence.onlineCreatorIds().sort()).toEqual(['c1', 'c2']);
    await presence.stopHolding('panel', ['c2']);
    expect(presence.isOnline('c2')).toBe(false);
    expect(presence.heldBy('panel')).toEqual(['c1']);
    await presence.release('panel');
    expect(presence.isOnline('c1')).toBe(true);
    await until(() => !presence.isOnline('c1'));
    expect(changes).toEqual([
      ['c1', true],
      ['c2', true],
      ['c2', false],
      ['c1', false],
    ]);
  });

  it('lets a holder go after the grace once its last connection closes, unless it reconnects within it', async () => {
    const disconnect = presence.connectHolder('panel');
    await presence.holdOnline('panel', ['c1']);
    disconnect();
    const reconnect = presence.connectHolder('panel'); // a reload of the panel
    await sleep(GRACE_MS * 3);
    expect(presence.isOnline('c1')).toBe(true);
    reconnect();
    await until(() => !presence.isOnline('c1'));
    expect(presence.heldBy('panel')).toEqual([]);
  });

  it('holds for the grace only when the holder has no live connection', async () => {
    await presence.holdOnline('panel', ['c1']);
    expect(presence.isOnline('c1')).toBe(true);
    await until(() => !presence.isOnline('c1'));
  });

  it('counts a socket and a holder as one presence: one change each way', async () => {
    const tab = socket();
    sockets.add(tab.socket, 'c1', 's1', 'CREATOR');
    presence.connectHolder('panel');
    await presence.holdOnline('panel', ['c1']);
    tab.close();
    await sleep(GRACE_MS * 3);
    expect(presence.isOnline('c1')).toBe(true); // the panel still holds them
    await presence.release('panel', { immediately: true });
    expect(presence.isOnline('c1')).toBe(false);
    expect(changes).toEqual([
      ['c1', true],
      ['c1', false],
    ]);
  });

  it('ignores fans, and a reload within the grace never goes offline', async () => {
    const fan = socket();
    sockets.add(fan.socket, 'f1', 's1', 'FAN');
    expect(presence.isOnline('f1')).toBe(false);
    const first = socket();
    sockets.add(first.socket, 'c1', 's1', 'CREATOR');
    first.close();
    sockets.add(socket().socket, 'c1', 's1', 'CREATOR');
    await sleep(GRACE_MS * 3);
    expect(presence.isOnline('c1')).toBe(true);
    expect(changes).toEqual([['c1', true]]);
  });
});
