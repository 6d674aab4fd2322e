/**
 * Turns the UN Treaty Collection status CSVs (seed/treaty-status/) into RATIFIED and SIGNED
 * seed entries, so they pass the same validator as the curated files. Rows whose flags
 * contradict each other become report lines, never guesses.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { PairValue } from './status/status-data.js';
import type { RawEntry } from './validate.js';

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

/** Splits one CSV line, honouring double-quoted fields. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
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
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/);
    const relFile = `treaty-status/${file}`;
    lines.slice(1).forEach((text, i) => {
      if (text.trim() === '') return;
      const line = i + 2;
      const [rawIso2 = '', , party, year = '', signatory, none, status = ''] = parseCsvLine(text).map((f) => f.trim());
      const iso2 = rawIso2 === 'TP' ? 'TL' : rawIso2; // obsolete code of Timor-Leste
      const flags = { party: party === '1', signatory: signatory === '1', none: none === '1' };
      const set = (Object.keys(flags) as Array<keyof typeof flags>).filter((k) => flags[k]);
      const anomaly = (reason: string) => anomalies.push({ file: relFile, line, iso2: rawIso2, reason });
      const stateId = stateIdByIso2.get(iso2);
      if (!stateId) return anomaly(`no State with ISO code ${iso2}`);
      if (set.length !== 1) return anomaly(`contradictory flags: ${set.length === 0 ? 'none' : set.join(' and ')} set (status "${status}")`);
      const flag = set[0]!;
      if (status !== EXPECTED_STATUS[flag]) return anomaly(`status text "${status}" disagrees with the ${flag} flag`);
      const value = { dataSet: '2022', file: relFile, line, stateId, instrumentId };
      if (flag === 'none') return void values.push({ ...value, status: 'none' });
      const citations = [{ source: TREATY_STATUS_SOURCE, locator: `${file}, ${rawIso2}` }];
      if (flag === 'party') {
        if (!/^\d{4}$/.test(year)) return anomaly(`state party without a four-digit year ("${year}")`);
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
    });
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
