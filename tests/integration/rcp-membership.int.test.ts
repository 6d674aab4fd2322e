/**
 * Issue 13: who takes part where. RCP, IOM and GFMD membership from cited pages, on the seeded
 * graph. Expected answers come from the data set's CSV rows (seed/rcp-membership/), read here
 * apart from the Cypher under test.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { readTable } from '../../src/seed/status/read-table.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const DIR = path.join(projectRoot, 'seed', 'rcp-membership');
const csv = Object.fromEntries(['rcp_membership.csv', 'iom_membership.csv', 'gfmd_participation.csv'].map((f) => [f, readTable(path.join(DIR, f))]));
const rowAt = (file: string, line: number) => csv[file]!.find((r) => r.line === line)?.cells;
const ids = (list: { id: string }[]) => list.map((n) => n.id).sort();
const citesPage = (m: any, page: string) => m.sources.some((s: any) => s.sourceId === `source:rcp-page-${page}`);

const MEMBERSHIPS = `query ($group: ID, $member: ID, $role: MembershipRole) { memberships(group: $group, member: $member, role: $role) {
  member { id } group { id } role roleAsWritten since until asOf listComplete
  sources { sourceId locator quote source { ... on Source { date url title } } } } }`;

describe('memberships of an RCP', () => {
  it("the Colombo Process lists its member States, each with the page's quote and date (12 on the Tribune page of 29 June [2024])", async () => {
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'rcp:colombo-process', role: 'MEMBER' });
    const states = memberships.filter((m: any) => m.member.id.startsWith('state:'));
    expect(states.length).toBeGreaterThan(12);
    for (const m of states) {
      expect(m.sources.length).toBeGreaterThan(0);
      for (const s of m.sources) {
        expect(s.quote.length).toBeGreaterThan(0);
        expect(s.locator).toMatch(/page date as stated: /);
      }
    }
    const tribune = states.filter((m: any) => citesPage(m, 'tribune_cp'));
    expect(ids(tribune.map((m: any) => m.member))).toEqual(
      ['AFG', 'BGD', 'CHN', 'IND', 'IDN', 'KHM', 'LKA', 'NPL', 'PAK', 'PHL', 'THA', 'VNM'].map((c) => `state:${c}`).sort(),
    );
    // Undated page: no asOf; its date clue is in the locator, never invented.
    expect(tribune.every((m: any) => m.asOf === null && m.sources[0].locator.includes('June 29'))).toBe(true);
    // A dated page carries its date: the IOM Nepal page is not dated, the 2014 meeting is.
    const dated = memberships.filter((m: any) => m.asOf !== null);
    for (const m of dated) expect(m.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('the Regional Conference on Migration (= Puebla Process, same id) has its 11 members and 5 observer States with those roles', async () => {
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'rcp:puebla-process' });
    const onPage = (page: string, role: string) => ids(memberships.filter((m: any) => m.role === role && citesPage(m, page)).map((m: any) => m.member));
    expect(onPage('rcmvs_members', 'MEMBER')).toEqual(
      ['BLZ', 'CAN', 'CRI', 'DOM', 'GTM', 'HND', 'MEX', 'NIC', 'PAN', 'SLV', 'USA'].map((c) => `state:${c}`).sort(),
    );
    expect(onPage('rcm_obs_countries', 'OBSERVER')).toEqual(['ARG', 'COL', 'ECU', 'JAM', 'PER'].map((c) => `state:${c}`).sort());
    // The Spanish 2016 home page ("sus once Países Miembros", "Estados Unidos") is a dated complete list.
    const es = memberships.filter((m: any) => citesPage(m, 'rcmvs_home_es'));
    expect(es).toHaveLength(11);
    expect(es.every((m: any) => m.asOf === '2016' && m.listComplete === true)).toBe(true);
    expect(es.find((m: any) => m.member.id === 'state:USA').sources[0].quote).toContain('Estados Unidos');
    // No observer is counted as a member.
    expect(memberships.filter((m: any) => m.role === 'MEMBER' && ['state:ARG', 'state:COL'].includes(m.member.id))).toEqual([]);
  });

  it("attending a meeting is a role apart from membership (ATTENDED), with the page's wording kept", async () => {
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'rcp:abu-dhabi-dialogue', role: 'ATTENDED' });
    expect(memberships.length).toBeGreaterThan(0);
    expect(memberships.every((m: any) => /\(|took part|invited/.test(m.roleAsWritten))).toBe(true);
    expect(memberships.some((m: any) => m.roleAsWritten === 'participating State (7th Ministerial Consultation, Feb 2024)' && m.asOf === '2024-02-09')).toBe(
      true,
    );
  });

  it("the Abu Dhabi Dialogue's pages of different dates stay several dated facts (20, 18 and 17 members)", async () => {
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'rcp:abu-dhabi-dialogue', role: 'MEMBER' });
    const count = (page: string) => new Set(memberships.filter((m: any) => citesPage(m, page)).map((m: any) => m.member.id)).size;
    expect([count('cp_add2'), count('add_members'), count('add_about')]).toEqual([20, 18, 17]);
  });
});

describe('IOM and GFMD', () => {
  it('GFMD chairs by year: Germany and Morocco co-chaired 2017-2018 (gfmd.org)', async () => {
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'forum:gfmd', role: 'CHAIR' });
    // The same page also names the previous chair (Bangladesh, 2016): only the co-chairs here.
    const chairs = memberships.filter((m: any) => citesPage(m, 'gfmd_home') && m.roleAsWritten === 'co-chair');
    expect(ids(chairs.map((m: any) => m.member))).toEqual(['state:DEU', 'state:MAR']);
    for (const m of chairs) expect([m.since, m.until, m.roleAsWritten]).toEqual(['2017-01-01', '2018-12-31', 'co-chair']);
  });

  it('IOM membership is partial: members from the August 2024 list, none marked as a complete list', async () => {
    const { memberships } = await api.data(MEMBERSHIPS, { group: 'org:iom', role: 'MEMBER' });
    const line2 = memberships.filter((m: any) => citesPage(m, 'iom_line2'));
    expect(line2.length).toBeGreaterThan(90);
    expect(line2.every((m: any) => m.asOf === '2024-08')).toBe(true);
    expect(memberships.some((m: any) => m.listComplete)).toBe(false);
  });
});

describe('every membership edge cites its row verbatim', () => {
  it('each citation of a membership page names a CSV line whose excerpt is the quote', async () => {
    const rows = await api.db.readText(
      `MATCH ()-[r:MEMBER_OF|SECRETARIAT_OF]->() WHERE any(s IN r.citeSources WHERE s STARTS WITH 'source:rcp-page-')
       RETURN r.citeSources AS sources, r.citeLocators AS locators, r.citeQuotes AS quotes`,
    );
    expect(rows.length).toBeGreaterThan(1500);
    let checked = 0;
    for (const row of rows) {
      (row.locators as string[]).forEach((locator, i) => {
        const m = /^rcp-membership\/(\w+\.csv), line (\d+) /.exec(locator);
        expect(m, locator).not.toBeNull();
        const cells = rowAt(m![1]!, Number(m![2]));
        expect(cells, locator).toBeDefined();
        expect((row.quotes as string[])[i]).toBe(cells!.excerpt);
        expect((row.sources as string[])[i]).toMatch(/^source:rcp-page-/);
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(rows.length);
  });
});

describe('gapAnalysis over an RCP', () => {
  const GAP = `query ($instrument: ID!, $group: ID, $membersAsOf: String) { gapAnalysis(instrument: $instrument, group: $group, membersAsOf: $membersAsOf) {
    memberCount membershipAsOf statusAsOf statusDataHeld parties { id } nonParties { id } signedOnly { id } unknown { id } } }`;

  it('RCM and the ICRMW: the 11 members of the latest complete list (January 2024), non-parties known as of the 2026 table', async () => {
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:icrmw', group: 'rcp:puebla-process' });
    expect(g.membershipAsOf).toBe('2024-01');
    expect(g.memberCount).toBe(11);
    expect(g.statusAsOf).toBe('2026-02-03');
    expect(ids(g.nonParties)).toEqual(expect.arrayContaining(['state:CAN', 'state:USA']));
    expect(ids(g.parties)).toEqual(expect.arrayContaining(['state:MEX', 'state:GTM']));
    expect(g.unknown).toEqual([]);
    expect(g.parties.length + g.nonParties.length).toBe(11);
  });

  it('membersAsOf picks the complete list of that time: Almaty 2016 (6 members, Turkmenistan "tbc") against 2019 (7)', async () => {
    const now = (await api.data(GAP, { instrument: 'instrument:refugee-convention', group: 'rcp:almaty-process' })).gapAnalysis;
    const then = (await api.data(GAP, { instrument: 'instrument:refugee-convention', group: 'rcp:almaty-process', membersAsOf: '2017' })).gapAnalysis;
    expect([now.membershipAsOf, now.memberCount]).toEqual(['2019-05-14', 7]);
    expect([then.membershipAsOf, then.memberCount]).toEqual(['2016-10-03', 6]);
    const bad = await api.ask(GAP, { instrument: 'instrument:icrmw', group: 'rcp:almaty-process', membersAsOf: 'last year' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'membersAsOf' } });
  });

  it('Bali Process and the 1951 Convention: no dated complete list, so every State a page calls a member; non-parties as of the 2013-2015 table', async () => {
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:refugee-convention', group: 'rcp:bali-process' });
    expect(g.membershipAsOf).toBeNull();
    // IOM's list names 44 (of a stated 45): New Caledonia, Hong Kong and Macau are not States.
    expect(g.memberCount).toBe(41);
    expect(ids(g.nonParties)).toEqual(expect.arrayContaining(['state:IDN', 'state:MYS', 'state:THA']));
    expect(ids(g.parties)).toEqual(expect.arrayContaining(['state:AUS', 'state:NZL']));
    expect(g.statusAsOf).not.toBeNull();
  });

  it('a partial status list keeps members unknown, apart from non-parties (Bali Process and ILO C143)', async () => {
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:ilo-c143', group: 'rcp:bali-process' });
    expect(g.nonParties).toEqual([]);
    expect(g.unknown.length).toBeGreaterThan(30);
    expect(g.parties.length + g.unknown.length).toBe(g.memberCount);
  });
});

describe("a State's processes, overlaps, secretariats", () => {
  it("the Philippines' profile lists its processes and roles", async () => {
    const { node } = await api.data('{ node(id: "state:PHL") { ... on State { memberships { role group { id } asOf sources { sourceId } } } } }');
    const groups = new Set(node.memberships.filter((m: any) => m.role === 'MEMBER').map((m: any) => m.group.id));
    for (const id of ['rcp:colombo-process', 'rcp:abu-dhabi-dialogue', 'rcp:bali-process']) expect(groups).toContain(id);
    expect(node.memberships.every((m: any) => m.sources.length > 0)).toBe(true);
  });

  it('overlaps of the Colombo Process: the Abu Dhabi Dialogue shares members, IOM is secretariat of both', async () => {
    const { processOverlaps } = await api.data(
      '{ processOverlaps(group: "rcp:colombo-process") { other { id } sharedMemberCount sharedMembers { id } sharedSecretariats { id } } }',
    );
    const add = processOverlaps.find((o: any) => o.other.id === 'rcp:abu-dhabi-dialogue');
    expect(ids(add.sharedMembers)).toEqual(expect.arrayContaining(['state:IND', 'state:PHL', 'state:LKA']));
    expect(add.sharedMemberCount).toBe(add.sharedMembers.length);
    expect(ids(add.sharedSecretariats)).toContain('org:iom');
    // Sorted by shared members, largest first.
    const counts = processOverlaps.map((o: any) => o.sharedMemberCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('States in several processes at once', async () => {
    const { multiProcessStates } = await api.data('{ multiProcessStates(minProcesses: 5) { state { id } processCount processes { id } } }');
    expect(multiProcessStates.length).toBeGreaterThan(0);
    for (const s of multiProcessStates) expect(s.processes.length).toBe(s.processCount);
    expect(multiProcessStates.every((s: any) => s.processCount >= 5)).toBe(true);
    const bad = await api.ask('{ multiProcessStates(minProcesses: 0) { processCount } }');
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'minProcesses' } });
  });

  it("IOM's role as secretariat across processes is visible, each cited", async () => {
    const { node } = await api.data('{ node(id: "org:iom") { ... on Organization { secretariatOf { of { id } sources { sourceId locator } } } } }');
    const processes = new Set(node.secretariatOf.map((s: any) => s.of.id));
    for (const id of ['rcp:colombo-process', 'rcp:puebla-process', 'rcp:south-american-conference', 'rcp:midsa']) expect(processes).toContain(id);
    const fromPages = node.secretariatOf.filter((s: any) => s.sources.some((c: any) => c.sourceId.startsWith('source:rcp-page-')));
    expect(fromPages.every((s: any) => s.sources.some((c: any) => /role as written: /.test(c.locator)))).toBe(true);
  });
});
