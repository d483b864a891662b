import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../common/logger';
import { repoRoot } from '../common/paths';
import { migrations } from '../../../migrations';

export type DatabaseKind = 'postgres' | 'pglite';

export interface Database {
  readonly kind: DatabaseKind;
  readonly dataSource: DataSource;
  /** True when every migration in `migrations/` has been applied. */
  migrationsApplied(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The TypeORM entities of every module (the composition root collects them from the modules' indexes). */
  entities?: readonly (abstract new (...args: never[]) => object)[];
  /** Counts every SQL statement sent (used by tests that assert a constant query count). */
  onQuery?: (sql: string) => void;
}

/**
 * Opens PostgreSQL when `DATABASE_URL` is set, the embedded PGlite database otherwise.
 *
 * PGlite is one single-session database. Rather than hand TypeORM a fake driver (typeorm-pglite lost
 * updates under concurrent transactions), PGlite is served over the PostgreSQL wire protocol on a private
 * Unix socket and reached with the same `pg` driver through a pool of exactly one connection: a transaction
 * holds that connection until it commits, so concurrent transactions are serialized, never interleaved.
 */
export async function openDatabase(config: Config, log: Logger, options: OpenDatabaseOptions = {}): Promise<Database> {
  const base = {
    type: 'postgres' as const,
    entities: [...(options.entities ?? [])],
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logger: queryLogger(log, options.onQuery),
    logging: ['error', 'warn', 'query'] as ('error' | 'warn' | 'query')[],
  };

  if (config.DATABASE_URL) {
    const dataSource = new DataSource({
      ...base,
      url: config.DATABASE_URL,
      extra: { max: 20, connectionTimeoutMillis: 10_000 },
    });
    await dataSource.initialize();
    return wrap('postgres', dataSource, async () => dataSource.destroy());
  }

  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const inMemory = config.DATA_DIR === 'memory://';
  const dataDir = inMemory ? undefined : join(resolveDataDir(config.DATA_DIR), 'pglite');
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => undefined;
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  const socketDir = await mkdtemp(join(tmpdir(), 'minutely-pglite-'));
  const server = new PGLiteSocketServer({ db: pglite, path: join(socketDir, '.s.PGSQL.5432') });
  await server.start();
  const dataSource = new DataSource({
    ...base,
    host: socketDir,
    port: 5432,
    username: 'postgres',
    database: 'postgres',
    // One connection: PGlite has one session, and sharing it between transactions would interleave them.
    // The timeout turns an accidental second connection inside a transaction into an error, not a hang.
    extra: { max: 1, connectionTimeoutMillis: 30_000 },
  });
  try {
    await dataSource.initialize();
  } catch (err) {
    await server.stop();
    await pglite.close();
    await unlock();
    throw err;
  }
  log.info({ dataDir: dataDir ?? 'memory' }, 'embedded PGlite database open');
  return wrap('pglite', dataSource, async () => {
    await dataSource.destroy();
    await server.stop();
    await pglite.close();
    await rm(socketDir, { recursive: true, force: true });
    await unlock();
  });
}

/**
 * Two processes on one PGlite directory corrupt it, so the directory is claimed with a lock file naming
 * the owner's pid; a lock left by a process that no longer runs is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = join(dataDir, '..', 'minutely.lock');
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(await readFile(lockFile, 'utf8').catch(() => '0'));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by another Minutely process (pid ${owner}). Stop it, or set DATA_DIR to another directory.`,
        );
      }
      await rm(lockFile, { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function resolveDataDir(dir: string): string {
  return isAbsolute(dir) ? dir : resolve(repoRoot, dir);
}

function wrap(kind: DatabaseKind, dataSource: DataSource, close: () => Promise<void>): Database {
  let closed: Promise<void> | undefined;
  return {
    kind,
    dataSource,
    migrationsApplied: async () => !(await dataSource.showMigrations()),
    close: () => (closed ??= close()),
  };
}

function queryLogger(log: Logger, onQuery?: (sql: string) => void): TypeOrmLogger {
  return {
    logQuery: (query) => onQuery?.(query),
    logQueryError: (error, query) => log.debug({ err: String(error), query }, 'query failed'),
    logQuerySlow: (time, query) => log.warn({ time, query }, 'slow query'),
    logSchemaBuild: () => undefined,
    logMigration: (message) => log.info({ migration: message }, 'migration'),
    log: (level, message) => (level === 'warn' ? log.warn(String(message)) : log.debug(String(message))),
  };
}
