import type { EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { Logger } from '../../common/logger';
import type { PartnerRepository, UsageCounts, UsageRow } from './partner.repository';

/** What one request with a key came to. */
export interface KeyRequestOutcome {
  points: number;
  error: boolean;
  rateLimited: boolean;
}

/**
 * Counts requests per key per UTC day in memory and adds them to `api_key_usage` in one statement every
 * `flushMs` (and before usage is read, and at shutdown), so a busy key costs no write per request.
 */
export class UsageRecorder {
  private pending = new Map<string, UsageRow>();
  private lastUsed = new Map<string, Date>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly repository: PartnerRepository,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly flushMs: number,
  ) {}

  record(keyId: string, outcome: KeyRequestOutcome): void {
    const now = this.clock.now();
    const day = now.toISOString().slice(0, 10);
    const id = `${keyId}/${day}`;
    const row = this.pending.get(id) ?? { keyId, day, requests: 0, points: 0, errors: 0, rateLimited: 0 };
    addTo(row, { requests: 1, points: outcome.points, errors: outcome.error ? 1 : 0, rateLimited: outcome.rateLimited ? 1 : 0 });
    this.pending.set(id, row);
    this.lastUsed.set(keyId, now);
    this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
  }

  /** Writes what was counted so far; resolves once it is in the database. Failures are logged and counted again later. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      const rows = [...this.pending.values()];
      const lastUsed = this.lastUsed;
      if (!rows.length && !lastUsed.size) return;
      this.pending = new Map();
      this.lastUsed = new Map();
      try {
        await this.repository.addUsage(this.em, rows, lastUsed);
      } catch (err) {
        this.log.error({ err }, 'api key usage not written; kept for the next flush');
        for (const row of rows) {
          const id = `${row.keyId}/${row.day}`;
          const again = this.pending.get(id);
          if (again) addTo(again, row);
          else this.pending.set(id, row);
        }
        for (const [key, at] of lastUsed) if (!this.lastUsed.has(key)) this.lastUsed.set(key, at);
        this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
      }
    });
    return this.flushing;
  }
}

function addTo(row: UsageCounts, more: UsageCounts): void {
  row.requests += more.requests;
  row.points += more.points;
  row.errors += more.errors;
  row.rateLimited += more.rateLimited;
}
