import { createPubSub } from '@graphql-yoga/subscription';
import { KeyedFanout } from './pubsub';

type Change = { id: string; n: number };

const take = async <T>(iterable: AsyncIterable<T>, count: number): Promise<T[]> => {
  const out: T[] = [];
  const iterator = iterable[Symbol.asyncIterator]();
  while (out.length < count) out.push((await iterator.next()).value as T);
  await iterator.return?.();
  return out;
};

describe('KeyedFanout', () => {
  it('delivers each event to the subscribers of its key only, over one source subscription, and forgets those who leave', async () => {
    const pubsub = createPubSub<{ CHANGED: [Change] }>();
    let sources = 0;
    const fanout = new KeyedFanout<Change>(
      () => {
        sources++;
        return pubsub.subscribe('CHANGED');
      },
      (c) => c.id,
    );
    const ab = take(fanout.subscribe(['a', 'b']), 2);
    const b = take(fanout.subscribe(['b']), 1);
    const c = fanout.subscribe(['c'])[Symbol.asyncIterator]();
    const cNext = c.next();
    await new Promise((r) => setTimeout(r, 10));
    for (const [id, n] of [
      ['a', 1],
      ['x', 2],
      ['b', 3],
    ] as const)
      pubsub.publish('CHANGED', { id, n });
    expect(await ab).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 3 },
    ]);
    expect(await b).toEqual([{ id: 'b', n: 3 }]);
    expect(sources).toBe(1);
    await c.return?.();
    expect(await cNext).toMatchObject({ done: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(fanout.size).toBe(0);
  });
});
