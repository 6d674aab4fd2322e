/**
 * The cross-silo questions (schema/cross-silo.graphql) on the seeded graph. Expected answers come
 * from the seed files and the UN treaty-status CSVs, read independently of the Cypher under test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { checkSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
const seed = checkSeed();
const edgesTo = (type: string, to: string) => seed.relationships.filter((r) => r.type === type && r.to === to);

/** Rows of a treaty-status CSV, as the data set gives them. */
function statusRows(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(path.join(projectRoot, 'seed', 'treaty-status', file), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ids = (list: { id: string }[]) => list.map((n) => n.id);

describe('protectionProfile', () => {
  const PROFILE = `query ($state: ID!, $category: ID!) { protectionProfile(state: $state, category: $category) {
    state { id } category { id }
    covered { instrument { id } categoryPath ratification { date sources { sourceId locator } } rights { right { id } } monitors { monitor { id } kind } }
    missing { instrument { id } categoryPath signature { state { id } } }
    unknown { instrument { id } categoryPath } } }`;

  it('Mexico, irregular migrant workers: the ICRMW covers them directly, CAT through "everyone", ILO C143 is unknown (no per-State data)', async () => {
    const { protectionProfile: p } = await api.data(PROFILE, { state: 'state:MEX', category: 'category:irregular-migrant-workers' });
    const icrmw = p.covered.find((c: any) => c.instrument.id === 'instrument:icrmw');
    expect(icrmw.categoryPath).toEqual(['category:irregular-migrant-workers']);
    // hr_status_icmw.csv: "MX,Mexico,1,1999,..."
    expect(icrmw.ratification).toEqual({ date: '1999', sources: [{ sourceId: 'source:un-treaty-collection-2022', locator: 'hr_status_icmw.csv, MX' }] });
    expect(icrmw.monitors).toEqual([{ monitor: { id: 'body:cmw' }, kind: 'TREATY_BODY' }]);
    const cat = p.covered.find((c: any) => c.instrument.id === 'instrument:cat');
    expect(cat.categoryPath.at(-1)).toBe('category:everyone');
    expect(ids(cat.rights.map((r: any) => r.right))).toContain('right:non-refoulement');
    expect(ids(p.unknown.map((u: any) => u.instrument))).toContain('instrument:ilo-c143');
    // Every covered instrument really has a seeded RATIFIED edge from Mexico.
    for (const c of p.covered) expect(edgesTo('RATIFIED', c.instrument.id).some((r) => r.from === 'state:MEX')).toBe(true);
  });

  it('France, migrant workers: the ICRMW is missing (France is recorded with no action), not unknown', async () => {
    const { protectionProfile: p } = await api.data(PROFILE, { state: 'state:FRA', category: 'category:migrant-workers' });
    const missing = p.missing.find((m: any) => m.instrument.id === 'instrument:icrmw');
    expect(missing).toBeDefined();
    expect(missing.signature).toBeNull();
    expect(ids(p.covered.map((c: any) => c.instrument))).not.toContain('instrument:icrmw');
    expect(ids(p.unknown.map((c: any) => c.instrument))).not.toContain('instrument:icrmw');
    // Instruments without any per-State data are never reported as missing.
    for (const m of p.missing) expect(edgesTo('RATIFIED', m.instrument.id).length + edgesTo('SIGNED', m.instrument.id).length).toBeGreaterThan(0);
  });

  it('a State where a category is asked names the argument', async () => {
    const result = await api.ask(PROFILE, { state: 'category:refugees', category: 'category:refugees' });
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('state');
  });
});

describe('ratificationStatus', () => {
  const STATUS = `query ($instrument: ID!, $asOf: String) { ratificationStatus(instrument: $instrument, asOf: $asOf) {
    partyCount signedOnlyCount undatedPartyCount uncertainPartyCount parties { state { iso2 } date }
    dataSources { id } reportedCounts { value asOf measure sources { sourceId locator } } } }`;
  const icmw = statusRows('hr_status_icmw.csv');

  it('ICRMW: parties and signatories as in the data set, beside the counts the documents report (46, 46, 48)', async () => {
    const { ratificationStatus: s } = await api.data(STATUS, { instrument: 'instrument:icrmw' });
    const partyRows = icmw.filter((r) => r['state party'] === '1' && r['no action'] === '0' && r.signatory === '0');
    expect(s.partyCount).toBe(partyRows.length);
    expect(s.partyCount).toBe(edgesTo('RATIFIED', 'instrument:icrmw').length);
    // The data set still uses TP, the obsolete code of Timor-Leste (seed/treaty-status/README.md).
    const iso2 = (code: string) => (code === 'TP' ? 'TL' : code);
    expect(s.parties.map((p: any) => p.state.iso2).sort()).toEqual(partyRows.map((r) => iso2(r.iso2!)).sort());
    expect(s.signedOnlyCount).toBe(icmw.filter((r) => r.signatory === '1' && r['state party'] === '0').length);
    expect(s.undatedPartyCount).toBe(0);
    expect(s.dataSources).toEqual([{ id: 'source:un-treaty-collection-2022' }]);
    const parties = s.reportedCounts.filter((c: any) => c.measure === 'states-parties');
    expect(parties.map((c: any) => c.value).sort()).toEqual([46, 46, 48]);
    expect(parties.find((c: any) => c.value === 48).asOf).toBe('2015-09');
  });

  it('as of a year counts ratifications in or before it; as of a day inside a year, that year is uncertain', async () => {
    const byYear = (year: number) => icmw.filter((r) => r['state party'] === '1' && r['no action'] === '0' && Number(r['year ratification or accession']) <= year);
    const in2003 = icmw.filter((r) => r['state party'] === '1' && r['year ratification or accession'] === '2003');
    const endOf2003 = await api.data(STATUS, { instrument: 'instrument:icrmw', asOf: '2003' });
    expect(endOf2003.ratificationStatus.partyCount).toBe(byYear(2003).length);
    expect(endOf2003.ratificationStatus.uncertainPartyCount).toBe(0);
    const midYear = await api.data(STATUS, { instrument: 'instrument:icrmw', asOf: '2003-06-30' });
    expect(midYear.ratificationStatus.partyCount).toBe(byYear(2002).length);
    expect(midYear.ratificationStatus.uncertainPartyCount).toBe(in2003.length);
    expect(in2003.length).toBeGreaterThan(0);
  });

  it('rejects an impossible asOf date, naming it', async () => {
    const result = await api.ask(STATUS, { instrument: 'instrument:icrmw', asOf: '2003-02-30' });
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('asOf: "2003-02-30"');
  });
});

describe('gapAnalysis', () => {
  const GAP = `query ($instrument: ID!, $group: ID, $subregion: String) { gapAnalysis(instrument: $instrument, group: $group, subregion: $subregion) {
    memberCount statusDataHeld parties { id } nonParties { id } signedOnly { id } } }`;

  it('Western Europe and the ICRMW: every State of the subregion is a non-party (all are "no action" in the data)', async () => {
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:icrmw', subregion: 'Western Europe' });
    const region = seed.nodes.filter((n) => n.label === 'State' && n.props.subregion === 'Western Europe');
    expect(g.memberCount).toBe(region.length);
    expect(g.statusDataHeld).toBe(true);
    expect(g.parties).toEqual([]);
    expect(ids(g.nonParties).sort()).toEqual(region.map((n) => n.id).sort());
    expect(ids(g.nonParties)).toEqual(expect.arrayContaining(['state:FRA', 'state:DEU']));
  });

  it('an instrument without per-State data says so instead of calling members non-parties', async () => {
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:refugee-convention', group: 'forum:gfmd' });
    expect(g.statusDataHeld).toBe(false);
    // Belgium initiated the GFMD (OHCHR 2013, footnote 23): the one State recorded in it.
    expect(g.memberCount).toBe(1);
  });

  it('needs a group or a region', async () => {
    const result = await api.ask(GAP, { instrument: 'instrument:icrmw' });
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('give a group, a region or a subregion');
  });
});

describe('memberships and mandates', () => {
  it('GMG: ILO as member and as 2014 chair are two facts, each cited', async () => {
    const data = await api.data('{ memberships(group: "forum:gmg") { member { id } role since sources { locator } } }');
    const ilo = data.memberships.filter((m: any) => m.member.id === 'org:ilo');
    expect(ilo.map((m: any) => m.role).sort()).toEqual(['CHAIR', 'MEMBER']);
    expect(ilo.find((m: any) => m.role === 'CHAIR').since).toBe('2014');
    for (const m of data.memberships) expect(m.sources.length).toBeGreaterThan(0);
    expect(data.memberships.length).toBe(seed.relationships.filter((r) => r.type === 'MEMBER_OF' && r.to === 'forum:gmg').length);
  });

  it('filters by member and role', async () => {
    const data = await api.data('{ memberships(member: "org:ilo", role: CHAIR) { group { id } role } }');
    expect(data.memberships).toEqual([{ group: { id: 'forum:gmg' }, role: 'CHAIR' }]);
  });

  it('mandates over a category count broader categories, with the path that says why', async () => {
    const data = await api.data('{ mandates(subject: "category:irregular-migrant-workers") { categoryPath mandate { holder { id } subject { id } kind } } }');
    const ilo = data.mandates.find((m: any) => m.mandate.holder.id === 'org:ilo');
    expect(ilo.categoryPath).toEqual(['category:irregular-migrant-workers', 'category:migrant-workers']);
    const sr = data.mandates.find((m: any) => m.mandate.holder.id === 'body:sr-migrants');
    expect(sr.mandate.subject.id).toBe('category:migrants');
    // Every answer's path really climbs the seeded hierarchy.
    for (const m of data.mandates) {
      for (let i = 1; i < m.categoryPath.length; i += 1) {
        expect(seed.relationships.some((r) => r.type === 'SUBCATEGORY_OF' && r.from === m.categoryPath[i - 1] && r.to === m.categoryPath[i])).toBe(true);
      }
    }
  });

  it('mandates of one holder, by kind', async () => {
    const data = await api.data('{ mandates(holder: "org:unhcr", kind: PROTECTION) { mandate { subject { id } kind } } }');
    const expected = seed.relationships.filter((r) => r.type === 'HAS_MANDATE' && r.from === 'org:unhcr' && r.props.kind === 'protection');
    expect(data.mandates.map((m: any) => m.mandate.subject.id).sort()).toEqual(expected.map((r) => r.to).sort());
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('shortestPath', () => {
  const PATH = `query ($from: ID!, $to: ID!, $maxLength: Int, $types: [RelationshipType!]) {
    shortestPath(from: $from, to: $to, maxLength: $maxLength, relationshipTypes: $types) { length nodes { id } edges { type fromId toId sources { locator } } } }`;

  it('Mexico to the CMW: party to the ICRMW, which established the CMW and which the CMW monitors', async () => {
    const { shortestPath: p } = await api.data(PATH, { from: 'state:MEX', to: 'body:cmw' });
    expect(p.length).toBe(2);
    expect(ids(p.nodes)).toEqual(['state:MEX', 'instrument:icrmw', 'body:cmw']);
    // Two paths of length 2 (the CMW is established by the ICRMW and monitors it); ties go to
    // the path whose edge ids sort first: body:cmw-[ESTABLISHED_BY]-> before body:cmw-[MONITORS]->.
    expect(p.edges.map((e: any) => [e.type, e.fromId, e.toId])).toEqual([
      ['RATIFIED', 'state:MEX', 'instrument:icrmw'],
      ['ESTABLISHED_BY', 'body:cmw', 'instrument:icrmw'],
    ]);
    expect(p.edges[0].sources[0].locator).toBe('hr_status_icmw.csv, MX');
    // Limited to ratification and monitoring, the answer is the monitoring one.
    const { shortestPath: monitored } = await api.data(PATH, { from: 'state:MEX', to: 'body:cmw', types: ['RATIFIED', 'MONITORS'] });
    expect(monitored.edges.map((e: any) => [e.type, e.fromId, e.toId])).toEqual([
      ['RATIFIED', 'state:MEX', 'instrument:icrmw'],
      ['MONITORS', 'body:cmw', 'instrument:icrmw'],
    ]);
  });

  it('null when no path within the bound or the allowed types', async () => {
    const { shortestPath } = await api.data(PATH, { from: 'state:MEX', to: 'rcp:puebla-process', maxLength: 3, types: ['RATIFIED', 'MONITORS'] });
    expect(shortestPath).toBeNull();
  });

  it('rejects a bound beyond 8 and unknown ids, naming them', async () => {
    const tooLong = await api.ask(PATH, { from: 'state:MEX', to: 'body:cmw', maxLength: 9 });
    expect(tooLong.errors![0]!.message).toBe('maxLength: must be between 1 and 8, got 9');
    const unknown = await api.ask(PATH, { from: 'state:MEX', to: 'body:nobody' });
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(unknown.errors![0]!.message).toContain('body:nobody');
  });
});
