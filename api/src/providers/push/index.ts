import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { repoRoot } from '../../common/paths';
import type { Config } from '../../config';
import type { PushProvider } from './push-provider';
import { generateVapidKeys, WebPushProvider, type VapidKeys } from './web-push-provider';

export type { PushOptions, PushProvider, PushResult, PushSubscription } from './push-provider';
export { InvalidPushSubscriptionError, parsePushSubscription } from './push-provider';
export { generateVapidKeys, type VapidKeys } from './web-push-provider';

/**
 * Web Push with the configured VAPID keys; outside production without keys, a key pair generated once and kept
 * in DATA_DIR/vapid-keys.json (in memory only with DATA_DIR=memory://), so browser subscriptions survive restarts.
 * Production without keys has no push (subscriptions made with one key pair do not work with another, so keys
 * must be chosen deliberately there).
 */
export async function createPushProvider(config: Config): Promise<PushProvider | null> {
  const vapid = await vapidKeysFor(config);
  if (!vapid || !config.VAPID_SUBJECT) return null;
  return new WebPushProvider({ vapid, subject: config.VAPID_SUBJECT });
}

async function vapidKeysFor(config: Config): Promise<VapidKeys | null> {
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY) return { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY };
  if (config.production) return null;
  if (config.DATA_DIR === 'memory://') return generateVapidKeys();
  return loadOrCreateVapidKeys(isAbsolute(config.DATA_DIR) ? config.DATA_DIR : resolve(repoRoot, config.DATA_DIR));
}

/** The key pair kept in `dir`/vapid-keys.json, created (readable by the owner only) the first time. */
export async function loadOrCreateVapidKeys(dir: string): Promise<VapidKeys> {
  const file = join(dir, 'vapid-keys.json');
  const existing = await readKeys(file);
  if (existing) return existing;
  await mkdir(dir, { recursive: true });
  try {
    // `wx`: when two processes start at once, one creates the file and the other reads it.
    await writeFile(file, JSON.stringify(generateVapidKeys(), null, 2) + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const created = await readKeys(file);
  if (!created) throw new Error(`Could not read the VAPID keys in ${file}`);
  return created;
}

async function readKeys(file: string): Promise<VapidKeys | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const keys = JSON.parse(text) as Partial<VapidKeys>;
  if (
    typeof keys.publicKey !== 'string' ||
    !/^[A-Za-z0-9_-]{87}$/.test(keys.publicKey) ||
    typeof keys.privateKey !== 'string' ||
    !/^[A-Za-z0-9_-]{43}$/.test(keys.privateKey)
  ) {
    throw new Error(`${file} does not hold a VAPID key pair; remove it to generate a new one (browsers will need to subscribe again).`);
  }
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}
