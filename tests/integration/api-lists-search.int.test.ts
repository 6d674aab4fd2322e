/** Root lists (filters, sorting, cursor pagination), search, and their errors, on the seeded graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
const seed = checkSeed();
const nodesOf = (label: string) => seed.nodes.filter((n) => n.label === label);
const edges = (type: string) => seed.relationships.filter((r) => r.type === type);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('states', () => {
  it('pages through every State by name without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: any = await api.data(
        'query ($after: String) { states(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }',
        { after },
      );
      expect(data.states.totalCount).toBe(nodesOf('State').length);
      seen.push(...data.states.nodes.map((n: any) => n.id));
      pages += 1;
      if (!data.states.pageInfo.hasNextPage) break;
      after = data.states.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(nodesOf('State').length / 50));
    const byName = [...nodesOf('State')].sort((a, b) => String(a.props.name).localeCompare(String(b.props.name), 'en') || a.id.localeCompare(b.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(byName.map((n) => n.id).sort());
  });

  it('sorts descending and keeps cursor positions', async () => {
    const data = await api.data(
      '{ states(first: 3, orderBy: { field: NAME, direction: DESC }) { edges { cursor node { name } } pageInfo { hasPreviousPage } } }',
    );
    const names = data.states.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort().reverse());
    expect(data.states.pageInfo.hasPreviousPage).toBe(false);
    const next = await api.data(
      'query ($after: String) { states(first: 1, after: $after, orderBy: { field: NAME, direction: DESC }) { nodes { name } pageInfo { hasPreviousPage } } }',
      {
        after: data.states.edges[1].cursor,
      },
    );
    expect(next.states.nodes[0].name).toBe(names[2]);
    expect(next.states.pageInfo.hasPreviousPage).toBe(true);
  });

  it('filters by region and by not being party to the ICRMW (as the UN data set records)', async () => {
    const parties = new Set(
      edges('RATIFIED')
        .filter((r) => r.to === 'instrument:icrmw')
        .map((r) => r.from),
    );
    const expected = nodesOf('State')
      .filter((s) => s.props.region === 'Americas' && !parties.has(s.id))
      .map((s) => s.id);
    const data = await api.data('{ states(first: 100, filter: { region: "Americas", notPartyTo: "instrument:icrmw" }) { totalCount nodes { id } } }');
    expect(data.states.totalCount).toBe(expected.length);
    expect(data.states.nodes.map((n: any) => n.id).sort()).toEqual(expected.sort());
    expect(expected).toContain('state:USA');
    expect(expected).not.toContain('state:MEX');
  });

  it('filters by membership: Belgium founded the GFMD (OHCHR 2013, footnote 23); attendance and governance seats do not count', async () => {
    const data = await api.data('{ states(first: 100, filter: { memberOf: "forum:gfmd" }) { nodes { id memberships { role group { id } } } } }');
    const roles = ['member', 'founder', 'chair', 'observer'];
    const expected = [
      ...new Set(
        edges('MEMBER_OF')
          .filter((r) => r.to === 'forum:gfmd' && r.from.startsWith('state:') && roles.includes(String(r.props.role)))
          .map((r) => r.from),
      ),
    ];
    expect(data.states.nodes.map((n: any) => n.id).sort()).toEqual(expected.sort());
    expect(data.states.nodes.find((n: any) => n.id === 'state:BEL').memberships).toContainEqual({ role: 'FOUNDER', group: { id: 'forum:gfmd' } });
    // A State that only attended a meeting of a process is not listed as its member.
    const attendedOnly = edges('MEMBER_OF').find(
      (r) =>
        r.props.role === 'attended' &&
        r.from.startsWith('state:') &&
        !edges('MEMBER_OF').some((o) => o.from === r.from && o.to === r.to && roles.includes(String(o.props.role))),
    );
    expect(attendedOnly).toBeDefined();
    const ofProcess = await api.data(`{ states(first: 100, filter: { memberOf: "${attendedOnly!.to}" }) { nodes { id } } }`);
    expect(ofProcess.states.nodes.map((n: any) => n.id)).not.toContain(attendedOnly!.from);
  });

  it('filter ids are checked: unknown is NOT_FOUND, wrong kind is BAD_USER_INPUT, both naming the argument', async () => {
    const unknown = await api.ask('{ states(filter: { partyTo: "instrument:nope" }) { totalCount } }');
    expect(unknown.errors?.[0]).toMatchObject({ message: 'filter.partyTo: no node with id "instrument:nope"', extensions: { code: 'NOT_FOUND' } });
    const wrong = await api.ask('{ states(filter: { partyTo: "state:MEX" }) { totalCount } }');
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'filter.partyTo: "state:MEX" is a State, expected a Instrument',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('page size and cursors are checked', async () => {
    const big = await api.ask('{ states(first: 101) { totalCount } }');
    expect(big.errors?.[0]).toMatchObject({ message: 'first: must be between 0 and 100, got 101', extensions: { code: 'BAD_USER_INPUT' } });
    const bad = await api.ask('{ states(after: "not-a-cursor") { totalCount } }');
    expect(bad.errors?.[0]).toMatchObject({ message: 'after: "not-a-cursor" is not a cursor from this API', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('other lists', () => {
  it('instruments: ILO conventions adopted from 1970 on, oldest first', async () => {
    const expected = nodesOf('Instrument')
      .filter((i) => i.props.type === 'ilo-convention' && Number(i.props.adoptedYear) >= 1970)
      .sort((a, b) => String(a.props.adopted).localeCompare(String(b.props.adopted)) || a.id.localeCompare(b.id));
    const data = await api.data(
      '{ instruments(filter: { type: [ILO_CONVENTION], adoptedFrom: 1970 }, orderBy: { field: ADOPTED }) { totalCount nodes { id type adopted } } }',
    );
    expect(data.instruments.nodes.map((n: any) => n.id)).toEqual(expected.map((n) => n.id));
    expect(data.instruments.nodes.every((n: any) => n.type === 'ILO_CONVENTION')).toBe(true);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('instruments protecting migrant workers directly include the ICRMW; non-binding ones are told apart', async () => {
    const data = await api.data(
      '{ instruments(first: 100, filter: { protects: "category:migrant-workers" }) { nodes { id } } nb: instruments(first: 100, filter: { binding: false }) { totalCount } }',
    );
    expect(data.instruments.nodes.map((n: any) => n.id)).toContain('instrument:icrmw');
    expect(data.nb.totalCount).toBe(nodesOf('Instrument').filter((i) => i.props.binding === false).length);
  });

  it('bodies monitoring the ICRMW: the Committee on Migrant Workers', async () => {
    const data = await api.data('{ bodies(filter: { monitors: "instrument:icrmw" }) { nodes { id type } } }');
    expect(data.bodies.nodes).toEqual([{ id: 'body:cmw', type: 'TREATY_BODY' }]);
  });

  it('categories within migrant workers include irregular migrant workers and the category itself', async () => {
    const data = await api.data('{ migrantCategories(first: 100, filter: { within: "category:migrant-workers" }) { nodes { id } } }');
    const ids = data.migrantCategories.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['category:migrant-workers', 'category:irregular-migrant-workers']));
    expect(ids).not.toContain('category:refugees');
  });

  it('every root list counts what the seed holds', async () => {
    const data = await api.data(`{ states { totalCount } instruments { totalCount } organizations { totalCount } bodies { totalCount }
      rcps { totalCount } forums { totalCount } migrantCategories { totalCount } rights { totalCount } statusReports { totalCount } sources { totalCount } }`);
    expect(data).toEqual({
      states: { totalCount: nodesOf('State').length },
      instruments: { totalCount: nodesOf('Instrument').length },
      organizations: { totalCount: nodesOf('Organization').length },
      bodies: { totalCount: nodesOf('Body').length },
      rcps: { totalCount: nodesOf('RCP').length },
      forums: { totalCount: nodesOf('Forum').length },
      migrantCategories: { totalCount: nodesOf('MigrantCategory').length },
      rights: { totalCount: nodesOf('Right').length },
      statusReports: { totalCount: nodesOf('StatusReport').length },
      sources: { totalCount: nodesOf('Source').length },
    });
  });
});

describe('search', () => {
  const SEARCH =
    'query ($text: String!, $kinds: [NodeKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { score node { id kind name } } }';
  const top = async (text: string, kinds?: string[]) => (await api.data(SEARCH, { text, kinds })).search.map((h: any) => h.node.id);

  it('finds by acronym, by name words and by alias', async () => {
    expect((await top('CMW'))[0]).toBe('body:cmw');
    expect((await top('Migrant Workers Convention'))[0]).toBe('instrument:icrmw');
    expect((await top('Puebla'))[0]).toBe('rcp:puebla-process');
  });

  it('finds by word prefix and limits to the kinds asked', async () => {
    const hits = await api.data(SEARCH, { text: 'migrant work', kinds: ['INSTRUMENT'], first: 20 });
    expect(hits.search.length).toBeGreaterThan(0);
    expect(hits.search.every((h: any) => h.node.kind === 'INSTRUMENT')).toBe(true);
    expect(hits.search.map((h: any) => h.node.id)).toContain('instrument:icrmw');
  });

  it('finds ILO instruments by their designation and names with one letter off', async () => {
    expect((await top('C143'))[0]).toBe('instrument:ilo-c143');
    expect((await top('c189', ['INSTRUMENT']))[0]).toBe('instrument:ilo-c189'); // its text, a Source, may rank first among all kinds
    expect((await top('Mexiko'))[0]).toBe('state:MEX');
    expect((await top('Mexico'))[0]).toBe('state:MEX'); // the exact word still ranks first
  });

  // The forms analysts type (issue 16): each must put the intended node first.
  it.each([
    ['C143', 'instrument:ilo-c143'],
    ['C.143', 'instrument:ilo-c143'],
    ['c 143', 'instrument:ilo-c143'],
    ['Convention 143', 'instrument:ilo-c143'],
    ['Convention No. 143', 'instrument:ilo-c143'],
    ['Mexiko', 'state:MEX'],
    ['refugee convention', 'instrument:refugee-convention'],
    ['Refugee Convention', 'instrument:refugee-convention'],
    ['1951 Convention', 'instrument:refugee-convention'],
    ['CMW', 'body:cmw'],
    ['cmw', 'body:cmw'],
    ['MÉXICO', 'state:MEX'],
    ['México', 'state:MEX'],
    ["cote d'ivoire", 'state:CIV'],
    ["CÔTE D'IVOIRE", 'state:CIV'],
  ])('finds %s first: %s', async (text, id) => {
    expect((await top(text))[0]).toBe(id);
  });

  it('treats query syntax as plain text and rejects empty text', async () => {
    expect((await top('CMW)~^ (*:"'))[0]).toBe('body:cmw');
    const empty = await api.ask(SEARCH, { text: ' "() ' });
    expect(empty.errors?.[0]).toMatchObject({ message: 'text: give at least one letter or digit to search for', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
