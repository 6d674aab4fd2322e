/**
 * UN membership from the UN Treaty Collection's chapter I tables as scraped 2013-2015
 * (seed/un-membership/): 1-1.csv, the original Members' ratifications of the Charter, and 1-2.csv,
 * the General Assembly's admissions of later Members (resolution, date of adoption). Each row
 * becomes MEMBER_OF org:un (role member) with `since` at day precision and its basis (an original
 * Member's Charter ratification, or an admission), cited to file, line and resolution. Together the
 * two tables list every Member as of the scrape, so they declare complete coverage of org:un.
 */
import path from 'node:path';
import { readTable } from '../status/read-table.js';
import type { NameMatch } from '../status/state-names.js';
import { skippedFor, type StatusData } from '../status/status-data.js';
import { parseUnDate } from '../status/untc-2015.js';

export const UN_ID = 'org:un';
export const UNTC_MEMBERSHIP_SOURCE = 'source:untc-status-2015';
export const UNTC_MEMBERSHIP_KEY = 'untc-2015';
const DIR = 'un-membership';
/** When each file last changed in zmjones/untreaties (seed/un-membership/README.md); latest 2015-03-14 */
const TABLES = [
  { file: '1-1.csv', basis: 'charter-ratification', asOf: '2013-07-06' },
  { file: '1-2.csv', basis: 'admission', asOf: '2014-10-26' },
] as const;
const AS_OF_LATEST = '2015-03-14';

/** One UN membership date as the table gives it, for the comparison with COW (report). */
export interface UnMembershipDate {
  stateId: string;
  date: string;
  basis: string;
  file: string;
  line: number;
}

export function readUnMembership(seedDir: string, matchName: (name: string) => NameMatch): StatusData & { dates: UnMembershipDate[] } {
  const data: StatusData & { dates: UnMembershipDate[] } = { entries: [], skipped: [], values: [], dates: [] };
  for (const { file, basis, asOf } of TABLES) {
    const relFile = `${DIR}/${file}`;
    for (const { line, list } of readTable(path.join(seedDir, DIR, file))) {
      const name = list[0] ?? '';
      // 1-1: Participant, Ratification. 1-2: Participant, Resolution, Date of Adoption, ...
      const dateText = (basis === 'admission' ? list[2] : list[1]) ?? '';
      const resolution = basis === 'admission' ? `, GA resolution ${list[1]}` : '';
      const match = matchName(name);
      if (match.kind !== 'state') {
        data.skipped.push(skippedFor(match, relFile, line, name));
        continue;
      }
      const parsed = parseUnDate(dateText);
      if (!parsed || parsed.action !== 'ratification') {
        data.skipped.push({ file: relFile, line, name, reason: `date not of the form "24 Oct 1945": "${dateText}"` });
        continue;
      }
      data.dates.push({ stateId: match.stateId, date: parsed.date, basis, file: relFile, line });
      data.entries.push({
        file: relFile,
        index: line - 2,
        data: {
          type: 'MEMBER_OF', from: match.stateId, to: UN_ID, key: UNTC_MEMBERSHIP_KEY, role: 'member', basis, since: parsed.date,
          asOf, asOfLatest: AS_OF_LATEST,
          citations: [{ source: UNTC_MEMBERSHIP_SOURCE, locator: `${relFile}, line ${line} (${name}${resolution})` }],
        },
      });
    }
  }
  data.entries.push({
    file: `${DIR}/README.md`,
    index: 0,
    data: {
      type: 'COVERS', from: UNTC_MEMBERSHIP_SOURCE, to: UN_ID, complete: true, participants: 'all', asOf: TABLES[1].asOf, asOfLatest: AS_OF_LATEST,
      note: 'UN Member States: the original Members (Charter ratifications, 1-1.csv) and every later admission (1-2.csv), under present names',
      citations: [{ source: UNTC_MEMBERSHIP_SOURCE, locator: `${DIR}/README.md: "together the two tables list the 193 Member States as of the scrape"` }],
    },
  });
  return data;
}
