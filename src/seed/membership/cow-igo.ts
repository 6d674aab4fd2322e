/**
 * Membership of IOM, the UN and the ILO by year from the Correlates of War IGO data v3
 * (seed/cow-igo/, full members only, 1815-2014). COW says "member in year Y", not when a State
 * joined, so consecutive years collapse into runs, each a MEMBER_OF edge (basis member-in-years,
 * firstYear, lastYear; a gap starts a new run, keyed by its first year), never an admission date.
 * State keys are matched only through the reviewed table seed/cow-igo/cow-states.yaml; a key it
 * does not attribute is reported with its rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readTable } from '../status/read-table.js';
import type { StatusData } from '../status/status-data.js';

export const COW_SOURCE = 'source:cow-igo-v3';
const DIR = 'cow-igo';
const FILE = 'cow_igo_v3_IOM_UN_ILO_memberships_long.csv';
export const COW_LAST_YEAR = 2014;
/** COW's organisation names → the graph's organisations */
export const COW_ORGS: Record<string, string> = { IOMig: 'org:iom', UN: 'org:un', ILO: 'org:ilo' };

/** One run of consecutive member years, for the comparison with the UN admission dates. */
export interface CowRun {
  stateId: string;
  orgId: string;
  firstYear: number;
  lastYear: number;
}

interface KeyTable {
  states: Record<string, string>;
  notAttributed: Record<string, string>;
}

export function readCowIgo(seedDir: string, stateIds: Set<string>): StatusData & { runs: CowRun[] } {
  const data: StatusData & { runs: CowRun[] } = { entries: [], skipped: [], values: [], runs: [] };
  const dir = path.join(seedDir, DIR);
  if (!fs.existsSync(dir)) return data;
  const keys = YAML.parse(fs.readFileSync(path.join(dir, 'cow-states.yaml'), 'utf8')) as KeyTable;
  const relFile = `${DIR}/${FILE}`;
  // (org, State, key) → member years with their lines; keys not attributed → their lines, reported once.
  const years = new Map<string, { orgId: string; stateId: string; cowKey: string; rows: { year: number; line: number }[] }>();
  const notLoaded = new Map<string, { lines: number[]; reason: string }>();
  for (const { line, cells } of readTable(path.join(dir, FILE))) {
    const cowKey = cells.cow_state ?? '';
    const orgId = COW_ORGS[cells.ioname ?? ''];
    const year = Number(cells.year);
    const stateId = keys.states[cowKey];
    const reason =
      !orgId ? `unknown organisation "${cells.ioname}"`
      : !Number.isInteger(year) ? `year not a whole number: "${cells.year}"`
      : cells.status !== '1.0' && cells.status !== '1' ? `status "${cells.status}" is not full membership`
      : stateId === undefined ? (keys.notAttributed[cowKey] ? `not attributed: ${keys.notAttributed[cowKey]}` : 'COW key matches no State (add it to seed/cow-igo/cow-states.yaml)')
      : !stateIds.has(stateId) ? `no State ${stateId}`
      : undefined;
    if (reason) {
      const k = `${cowKey}|${cells.ioname}|${reason}`;
      notLoaded.set(k, { lines: [...(notLoaded.get(k)?.lines ?? []), line], reason });
      continue;
    }
    // By key too: West Germany's years (wgermany) and Germany's (germany) stay separate runs, each citing its own rows.
    const k = `${orgId}|${stateId}|${cowKey}`;
    const entry = years.get(k) ?? { orgId: orgId!, stateId: stateId!, cowKey, rows: [] };
    entry.rows.push({ year, line });
    years.set(k, entry);
  }
  for (const [k, { lines, reason }] of notLoaded) {
    const [cowKey, ioname] = k.split('|');
    data.skipped.push({ file: relFile, line: lines[0]!, name: `${cowKey} (${ioname}, ${lines.length} rows)`, reason });
  }
  for (const { orgId, stateId, cowKey, rows } of years.values()) {
    rows.sort((a, b) => a.year - b.year);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i]!.year === rows[i - 1]!.year + 1) continue;
      const first = rows[start]!;
      const last = rows[i - 1]!;
      data.runs.push({ stateId, orgId, firstYear: first.year, lastYear: last.year });
      const ioname = Object.keys(COW_ORGS).find((n) => COW_ORGS[n] === orgId);
      data.entries.push({
        file: relFile,
        index: first.line - 2,
        data: {
          type: 'MEMBER_OF', from: stateId, to: orgId, key: `cow-igo-v3-${first.year}`, role: 'member', basis: 'member-in-years',
          firstYear: first.year, lastYear: last.year, asOf: String(COW_LAST_YEAR),
          citations: [{
            source: COW_SOURCE,
            locator: `${relFile}, lines ${first.line}-${last.line} (${ioname}, ${cowKey}, full member in each year ${first.year}-${last.year})`,
          }],
        },
      });
      start = i;
    }
  }
  for (const [ioname, orgId] of Object.entries(COW_ORGS)) {
    data.entries.push({
      file: `${DIR}/README.md`,
      index: 0,
      data: {
        type: 'COVERS', from: COW_SOURCE, to: orgId, complete: true, participants: 'all', asOf: String(COW_LAST_YEAR),
        note: `full members of ${ioname} in each year up to ${COW_LAST_YEAR} (observers are not coded; keys not attributed to a State are listed in docs/status-data-report.md)`,
        citations: [{ source: COW_SOURCE, locator: `${DIR}/README.md: "one row per organisation, year and member State"` }],
      },
    });
  }
  return data;
}
