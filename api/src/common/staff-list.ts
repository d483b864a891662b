import type { EntityManager } from 'typeorm';
import { badInput } from './errors';

/** react-admin's list grammar (ra-data-graphql-simple): a page number from 0, a page size and one sort field. */
export interface ListArgs {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
}

export interface StaffListQuery {
  /** `FROM … [JOIN …]` of the list, over one module's tables. */
  from: string;
  /** Conditions joined with AND; their values are `$n` parameters in `params`, never spliced in. */
  where: string[];
  params: unknown[];
  /** The columns to select. */
  columns: string;
  /** Sortable fields and their columns; the row id breaks ties. `createdAt` sorts by default. */
  sortable: Record<string, string>;
}

/** Counts what a staff list would show. */
export async function countStaffList(em: EntityManager, query: StaffListQuery): Promise<number> {
  const [row] = await em.query(`SELECT count(*)::int AS n ${query.from} ${whereClause(query.where)}`, query.params);
  return row.n;
}

/** Reads one page of a staff list, sorted by a whitelisted column (then the row id, so pages never repeat or skip). */
export async function readStaffList<R>(em: EntityManager, query: StaffListQuery, args: ListArgs): Promise<R[]> {
  const perPage = Math.min(Math.max(args.perPage ?? 25, 1), 200);
  const page = Math.max(args.page ?? 0, 0);
  if (args.sortField && !query.sortable[args.sortField]) throw badInput(`Cannot sort by "${args.sortField}".`, 'sortField');
  const direction = args.sortOrder?.toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
  const column = query.sortable[args.sortField ?? 'createdAt'] ?? Object.values(query.sortable)[0];
  const order = `${column} ${direction}, ${column.split('.')[0]}.id ${direction}`;
  return em.query(
    `SELECT ${query.columns} ${query.from} ${whereClause(query.where)} ORDER BY ${order} LIMIT ${perPage} OFFSET ${page * perPage}`,
    query.params,
  );
}

const whereClause = (where: string[]) => (where.length ? `WHERE ${where.join(' AND ')}` : '');
