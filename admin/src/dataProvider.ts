import { HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { ApiError, request } from './graphql/client';

/**
 * A data provider over the ra-data-graphql-simple grammar, which the admin API follows
 * (ra-data-graphql-simple itself needs graphql 15). For a resource `Report`:
 *
 *   Report(id: ID!): Report
 *   allReports(page: Int, perPage: Int, sortField: String, sortOrder: String, filter: ReportFilter): [Report]
 *   _allReportsMeta(page: Int, perPage: Int, filter: ReportFilter): ListMetadata   # { count }
 *   createReport(...fields): Report     updateReport(id: ID!, ...fields): Report     deleteReport(id: ID!): Boolean
 *
 * `page` is zero-based, as in that grammar. getMany filters on `ids`, getManyReference on the target
 * field; updateMany and deleteMany send one mutation per record.
 */
export interface ResourceShape {
  /** Selection set of a record, e.g. `id reason status createdAt reporter { id displayName }`. */
  fields: string;
  /** Arguments createX / updateX accept, with their GraphQL types, e.g. `{ status: 'ReportStatus!' }`. */
  writable?: Record<string, string>;
}

const RESOURCE_NAME = /^[A-Z][A-Za-z0-9]*$/;

export function createDataProvider(shapes: Record<string, ResourceShape> = {}): DataProvider {
  const shapeOf = (resource: string): ResourceShape => {
    if (!RESOURCE_NAME.test(resource)) throw new Error(`"${resource}" is not a resource name: use the GraphQL type name, e.g. "Report".`);
    return shapes[resource] ?? { fields: 'id' };
  };

  const list = async (resource: string, pagination: { page: number; perPage: number } | undefined, sort: { field: string; order: string } | undefined, filter: Record<string, unknown>) => {
    const { fields } = shapeOf(resource);
    const query = `query List${resource}s($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ${resource}Filter) {
      items: all${resource}s(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${fields} }
      total: _all${resource}sMeta(page: $page, perPage: $perPage, filter: $filter) { count }
    }`;
    const data = await call<{ items: RaRecord[]; total: { count: number } | null }>(query, {
      page: pagination ? pagination.page - 1 : undefined,
      perPage: pagination?.perPage,
      sortField: sort?.field,
      sortOrder: sort?.order,
      filter,
    });
    return { data: data.items, total: data.total?.count ?? data.items.length };
  };

  const mutationArgs = (resource: string, values: Record<string, unknown>, withId: boolean) => {
    const writable = shapeOf(resource).writable;
    if (!writable) throw new Error(`The ${resource} resource declares no writable fields.`);
    const names = Object.keys(writable).filter((name) => name in values);
    const declarations = [...(withId ? ['$id: ID!'] : []), ...names.map((name) => `$${name}: ${writable[name]}`)].join(', ');
    const args = [...(withId ? ['id: $id'] : []), ...names.map((name) => `${name}: $${name}`)].join(', ');
    const variables = Object.fromEntries(names.map((name) => [name, values[name]]));
    return { declarations, args, variables };
  };

  const update = async (resource: string, id: Identifier, values: Record<string, unknown>) => {
    const { declarations, args, variables } = mutationArgs(resource, values, true);
    const query = `mutation Update${resource}(${declarations}) { data: update${resource}(${args}) { ${shapeOf(resource).fields} } }`;
    return (await call<{ data: RaRecord }>(query, { ...variables, id })).data;
  };

  const remove = async (resource: string, id: Identifier) => {
    await call(`mutation Delete${resource}($id: ID!) { data: delete${resource}(id: $id) }`, { id });
  };

  // DataProvider's methods are generic in the record type, which a provider built from strings cannot
  // know: the results are cast (`as never`) to whatever record type the caller asked for.
  return {
    getList: (resource, params) => list(resource, params.pagination, params.sort, params.filter ?? {}) as never,

    async getOne(resource, params) {
      const query = `query Get${resource}($id: ID!) { data: ${resource}(id: $id) { ${shapeOf(resource).fields} } }`;
      const { data } = await call<{ data: RaRecord | null }>(query, { id: params.id });
      if (!data) throw new HttpError(`${resource} ${params.id} not found.`, 404, { code: 'NOT_FOUND' });
      return { data } as never;
    },

    async getMany(resource, params) {
      const { data } = await list(resource, undefined, undefined, { ids: params.ids });
      return { data } as never;
    },

    getManyReference: (resource, params) =>
      list(resource, params.pagination, params.sort, { ...params.filter, [params.target]: params.id }) as never,

    async create(resource, params) {
      const { declarations, args, variables } = mutationArgs(resource, params.data, false);
      const query = `mutation Create${resource}${declarations ? `(${declarations})` : ''} { data: create${resource}${args ? `(${args})` : ''} { ${shapeOf(resource).fields} } }`;
      return { data: (await call<{ data: RaRecord }>(query, variables)).data } as never;
    },

    async update(resource, params) {
      return { data: await update(resource, params.id, params.data) } as never;
    },

    async updateMany(resource, params) {
      await Promise.all(params.ids.map((id) => update(resource, id, params.data)));
      return { data: params.ids };
    },

    async delete(resource, params) {
      await remove(resource, params.id);
      return { data: (params.previousData ?? { id: params.id }) as never };
    },

    async deleteMany(resource, params) {
      await Promise.all(params.ids.map((id) => remove(resource, id)));
      return { data: params.ids };
    },
  };
}

/** Runs an operation; API errors become react-admin HttpErrors (status for checkError, field errors for forms). */
async function call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  try {
    return await request<T>(query, variables);
  } catch (err) {
    if (err instanceof ApiError) throw new HttpError(err.message, err.status, { code: err.code, errors: err.fields });
    throw err;
  }
}

/** No resources are registered yet: reports, calls and accounts arrive with the moderation issue. */
export const dataProvider = createDataProvider();
