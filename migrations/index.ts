import { Identity1763683200000 } from './1763683200000-identity';

/** Every migration in the order it applies; the only way the database schema changes. */
export const migrations = [Identity1763683200000];
