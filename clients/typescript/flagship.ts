/**
 * A frontend's typed call of the API with plain fetch (browsers and Node 18+), using the types
 * generated from the schema (src/generated/graphql.ts, `npm run codegen`). Type-checked with the
 * project (`npm run typecheck`) and called by tests/integration/dataset-clients.int.test.ts, so
 * this file cannot drift from the schema. docs/clients.md shows it.
 */
import type { Citation, MonitoringAnswer, QueryMonitoringBodiesArgs, RatificationStatus, QueryRatificationStatusArgs } from '../../src/generated/graphql.js';

/** One GraphQL operation over POST; a GraphQL error becomes an Error naming its code. */
export async function askGraphQL<TData, TVariables extends object>(url: string, query: string, variables: TVariables, apiKey?: string): Promise<TData> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? 'GRAPHQL_ERROR'}: ${body.errors[0]!.message}`);
  if (!response.ok || !body.data) throw new Error(`HTTP ${response.status} from ${url}`);
  return body.data;
}

/** What the flagship query selects: the generated type narrowed to the fields asked for. */
export type FlagshipAnswer = Pick<MonitoringAnswer, 'monitorId' | 'monitorName' | 'basis' | 'instrumentId' | 'articles' | 'categoryPath'> & {
  evidence: Array<{ type: string; from: string; to: string; citations: Array<Pick<Citation, 'sourceTitle' | 'locator' | 'quote'>> }>;
};

const FLAGSHIP = `query Flagship($right: ID!, $category: ID!, $state: ID) {
  monitoringBodies(right: $right, category: $category, state: $state) {
    monitorId monitorName basis instrumentId articles categoryPath
    evidence { type from to citations { sourceTitle locator quote } }
  }
}`;

/** Which bodies monitor a right for a category of migrant (and, given a State, there), and why. */
export async function monitoringBodies(url: string, args: QueryMonitoringBodiesArgs, apiKey?: string): Promise<FlagshipAnswer[]> {
  const data = await askGraphQL<{ monitoringBodies: FlagshipAnswer[] }, QueryMonitoringBodiesArgs>(url, FLAGSHIP, args, apiKey);
  return data.monitoringBodies;
}

export type StatusCounts = Pick<RatificationStatus, 'partyCount' | 'signedOnlyCount' | 'knownNotPartyCount' | 'unknownCount'>;

/** An instrument's status counts: unknown (no data covers the State) is never counted as not party. */
export async function ratificationCounts(url: string, args: QueryRatificationStatusArgs, apiKey?: string): Promise<StatusCounts> {
  const query = `query Status($instrument: ID!, $asOf: String) {
    ratificationStatus(instrument: $instrument, asOf: $asOf) { partyCount signedOnlyCount knownNotPartyCount unknownCount } }`;
  return (await askGraphQL<{ ratificationStatus: StatusCounts }, QueryRatificationStatusArgs>(url, query, args, apiKey)).ratificationStatus;
}
