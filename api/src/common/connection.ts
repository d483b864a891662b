import { Field, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import { PageInfo, pageSize } from './pagination';

/** One item of a page and the cursor that continues after it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a keyset Relay connection: `{ edges { cursor node } pageInfo }`. */
export interface ConnectionPage<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * The GraphQL types of a connection of `node` (`XConnection { edges: [XEdge] pageInfo }`), to extend with the
 * connection's own description: `@ObjectType({ description }) class CallConnection extends Connection(CallView, …) {}`.
 */
export function Connection<T extends object>(node: ClassType<T>, names: { typeName: string; noun: string; plural: string }) {
  @ObjectType(`${names.typeName}Edge`, { description: `One ${names.noun} in a page of ${names.plural}.` })
  class EdgeType implements Edge<T> {
    @Field({ description: `Pass as \`after\` to continue after this ${names.noun}.` })
    cursor: string;

    @Field(() => node, { description: `The ${names.noun}.` })
    node: T;
  }

  // Not in the schema itself: each connection extends it under its own name.
  @ObjectType()
  abstract class ConnectionType implements ConnectionPage<T> {
    @Field(() => [EdgeType], { description: `The ${names.plural} of this page.` })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors.' })
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

/** The one cursor codec: an opaque text naming its list (`kind`), so a cursor of one list fails on another. */
export function encodeCursor(kind: string, key: readonly string[]): string {
  return Buffer.from(`${kind}:${JSON.stringify(key)}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, valid: (key: string[]) => boolean = () => true): string[] {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  let key: unknown;
  try {
    key = text.startsWith(`${kind}:`) ? JSON.parse(text.slice(kind.length + 1)) : null;
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length === 0 || !key.every((part) => typeof part === 'string') || !valid(key)) {
    throw badInput('The cursor is not valid for this list.', 'after');
  }
  return key;
}

export interface PageRequest {
  /** Names the list in its cursors. */
  kind: string;
  first: number;
  /** Largest page size allowed. */
  max: number;
  after?: string | null;
  /** Checks a decoded cursor's key (e.g. a timestamp and a UUID) before it reaches SQL. */
  validKey?: (key: string[]) => boolean;
}

/** A page of rows read by keyset, with their cursors. */
export interface KeysetPage<R> {
  rows: R[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * Reads one page by keyset: `fetch(after, limit)` returns up to `limit` rows strictly after the key `after`
 * (null: from the start) in the list's order, and `keyOf(row)` is a row's key in that order. One extra row
 * is asked for to know whether another page follows.
 */
export async function readPage<R>(
  request: PageRequest,
  keyOf: (row: R) => string[],
  fetch: (after: string[] | null, limit: number) => Promise<R[]>,
): Promise<KeysetPage<R>> {
  const size = pageSize(request.first, request.max);
  const after = request.after ? decodeCursor(request.kind, request.after, request.validKey) : null;
  const rows = await fetch(after, size + 1);
  const page = rows.slice(0, size);
  return {
    rows: page,
    cursors: page.map((row) => encodeCursor(request.kind, keyOf(row))),
    hasNextPage: rows.length > size,
    hasPreviousPage: after !== null,
  };
}

/** The connection of a page, with one node per row (in the rows' order). */
export function toConnection<N>(page: KeysetPage<unknown>, nodes: readonly N[]): ConnectionPage<N> {
  const edges = nodes.map((node, i) => ({ cursor: page.cursors[i], node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
