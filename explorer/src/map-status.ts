/**
 * One status per State for the map, from the API's lists (map-data.ts), by the rules of
 * docs/model.md as ratificationStatus applies them: party > (with asOf) a party whose date cannot
 * be placed > signed only > known not party > unknown. A State no data covers is UNKNOWN, never
 * "not party". The page compares its counts with ratificationStatus's (countsAgree) and says so
 * when they differ, so a drift between these rules and the server's shows instead of misleading.
 */
import type { AsOfData, InstrumentStatusData, StatusCounts } from './map-data.js';

export type MapStatus = 'PARTY' | 'SIGNED_ONLY' | 'NOT_PARTY' | 'UNKNOWN';

export interface StateStatus {
  status: MapStatus;
  /** Why, in words: the tooltip and the list of States without a shape. */
  detail: string;
  /** Counted by ratificationStatus as uncertain or undated (drawn as UNKNOWN) */
  unplaced?: boolean;
}

/** First and last day of the period a partial ISO date names ("1990" → 1990-01-01 … 1990-12-31). */
export const periodStart = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
export const periodEnd = (date: string): string => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

const actionWord = (action: string) => (action === 'PARTY' ? 'recorded as party' : action.toLowerCase());

/**
 * Status of every State in stateIds for the instrument, today (asOf undefined) or as of the
 * end of asOf.asOf. Known-not-party coverage does not depend on the date (as in the API): a
 * State covered by a complete table, or whose consent came later, is known not party.
 */
export function statusByState(stateIds: string[], data: InstrumentStatusData, asOf?: AsOfData): Map<string, StateStatus> {
  const out = new Map<string, StateStatus>();
  const end = asOf ? periodEnd(asOf.asOf) : null;
  const parties = new Map((asOf ? asOf.parties : data.parties).map((p) => [p.stateId, p]));
  const partiesToday = new Map(data.parties.map((p) => [p.stateId, p]));
  const covered = new Set(data.knownNotParty);
  const signedOn = new Map<string, string | null>();
  for (const s of data.signatures) {
    const known = signedOn.get(s.stateId);
    // Undated signatures count only without asOf; of several, the earliest dated one.
    if (end && (s.date === null || periodEnd(s.date) > end)) continue;
    if (!signedOn.has(s.stateId) || (s.date !== null && (known === null || known === undefined || s.date < known))) signedOn.set(s.stateId, s.date);
  }
  for (const id of stateIds) {
    const party = parties.get(id);
    if (party) {
      out.set(id, { status: 'PARTY', detail: `party since ${party.date ?? 'an unrecorded date'} (${actionWord(party.action)})` });
      continue;
    }
    const today = partiesToday.get(id);
    if (end && today && (today.date === null || periodStart(today.date) <= end)) {
      const why = today.date === null ? 'its consent is undated' : `its consent (${today.date}) cannot be placed before or after ${asOf!.asOf}`;
      out.set(id, { status: 'UNKNOWN', detail: `no data as of ${asOf!.asOf}: ${why}`, unplaced: true });
      continue;
    }
    if (signedOn.has(id)) {
      out.set(id, { status: 'SIGNED_ONLY', detail: `signed${signedOn.get(id) ? ` ${signedOn.get(id)}` : ''}, not party` });
      continue;
    }
    if (end && today) {
      out.set(id, { status: 'NOT_PARTY', detail: `not yet party at the end of ${asOf!.asOf} (party since ${today.date})` });
      continue;
    }
    if (covered.has(id)) {
      out.set(id, { status: 'NOT_PARTY', detail: `known not party${data.statusAsOf ? ` as of ${data.statusAsOf}` : ''} (complete participant table)` });
      continue;
    }
    out.set(id, { status: 'UNKNOWN', detail: 'no data: no data set covers this State for this instrument' });
  }
  return out;
}

/** The page's tally, in ratificationStatus's terms. */
export function tally(statuses: Map<string, StateStatus>): StatusCounts {
  const all = [...statuses.values()];
  const count = (f: (s: StateStatus) => boolean) => all.filter(f).length;
  return {
    partyCount: count((s) => s.status === 'PARTY'),
    signedOnlyCount: count((s) => s.status === 'SIGNED_ONLY'),
    knownNotPartyCount: count((s) => s.status === 'NOT_PARTY'),
    unknownCount: count((s) => s.status === 'UNKNOWN' && !s.unplaced),
    uncertainPartyCount: 0,
    undatedPartyCount: 0,
  };
}

/** Differences between the page's tally and the API's counts, in words (empty: they agree). */
export function countsDisagree(statuses: Map<string, StateStatus>, api: StatusCounts, withAsOf: boolean): string[] {
  const mine = tally(statuses);
  const unplaced = [...statuses.values()].filter((s) => s.unplaced).length;
  const problems: string[] = [];
  for (const key of ['partyCount', 'signedOnlyCount', 'knownNotPartyCount', 'unknownCount'] as const)
    if (mine[key] !== api[key]) problems.push(`${key}: map ${mine[key]}, API ${api[key]}`);
  const apiUnplaced = withAsOf ? api.uncertainPartyCount + api.undatedPartyCount : 0;
  if (unplaced !== apiUnplaced) problems.push(`parties that cannot be placed: map ${unplaced}, API ${apiUnplaced}`);
  return problems;
}
