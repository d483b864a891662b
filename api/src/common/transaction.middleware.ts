import type { GraphQLResolveInfo } from 'graphql';
import { Extensions, type MiddlewareInterface, type NextFn, type ResolverData } from 'type-graphql';
import type { RequestContext } from './context';
import type { UnitOfWork } from './unit-of-work';

const OWN_TRANSACTION = 'ownTransaction';

/**
 * Marks a mutation that opens its own unit of work instead of running in the edge transaction, with the
 * reason. For work that must not hold the database connection (a deliberately slow password hash: on the
 * embedded database a transaction holds the single connection) or whose refusal must still commit.
 */
export function OwnTransaction(reason: string): MethodDecorator {
  return Extensions({ [OWN_TRANSACTION]: reason });
}

/**
 * One transaction per mutation, opened at the edge: every root Mutation field runs in a unit of work, and
 * the resolver (and each service it calls) gets a context whose `em` is the transaction's. type-graphql
 * reads `@Ctx()` from the resolver data after the middlewares, so replacing `action.context` is enough.
 * After-commit callbacks run once it committed; an error rolls everything back.
 */
export class TransactionMiddleware implements MiddlewareInterface<RequestContext> {
  constructor(private readonly uow: UnitOfWork) {}

  async use(action: ResolverData<RequestContext>, next: NextFn): Promise<unknown> {
    if (!isRootMutation(action.info) || ownsTransaction(action.info)) return next();
    const outside = action.context;
    return this.uow.run(outside, async (tx) => {
      action.context = tx;
      try {
        return await next();
      } finally {
        action.context = outside;
      }
    });
  }
}

function isRootMutation(info: GraphQLResolveInfo): boolean {
  return info.parentType === info.schema.getMutationType() && info.path.prev === undefined;
}

function ownsTransaction(info: GraphQLResolveInfo): boolean {
  return !!info.parentType.getFields()[info.fieldName]?.extensions?.[OWN_TRANSACTION];
}
