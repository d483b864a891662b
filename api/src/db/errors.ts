/** The violated unique index or constraint name when `err` is a PostgreSQL unique violation, else null. */
export function isUniqueViolation(err: unknown): string | null {
  const driverError = (err as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (err as { code?: string; constraint?: string });
  return driverError?.code === '23505' ? (driverError.constraint ?? 'unknown') : null;
}

/** True when `err` is a CHECK constraint violation (e.g. a balance going below zero). */
export function checkViolation(err: unknown): string | null {
  const driverError = (err as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (err as { code?: string; constraint?: string });
  return driverError?.code === '23514' ? (driverError.constraint ?? 'unknown') : null;
}

/** True when PostgreSQL aborted the statement to break a deadlock (or a serialization conflict). */
export function isDeadlock(err: unknown): boolean {
  const driverError = (err as { driverError?: { code?: string } })?.driverError ?? (err as { code?: string });
  return driverError?.code === '40P01' || driverError?.code === '40001';
}

/** The SQLSTATE of a database error — TypeORM's QueryFailedError or the driver's own (pg, PGlite) — anywhere in its cause chain. */
export function sqlState(err: unknown): string | null {
  for (
    let e = err as { driverError?: { code?: unknown }; code?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    const code = e.driverError?.code ?? e.code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return null;
}

/**
 * True when the database refused a value sent to it: SQLSTATE class 22 (data exception — a malformed uuid,
 * a byte it cannot store, a value out of range or too long) or a NOT NULL or CHECK violation. Whatever slipped
 * past the checks at the edge, it is the caller's input, and nothing was written (the statement failed).
 */
export function isDataError(err: unknown): boolean {
  const code = sqlState(err);
  return !!code && (code.startsWith('22') || code === '23502' || code === '23514');
}
