/**
 * The cross-silo questions (schema/cross-silo.graphql) on the seeded graph. Expected answers come
 * from the seed files and the UN treaty-status CSVs, read independently of the Cypher under test.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { checkSeed } from '../../src/seed/load-seed.js';
import { readTable } from '../../src/seed/status/read-table.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
const seed = checkSeed();
const edgesTo = (type: string, to: string) => seed.relationships.filter((r) => r.type === type && r.to === to);

/** Rows of the 2026 UN Treaty Collection table (quoted fields), or of the ILO list, as the data sets give them. */
const untc2026 = readTable(path.join(projectRoot, 'seed', 'treaty-status-2026', 'un_hr_ratifications.csv')).map((r) => r.cells);
const ilo = readTable(path.join(projectRoot, 'seed', 'ilo-ratifications', 'ilo_ratifications.csv')).map((r) => r.cells);

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
    // The 2026 table's day-precision date takes precedence over the 2022 year (hr_status_icmw.csv: "MX,Mexico,1,1999,...").
    expect(icrmw.ratification).toEqual({
      date: '1999-03-08',
      sources: [{ sourceId: 'source:untc-core-human-rights-2026', locator: 'treaty-status-2026/un_hr_ratifications.csv, line 2097 (Mexico, cmw)' }],
    });
    expect(icrmw.monitors).toEqual([{ monitor: { id: 'body:cmw' }, kind: 'TREATY_BODY' }]);
    const cat = p.covered.find((c: any) => c.instrument.id === 'instrument:cat');
    expect(cat.categoryPath.at(-1)).toBe('category:everyone');
    expect(ids(cat.rights.map((r: any) => r.right))).toContain('right:non-refoulement');
    // C143 data is a partial list without Mexico: unknown, not missing.
    expect(ids(p.unknown.map((u: any) => u.instrument))).toContain('instrument:ilo-c143');
    expect(ids(p.missing.map((u: any) => u.instrument))).not.toContain('instrument:ilo-c143');
    // Every covered instrument really has a seeded RATIFIED edge from Mexico.
    for (const c of p.covered) expect(edgesTo('RATIFIED', c.instrument.id).some((r) => r.from === 'state:MEX')).toBe(true);
  });

  it('without any sources selected (edges read without their citations), the lists, dates, articles and kinds are those of the cited answer', async () => {
    const fields = (cited: boolean) => {
      const sources = cited ? 'sources { sourceId locator quote }' : '';
      const entry = `instrument { id } categoryPath status statusAsOf ratification { action date ${sources} } ratifications { date ${sources} }
        signature { date ${sources} } protection { articles ${sources} } rights { articles ${sources} right { id } } monitors { kind ${sources} monitor { id } }`;
      return `query ($state: ID!, $category: ID!) { protectionProfile(state: $state, category: $category) {
        covered { ${entry} } missing { ${entry} } unknown { ${entry} } } }`;
    };
    const withoutSources = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(withoutSources)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([k]) => k !== 'sources')
                .map(([k, v]) => [k, withoutSources(v)]),
            )
          : value;
    for (const [state, category] of [
      ['state:MEX', 'category:irregular-migrant-workers'],
      ['state:FRA', 'category:migrant-workers'],
      ['state:DEU', 'category:refugees'],
    ]) {
      const cited = await api.data(fields(true), { state, category });
      const bare = await api.data(fields(false), { state, category });
      expect(bare).toEqual(withoutSources(cited));
      // The cited answer really carries citations, so the comparison is not between two empty ones.
      expect(JSON.stringify(cited)).toContain('"sourceId"');
    }
  });

  it('France, migrant workers: the ICRMW is missing (France is recorded with no action), not unknown', async () => {
    const { protectionProfile: p } = await api.data(PROFILE, { state: 'state:FRA', category: 'category:migrant-workers' });
    const missing = p.missing.find((m: any) => m.instrument.id === 'instrument:icrmw');
    expect(missing).toBeDefined();
    expect(missing.signature).toBeNull();
    expect(ids(p.covered.map((c: any) => c.instrument))).not.toContain('instrument:icrmw');
    expect(ids(p.unknown.map((c: any) => c.instrument))).not.toContain('instrument:icrmw');
    // An instrument is reported missing only when a complete participant table covers France.
    for (const m of p.missing) expect(edgesTo('COVERS', m.instrument.id).some((c) => c.props.complete === true)).toBe(true);
  });

  it("rights' and monitors' ends read only the selected properties and still answer as node(id) does (fragments, enums, citations, aliases, relationships)", async () => {
    const END = `id kind name acronym aliases description sources { sourceId locator quote }
      ... on Right { label: name guaranteedBy { instrument { id } } }
      ... on Body { bodyType: type established }
      ... on Organization { organizationType: type founded headquarters }`;
    const query = `query ($state: ID!, $category: ID!) { protectionProfile(state: $state, category: $category) {
      covered { ...E } missing { ...E } unknown { ...E } } }
      fragment E on ProfileInstrument { rights { right { ...N } } monitors { monitor { ...N } } }
      fragment N on Node { ${END} }`;
    const { protectionProfile: p } = await api.data(query, { state: 'state:MEX', category: 'category:migrant-workers' });
    const ends = [...p.covered, ...p.missing, ...p.unknown].flatMap((i: any) => [
      ...i.rights.map((r: any) => r.right),
      ...i.monitors.map((m: any) => m.monitor),
    ]);
    expect(ends.map((n: any) => n.kind)).toEqual(expect.arrayContaining(['RIGHT', 'BODY']));
    for (const id of new Set(ends.map((n: any) => n.id as string))) {
      const { node } = await api.data(`query ($id: ID!) { node(id: $id) { ${END} } }`, { id });
      for (const end of ends.filter((n: any) => n.id === id)) expect(end).toEqual(node);
    }
  });

  it('every part read with only the properties its selection needs answers as node(id) does (instrument, protection, consents, signature, rights, monitors), and the status is decided as with every property', async () => {
    const CITED = 'sources { sourceId locator quote }';
    const INSTRUMENT = `id kind name acronym aliases description type binding scope region adopted entryIntoForce depositary iloNumber ${CITED}`;
    const CONSENT = `id type fromId toId action date datePrecision asOf asOfLatest ${CITED}`;
    const SIGNATURE = `id type fromId toId date datePrecision asOf asOfLatest ${CITED}`;
    const PROTECTION = `id type fromId toId articles ${CITED}`;
    const GUARANTEE = `id type fromId toId articles ${CITED} right { id }`;
    const MONITORING = `id type fromId toId kind procedures ${CITED} monitor { id }`;
    const profileOf = (entry: string) => `query ($state: ID!, $category: ID!) { protectionProfile(state: $state, category: $category) {
      covered { ${entry} } missing { ${entry} } unknown { ${entry} } } }`;
    const wide = profileOf(`instrument { ${INSTRUMENT} } categoryPath status statusAsOf protection { ${PROTECTION} }
      ratification { ${CONSENT} } ratifications { ${CONSENT} } signature { ${SIGNATURE} } rights { ${GUARANTEE} } monitors { ${MONITORING} }`);
    // Nothing of the records selected but their ids: the status still needs their dates and data sets.
    const narrow = profileOf('instrument { id } status statusAsOf ratification { id } ratifications { id } signature { id }');
    const whole = `query ($id: ID!) { instrument: node(id: $id) { ... on Instrument { ${INSTRUMENT} } } edges: node(id: $id) { ... on Instrument {
      parties { ${CONSENT} } signatories { ${SIGNATURE} } protects { ${PROTECTION} } guarantees { ${GUARANTEE} } monitoredBy { ${MONITORING} } } } }`;
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const seen = { ratification: 0, signature: 0, rights: 0, monitors: 0 };
    for (const [state, category] of [
      ['state:MEX', 'category:irregular-migrant-workers'],
      ['state:FRA', 'category:migrant-workers'],
      ['state:USA', 'category:refugees'],
    ]) {
      const { protectionProfile: p } = await api.data(wide, { state, category });
      const { protectionProfile: bare } = await api.data(narrow, { state, category });
      const idOf = (edge: any) => (edge ? { id: edge.id } : null);
      const ids = (entry: any) => ({
        instrument: idOf(entry.instrument),
        status: entry.status,
        statusAsOf: entry.statusAsOf,
        ratification: idOf(entry.ratification),
        ratifications: entry.ratifications.map(idOf),
        signature: idOf(entry.signature),
      });
      for (const list of ['covered', 'missing', 'unknown'] as const) expect(bare[list]).toEqual(p[list].map(ids));
      for (const entry of [...p.covered, ...p.missing, ...p.unknown]) {
        const { instrument, edges } = await api.data(whole, { id: entry.instrument.id });
        expect(entry.instrument).toEqual(instrument);
        expect(byId(entry.ratifications)).toEqual(byId(edges.parties.filter((r: any) => r.fromId === state)));
        if (entry.ratification) expect(entry.ratifications).toContainEqual(entry.ratification);
        if (entry.signature) expect(edges.signatories).toContainEqual(entry.signature);
        expect(edges.protects).toContainEqual(entry.protection);
        expect(entry.protection.toId).toBe(entry.categoryPath.at(-1));
        expect(byId(entry.rights)).toEqual(byId(edges.guarantees));
        expect(byId(entry.monitors)).toEqual(byId(edges.monitoredBy));
        seen.ratification += entry.ratification ? 1 : 0;
        seen.signature += entry.signature ? 1 : 0;
        seen.rights += entry.rights.length;
        seen.monitors += entry.monitors.length;
      }
    }
    // Each kind of part was really compared, not only empty lists.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  });

  it('one query text asked with @include switched off, then on, then off: each answer reads what that selection needs (the projection is kept per query and directive values, selection-memo.ts)', async () => {
    const PARTS = ['rights { articles right { id acronym } }', 'monitors { kind procedures monitor { id acronym } }', 'ratification { action date }'];
    const profileOf = (variables: string, entry: string) => `query ($state: ID!, $category: ID!${variables}) {
      protectionProfile(state: $state, category: $category) { covered { instrument { id } ${entry} } } }`;
    const switched = profileOf(', $withParts: Boolean!', PARTS.map((part) => part.replace(' {', ' @include(if: $withParts) {')).join(' '));
    const fixed = (withParts: boolean) => profileOf('', withParts ? PARTS.join(' ') : '');
    const vars = { state: 'state:MEX', category: 'category:migrant-workers' };
    const bare = await api.data(switched, { ...vars, withParts: false });
    const full = await api.data(switched, { ...vars, withParts: true });
    expect(bare).toEqual(await api.data(fixed(false), vars));
    expect(full).toEqual(await api.data(fixed(true), vars));
    expect(await api.data(switched, { ...vars, withParts: false })).toEqual(bare);
    // The parts were really read: articles, acronyms, kinds and dates, not only ids.
    const parts = JSON.stringify(full.protectionProfile.covered);
    for (const field of ['"articles":["', '"acronym":"', '"kind":"TREATY_BODY"', '"date":"']) expect(parts).toContain(field);
  });

  it('a State where a category is asked names the argument', async () => {
    const result = await api.ask(PROFILE, { state: 'category:refugees', category: 'category:refugees' });
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('state');
  });
});

describe('ratificationStatus', () => {
  const STATUS = `query ($instrument: ID!, $asOf: String) { ratificationStatus(instrument: $instrument, asOf: $asOf) {
    partyCount signedOnlyCount undatedPartyCount uncertainPartyCount knownNotPartyCount unknownCount statusAsOf parties { state { iso2 } date }
    dataSources { id } reportedCounts { value asOf measure sources { sourceId locator } } } }`;

  it('ICRMW: one consent per State, the 2026 table (day precision) before the 2022 years, beside the counts the documents report (46, 46, 48)', async () => {
    // Until issue 12 this test pinned the 2022 compilation's year-precision parties; the 2026 UN
    // Treaty Collection table now takes precedence (exact date over year, later scrape over earlier).
    const { ratificationStatus: s } = await api.data(STATUS, { instrument: 'instrument:icrmw' });
    const cmw = untc2026.filter((r) => r.treaty_id === 'cmw');
    const consents = cmw.filter((r) => r.action_type !== '');
    expect(consents.length).toBe(60); // seed/treaty-status-2026/README.md: "ICRMW 60"
    expect(s.partyCount).toBe(60);
    expect(s.parties.map((p: any) => p.date).sort()).toEqual(consents.map((r) => r.action_date).sort());
    expect(s.signedOnlyCount).toBe(cmw.filter((r) => r.action_type === '' && r.signature_date !== '').length);
    expect(s.undatedPartyCount).toBe(0);
    expect(s.dataSources).toEqual([{ id: 'source:untc-core-human-rights-2026' }]);
    // The 2026 table lists every participant: no State is unknown, the rest are known not party.
    expect(s.unknownCount).toBe(0);
    expect(s.partyCount + s.signedOnlyCount + s.knownNotPartyCount).toBe(seed.nodes.filter((n) => n.label === 'State').length);
    expect(s.statusAsOf).toBe('2026-02-03');
    const parties = s.reportedCounts.filter((c: any) => c.measure === 'states-parties');
    expect(parties.map((c: any) => c.value).sort()).toEqual([46, 46, 48]);
    expect(parties.find((c: any) => c.value === 48).asOf).toBe('2015-09');
  });

  it('as of a date counts consents on or before it (day precision from 2026)', async () => {
    const consents = untc2026.filter((r) => r.treaty_id === 'cmw' && r.action_type !== '');
    const endOf2003 = await api.data(STATUS, { instrument: 'instrument:icrmw', asOf: '2003' });
    expect(endOf2003.ratificationStatus.partyCount).toBe(consents.filter((r) => r.action_date! <= '2003-12-31').length);
    expect(endOf2003.ratificationStatus.uncertainPartyCount).toBe(0);
    const midYear = await api.data(STATUS, { instrument: 'instrument:icrmw', asOf: '2003-06-30' });
    expect(midYear.ratificationStatus.partyCount).toBe(consents.filter((r) => r.action_date! <= '2003-06-30').length);
    expect(midYear.ratificationStatus.partyCount).toBeLessThan(endOf2003.ratificationStatus.partyCount);
  });

  it('as of a day inside a year, a year-precision ratification of that year is uncertain (ILO C143, partial list)', async () => {
    const c143 = ilo.filter((r) => r.convention === 'C143' && r.source_kind !== 'press or advocacy');
    const { ratificationStatus: s } = await api.data(STATUS, { instrument: 'instrument:ilo-c143', asOf: '1979-06-30' });
    expect(s.partyCount).toBe(c143.filter((r) => r.date!.length === 4 && Number(r.date) <= 1978).length);
    expect(s.uncertainPartyCount).toBe(c143.filter((r) => r.date === '1979').length);
    expect(s.uncertainPartyCount).toBeGreaterThan(0);
  });

  it('rejects an impossible asOf date, naming it', async () => {
    const result = await api.ask(STATUS, { instrument: 'instrument:icrmw', asOf: '2003-02-30' });
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('asOf: "2003-02-30"');
  });
});

describe('gapAnalysis', () => {
  const GAP = `query ($instrument: ID!, $group: ID, $subregion: String) { gapAnalysis(instrument: $instrument, group: $group, subregion: $subregion) {
    memberCount statusDataHeld statusAsOf parties { id } nonParties { id } signedOnly { id } unknown { id } } }`;

  it('Western Europe and the ICRMW: every State of the subregion is a non-party (all are "no action" in the data)', async () => {
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:icrmw', subregion: 'Western Europe' });
    const region = seed.nodes.filter((n) => n.label === 'State' && n.props.subregion === 'Western Europe');
    expect(g.memberCount).toBe(region.length);
    expect(g.statusDataHeld).toBe(true);
    expect(g.parties).toEqual([]);
    expect(ids(g.nonParties).sort()).toEqual(region.map((n) => n.id).sort());
    expect(ids(g.nonParties)).toEqual(expect.arrayContaining(['state:FRA', 'state:DEU']));
    expect(g.unknown).toEqual([]);
    expect(g.statusAsOf).toBe('2026-02-03');
  });

  it('the 1951 Convention now has per-State data (UNTC 2015 table): Belgium, founder of the GFMD, is a party', async () => {
    // Until issue 12 no per-State data was held for the 1951 Convention (statusDataHeld false).
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:refugee-convention', group: 'forum:gfmd' });
    expect(g.statusDataHeld).toBe(true);
    // Belgium initiated the GFMD (OHCHR 2013, footnote 23); since issue 13 the governments of the
    // (cut) "GFMD Governments" list are members too. Chairs alone are not counted.
    const members = new Set(
      edgesTo('MEMBER_OF', 'forum:gfmd')
        .filter((r) => r.from.startsWith('state:') && ['member', 'founder'].includes(String(r.props.role)))
        .map((r) => r.from),
    );
    expect(members.size).toBeGreaterThan(1);
    expect(g.memberCount).toBe(members.size);
    expect(ids(g.parties)).toContain('state:BEL'); // treaty-status-2015/5-2.csv: "Belgium,28 Jul 1951,22 Jul 1953"
  });

  it('a partial list (ILO C143) makes the States it does not name unknown, never non-parties', async () => {
    const { gapAnalysis: g } = await api.data(GAP, { instrument: 'instrument:ilo-c143', subregion: 'Western Europe' });
    expect(g.nonParties).toEqual([]);
    expect(g.statusAsOf).toBeNull();
    expect(g.parties.length + g.unknown.length).toBe(g.memberCount);
    expect(ids(g.unknown)).toContain('state:FRA');
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
