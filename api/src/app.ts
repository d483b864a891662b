import type { Config } from './config';
import { systemClock, type Clock } from './common/clock';
import { createLogger, type Logger } from './common/logger';
import { createAppPubSub, type PubSub } from './common/pubsub';
import { SocketRegistry } from './common/sockets';
import { openDatabase, type Database, type OpenDatabaseOptions } from './db/database';
import { IdentityService } from './modules/identity/identity.service';
import { LoginLimiter } from './modules/identity/login-limiter';

/** Everything one API process holds: configuration, infrastructure and the domain services. */
export interface App {
  readonly config: Config;
  readonly log: Logger;
  readonly clock: Clock;
  readonly db: Database;
  readonly pubsub: PubSub;
  readonly sockets: SocketRegistry;
  readonly loginLimiter: LoginLimiter;
  readonly identity: IdentityService;
}

export interface CreateAppOptions extends OpenDatabaseOptions {
  clock?: Clock;
  log?: Logger;
}

/** Opens the database, applies migrations when configured, and wires the services. */
export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log, options);
  try {
    if (config.MIGRATIONS_RUN) {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  return {
    config,
    log,
    clock: options.clock ?? systemClock,
    db,
    pubsub: createAppPubSub(),
    sockets: new SocketRegistry(),
    loginLimiter: new LoginLimiter(config),
    identity: new IdentityService(),
  };
}
