import { Field, ObjectType } from 'type-graphql';
import { badInput } from './errors';

/** Relay-style page information, shared by every connection of the API. */
@ObjectType({ description: 'Where a page of a connection sits: pass `endCursor` as `after` for the next page.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'True when items precede this page (only known when the page was asked with `after`).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null when the page is empty.' })
  endCursor: string | null;
}

/** An opaque cursor for a sort key; `kind` keeps a cursor of one connection from being used on another. */
export const encodeCursor = (kind: string, key: string): string => Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');

export function decodeCursor(kind: string, cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`) || text.length === kind.length + 1) throw badInput('The cursor is not valid for this list.', 'after');
  return text.slice(kind.length + 1);
}

/** Checks a page size. */
export function pageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(`first must be between 1 and ${max}.`, 'first');
  return first;
}
