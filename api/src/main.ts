import 'reflect-metadata';
import { createApp, type App } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './common/logger';
import { SpeedClock, systemClock } from './common/clock';
import { seedDemoData } from './seed/demo';
import { startServer, type RunningServer } from './server';

/** Process entry: configuration, database, server, and a graceful shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  let app: App | undefined;
  let server: RunningServer | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    try {
      await server?.stop();
      await app?.timers.stop();
      app?.presence.stop();
      await app?.notifications.email?.close();
      await app?.db.close();
      await app?.redis?.close();
      log.info('shutdown complete');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  // CLOCK_SPEEDUP (tests only, refused in production) swaps the clock and nothing else: the code path is the same.
  const clock = config.CLOCK_SPEEDUP > 1 ? new SpeedClock(config.CLOCK_SPEEDUP, config.CLOCK_ANCHOR ?? new Date()) : systemClock;
  if (clock instanceof SpeedClock) log.warn({ speedup: clock.factor, anchor: clock.anchor }, 'the clock runs faster than real time (CLOCK_SPEEDUP)');
  app = await createApp(config, { log, clock });
  if (config.SEED_DEMO) await seedDemoData(app);
  if (shuttingDown) return;
  server = await startServer(app, { port: config.PORT, host: config.HOST });
  app.timers.start(); // durable timers: those that fell due while the API was down fire on the first poll
  log.info({ url: server.url, database: app.db.kind, mode: config.NODE_ENV }, `Minutely is running at ${server.url}`);
}

main().catch((err) => {
  process.stderr.write(`Minutely failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
