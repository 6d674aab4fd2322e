/**
 * The root lists (states, instruments, ...): one Cypher file each in cypher/lists/, with
 * filters that fit the kind, an allow-listed sort field and cursor pagination.
 */
import type { RequestContext } from '../context.js';
import type { QueryResolvers } from '../generated/graphql.js';
import type { QueryName } from '../db/queries/index.js';
import { fromEnumName, type EdgeView } from '../graph/views.js';
import { GROUP_LABELS } from '../model/model.js';
import { checkPageSize, offsetAfter, toConnection } from './pagination.js';
import type { GraphQLResolveInfo } from 'graphql';
import { readListPage, type IdCheck } from './list-page.js';

/** How one filter argument becomes a query parameter. */
type FilterSpec =
  | { as: 'value'; param?: string }
  | { as: 'enum'; param?: string }
  | { as: 'enumList'; param: string }
  /** An id that must name an existing node of one of these labels. */
  | { as: 'id'; labels: string[] };

interface ListSpec {
  query: Extract<QueryName, `lists/${string}`>;
  label: string;
  /** Sort enum value → stored property (the only values $sortField can take). */
  sortFields: Record<string, string>;
  defaultSort: string;
  filters: Record<string, FilterSpec>;
}

const NAME_SORT = { NAME: 'name', ID: 'id' };
const MANDATE_SUBJECTS = ['MigrantCategory', 'Right', 'Instrument', 'Forum', 'RCP'];

const LISTS = {
  states: {
    query: 'lists/states',
    label: 'State',
    sortFields: { ...NAME_SORT, REGION: 'region' },
    defaultSort: 'NAME',
    filters: {
      region: { as: 'value' },
      subregion: { as: 'value' },
      unStatus: { as: 'enum' },
      partyTo: { as: 'id', labels: ['Instrument'] },
      notPartyTo: { as: 'id', labels: ['Instrument'] },
      signatoryTo: { as: 'id', labels: ['Instrument'] },
      memberOf: { as: 'id', labels: [...GROUP_LABELS] },
    },
  },
  instruments: {
    query: 'lists/instruments',
    label: 'Instrument',
    sortFields: { ...NAME_SORT, ADOPTED: 'adopted', ENTRY_INTO_FORCE: 'entryIntoForce' },
    defaultSort: 'NAME',
    filters: {
      type: { as: 'enumList', param: 'types' },
      binding: { as: 'value' },
      scope: { as: 'enum' },
      adoptedFrom: { as: 'value' },
      adoptedTo: { as: 'value' },
      depositary: { as: 'value' },
      monitoredBy: { as: 'id', labels: ['Body', 'Organization'] },
      protects: { as: 'id', labels: ['MigrantCategory'] },
      guarantees: { as: 'id', labels: ['Right'] },
    },
  },
  organizations: {
    query: 'lists/organizations',
    label: 'Organization',
    sortFields: NAME_SORT,
    defaultSort: 'NAME',
    filters: {
      type: { as: 'enumList', param: 'types' },
      memberOf: { as: 'id', labels: [...GROUP_LABELS] },
      hasMandateOver: { as: 'id', labels: MANDATE_SUBJECTS },
    },
  },
  bodies: {
    query: 'lists/bodies',
    label: 'Body',
    sortFields: NAME_SORT,
    defaultSort: 'NAME',
    filters: {
      type: { as: 'enumList', param: 'types' },
      monitors: { as: 'id', labels: ['Instrument'] },
      hasMandateOver: { as: 'id', labels: MANDATE_SUBJECTS },
    },
  },
  rcps: {
    query: 'lists/rcps',
    label: 'RCP',
    sortFields: NAME_SORT,
    defaultSort: 'NAME',
    filters: { region: { as: 'value' }, secretariat: { as: 'id', labels: ['Organization', 'Body'] } },
  },
  forums: {
    query: 'lists/forums',
    label: 'Forum',
    sortFields: { ...NAME_SORT, DATE: 'date' },
    defaultSort: 'NAME',
    filters: { type: { as: 'enumList', param: 'types' }, yearFrom: { as: 'value' }, yearTo: { as: 'value' }, hostedBy: { as: 'id', labels: ['State'] } },
  },
  migrantCategories: {
    query: 'lists/migrant-categories',
    label: 'MigrantCategory',
    sortFields: NAME_SORT,
    defaultSort: 'NAME',
    filters: { within: { as: 'id', labels: ['MigrantCategory'] } },
  },
  rights: {
    query: 'lists/rights',
    label: 'Right',
    sortFields: NAME_SORT,
    defaultSort: 'NAME',
    filters: { guaranteedBy: { as: 'id', labels: ['Instrument'] } },
  },
  statusReports: {
    query: 'lists/status-reports',
    label: 'StatusReport',
    sortFields: { ...NAME_SORT, AS_OF: 'asOf' },
    defaultSort: 'AS_OF',
    filters: { about: { as: 'id', labels: [] }, measure: { as: 'value' } },
  },
  sources: { query: 'lists/sources', label: 'Source', sortFields: { NAME: 'title', ID: 'id' }, defaultSort: 'NAME', filters: {} },
} satisfies Record<string, ListSpec>;

interface ListArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

/** The filter's query parameters, and the ids among them that must name a node of the right kind. */
function filterParams(spec: ListSpec, filter: Record<string, unknown>): { params: Record<string, unknown>; checks: IdCheck[] } {
  const params: Record<string, unknown> = {};
  const checks: IdCheck[] = [];
  for (const [arg, how] of Object.entries(spec.filters)) {
    const value = filter[arg] ?? null;
    if (how.as === 'id') {
      params[arg] = value;
      if (value !== null) checks.push({ argument: `filter.${arg}`, id: String(value), labels: how.labels });
    } else if (how.as === 'enum') params[how.param ?? arg] = value === null ? null : fromEnumName(String(value));
    else if (how.as === 'enumList') params[how.param] = value === null ? null : (value as string[]).map(fromEnumName);
    else params[how.param ?? arg] = value;
  }
  return { params, checks };
}

/**
 * A "not party" answer rests on the data sets that declare complete coverage of the instrument:
 * the connection carries them and their latest as-of date, so the reader sees what "not party"
 * means and as of when (empty for other lists and filters). Functions, so graphql-js resolves
 * them only when asked (no round-trip otherwise).
 */
function statusCoverageOf(ctx: RequestContext, instrumentId: unknown): { statusCoverage: EdgeView[]; statusAsOf: string | null } {
  if (typeof instrumentId !== 'string') return { statusCoverage: [], statusAsOf: null };
  const coverage = () => ctx.loaders.edges.load({ id: instrumentId, type: 'COVERS', direction: 'in' });
  const statusAsOf = async () =>
    (await coverage())
      .filter((c) => c.props.complete === true)
      .map((c) => String(c.props.asOf))
      .sort()
      .at(-1) ?? null;
  // The generated types know field values only, not the functions graphql-js's default resolver
  // calls; each function resolves to the declared type.
  return { statusCoverage: lazy(coverage), statusAsOf: lazy(statusAsOf) };
}

/** A field value graphql-js computes only when the field is selected. */
const lazy = <T>(resolve: () => Promise<T>): T => resolve as unknown as T;

function listResolver(spec: ListSpec) {
  return async (_parent: unknown, args: ListArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
    const limit = checkPageSize('first', args.first, 20);
    const offset = offsetAfter(args.after);
    const { params: filters, checks } = filterParams(spec, args.filter ?? {});
    const page = { sortField: spec.sortFields[args.orderBy?.field ?? spec.defaultSort], descending: args.orderBy?.direction === 'DESC', offset, limit };
    const { nodes, totalCount } = await readListPage(ctx, spec, filters, checks, page, info);
    return { ...toConnection(nodes, offset, totalCount), ...statusCoverageOf(ctx, filters.notPartyTo) };
  };
}

/** Written out field by field so tsc checks each against the generated QueryResolvers. */
export const listQueries: Pick<QueryResolvers, keyof typeof LISTS> = {
  states: listResolver(LISTS.states),
  instruments: listResolver(LISTS.instruments),
  organizations: listResolver(LISTS.organizations),
  bodies: listResolver(LISTS.bodies),
  rcps: listResolver(LISTS.rcps),
  forums: listResolver(LISTS.forums),
  migrantCategories: listResolver(LISTS.migrantCategories),
  rights: listResolver(LISTS.rights),
  statusReports: listResolver(LISTS.statusReports),
  sources: listResolver(LISTS.sources),
};
