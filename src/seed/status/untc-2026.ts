/**
 * The UN Treaty Collection status of the 18 core human rights instruments as scraped on
 * 2026-02-03 (seed/treaty-status-2026/): every participant, day precision, action type. Each row
 * becomes a RATIFIED (when it has an action) and a SIGNED (when it has a signature date), cited
 * to its file and line; each instrument gets a complete COVERS: a participant absent from the
 * table had taken no action as of that date.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readTable } from './read-table.js';
import type { NameMatch } from './state-names.js';
import { skippedFor, type StatusData } from './status-data.js';

export const UNTC_2026_SOURCE = 'source:untc-core-human-rights-2026';
export const UNTC_2026_KEY = 'untc-2026';
export const UNTC_2026_AS_OF = '2026-02-03';
const DIR = 'treaty-status-2026';
const FILE = 'un_hr_ratifications.csv';
const ACTIONS = new Set(['ratification', 'accession', 'succession', 'acceptance', 'approval']);

export function readUntc2026(seedDir: string, matchName: (name: string) => NameMatch): StatusData {
  const data: StatusData = { entries: [], skipped: [], values: [] };
  const dir = path.join(seedDir, DIR);
  if (!fs.existsSync(dir)) return data;
  const instruments = YAML.parse(fs.readFileSync(path.join(dir, 'instruments.yaml'), 'utf8')) as Record<string, string>;
  const relFile = `${DIR}/${FILE}`;
  const push = (line: number, entry: Record<string, unknown>) => data.entries.push({ file: relFile, index: line - 2, data: entry });
  for (const { line, cells } of readTable(path.join(dir, FILE))) {
    const name = cells.country_name ?? '';
    const instrumentId = instruments[cells.treaty_id ?? ''];
    if (!instrumentId) {
      data.skipped.push({ file: relFile, line, name, reason: `unknown treaty_id "${cells.treaty_id}"` });
      continue;
    }
    const match = matchName(name);
    if (match.kind !== 'state') {
      data.skipped.push(skippedFor(match, relFile, line, name));
      continue;
    }
    const action = (cells.action_type ?? '').toLowerCase();
    const citations = [{ source: UNTC_2026_SOURCE, locator: `${relFile}, line ${line} (${name}, ${cells.treaty_id})` }];
    const common = { from: match.stateId, to: instrumentId, key: UNTC_2026_KEY, asOf: UNTC_2026_AS_OF, citations };
    if (action !== '' && !ACTIONS.has(action)) {
      data.skipped.push({ file: relFile, line, name, reason: `unknown action_type "${cells.action_type}"` });
      continue;
    }
    if (action) push(line, { type: 'RATIFIED', ...common, action, date: cells.action_date || undefined, datePrecision: cells.action_date ? 'day' : undefined });
    if (cells.signature_date) push(line, { type: 'SIGNED', ...common, date: cells.signature_date, datePrecision: 'day' });
    data.values.push({
      dataSet: '2026', file: relFile, line, stateId: match.stateId, instrumentId,
      status: action ? 'party' : cells.signature_date ? 'signed' : 'none',
      action: action || undefined, date: cells.action_date || undefined, signatureDate: cells.signature_date || undefined,
    });
  }
  for (const instrumentId of new Set(Object.values(instruments))) {
    data.entries.push({
      file: `${DIR}/instruments.yaml`,
      index: 0,
      data: {
        type: 'COVERS', from: UNTC_2026_SOURCE, to: instrumentId, complete: true, participants: 'all', asOf: UNTC_2026_AS_OF,
        citations: [{ source: UNTC_2026_SOURCE, locator: `${DIR}/README.md: "A State absent from an instrument's table had taken no action on it as of 2026-02-03"` }],
      },
    });
  }
  return data;
}
