import { createHash, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type Redis from 'ioredis';

/** The two Redis connections pub/sub needs (a subscribing connection can do nothing else). */
export interface RedisClients {
  publish: Redis;
  subscribe: Redis;
  close(): Promise<void>;
}

/** Connects to Redis; ioredis itself is loaded only here, so a process without REDIS_URL never loads it. */
export async function connectRedis(url: string): Promise<RedisClients> {
  const { Redis } = await import('ioredis');
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

/**
 * The name under which processes share state in Redis that belongs to one deployment (presence): that of their
 * database, so every process of a deployment agrees on it without a setting, and two deployments (or two test
 * databases) on one Redis never mix. An in-memory database is its process's alone.
 */
export function databaseNamespace(config: { DATABASE_URL?: string; DATA_DIR: string }): string {
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL);
    return `pg:${decodeURIComponent(url.pathname.slice(1)) || url.username || 'postgres'}`;
  }
  if (config.DATA_DIR.startsWith('memory://')) return `memory:${randomUUID()}`;
  return `pglite:${createHash('sha256').update(resolve(config.DATA_DIR)).digest('hex').slice(0, 16)}`;
}
