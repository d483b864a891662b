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
