import { TransferKind } from '../ledger';
import { ActivityKind } from './activity.types';

const byPrefix: Record<string, ActivityKind> = {
  call: ActivityKind.CALL,
  'chat-lock': ActivityKind.CHAT_UNLOCK,
  tip: ActivityKind.TIP,
  purchase: ActivityKind.PURCHASE,
  payout: ActivityKind.PAYOUT,
};

const byTransferKind: Partial<Record<TransferKind, ActivityKind>> = {
  [TransferKind.PROMOTION]: ActivityKind.PROMOTION,
  [TransferKind.ADJUSTMENT]: ActivityKind.ADJUSTMENT,
  [TransferKind.REFUND]: ActivityKind.REFUND,
  [TransferKind.PURCHASE]: ActivityKind.PURCHASE,
  [TransferKind.CHAT_UNLOCK]: ActivityKind.CHAT_UNLOCK,
  [TransferKind.TIP]: ActivityKind.TIP,
};

/** What an activity group is: by its reference's prefix (`call:<id>` …), else by its one transfer's kind. */
export function activityKindOf(group: string, firstKind: TransferKind): ActivityKind {
  const prefix = group.slice(0, group.indexOf(':'));
  return byPrefix[prefix] ?? byTransferKind[firstKind] ?? ActivityKind.OTHER;
}

/** The id a `call:<id>` group is about, else null. */
export function callIdOf(group: string): string | null {
  return group.startsWith('call:') ? group.slice('call:'.length) : null;
}

export interface CsvRow {
  startedAt: Date;
  kind: ActivityKind;
  counterpart: string | null;
  seconds: number | null;
  total: number;
  refunded: number;
  id: string;
}

const CSV_HEADER = ['date', 'kind', 'with', 'billed_seconds', 'tokens', 'refunded_tokens', 'id'];

/**
 * Activity as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line break).
 * A field a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with a quote; numbers are not text.
 */
export function activityCsv(rows: readonly CsvRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.startedAt.toISOString(),
        row.kind,
        text(row.counterpart ?? ''),
        row.seconds === null ? '' : String(row.seconds),
        String(row.total),
        String(row.refunded),
        text(row.id),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
