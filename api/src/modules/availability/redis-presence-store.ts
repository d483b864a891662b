import { randomUUID } from 'node:crypto';
import type { Logger } from '../../common/logger';
import type { RedisClients } from '../../common/redis';
import { emitTo, type PresenceListener, type PresenceStore } from './presence-store';

/*
 * The shared state, in Redis (all keys share one hash tag, so a cluster keeps them on one node):
 *   <ns>:all            sorted set: creator id → the instant (ms, Redis's clock) their last source expires
 *   <ns>:c:<creatorId>  sorted set: source → the instant it expires
 * A source that lives is re-held every heartbeat with an expiry a little beyond the next one; a process killed
 * stops doing that, and its sources expire. Each script changes the state and publishes the change it caused
 * (`1|creator|process` online, `0|creator|process` offline) atomically, so every change is said exactly once.
 */
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: all, creator. ARGV: creator id, source, ms to hold, channel, process. Returns 1 when the creator came online. */
const HOLD = `${NOW}
local prev = redis.call('ZSCORE', KEYS[1], ARGV[1])
local was = prev and tonumber(prev) > now
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[2])
local top = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
redis.call('ZADD', KEYS[1], top[2], ARGV[1])
redis.call('PEXPIREAT', KEYS[2], tonumber(top[2]) + 60000)
if was then return 0 end
redis.call('PUBLISH', ARGV[4], '1|' .. ARGV[1] .. '|' .. ARGV[5])
return 1`;

/** KEYS: all, creator. ARGV: creator id, source, channel, process. Returns 1 when the creator went offline. */
const DROP = `${NOW}
local prev = redis.call('ZSCORE', KEYS[1], ARGV[1])
local was = prev and tonumber(prev) > now
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local top = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
if top[1] then
  redis.call('ZADD', KEYS[1], top[2], ARGV[1])
  return 0
end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
if not was then return 0 end
redis.call('PUBLISH', ARGV[3], '0|' .. ARGV[1] .. '|' .. ARGV[4])
return 1`;

/** KEYS: all. ARGV: creator key prefix, channel, process. Takes every creator whose sources all expired offline. */
const SWEEP = `${NOW}
local gone = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 500)
for _, id in ipairs(gone) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('DEL', ARGV[1] .. id)
  redis.call('PUBLISH', ARGV[2], '0|' .. id .. '|' .. ARGV[3])
end
return #gone`;

/** KEYS: all. Every creator online now. */
const ONLINE = `${NOW}
return redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. now, '+inf')`;

export interface RedisPresenceOptions {
  /** Processes that share a database share this (their presence is one); others must not. */
  namespace: string;
  /** How often this process re-holds its live sources and takes expired creators offline. */
  heartbeatMs: number;
  /** How long a source of a process that stopped heartbeating (killed) still holds: the grace, as for a dropped socket. */
  graceMs: number;
  log: Logger;
}

/**
 * Presence shared by every API process through Redis (the scale-out mode). Reads (`isOnline`, the listings)
 * come from a copy in memory, kept by the change messages in the order Redis published them (and re-read whole
 * every heartbeat, in case a message was lost); a change's listeners run on the one process whose script caused
 * it, after its copy has the change.
 */
export class RedisPresenceStore implements PresenceStore {
  private readonly online = new Set<string>();
  private readonly listeners: PresenceListener[] = [];
  /** Sources of this process that live, by creator: re-held every heartbeat. */
  private readonly live = new Map<string, Set<string>>();
  /** Sweeps due when a source held for a while runs out (so the grace ends on time, not on the next heartbeat). */
  private readonly sweeps = new Set<NodeJS.Timeout>();
  private readonly processId = randomUUID();
  private readonly allKey: string;
  private readonly creatorPrefix: string;
  private readonly channel: string;
  /** How long a live source holds after each heartbeat: past the next one, plus the grace. */
  private readonly liveMs: number;
  private heartbeat?: NodeJS.Timeout;
  private stopped = false;
  private messagesSeen = 0;
  private readonly onMessage = (channel: string, message: string) => this.received(channel, message);

  constructor(
    private readonly redis: RedisClients,
    private readonly options: RedisPresenceOptions,
  ) {
    const prefix = `{minutely-presence:${options.namespace}}`;
    this.allKey = `${prefix}:all`;
    this.creatorPrefix = `${prefix}:c:`;
    this.channel = `${prefix}:changes`;
    this.liveMs = options.graceMs + 2 * options.heartbeatMs;
  }

  /** Listens to the changes, reads who is online and starts the heartbeat. */
  async start(): Promise<void> {
    this.redis.subscribe.on('message', this.onMessage);
    await this.redis.subscribe.subscribe(this.channel);
    await this.sweep();
    await this.resync();
    this.heartbeat = setInterval(() => void this.beat(), this.options.heartbeatMs);
    this.heartbeat.unref?.();
  }

  async hold(creatorId: string, source: string, forMs?: number): Promise<void> {
    if (this.stopped) return;
    const live = this.live.get(creatorId) ?? new Set<string>();
    if (forMs === undefined) {
      live.add(source);
      this.live.set(creatorId, live);
    } else {
      this.forgetLive(creatorId, source);
      const sweep = setTimeout(() => {
        this.sweeps.delete(sweep);
        void this.sweep();
      }, forMs + 5);
      sweep.unref?.();
      this.sweeps.add(sweep);
    }
    await this.run(HOLD, [this.allKey, this.creatorKey(creatorId)], [creatorId, source, forMs ?? this.liveMs, this.channel, this.processId]);
  }

  async drop(creatorId: string, source: string): Promise<void> {
    if (this.stopped) return;
    this.forgetLive(creatorId, source);
    await this.run(DROP, [this.allKey, this.creatorKey(creatorId)], [creatorId, source, this.channel, this.processId]);
  }

  isOnline(creatorId: string): boolean {
    return this.online.has(creatorId);
  }

  onlineCreatorIds(): string[] {
    return [...this.online];
  }

  onChange(listener: PresenceListener): void {
    this.listeners.push(listener);
  }

  /** Stops heartbeating and writing (on shutdown): what this process held then expires, as if it had died. */
  stop(): void {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const sweep of this.sweeps) clearTimeout(sweep);
    this.sweeps.clear();
    this.redis.subscribe.off('message', this.onMessage);
  }

  /** Re-holds this process's live sources, takes creators whose sources all expired offline, re-reads who is online. */
  private async beat(): Promise<void> {
    try {
      const pipeline = this.redis.publish.pipeline();
      for (const [creatorId, sources] of this.live) {
        for (const source of sources) {
          pipeline.eval(HOLD, 2, this.allKey, this.creatorKey(creatorId), creatorId, source, this.liveMs, this.channel, this.processId);
        }
      }
      if (pipeline.length) await pipeline.exec();
      await this.sweep();
      await this.resync();
    } catch (err) {
      this.options.log.warn({ err }, 'presence heartbeat failed');
    }
  }

  private async sweep(): Promise<void> {
    await this.run(SWEEP, [this.allKey], [this.creatorPrefix, this.channel, this.processId]);
  }

  /** Replaces the copy with what Redis holds, unless a change message arrived meanwhile (the next beat will do). */
  private async resync(): Promise<void> {
    const seen = this.messagesSeen;
    const ids = (await this.redis.publish.eval(ONLINE, 1, this.allKey)) as string[];
    if (seen !== this.messagesSeen) return;
    this.online.clear();
    for (const id of ids) this.online.add(id);
  }

  private received(channel: string, message: string): void {
    if (channel !== this.channel) return;
    this.messagesSeen++;
    const [state, creatorId, origin] = message.split('|');
    const online = state === '1';
    if (online) this.online.add(creatorId);
    else this.online.delete(creatorId);
    if (origin === this.processId) emitTo(this.listeners, creatorId, online);
  }

  private async run(script: string, keys: string[], args: (string | number)[]): Promise<void> {
    try {
      await this.redis.publish.eval(script, keys.length, ...keys, ...args);
    } catch (err) {
      this.options.log.warn({ err }, 'presence could not reach Redis');
    }
  }

  private forgetLive(creatorId: string, source: string): void {
    const live = this.live.get(creatorId);
    live?.delete(source);
    if (live?.size === 0) this.live.delete(creatorId);
  }

  private creatorKey(creatorId: string): string {
    return `${this.creatorPrefix}${creatorId}`;
  }
}
