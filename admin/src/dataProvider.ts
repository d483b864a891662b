import { HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { ApiError, request } from './graphql/client';
import type { TypedDocumentString } from './graphql/generated/graphql';
import {
  accountFields,
  auditEntryFields,
  dismissReportMutation,
  liveCallFields,
  moderationStatsQuery,
  refundCallMutation,
  reinstateAccountMutation,
  reportDetailsQuery,
  reportFields,
  resolveReportMutation,
  suspendAccountMutation,
  terminateCallMutation,
  removePhotoMutation,
  hideReviewMutation,
  transferFields,
} from './graphql/moderation';
import { agencyFields, agencyMembershipFields, endAgencyMembershipMutation } from './graphql/agencies';
import { approvePayoutMutation, payoutDetailsQuery, payoutFields, rejectPayoutMutation } from './graphql/payouts';

/**
 * A data provider over the ra-data-graphql-simple grammar, which the admin API follows
 * (ra-data-graphql-simple itself needs graphql 15). For a resource `Report`:
 *
 *   Report(id: ID!): Report
 *   allReports(page: Int, perPage: Int, sortField: String, sortOrder: String, filter: ReportFilter): [Report]
 *   _allReportsMeta(filter: ReportFilter): ListMetadata   # { count }
 *   createReport(...fields): Report     updateReport(id: ID!, ...fields): Report     deleteReport(id: ID!): Boolean
 *
 * Plurals are English ones (AuditEntry → allAuditEntries). `page` is zero-based, as in that grammar. The API's filters take no `ids`, so getMany reads the records
 * one by one; getManyReference filters on the target field (or on what `references` maps it to).
 * updateMany and deleteMany send one mutation per record.
 */
export interface ResourceShape {
  /** Selection set of a record, e.g. `id reason status` or `...ReportFields`. */
  fields: string;
  /** Fragment definitions `fields` spreads, appended to every operation. */
  fragments?: string;
  /** The filter's input type when it is not `<Resource>Filter`. */
  filterType?: string;
  /** Fields the API can sort by; any other sort (react-admin's default `id`) falls back to the API's own order. */
  sortable?: readonly string[];
  /** Arguments createX / updateX accept, with their GraphQL types, e.g. `{ status: 'ReportStatus!' }`. */
  writable?: Record<string, string>;
  /** Set when the resource can never be changed through the panel; create, update and delete are refused with it. */
  readOnly?: string;
  /** getManyReference targets that are not filter fields, mapped to the filter they stand for. */
  references?: Record<string, (id: Identifier) => Record<string, unknown>>;
  /** Reads one record another way than `X(id)` (e.g. with related data the show page needs). */
  getOne?: (id: Identifier) => Promise<RaRecord>;
}

const RESOURCE_NAME = /^[A-Z][A-Za-z0-9]*$/;

export function createDataProvider(shapes: Record<string, ResourceShape> = {}): DataProvider {
  const shapeOf = (resource: string): ResourceShape => {
    if (!RESOURCE_NAME.test(resource)) throw new Error(`"${resource}" is not a resource name: use the GraphQL type name, e.g. "Report".`);
    return shapes[resource] ?? { fields: 'id' };
  };
  const selection = (resource: string) => shapeOf(resource).fields;
  const withFragments = (resource: string, operation: string) => `${operation}\n${shapeOf(resource).fragments ?? ''}`;
  const refuseWrites = (resource: string) => {
    const readOnly = shapeOf(resource).readOnly;
    if (readOnly) throw new HttpError(readOnly, 405, { code: 'FORBIDDEN' });
  };

  const list = async (
    resource: string,
    pagination: { page: number; perPage: number } | undefined,
    sort: { field: string; order: string } | undefined,
    filter: Record<string, unknown>,
  ) => {
    const { sortable, filterType = `${resource}Filter` } = shapeOf(resource);
    const sortBy = sort && (!sortable || sortable.includes(sort.field)) ? sort : undefined;
    const query = withFragments(
      resource,
      `query List${plural(resource)}($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ${filterType}) {
        items: all${plural(resource)}(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${selection(resource)} }
        total: _all${plural(resource)}Meta(filter: $filter) { count }
      }`,
    );
    const data = await call<{ items: RaRecord[]; total: { count: number } | null }>(query, {
      page: pagination ? pagination.page - 1 : undefined,
      perPage: pagination?.perPage,
      sortField: sortBy?.field,
      sortOrder: sortBy?.order,
      filter: withoutEmpty(filter),
    });
    return { data: data.items, total: data.total?.count ?? data.items.length };
  };

  const one = async (resource: string, id: Identifier): Promise<RaRecord> => {
    const custom = shapeOf(resource).getOne;
    if (custom) return custom(id);
    const query = withFragments(resource, `query Get${resource}($id: ID!) { data: ${resource}(id: $id) { ${selection(resource)} } }`);
    const { data } = await call<{ data: RaRecord | null }>(query, { id });
    if (!data) throw new HttpError(`${resource} ${id} not found.`, 404, { code: 'NOT_FOUND' });
    return data;
  };

  const mutationArgs = (resource: string, values: Record<string, unknown>, withId: boolean) => {
    refuseWrites(resource);
    const writable = shapeOf(resource).writable;
    if (!writable) throw new HttpError(`The ${resource} resource cannot be changed from the panel.`, 405, { code: 'FORBIDDEN' });
    const names = Object.keys(writable).filter((name) => name in values);
    const declarations = [...(withId ? ['$id: ID!'] : []), ...names.map((name) => `$${name}: ${writable[name]}`)].join(', ');
    const args = [...(withId ? ['id: $id'] : []), ...names.map((name) => `${name}: $${name}`)].join(', ');
    const variables = Object.fromEntries(names.map((name) => [name, values[name]]));
    return { declarations, args, variables };
  };

  const update = async (resource: string, id: Identifier, values: Record<string, unknown>) => {
    const { declarations, args, variables } = mutationArgs(resource, values, true);
    const query = withFragments(resource, `mutation Update${resource}(${declarations}) { data: update${resource}(${args}) { ${selection(resource)} } }`);
    return (await call<{ data: RaRecord }>(query, { ...variables, id })).data;
  };

  const remove = async (resource: string, id: Identifier) => {
    refuseWrites(resource);
    await call(`mutation Delete${resource}($id: ID!) { data: delete${resource}(id: $id) }`, { id });
  };

  // DataProvider's methods are generic in the record type, which a provider built from strings cannot
  // know: the results are cast (`as never`) to whatever record type the caller asked for.
  return {
    getList: (resource, params) => list(resource, params.pagination, params.sort, params.filter ?? {}) as never,

    async getOne(resource, params) {
      return { data: await one(resource, params.id) } as never;
    },

    async getMany(resource, params) {
      const ids = [...new Set(params.ids.map(String))];
      const results = await Promise.allSettled(ids.map((id) => one(resource, id)));
      const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected' && (r.reason as HttpError)?.status !== 404);
      if (failure) throw failure.reason;
      // A record deleted meanwhile is left out, as react-admin expects of getMany.
      return { data: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])) } as never;
    },

    getManyReference(resource, params) {
      const toFilter = shapeOf(resource).references?.[params.target];
      const target = toFilter ? toFilter(params.id) : { [params.target]: params.id };
      return list(resource, params.pagination, params.sort, { ...params.filter, ...target }) as never;
    },

    async create(resource, params) {
      const { declarations, args, variables } = mutationArgs(resource, params.data, false);
      const query = withFragments(
        resource,
        `mutation Create${resource}${declarations ? `(${declarations})` : ''} { data: create${resource}${args ? `(${args})` : ''} { ${selection(resource)} } }`,
      );
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
async function call<T, V = Record<string, unknown>>(query: string | TypedDocumentString<T, V>, variables: V): Promise<T> {
  try {
    return await request<T, V>(query, variables);
  } catch (err) {
    if (err instanceof ApiError) throw new HttpError(err.message, err.status, { code: err.code, errors: err.fields });
    throw err;
  }
}

/** The grammar's plural, as ra-data-graphql-simple forms it: Report → Reports, AuditEntry → AuditEntries. */
export function plural(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

/** Drops filter values react-admin leaves behind when an input is cleared ('' or null), which the API's typed filters refuse. */
function withoutEmpty(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== '' && value !== null && value !== undefined));
}

const READ_ONLY = 'Moderation records are changed only through their actions (terminate, refund, suspend, resolve…).';

/** The resources of the moderation panel, by GraphQL type name. */
export const resourceShapes: Record<string, ResourceShape> = {
  Report: {
    fields: '...ReportFields',
    fragments: reportFields.toString(),
    sortable: ['createdAt', 'status', 'reason'],
    readOnly: READ_ONLY,
    // The show page needs the reported call and its transcript, or the reported conversation: one reportDetails query brings them.
    async getOne(id) {
      const { reportDetails } = await call(reportDetailsQuery, { id });
      return {
        ...reportDetails.report,
        call: reportDetails.call,
        transcript: reportDetails.transcript,
        conversationMessages: reportDetails.conversationMessages,
        photo: reportDetails.photo,
        photoRemoved: reportDetails.photoRemoved,
      };
    },
  },
  LiveCall: {
    fields: '...LiveCallFields',
    fragments: liveCallFields.toString(),
    sortable: ['createdAt', 'state', 'chargedTokens'],
    readOnly: READ_ONLY,
  },
  Account: {
    fields: '...AccountFields',
    fragments: accountFields.toString(),
    sortable: ['createdAt', 'handle', 'role', 'status'],
    readOnly: READ_ONLY,
  },
  Transfer: {
    fields: '...TransferFields',
    fragments: transferFields.toString(),
    sortable: ['createdAt', 'kind'],
    readOnly: 'The ledger is append-only: transfers are never changed or deleted. Refund a call to reverse one.',
    // <ReferenceManyField reference="Transfer" target="callId"> lists a call's transfers.
    references: { callId: (id) => ({ reference: `call:${id}` }) },
  },
  Agency: {
    fields: '...AgencyFields',
    fragments: agencyFields.toString(),
    sortable: ['createdAt', 'name'],
    readOnly: 'Agencies are run by their owners; moderators end their memberships with a reason.',
  },
  AgencyMembership: {
    fields: '...AgencyMembershipFields',
    fragments: agencyMembershipFields.toString(),
    sortable: ['createdAt', 'invitedAt', 'state'],
    readOnly: 'Memberships are changed by their agency and creator, or ended by a moderator with a reason.',
  },
  Payout: {
    fields: '...PayoutFields',
    fragments: payoutFields.toString(),
    sortable: ['createdAt', 'updatedAt', 'tokens', 'status'],
    readOnly: 'Payouts are changed only by approving or rejecting them (and by the payout provider’s answer).',
    // The show page puts the owner's recent earnings activity beside the request.
    async getOne(id) {
      const { Payout } = await call(payoutDetailsQuery, { id: String(id) });
      return Payout;
    },
  },
  AuditEntry: {
    fields: '...AuditEntryFields',
    fragments: auditEntryFields.toString(),
    sortable: ['createdAt', 'id', 'action'],
    readOnly: 'The audit log is append-only: its entries can never be changed or deleted.',
  },
};

/** What a moderator does, beyond reading records. Each is one API mutation, audited by the API. */
export const moderationActions = {
  moderationStats: async () => (await call(moderationStatsQuery, {})).moderationStats,
  terminateCall: async (callId: Identifier, reason: string) => (await call(terminateCallMutation, { callId, reason })).terminateCall,
  /** `amount` null refunds everything still refundable. */
  refundCall: async (callId: Identifier, amount: number | null, reason: string) => (await call(refundCallMutation, { callId, amount, reason })).refundCall,
  suspendAccount: async (accountId: Identifier, reason: string) => (await call(suspendAccountMutation, { accountId, reason })).suspendAccount,
  reinstateAccount: async (accountId: Identifier, reason: string) => (await call(reinstateAccountMutation, { accountId, reason })).reinstateAccount,
  resolveReport: async (id: Identifier, note: string) => (await call(resolveReportMutation, { id, note })).resolveReport,
  dismissReport: async (id: Identifier, note: string) => (await call(dismissReportMutation, { id, note })).dismissReport,
  removePhoto: async (photoId: Identifier, reason: string) => (await call(removePhotoMutation, { photoId, reason })).removePhoto,
  hideReview: async (reviewId: Identifier, reason: string) => (await call(hideReviewMutation, { reviewId, reason })).hideReview,
  endAgencyMembership: async (membershipId: Identifier, reason: string) =>
    (await call(endAgencyMembershipMutation, { membershipId, reason })).endAgencyMembershipAsStaff,
  approvePayout: async (id: Identifier, note: string) => (await call(approvePayoutMutation, { id: String(id), note })).approvePayout,
  rejectPayout: async (id: Identifier, reason: string) => (await call(rejectPayoutMutation, { id: String(id), reason })).rejectPayout,
};

export type ModerationDataProvider = DataProvider & typeof moderationActions;

export const dataProvider: ModerationDataProvider = { ...createDataProvider(resourceShapes), ...moderationActions };
