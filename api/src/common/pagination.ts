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

/** Checks a page size. */
export function pageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(`first must be between 1 and ${max}.`, 'first');
  return first;
}
