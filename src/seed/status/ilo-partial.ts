/**
 * ILO ratifications from seed/ilo-ratifications/ (partial, 116 rows, each with a verbatim excerpt
 * of its page, kept as the citation's quote). Official and secondary rows become RATIFIED edges,
 * one per row (key ilo-<line>), so rows that disagree stay side by side with their sources.
 * Press-or-advocacy rows are not stated as facts (some say "ratified by the national legislature
 * only"): they are listed in the report beside the official rows. Only C189 declares complete
 * coverage (the Swiss list of all States parties as of 2020-10-05); for the others a State absent
 * from the list is unknown.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readTable } from './read-table.js';
import { skippedFor, type StatusData } from './status-data.js';
import type { NameMatch } from './state-names.js';

export const ILO_SOURCE = 'source:ilo-ratifications-partial';
const DIR = 'ilo-ratifications';
const FILE = 'ilo_ratifications.csv';

interface ConventionSpec {
  instrument: string;
  complete?: boolean;
  asOf?: string;
  /** The source_date text of the rows that make up the complete list */
  sourceDate?: string;
}

export function readIloPartial(seedDir: string, stateIds: Set<string>, _matchName: (name: string) => NameMatch): StatusData {
  const data: StatusData = { entries: [], skipped: [], values: [] };
  const dir = path.join(seedDir, DIR);
  if (!fs.existsSync(dir)) return data;
  const conventions = YAML.parse(fs.readFileSync(path.join(dir, 'instruments.yaml'), 'utf8')) as Record<string, ConventionSpec>;
  const relFile = `${DIR}/${FILE}`;
  for (const { line, cells } of readTable(path.join(dir, FILE))) {
    const spec = conventions[cells.convention ?? ''];
    const name = cells.state_as_written ?? '';
    const stateId = `state:${cells.iso3}`;
    if (!spec) {
      data.skipped.push({ file: relFile, line, name, reason: `unknown convention "${cells.convention}"` });
      continue;
    }
    if (!stateIds.has(stateId)) {
      data.skipped.push(skippedFor({ kind: 'unmatched' }, relFile, line, `${name} (${cells.iso3})`));
      continue;
    }
    const precision = cells.date_precision === 'day' || cells.date_precision === 'year' ? cells.date_precision : undefined;
    const date = precision ? cells.date : undefined;
    data.values.push({ dataSet: `ilo ${cells.source_kind}`, file: relFile, line, stateId, instrumentId: spec.instrument, status: 'party', action: 'ratification', date });
    if (cells.source_kind === 'press or advocacy') {
      data.skipped.push({ file: relFile, line, name, reason: `press or advocacy row, reported not loaded: ${cells.convention} ${date ?? 'no date'} (${cells.source_title}; status: ${cells.status})` });
      continue;
    }
    const asOf = spec.complete && cells.source_date?.startsWith(spec.sourceDate ?? '\u0000') ? { asOf: spec.asOf } : {};
    data.entries.push({
      file: relFile,
      index: line - 2,
      data: {
        type: 'RATIFIED', from: stateId, to: spec.instrument, key: `ilo-${line}`, action: 'ratification', date, datePrecision: precision, ...asOf,
        citations: [{
          source: ILO_SOURCE,
          locator: `${relFile}, line ${line}: ${cells.source_title} (${cells.source_kind}; ${cells.source_date}) ${cells.source_url}`,
          quote: cells.excerpt,
        }],
      },
    });
  }
  for (const spec of Object.values(conventions)) {
    if (!spec.complete) continue;
    data.entries.push({
      file: `${DIR}/instruments.yaml`,
      index: 0,
      data: {
        type: 'COVERS', from: ILO_SOURCE, to: spec.instrument, complete: true, participants: 'all', asOf: spec.asOf,
        citations: [{ source: ILO_SOURCE, locator: `${DIR}/README.md: "complete as of 2020-10-05: the Swiss federal law collection's scope list of all 30 States parties"` }],
      },
    });
  }
  return data;
}
