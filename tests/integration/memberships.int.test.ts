/**
 * Membership data (issue 12, item 2): UN admissions from the UN Treaty Collection's chapter I
 * tables, the UN regional groups (worldcountrygroups 0.5.0) and IOM/UN/ILO member years from COW
 * IGO v3, on the seeded graph. Expected values are read from the copied data files, independently
 * of the loader under test.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { readTable } from '../../src/seed/status/read-table.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { graphSnapshot } from '../support/graph-snapshot.js';

let api: TestApi;
const db = testDatabase();
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const seedFile = (...parts: string[]) => path.join(projectRoot, 'seed', ...parts);
const charter = readTable(seedFile('un-membership', '1-1.csv'));
const admissions = readTable(seedFile('un-membership', '1-2.csv'));
const cowRows = readTable(seedFile('cow-igo', 'cow_igo_v3_IOM_UN_ILO_memberships_long.csv')).map((r) => ({
  line: r.line,
  ioname: r.cells.ioname,
  year: r.cells.year,
  cow_state: r.cells.cow_state,
}));

const MEMBERSHIPS = `query ($group: ID, $member: ID) { memberships(group: $group, member: $member) {
  member { id } group { id } role since basis firstYear lastYear asOf asOfLatest sources { sourceId locator } } }`;

describe('UN membership with admission dates (UN Treaty Collection, scraped 2013-2015)', () => {
  it('Argentina, an original Member: Charter ratified 24 Sep 1945, as the table says', async () => {
    const row = charter.find((r) => r.list[0] === 'Argentina')!;
    expect(row.list[1]).toBe('24 Sep 1945');
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'org:un', member: 'state:ARG' });
    const untc = memberships.filter((m: any) => m.basis === 'CHARTER_RATIFICATION');
    expect(untc).toEqual([
      {
        member: { id: 'state:ARG' },
        group: { id: 'org:un' },
        role: 'MEMBER',
        since: '1945-09-24',
        basis: 'CHARTER_RATIFICATION',
        firstYear: null,
        lastYear: null,
        asOf: '2013-07-06',
        asOfLatest: '2015-03-14',
        sources: [{ sourceId: 'source:untc-status-2015', locator: `un-membership/1-1.csv, line ${row.line} (Argentina)` }],
      },
    ]);
  });

  it("Germany, admitted 18 Sep 1973 (GA resolution 3050 (XXVIII)); COW's member years are kept beside it, never as the admission date", async () => {
    const row = admissions.find((r) => r.list[0] === 'Germany')!;
    expect([row.list[1], row.list[2]]).toEqual(['3050 (XXVIII)', '18 Sep 1973']);
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'org:un', member: 'state:DEU' });
    const admission = memberships.filter((m: any) => m.basis === 'ADMISSION');
    expect(admission).toHaveLength(1);
    expect(admission[0]).toMatchObject({
      since: '1973-09-18',
      sources: [{ sourceId: 'source:untc-status-2015', locator: `un-membership/1-2.csv, line ${row.line} (Germany, GA resolution 3050 (XXVIII))` }],
    });
    // COW IGO v3's known error: West Germany a UN member from 1965 (seed/cow-igo/README.md).
    const years = memberships.filter((m: any) => m.basis === 'MEMBER_IN_YEARS').map((m: any) => [m.firstYear, m.lastYear, m.since]);
    expect(years).toEqual(
      expect.arrayContaining([
        [1965, 1989, null],
        [1990, 2014, null],
      ]),
    );
  });

  it('memberships(group: "org:un") lists every Member of the two tables once with its date and citation', async () => {
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'org:un' });
    const dated = memberships.filter((m: any) => m.basis === 'ADMISSION' || m.basis === 'CHARTER_RATIFICATION');
    expect(dated).toHaveLength(charter.length + admissions.length);
    expect(new Set(dated.map((m: any) => m.member.id)).size).toBe(dated.length);
    for (const m of dated) {
      expect(m.since, m.member.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.sources[0].locator, m.member.id).toMatch(/^un-membership\/1-[12]\.csv, line \d+/);
    }
    const { node } = await api.data(
      '{ node(id: "org:un") { ... on Organization { memberCoverage { source { id } covered { id } instrument { id } complete asOf asOfLatest } } } }',
    );
    expect(node.memberCoverage).toContainEqual({
      source: { id: 'source:untc-status-2015' },
      covered: { id: 'org:un' },
      instrument: null,
      complete: true,
      asOf: '2014-10-26',
      asOfLatest: '2015-03-14',
    });
  });
});

describe('IOM, UN and ILO member years (COW IGO v3)', () => {
  it('Brazil in IOM: member in 1951-1979 and 2005-2014 according to COW, two runs, each citing its rows', async () => {
    const years = cowRows.filter((r) => r.ioname === 'IOMig' && r.cow_state === 'brazil').map((r) => Number(r.year));
    expect(Math.min(...years)).toBe(1951);
    expect(years).toContain(1979);
    expect(years).not.toContain(1980);
    expect(years).not.toContain(2004);
    expect(years).toContain(2005);
    const first = cowRows.find((r) => r.ioname === 'IOMig' && r.cow_state === 'brazil' && r.year === '1951.0')!;
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'org:iom', member: 'state:BRA' });
    // Besides COW's runs, IOM's 2024 page lists Brazil among its Member States (issue 13's data).
    expect(memberships.filter((m: any) => m.basis === null).map((m: any) => [m.role, m.asOf, m.sources[0].sourceId.startsWith('source:rcp-page-')])).toEqual([
      ['MEMBER', '2024-08', true],
    ]);
    const runs = memberships
      .filter((m: any) => m.basis === 'MEMBER_IN_YEARS')
      .map((m: any) => [m.basis, m.firstYear, m.lastYear, m.since, m.asOf])
      .sort();
    expect(runs).toEqual([
      ['MEMBER_IN_YEARS', 1951, 1979, null, '2014'],
      ['MEMBER_IN_YEARS', 2005, 2014, null, '2014'],
    ]);
    const early = memberships.find((m: any) => m.firstYear === 1951);
    expect(early.sources).toEqual([
      {
        sourceId: 'source:cow-igo-v3',
        locator: `cow-igo/cow_igo_v3_IOM_UN_ILO_memberships_long.csv, lines ${first.line}-${first.line + 28} (IOMig, brazil, full member in each year 1951-1979)`,
      },
    ]);
  });

  it('gapAnalysis over IOM counts the States whose COW run reaches 2014 and those IOM pages list, never an ended run alone', async () => {
    const current = new Set(cowRows.filter((r) => r.ioname === 'IOMig' && r.year === '2014.0').map((r) => r.cow_state));
    current.delete('yugoslaviaserb'); // not attributed to a State (seed/cow-igo/cow-states.yaml)
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'org:iom' });
    const states = memberships.filter((m: any) => m.member.id.startsWith('state:'));
    const cowCurrent = new Set(states.filter((m: any) => m.basis === 'MEMBER_IN_YEARS' && m.lastYear === 2014).map((m: any) => m.member.id));
    expect(cowCurrent.size).toBe(current.size);
    const listed = states.filter((m: any) => m.basis !== 'MEMBER_IN_YEARS' && ['MEMBER', 'FOUNDER'].includes(m.role)).map((m: any) => m.member.id);
    const expected = new Set([...cowCurrent, ...listed]);
    const endedOnly = states.filter((m: any) => m.basis === 'MEMBER_IN_YEARS' && m.lastYear < 2014 && !expected.has(m.member.id)).map((m: any) => m.member.id);
    const { gapAnalysis: g } = await api.data(
      `{ gapAnalysis(instrument: "instrument:icrmw", group: "org:iom") { memberCount parties { id } nonParties { id } unknown { id } } }`,
    );
    expect(g.memberCount).toBe(expected.size);
    const counted = [...g.parties, ...g.nonParties, ...g.unknown].map((s: any) => s.id);
    expect(counted.length).toBe(g.memberCount);
    expect(new Set(counted)).toEqual(expected);
    for (const id of endedOnly) expect(counted).not.toContain(id);
  });
});

describe('UN regional groups (worldcountrygroups 0.5.0)', () => {
  it('gapAnalysis(ICRMW, African Group): its 54 States split into parties, known non-parties and unknown', async () => {
    const { gapAnalysis: g } = await api.data(`{ gapAnalysis(instrument: "instrument:icrmw", group: "forum:un-african-group") {
      memberCount statusAsOf parties { id } nonParties { id } unknown { id } } }`);
    expect(g.memberCount).toBe(54);
    expect(g.parties.length + g.nonParties.length + g.unknown.length).toBe(54);
    // treaty-status-2026/un_hr_ratifications.csv: Egypt, Mali and Morocco have ratified the ICRMW (cmw rows).
    expect(g.parties.map((s: any) => s.id)).toEqual(expect.arrayContaining(['state:MLI', 'state:MAR', 'state:EGY']));
    // The DR Congo has an empty ISO code in ag.json: matched by name, so it is counted.
    const all = [...g.parties, ...g.nonParties, ...g.unknown].map((s: any) => s.id);
    expect(all).toContain('state:COD');
  });

  it("WEOG: the United States is an observer (the package's description), not counted; Türkiye is in WEOG and Asia-Pacific", async () => {
    const { gapAnalysis: g } = await api.data(
      `{ gapAnalysis(instrument: "instrument:icrmw", group: "forum:un-western-european-others-group") { memberCount parties { id } nonParties { id } unknown { id } } }`,
    );
    expect(g.memberCount).toBe(28);
    expect([...g.parties, ...g.nonParties, ...g.unknown].map((s: any) => s.id)).not.toContain('state:USA');
    const { memberships } = await api.data(MEMBERSHIPS, { member: 'state:TUR' });
    const groups = memberships
      .filter((m: any) => m.group.id.startsWith('forum:un-'))
      .map((m: any) => [m.group.id, m.role, m.basis, m.since])
      .sort();
    expect(groups).toEqual([
      ['forum:un-asia-pacific-group', 'MEMBER', 'LISTED', null],
      ['forum:un-western-european-others-group', 'MEMBER', 'LISTED', null],
    ]);
    const usa = (await api.data(MEMBERSHIPS, { member: 'state:USA', group: 'forum:un-western-european-others-group' })).memberships;
    expect(usa).toHaveLength(1);
    expect(usa[0].role).toBe('OBSERVER');
    expect(usa[0].sources[0].locator).toContain('weog.json');
  });
});

describe('loading the membership data again', () => {
  it('changes nothing (same counts and content hash)', async () => {
    const before = await graphSnapshot(db);
    const outcome = await loadSeed(db);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.written.relationships.created).toBe(0);
    expect(outcome.written.relationships.updated).toBe(0);
    expect(await graphSnapshot(db)).toEqual(before);
  });
});
