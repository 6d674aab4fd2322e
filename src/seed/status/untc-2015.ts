/**
 * The UN Treaty Collection tables scraped 2013-2015 (seed/treaty-status-2015/) for the refugee,
 * statelessness and UNTOC instruments. The last column holds the date of consent to be bound with
 * the UN's suffix for its kind (none = ratification, a = accession, d = succession, A =
 * acceptance, AA = approval); a blank one means signed only. Each fact holds "between the file's
 * last change and 2015-03-14" (asOf, asOfLatest); each table is a complete participant list then.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readTable } from './read-table.js';
import type { NameMatch } from './state-names.js';
import { skippedFor, type StatusData } from './status-data.js';

export const UNTC_2015_SOURCE = 'source:untc-status-2015';
export const UNTC_2015_KEY = 'untc-2015';
export const UNTC_2015_LATEST = '2015-03-14';
const DIR = 'treaty-status-2015';
const SUFFIX: Record<string, string> = { '': 'ratification', a: 'accession', d: 'succession', A: 'acceptance', AA: 'approval' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Jun 2000 a" → { date: "2000-06-07", action: "accession" }; undefined when not of that form. */
export function parseUnDate(text: string): { date: string; action: string } | undefined {
  const m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?:\s+(a|d|A|AA))?$/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!) + 1 : 0;
  if (!m || month === 0) return undefined;
  return { date: `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, action: SUFFIX[m[4] ?? '']! };
}

export function readUntc2015(seedDir: string, matchName: (name: string) => NameMatch): StatusData {
  const data: StatusData = { entries: [], skipped: [], values: [] };
  const dir = path.join(seedDir, DIR);
  if (!fs.existsSync(dir)) return data;
  const files = YAML.parse(fs.readFileSync(path.join(dir, 'instruments.yaml'), 'utf8')) as Record<string, { instrument: string; lastChanged: string }>;
  for (const [file, { instrument, lastChanged }] of Object.entries(files)) {
    const relFile = `${DIR}/${file}`;
    const asOf = { asOf: lastChanged, asOfLatest: UNTC_2015_LATEST };
    for (const { line, list } of readTable(path.join(dir, file))) {
      const name = list[0] ?? '';
      // 5-5.csv has no signature column: Participant, consent.
      const signatureText = list.length >= 3 ? (list[1] ?? '').trim() : '';
      const consentText = (list[list.length - 1] ?? '').trim();
      const match = matchName(name);
      if (match.kind !== 'state') {
        data.skipped.push(skippedFor(match, relFile, line, name));
        continue;
      }
      const consent = consentText ? parseUnDate(consentText) : undefined;
      const signature = signatureText ? parseUnDate(signatureText) : undefined;
      if ((consentText && !consent) || (signatureText && (!signature || signature.action !== 'ratification'))) {
        data.skipped.push({ file: relFile, line, name, reason: `date not of the form "7 Jun 2000 [a|d|A|AA]": "${consentText}" / "${signatureText}"` });
        continue;
      }
      const citations = [{ source: UNTC_2015_SOURCE, locator: `${relFile}, line ${line} (${name})` }];
      const common = { from: match.stateId, to: instrument, key: UNTC_2015_KEY, ...asOf, citations };
      const push = (entry: Record<string, unknown>) => data.entries.push({ file: relFile, index: line - 2, data: entry });
      if (consent) push({ type: 'RATIFIED', ...common, action: consent.action, date: consent.date, datePrecision: 'day' });
      if (signature) push({ type: 'SIGNED', ...common, date: signature.date, datePrecision: 'day' });
      data.values.push({
        dataSet: '2015', file: relFile, line, stateId: match.stateId, instrumentId: instrument,
        status: consent ? 'party' : signature ? 'signed' : 'none', action: consent?.action, date: consent?.date, signatureDate: signature?.date,
      });
    }
    data.entries.push({
      file: `${DIR}/instruments.yaml`,
      index: 0,
      data: {
        type: 'COVERS', from: UNTC_2015_SOURCE, to: instrument, complete: true, participants: 'all', ...asOf,
        citations: [{ source: UNTC_2015_SOURCE, locator: `${DIR}/README.md: "A participant absent from a table had taken no action as of the scrape."` }],
      },
    });
  }
  return data;
}
