/**
 * What the map needs from the API, fetched once per instrument (and once per as-of year): the
 * States, the instrument's parties (ratificationStatus, with and without asOf), its signatories
 * and the States known not to be party (states(filter: {notPartyTo})). map-status.ts turns
 * them into one status per State.
 */
import { gql } from './api.js';

export interface MapState {
  id: string;
  name: string;
  iso3: string;
}

export interface Party {
  stateId: string;
  date: string | null;
  action: string;
}

/** The counts ratificationStatus gives: the page checks its per-State picture against them. */
export interface StatusCounts {
  partyCount: number;
  signedOnlyCount: number;
  knownNotPartyCount: number;
  unknownCount: number;
  uncertainPartyCount: number;
  undatedPartyCount: number;
}

export interface InstrumentStatusData {
  instrument: { id: string; name: string; acronym: string | null };
  /** Parties today (no asOf): every current record, by the API's precedence. */
  parties: Party[];
  signatures: { stateId: string; date: string | null }[];
  /** States known not to be party today (complete participant table, no consent). */
  knownNotParty: string[];
  /** The latest complete participant table's date (null: none held; then nobody is "known not party"). */
  statusAsOf: string | null;
  counts: StatusCounts;
}

export interface AsOfData {
  asOf: string;
  parties: Party[];
  counts: StatusCounts;
}

export interface InstrumentOption {
  id: string;
  name: string;
  acronym: string | null;
}

const COUNTS = 'partyCount signedOnlyCount knownNotPartyCount unknownCount uncertainPartyCount undatedPartyCount';
type RawParty = { state: { id: string }; date: string | null; action: string };
const toParty = (p: RawParty): Party => ({ stateId: p.state.id, date: p.date, action: p.action });

type Page<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Every page of a states(...) list (pages hold at most 100). */
async function allStates<T>(filter: Record<string, unknown>, fields: string): Promise<{ nodes: T[]; statusAsOf: string | null }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let statusAsOf: string | null;
  do {
    const data: { states: Page<T> & { statusAsOf: string | null } } = await gql(
      `query ($filter: StateFilter, $after: String) { states(filter: $filter, first: 100, after: $after, orderBy: { field: ID }) {
        nodes { ${fields} } statusAsOf pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    nodes.push(...data.states.nodes);
    statusAsOf = data.states.statusAsOf;
    after = data.states.pageInfo.hasNextPage ? data.states.pageInfo.endCursor : null;
  } while (after);
  return { nodes, statusAsOf };
}

export const mapStates = (): Promise<MapState[]> => allStates<MapState>({}, 'id name iso3').then((r) => r.nodes);

export async function instrumentStatus(instrument: string): Promise<InstrumentStatusData> {
  const [data, notParty] = await Promise.all([
    gql<{
      node: { id: string; name: string; acronym: string | null; signatories?: { state: { id: string }; date: string | null }[] };
      ratificationStatus: StatusCounts & { statusAsOf: string | null; parties: RawParty[] };
    }>(
      `query ($instrument: ID!) {
        node(id: $instrument) { id name acronym ... on Instrument { signatories { state { id } date } } }
        ratificationStatus(instrument: $instrument) { ${COUNTS} statusAsOf parties { state { id } date action } } }`,
      { instrument },
    ),
    allStates<{ id: string }>({ notPartyTo: instrument }, 'id'),
  ]);
  const { node, ratificationStatus: status } = data;
  return {
    instrument: { id: node.id, name: node.name, acronym: node.acronym },
    parties: status.parties.map(toParty),
    signatures: (node.signatories ?? []).map((s) => ({ stateId: s.state.id, date: s.date })),
    knownNotParty: notParty.nodes.map((n) => n.id),
    statusAsOf: status.statusAsOf,
    counts: status,
  };
}

/** Parties as of the end of a year (or a partial ISO date), as ratificationStatus counts them. */
export async function partiesAsOf(instrument: string, asOf: string): Promise<AsOfData> {
  const data = await gql<{ ratificationStatus: StatusCounts & { parties: RawParty[] } }>(
    `query ($instrument: ID!, $asOf: String) { ratificationStatus(instrument: $instrument, asOf: $asOf) { ${COUNTS} parties { state { id } date action } } }`,
    { instrument, asOf },
  );
  return { asOf, parties: data.ratificationStatus.parties.map(toParty), counts: data.ratificationStatus };
}

/**
 * Instruments worth a map: those with per-State data held (a declared coverage, or ILO conventions
 * with their partial lists), by name.
 */
export async function mapInstruments(): Promise<InstrumentOption[]> {
  const out: InstrumentOption[] = [];
  let after: string | null = null;
  do {
    const data: { instruments: Page<InstrumentOption & { type: string; statusCoverage: unknown[] }> } = await gql(
      `query ($after: String) { instruments(first: 100, after: $after, orderBy: { field: NAME }) {
        nodes { id name acronym type statusCoverage { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    out.push(...data.instruments.nodes.filter((i) => i.statusCoverage.length > 0 || i.type === 'ILO_CONVENTION'));
    after = data.instruments.pageInfo.hasNextPage ? data.instruments.pageInfo.endCursor : null;
  } while (after);
  return out.map(({ id, name, acronym }) => ({ id, name, acronym }));
}
