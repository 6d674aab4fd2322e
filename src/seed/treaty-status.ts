/**
 * Turns the UN Treaty Collection status CSVs (seed/treaty-status/) into RATIFIED and SIGNED
 * seed entries, so they pass the same validator as the curated files. Rows whose flags
 * contradict each other become report lines, never guesses.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { parseCsv } from '../formats/csv.js';
import type { PairValue } from './status/status-data.js';
import type { RawEntry } from '../model/validate.js';

export const TREATY_STATUS_SOURCE = 'source:un-treaty-collection-2022';
/** The edge key that keeps this data set's facts apart from the same facts told by other sources. */
export const TREATY_STATUS_KEY = 'untc-2022';
export const TREATY_STATUS_AS_OF = '2022-08-25';

export interface StatusAnomaly {
  file: string;
  line: number;
  iso2: string;
  reason: string;
}

const EXPECTED_STATUS: Record<string, string> = { party: 'state party', signatory: 'signatory state', none: 'no action' };

export function readTreatyStatus(seedDir: string, stateIdByIso2: Map<string, string>) {
  const dir = path.join(seedDir, 'treaty-status');
  const entries: RawEntry[] = [];
  const anomalies: StatusAnomaly[] = [];
  const values: PairValue[] = [];
  if (!fs.existsSync(dir)) return { entries, anomalies, values };
  const instruments = YAML.parse(fs.readFileSync(path.join(dir, 'instruments.yaml'), 'utf8')) as Record<string, string>;
  for (const [file, instrumentId] of Object.entries(instruments)) {
    const { records } = parseCsv(fs.readFileSync(path.join(dir, file), 'utf8'));
    const relFile = `treaty-status/${file}`;
    for (const { line, cells } of records.slice(1)) {
      const [rawIso2 = '', , party, year = '', signatory, none, status = ''] = cells.map((cell) => cell.trim());
      const iso2 = rawIso2 === 'TP' ? 'TL' : rawIso2; // obsolete code of Timor-Leste
      const flags = { party: party === '1', signatory: signatory === '1', none: none === '1' };
      const set = (Object.keys(flags) as Array<keyof typeof flags>).filter((k) => flags[k]);
      const anomaly = (reason: string) => anomalies.push({ file: relFile, line, iso2: rawIso2, reason });
      const stateId = stateIdByIso2.get(iso2);
      if (!stateId) {
        anomaly(`no State with ISO code ${iso2}`);
        continue;
      }
      if (set.length !== 1) {
        anomaly(`contradictory flags: ${set.length === 0 ? 'none' : set.join(' and ')} set (status "${status}")`);
        continue;
      }
      const flag = set[0]!;
      if (status !== EXPECTED_STATUS[flag]) {
        anomaly(`status text "${status}" disagrees with the ${flag} flag`);
        continue;
      }
      const value = { dataSet: '2022', file: relFile, line, stateId, instrumentId };
      if (flag === 'none') {
        values.push({ ...value, status: 'none' });
        continue;
      }
      const citations = [{ source: TREATY_STATUS_SOURCE, locator: `${file}, ${rawIso2}` }];
      if (flag === 'party') {
        if (!/^\d{4}$/.test(year)) {
          anomaly(`state party without a four-digit year ("${year}")`);
          continue;
        }
        values.push({ ...value, status: 'party', action: 'party', date: year });
        entries.push({
          file: relFile,
          index: line - 2,
          data: { type: 'RATIFIED', from: stateId, to: instrumentId, key: TREATY_STATUS_KEY, asOf: TREATY_STATUS_AS_OF, action: 'party', date: year, datePrecision: 'year', citations },
        });
      } else {
        values.push({ ...value, status: 'signed' });
        entries.push({ file: relFile, index: line - 2, data: { type: 'SIGNED', from: stateId, to: instrumentId, key: TREATY_STATUS_KEY, asOf: TREATY_STATUS_AS_OF, citations } });
      }
    }
    // The file lists every UN Member State as of its date; rows it could not read are not covered.
    const excludes = anomalies.filter((a) => a.file === relFile).map((a) => stateIdByIso2.get(a.iso2 === 'TP' ? 'TL' : a.iso2)).filter((id): id is string => !!id);
    entries.push({
      file: 'treaty-status/instruments.yaml',
      index: 0,
      data: {
        type: 'COVERS', from: TREATY_STATUS_SOURCE, to: instrumentId, complete: true, participants: 'un-members', asOf: TREATY_STATUS_AS_OF,
        ...(excludes.length > 0 ? { excludes } : {}),
        citations: [{ source: TREATY_STATUS_SOURCE, locator: 'treaty-status/README.md: "only the 193 UN Member States"' }],
      },
    });
  }
  return { entries, anomalies, values };
}
