/**
 * /data/treaty-status.csv: one row per State, four columns per instrument (status, action, date,
 * source), read a page of States at a time and written as each page arrives. The status of each
 * cell is pairStatus(), the rule protectionProfile uses; unknown is written "unknown", never left
 * empty. /data/treaty-status-notes.csv: one row per instrument with the as-of dates and sources
 * the statuses rest on (ratificationStatus's counts and coverage, through its Cypher).
 */
import type { RequestContext } from '../context.js';
import type { PairStatus } from '../generated/graphql.js';
import { pairStatus } from '../graph/pair-status.js';
import { fromEnumName, type EdgeView, type Props } from '../graph/views.js';
import { edgesOfRows } from '../analysis/rows.js';
import type { RowOf } from '../db/queries/index.js';
import type { CsvWriter } from './csv-response.js';
import { badParameter } from './table-error.js';

/** States per round-trip: about 200 States × 30 instruments is 4 pages of 6,000 pairs at most. */
export const STATES_PER_PAGE = 50;

/** What a status cell says: the model's four values, written the way people say them. */
export const STATUS_WORDS: Record<PairStatus, string> = {
  PARTY: 'party',
  SIGNED_ONLY: 'signed',
  NOT_PARTY: 'not party',
  UNKNOWN: 'unknown',
};

/** The instruments asked for (comma-separated ids), each checked to be an Instrument; default all with status data. */
export async function chosenInstruments(ctx: RequestContext, parameter: string | null): Promise<string[]> {
  if (parameter === null) return (await ctx.db.read('tables/status-instruments')).map((r) => r.id);
  const ids = [...new Set(parameter.split(',').map((id) => id.trim()))];
  if (ids.some((id) => id === '')) throw badParameter('instruments', 'give instrument ids separated by commas, e.g. instrument:cat,instrument:crc');
  if (ids.length > 200) throw badParameter('instruments', `at most 200 instruments, got ${ids.length}`);
  const nodes = await ctx.loaders.node.loadMany(ids);
  ids.forEach((id, i) => {
    const node = nodes[i];
    if (!node || node instanceof Error) throw badParameter('instruments', `no node with id "${id.slice(0, 80)}"`);
    if (node.label !== 'Instrument') throw badParameter('instruments', `"${id}" is a ${node.label}, expected an Instrument`);
  });
  return ids;
}

export function treatyStatusHeader(instruments: readonly string[]): string[] {
  return ['state_id', 'state', 'iso3', ...instruments.flatMap((id) => [`${id} status`, `${id} action`, `${id} date`, `${id} source`])];
}

/** One cell group: status, action (party only), date (of the act, or "as of" for not party), source. */
export function statusCells(row: RowOf<'tables/treaty-status-page'>, ctx: RequestContext): string[] {
  const { ratifications, coveredBy } = row;
  const view = pairStatus({
    ratifications: edgesOfRows(ctx, ratifications),
    supersededIds: new Set(ratifications.filter((r) => r.superseded).map((r) => r.props.id as string)),
    signatures: edgesOfRows(ctx, row.signatures),
    coveredAsOf: coveredBy.map((c) => c.asOf),
  });
  const firstSource = (edge: EdgeView): string => ((edge.props.citeSources as string[] | undefined) ?? [])[0] ?? '';
  const word = STATUS_WORDS[view.status];
  if (view.ratification)
    return [word, fromEnumName(String(view.ratification.props.action ?? '')), String(view.ratification.props.date ?? ''), firstSource(view.ratification)];
  if (view.signature) return [word, '', String(view.signature.props.date ?? ''), firstSource(view.signature)];
  if (view.statusAsOf) {
    const table =
      coveredBy
        .filter((c) => c.asOf === view.statusAsOf)
        .map((c) => c.sourceId)
        .sort()[0] ?? '';
    return [word, '', view.statusAsOf, table];
  }
  return [word, '', '', ''];
}

/** Writes every State's row, one page of States per read; returns the number of rows. */
export async function writeTreatyStatus(ctx: RequestContext, instruments: readonly string[], csv: CsvWriter): Promise<number> {
  let after: { name: string; id: string } | null = null;
  let written = 0;
  for (;;) {
    const rows: RowOf<'tables/treaty-status-page'>[] = await ctx.db.read('tables/treaty-status-page', {
      instruments,
      afterName: after?.name ?? null,
      afterId: after?.id ?? null,
      limit: STATES_PER_PAGE,
    });
    // Rows come per (State, instrument), instruments in the asked order: one CSV row per State.
    for (let i = 0; i < rows.length; i += instruments.length) {
      const first = rows[i]!;
      const pairs = rows.slice(i, i + instruments.length);
      // An instrument deleted since it was checked would shift every later cell: fail, never misalign.
      if (pairs.some((pair, column) => pair.stateId !== first.stateId || pair.instrumentId !== instruments[column])) {
        throw new Error(`treaty-status: the rows of ${first.stateId} do not match the instruments asked (changed during the request?)`);
      }
      const cells = pairs.flatMap((pair) => statusCells(pair, ctx));
      await csv.row([first.stateId, first.stateName, first.iso3 ?? '', ...cells]);
      written++;
    }
    const last = rows.at(-1);
    if (!last || rows.length < STATES_PER_PAGE * instruments.length) return written;
    after = { name: last.stateName, id: last.stateId };
  }
}

export const NOTES_HEADER = [
  'instrument_id',
  'instrument',
  'status_as_of',
  'complete_tables',
  'partial_data_sets',
  'party_sources',
  'party',
  'signed',
  'not party',
  'unknown',
  'reading',
];

const READING =
  'party: a recorded consent (action, date as precise as the source); signed: a signature and no consent; ' +
  "not party: no recorded act and a complete participant table covers the State (date = that table's as-of date); " +
  'unknown: no data covers the State (never "not party")';

/** One notes row per instrument: ratificationStatus's counts and coverage, from its own Cypher. */
export async function writeTreatyStatusNotes(ctx: RequestContext, instruments: readonly string[], csv: CsvWriter): Promise<void> {
  for (const id of instruments) {
    const [instrument, rows] = await Promise.all([
      ctx.loaders.node.load(id),
      ctx.db.read('analyst/ratification-status', { instrument: id, asOfs: [null], from: null, to: null, maxYears: 0, details: false }),
    ]);
    const row = rows[0]!;
    const coverage = row.coverage.map((c) => ({ source: c.from, props: c.props }));
    const describe = (c: { source: string; props: Props }) =>
      `${c.source} (as of ${String(c.props.asOf ?? '?')}${c.props.asOfLatest ? `-${String(c.props.asOfLatest)}` : ''}; ${String(c.props.participants ?? '')}${
        (c.props.excludes as string[] | undefined)?.length ? `; excludes ${(c.props.excludes as string[]).length} States` : ''
      })`;
    const complete = coverage.filter((c) => c.props.complete === true);
    await csv.row([
      id,
      instrument?.name ?? '',
      complete
        .map((c) => String(c.props.asOf))
        .sort()
        .at(-1) ?? '',
      complete.map(describe).join('; '),
      coverage
        .filter((c) => c.props.complete !== true)
        .map(describe)
        .join('; '),
      (row.dataSourceIds as string[]).join('; '),
      Number(row.partyCount),
      Number(row.signedOnlyCount),
      Number(row.knownNotPartyCount),
      Number(row.unknownCount),
      READING,
    ]);
  }
}
