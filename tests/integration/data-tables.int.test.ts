/**
 * Issue 16, item 2: tables over HTTP under /data/, against the real server and the seeded graph.
 * Every cell is compared with the GraphQL API's own answer for the same question (gapAnalysis per
 * region, ratificationStatus, protectionProfile, memberships, monitoringBodies), never with
 * hand-written expectations; the read key, the shared rate limit, the 400s naming the parameter
 * and the chunked (streamed) response are checked over HTTP.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { createTestKey } from '../support/keys.js';
import { resetTestGraph } from '../support/test-graph.js';

let db: Database;
let server: RunningServer;
let api: TestApi;

beforeAll(async () => {
  db = testDatabase();
  server = await startServer({ db, host: '127.0.0.1', port: 0, production: true, logger: silentLogger() });
  api = await startTestApi();
});
afterAll(async () => {
  await server.stop();
  await api.close();
  await db.close();
});

async function get(path: string, headers: Record<string, string> = {}, base = server.url) {
  const res = await fetch(`${base}${path}`, { headers });
  // Decoded by hand: res.text() would drop the byte-order mark this test wants to see.
  return { status: res.status, headers: res.headers, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
}

/** Reads a CSV answer as header + objects keyed by column, as a spreadsheet import would. */
function table(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.charCodeAt(0)).toBe(0xfeff); // a BOM, so Excel reads UTF-8
  const [header, ...records] = parse(text, { bom: true }) as string[][];
  return { header: header!, rows: records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}

const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];

/** Each State's status for an instrument, by the API: gapAnalysis over the five regions. */
async function apiStatuses(instrument: string): Promise<Map<string, string>> {
  const statuses = new Map<string, string>();
  for (const region of REGIONS) {
    const { gapAnalysis: g } = await api.data(
      `query ($i: ID!, $r: String) { gapAnalysis(instrument: $i, region: $r) { parties { id } signedOnly { id } nonParties { id } unknown { id } } }`,
      { i: instrument, r: region },
    );
    // signedOnly may also be in nonParties (a signature is not a consent); signed wins, as in protectionProfile.
    for (const s of g.unknown) statuses.set(s.id, 'unknown');
    for (const s of g.nonParties) statuses.set(s.id, 'not party');
    for (const s of g.signedOnly) statuses.set(s.id, 'signed');
    for (const s of g.parties) statuses.set(s.id, 'party');
  }
  return statuses;
}

describe('/data/treaty-status.csv', () => {
  const INSTRUMENTS = ['instrument:cat', 'instrument:crc', 'instrument:ilo-c143'];
  let status: { status: number; headers: Headers; text: string };
  let parsed: ReturnType<typeof table>;
  beforeAll(async () => {
    status = await get(`/data/treaty-status.csv?instruments=${INSTRUMENTS.join(',')}`);
    parsed = table(status.text);
  });

  it('is a streamed CSV download: chunked, text/csv, a file name and a link to its notes', () => {
    expect(status.status).toBe(200);
    expect(status.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(status.headers.get('transfer-encoding')).toBe('chunked');
    expect(status.headers.get('content-length')).toBeNull();
    expect(status.headers.get('content-disposition')).toBe('attachment; filename="treaty-status.csv"');
    expect(status.headers.get('link')).toContain('</data/treaty-status-notes.csv?instruments=');
    expect(parsed.header).toEqual(['state_id', 'state', 'iso3', ...INSTRUMENTS.flatMap((i) => [`${i} status`, `${i} action`, `${i} date`, `${i} source`])]);
  });

  it('has one row per State, in name order', async () => {
    const { states } = await api.data('{ states(first: 1) { totalCount } }');
    expect(parsed.rows).toHaveLength(states.totalCount);
    expect(new Set(parsed.rows.map((r) => r.state_id)).size).toBe(states.totalCount);
    const names = parsed.rows.map((r) => r.state!);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("every State's status equals the API's (gapAnalysis), unknown written as unknown and never empty", async () => {
    for (const instrument of INSTRUMENTS) {
      const expected = await apiStatuses(instrument);
      const got = new Map(parsed.rows.map((r) => [r.state_id!, r[`${instrument} status`]!]));
      expect(got.size).toBe(expected.size);
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
    }
    const c143 = parsed.rows.map((r) => r['instrument:ilo-c143 status']);
    expect(c143.filter((s) => s === 'unknown').length).toBeGreaterThan(100); // a partial list: most States unknown
    for (const r of parsed.rows) for (const i of INSTRUMENTS) expect(['party', 'signed', 'not party', 'unknown']).toContain(r[`${i} status`]);
    const unknownRow = parsed.rows.find((r) => r['instrument:ilo-c143 status'] === 'unknown')!;
    expect([unknownRow['instrument:ilo-c143 date'], unknownRow['instrument:ilo-c143 source']]).toEqual(['', '']);
  });

  it("party cells carry the API's action, date and data set (ratificationStatus)", async () => {
    for (const instrument of ['instrument:cat', 'instrument:crc']) {
      const { ratificationStatus: rs } = await api.data(
        'query ($i: ID!) { ratificationStatus(instrument: $i) { parties { fromId action date sources { sourceId } } } }',
        { i: instrument },
      );
      const byState = new Map(parsed.rows.map((r) => [r.state_id!, r]));
      expect(parsed.rows.filter((r) => r[`${instrument} status`] === 'party')).toHaveLength(rs.parties.length);
      for (const p of rs.parties) {
        const row = byState.get(p.fromId)!;
        expect([row[`${instrument} action`], row[`${instrument} date`], row[`${instrument} source`]]).toEqual([
          p.action.toLowerCase(),
          p.date ?? '',
          p.sources[0]?.sourceId ?? '',
        ]);
      }
    }
  });

  it("signed and not-party cells carry the API's date: the USA and the CRC, Mexico and the CAT (protectionProfile)", async () => {
    const profile = async (state: string, category: string, instrument: string) => {
      const { protectionProfile: p } = await api.data(
        `query ($s: ID!, $c: ID!) { protectionProfile(state: $s, category: $c) {
          covered { ...P } missing { ...P } unknown { ...P } } }
         fragment P on ProfileInstrument { instrument { id } status statusAsOf signature { date } ratification { date } }`,
        { s: state, c: category },
      );
      return [...p.covered, ...p.missing, ...p.unknown].find((x: any) => x.instrument.id === instrument);
    };
    const usa = parsed.rows.find((r) => r.state_id === 'state:USA')!;
    const usaCrc = await profile('state:USA', 'category:children', 'instrument:crc');
    expect(usaCrc.status).toBe('SIGNED_ONLY');
    expect([usa['instrument:crc status'], usa['instrument:crc date']]).toEqual(['signed', usaCrc.signature.date]);
    // A not-party cell's date is the as-of date of the complete table that says so.
    const notParty = parsed.rows.find((r) => r['instrument:cat status'] === 'not party')!;
    const cat = await profile(notParty.state_id!, 'category:everyone', 'instrument:cat');
    expect(cat.status).toBe('NOT_PARTY');
    expect(notParty['instrument:cat date']).toBe(cat.statusAsOf);
  });

  it("the notes give each instrument's as-of date, sources and the API's counts, which the table's columns add up to", async () => {
    const notes = table((await get(`/data/treaty-status-notes.csv?instruments=${INSTRUMENTS.join(',')}`)).text);
    expect(notes.rows.map((r) => r.instrument_id)).toEqual(INSTRUMENTS);
    for (const note of notes.rows) {
      const { ratificationStatus: rs } = await api.data(
        'query ($i: ID!) { ratificationStatus(instrument: $i) { statusAsOf partyCount signedOnlyCount knownNotPartyCount unknownCount dataSources { id } } }',
        { i: note.instrument_id },
      );
      expect(note).toMatchObject({
        status_as_of: rs.statusAsOf ?? '',
        party: String(rs.partyCount),
        signed: String(rs.signedOnlyCount),
        'not party': String(rs.knownNotPartyCount),
        unknown: String(rs.unknownCount),
        party_sources: rs.dataSources.map((s: any) => s.id).join('; '),
      });
      const column = parsed.rows.map((r) => r[`${note.instrument_id} status`]);
      for (const word of ['party', 'signed', 'not party', 'unknown']) expect(String(column.filter((s) => s === word).length)).toBe(note[word]);
    }
    expect(notes.rows[0]!.complete_tables).toMatch(/^source:.*\(as of \d{4}/);
  });

  it('without instruments: every instrument with status data', async () => {
    const all = table((await get('/data/treaty-status.csv')).text);
    const columns = all.header.filter((h) => h.endsWith(' status')).map((h) => h.replace(/ status$/, ''));
    expect(columns).toEqual(expect.arrayContaining(['instrument:cat', 'instrument:crc', 'instrument:refugee-convention', 'instrument:ilo-c189']));
    expect(columns).not.toContain('instrument:udhr'); // a declaration: no per-State data
  });
});

describe('/data/ answer tables equal the GraphQL answers', () => {
  it('instrument-parties.csv: ratificationStatus parties, one row per citation', async () => {
    const res = await get('/data/instrument-parties.csv?instrument=instrument:cat');
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const { rows } = table(res.text);
    const { ratificationStatus: rs } = await api.data(
      '{ ratificationStatus(instrument: "instrument:cat") { parties { fromId date sources { sourceId locator } } } }',
    );
    expect(rows.map((r) => [r.state_id, r.date, r.source_id, r.locator])).toEqual(
      rs.parties.flatMap((p: any) => p.sources.map((s: any) => [p.fromId, p.date ?? '', s.sourceId, s.locator])),
    );
  });

  it('group-members.csv: memberships of the group with role, dates and citations', async () => {
    const { rows, header } = table((await get('/data/group-members.csv?group=rcp:puebla-process')).text);
    expect(header).toContain('role_as_written');
    const { memberships } = await api.data('{ memberships(group: "rcp:puebla-process") { fromId role since sources { sourceId quote } } }');
    expect(rows.map((r) => [r.member_id, r.role, r.since, r.source_id, r.quote])).toEqual(
      memberships.flatMap((m: any) => m.sources.map((s: any) => [m.fromId, m.role.toLowerCase(), m.since ?? '', s.sourceId, s.quote ?? ''])),
    );
    expect(rows.length).toBeGreaterThan(5);
  });

  it('monitoring-bodies.csv: the flagship answer, one row per evidence citation', async () => {
    const { rows } = table((await get('/data/monitoring-bodies.csv?right=right:non-refoulement&category=category:refugees')).text);
    const { monitoringBodies } = await api.data(
      '{ monitoringBodies(right: "right:non-refoulement", category: "category:refugees") { monitorId evidence { type from to citations { sourceId locator } } } }',
    );
    expect(rows.map((r) => [r.monitor_id, r.evidence_type, r.evidence_from, r.evidence_to, r.source_id, r.locator])).toEqual(
      monitoringBodies.flatMap((a: any) =>
        a.evidence.flatMap((e: any) =>
          e.citations.length
            ? e.citations.map((c: any) => [a.monitorId, e.type, e.from, e.to, c.sourceId, c.locator])
            : [[a.monitorId, e.type, e.from, e.to, '', '']],
        ),
      ),
    );
    expect(new Set(rows.map((r) => r.monitor_id))).toContain('body:cat');
  });

  it("protection-profile.csv: each instrument's list and status as protectionProfile gives them", async () => {
    const { rows } = table((await get('/data/protection-profile.csv?state=state:USA&category=category:children')).text);
    const { protectionProfile: p } = await api.data(
      '{ protectionProfile(state: "state:USA", category: "category:children") { covered { ...P } missing { ...P } unknown { ...P } } } fragment P on ProfileInstrument { instrument { id } status }',
    );
    const expected = new Map<string, string>();
    for (const list of ['covered', 'missing', 'unknown']) for (const x of p[list]) expected.set(x.instrument.id, `${list} ${x.status}`);
    const words: Record<string, string> = { party: 'PARTY', signed: 'SIGNED_ONLY', 'not party': 'NOT_PARTY', unknown: 'UNKNOWN' };
    expect(new Map(rows.map((r) => [r.instrument_id!, `${r.list} ${words[r.status!]}`]))).toEqual(expected);
    expect(rows.find((r) => r.instrument_id === 'instrument:crc' && r.evidence_type === 'SIGNED')).toBeDefined();
    expect(new Set(rows.filter((r) => r.evidence_type === 'PROTECTS').map((r) => r.instrument_id)).size).toBe(expected.size);
  });
});

describe('/data/ refusals', () => {
  const refused = async (path: string, status = 400) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/json');
    return JSON.parse(res.text) as { error: string; parameter?: string };
  };

  it('names the bad parameter: unknown id, wrong kind, unknown format, unknown or missing parameter', async () => {
    expect(await refused('/data/treaty-status.csv?instruments=instrument:cat,instrument:nope')).toMatchObject({
      parameter: 'instruments',
      error: 'instruments: no node with id "instrument:nope"',
    });
    expect(await refused('/data/treaty-status.csv?instruments=state:MEX')).toMatchObject({
      parameter: 'instruments',
      error: 'instruments: "state:MEX" is a State, expected an Instrument',
    });
    expect(await refused('/data/treaty-status.xlsx')).toMatchObject({ parameter: 'format' });
    expect(await refused('/data/treaty-status.csv?instrument=instrument:cat')).toMatchObject({
      parameter: 'instrument',
      error: expect.stringContaining('this table takes instruments'),
    });
    expect(await refused('/data/instrument-parties.csv')).toMatchObject({ parameter: 'instrument', error: expect.stringContaining('required') });
    expect(await refused('/data/instrument-parties.csv?instrument=instrument:nope')).toMatchObject({
      parameter: 'instrument',
      error: 'instrument: no node with id "instrument:nope"',
    });
    expect(await refused('/data/instrument-parties.csv?instrument=instrument:cat&asOf=yesterday')).toMatchObject({ parameter: 'asOf' });
    expect(await refused('/data/group-members.csv?group=rcp:puebla-process&role=boss')).toMatchObject({ error: expect.stringContaining('role') });
    expect((await refused('/data/no-such-table.csv', 404)).error).toContain('/data/treaty-status.csv');
  });
});

describe('/data/ behind the read key and the rate limit of /graphql', () => {
  let keyed: RunningServer;
  let reader: { secret: string };
  beforeAll(async () => {
    reader = await createTestKey(db, 'reader');
    keyed = await startServer({
      db,
      host: '127.0.0.1',
      port: 0,
      production: true,
      readsRequireKey: true,
      logger: silentLogger(),
      rateLimit: { enabled: true, windowSeconds: 60, perWindow: { anonymous: 2, reader: 3, contributor: 3, curator: 10, admin: 10 } },
    });
  });
  afterAll(async () => {
    await keyed.stop();
    await resetTestGraph(db);
  });

  it('refuses without a key (401) and with an unknown one, answers with a reader key', async () => {
    const none = await get('/data/instrument-parties.csv?instrument=instrument:cat', {}, keyed.url);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text).error).toContain('needs an API key with the reader role');
    expect((await get('/data/treaty-status.csv', { authorization: 'Bearer wrong' }, keyed.url)).status).toBe(401);
    const ok = await get('/data/treaty-status.csv?instruments=instrument:cat', { authorization: `Bearer ${reader.secret}` }, keyed.url);
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('state:MEX');
  });

  it('counts /data/ and /graphql in one allowance per client: over it, 429 with Retry-After', async () => {
    const auth = { authorization: `Bearer ${reader.secret}` };
    // The reader key spent one request above; one more table and one GraphQL request use the rest.
    expect((await get('/data/instrument-parties.csv?instrument=instrument:cat', auth, keyed.url)).status).toBe(200);
    const graphql = await fetch(`${keyed.url}/graphql`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"query":"{ meta { schemaVersion } }"}',
    });
    expect(graphql.status).toBe(200);
    const over = await get('/data/instrument-parties.csv?instrument=instrument:cat', auth, keyed.url);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
