import Redis from 'ioredis';

/** The two Redis connections pub/sub needs (a subscribing connection can do nothing else). */
export interface RedisClients {
  publish: Redis;
  subscribe: Redis;
  close(): Promise<void>;
}

export async function connectRedis(url: string): Promise<RedisClients> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
  const publish = new Redis(url, options);
  const subscribe = new Redis(url, options);
  await Promise.all([publish.connect(), subscribe.connect()]);
  return {
    publish,
    subscribe,
    async close() {
      await Promise.allSettled([publish.quit(), subscribe.quit()]);
    },
  };
}
