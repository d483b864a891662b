import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { ContainerType, ResolverData } from 'type-graphql';
import type { RequestContext } from './context';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a class of any constructor shape
type Class<T = object> = abstract new (...args: any[]) => T;

/**
 * The resolver instances the composition root built, handed to type-graphql as its `container`: resolvers
 * (and the transaction middleware) are objects with their collaborators given in their constructors.
 */
export class InstanceContainer implements ContainerType {
  private readonly instances = new Map<Class, object>();

  constructor(instances: readonly object[]) {
    for (const instance of instances) this.instances.set(instance.constructor as Class, instance);
  }

  get<T extends object>(cls: Class<T>, _data?: ResolverData<object>): T {
    const instance = this.instances.get(cls);
    if (!instance) throw new Error(`No instance of ${cls.name} was given to the resolver container.`);
    return instance as T;
  }

  has(cls: Class): boolean {
    return this.instances.has(cls);
  }
}

/** The schema carries its container here, so code that type-graphql gives no resolver instance can find it. */
export const CONTAINER_EXTENSION = 'minutelyContainer';

/** The resolver instance of `cls` behind the schema being executed. */
export function resolverOf<T extends object>(info: GraphQLResolveInfo | { schema: GraphQLSchema }, cls: Class<T>): T {
  const container = info.schema.extensions[CONTAINER_EXTENSION] as InstanceContainer | undefined;
  if (!container) throw new Error('This schema was built without resolver instances.');
  return container.get(cls);
}

/**
 * A subscription's `subscribe` function that runs on the resolver instance (type-graphql gives these functions
 * none): `subscribe: subscribeWith(CallsResolver, (r, args, ctx) => r.subscribeToCall(ctx, args.callId))`.
 */
export function subscribeWith<R extends object, A = Record<string, unknown>>(
  cls: Class<R>,
  subscribe: (resolver: R, args: A, ctx: RequestContext) => AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>,
) {
  return ({ args, context, info }: { args: object; context: object; info: GraphQLResolveInfo }) =>
    subscribe(resolverOf(info, cls), args as A, context as RequestContext);
}
