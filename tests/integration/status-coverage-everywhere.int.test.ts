/**
 * Issue 12 acceptance: "No answer anywhere lists a State as not party to an instrument for which no
 * data covers that State." Every status-bearing query and export is called for a sample of
 * instruments — complete coverage (CRC, ICRMW, the 1951 Convention, ILO C189), partial lists with
 * no coverage (ILO C143, C097) and no per-State data at all (ECHR) — and checked against the COVERS
 * edges read directly from Neo4j here, not through the Cypher under test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/bulk/export-graph.js';
import { startTestApi, type TestApi } from '../support/api.js';

const INSTRUMENTS = [
  'instrument:crc',
  'instrument:icrmw',
  'instrument:refugee-convention',
  'instrument:ilo-c189',
  'instrument:ilo-c143',
  'instrument:ilo-c097',
  'instrument:echr',
];
const PROFILE_STATES = ['state:USA', 'state:PSE', 'state:VAT', 'state:COK', 'state:NIU', 'state:FRA', 'state:MEX', 'state:PHL', 'state:DEU', 'state:BLR'];
const PROFILE_CATEGORIES = ['category:migrant-workers', 'category:refugees', 'category:migrant-children', 'category:trafficked-persons'];

let api: TestApi;
/** instrument id → ids of the States a complete COVERS includes (the only ones that may be "not party"). */
const covered = new Map<string, Set<string>>();
/** instrument id → ids of the States with any recorded consent (their later consent may make them "not yet party" as of a date). */
const withConsent = new Map<string, Set<string>>();
/** instrument id → the COVERS edge ids held. */
const coversIds = new Map<string, string[]>();
let stateCount = 0;
let regions: string[] = [];

beforeAll(async () => {
  api = await startTestApi();
  const rows = await api.db.readText(
    `MATCH (i:Instrument) WHERE i.id IN $ids
     RETURN i.id AS id,
       COLLECT { MATCH (s:State) WHERE EXISTS { (:Source)-[c:COVERS]->(i) WHERE c.complete AND (c.participants = 'all' OR s.unMember)
          AND NOT s.id IN coalesce(c.excludes, []) } RETURN s.id } AS covered,
       [(s:State)-[:RATIFIED]->(i) | s.id] AS withConsent,
       [(:Source)-[c:COVERS]->(i) | c.id] AS coversIds`,
    { ids: INSTRUMENTS },
  );
  for (const row of rows) {
    covered.set(String(row.id), new Set(row.covered as string[]));
    withConsent.set(String(row.id), new Set(row.withConsent as string[]));
    coversIds.set(String(row.id), (row.coversIds as string[]).sort());
  }
  const [counts] = await api.db.readText('MATCH (s:State) RETURN count(s) AS n, collect(DISTINCT s.region) AS regions');
  stateCount = Number(counts!.n);
  regions = (counts!.regions as string[]).filter((r) => r != null);
});
afterAll(() => api.close());

const isCovered = (instrument: string, state: string) => covered.get(instrument)!.has(state);

it('the sample spans complete, partial and absent coverage (read from Neo4j)', () => {
  expect(covered.size).toBe(INSTRUMENTS.length);
  expect(covered.get('instrument:crc')!.size).toBe(stateCount);
  expect(covered.get('instrument:ilo-c189')!.size).toBe(stateCount);
  expect(covered.get('instrument:ilo-c143')!.size).toBe(0);
  expect(withConsent.get('instrument:ilo-c143')!.size).toBeGreaterThan(0);
  expect(covered.get('instrument:echr')!.size).toBe(0);
  expect(withConsent.get('instrument:echr')!.size).toBe(0);
});

describe('every status-bearing query against the coverage', () => {
  /** Every page of states(filter) (pages hold at most 100). */
  async function allStates(filter: Record<string, string>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await api.data(
        `query ($f: StateFilter, $after: String) { states(filter: $f, first: 100, after: $after) {
        nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { f: filter, after },
      );
      ids.push(...data.states.nodes.map((n: any) => n.id));
      if (!data.states.pageInfo.hasNextPage) return ids;
      after = data.states.pageInfo.endCursor;
    }
  }

  it('states(filter: {notPartyTo}) lists covered States only; partyTo lists none of them', async () => {
    for (const instrument of INSTRUMENTS) {
      const notParty = await allStates({ notPartyTo: instrument });
      const parties = new Set(await allStates({ partyTo: instrument }));
      for (const id of notParty) expect(isCovered(instrument, id), `notPartyTo ${instrument}: ${id} is not covered`).toBe(true);
      for (const id of notParty) expect(parties.has(id), `${id} both party and not party to ${instrument}`).toBe(false);
    }
  });

  it('gapAnalysis per region: nonParties are covered, unknown are not', async () => {
    for (const instrument of INSTRUMENTS) {
      for (const region of regions) {
        const { gapAnalysis: g } = await api.data(
          `query ($i: ID!, $r: String) { gapAnalysis(instrument: $i, region: $r) {
          nonParties { id } signedOnly { id } unknown { id } } }`,
          { i: instrument, r: region },
        );
        for (const { id } of g.nonParties) expect(isCovered(instrument, id), `gapAnalysis ${instrument} ${region}: ${id}`).toBe(true);
        for (const { id } of g.unknown) expect(isCovered(instrument, id), `gapAnalysis unknown ${instrument}: ${id}`).toBe(false);
      }
    }
  }, 600_000);

  it('protectionProfile: "missing" only where a complete table covers the State; "unknown" only where none does', async () => {
    for (const state of PROFILE_STATES) {
      for (const category of PROFILE_CATEGORIES) {
        const { protectionProfile: p } = await api.data(
          `query ($s: ID!, $c: ID!) { protectionProfile(state: $s, category: $c) {
          missing { instrument { id } status } unknown { instrument { id } status } } }`,
          { s: state, c: category },
        );
        for (const m of p.missing) {
          // Instruments outside the sample are checked the same way: read their coverage on demand.
          const [row] = await api.db.readText(
            `MATCH (s:State {id: $s}), (i:Instrument {id: $i})
             RETURN EXISTS { (:Source)-[c:COVERS]->(i) WHERE c.complete AND (c.participants = 'all' OR s.unMember)
               AND NOT s.id IN coalesce(c.excludes, []) } AS covered`,
            { s: state, i: m.instrument.id },
          );
          expect(row!.covered, `${state} ${category}: ${m.instrument.id} missing without coverage`).toBe(true);
          expect(['NOT_PARTY', 'SIGNED_ONLY']).toContain(m.status);
        }
        for (const u of p.unknown) {
          if (covered.has(u.instrument.id)) expect(isCovered(u.instrument.id, state), `${state}: ${u.instrument.id} unknown though covered`).toBe(false);
          expect(u.status).toBe('UNKNOWN');
        }
      }
    }
  }, 600_000);

  /**
   * A count of "known not party" can only draw on covered States and on States whose recorded
   * consent is later than the date asked; the parties are among the latter's superset.
   */
  const maxKnownNotParty = (instrument: string, partyCount: number) =>
    new Set([...covered.get(instrument)!, ...withConsent.get(instrument)!]).size - partyCount;

  it('ratificationStatus, today and as of dates: knownNotPartyCount never draws on uncovered States', async () => {
    for (const instrument of INSTRUMENTS) {
      for (const asOf of [null, '1990', '2005-06-30', '2014']) {
        const { ratificationStatus: s } = await api.data(
          `query ($i: ID!, $asOf: String) { ratificationStatus(instrument: $i, asOf: $asOf) {
          partyCount knownNotPartyCount unknownCount } }`,
          { i: instrument, asOf },
        );
        expect(s.knownNotPartyCount, `${instrument} as of ${asOf}`).toBeLessThanOrEqual(maxKnownNotParty(instrument, s.partyCount));
      }
    }
  });

  it("partiesOverTime: every year's knownNotPartyCount never draws on uncovered States", async () => {
    for (const instrument of INSTRUMENTS) {
      const { partiesOverTime: t } = await api.data(
        `query ($i: ID!) { partiesOverTime(instrument: $i, from: 1950, to: 2026) {
        years { year partyCount knownNotPartyCount unknownCount } } }`,
        { i: instrument },
      );
      expect(t.years.length).toBe(77);
      for (const y of t.years) {
        expect(y.knownNotPartyCount, `${instrument} ${y.year}`).toBeLessThanOrEqual(maxKnownNotParty(instrument, y.partyCount));
      }
    }
  });
});

describe('graphs and exports carry the stored facts and their coverage, never a derived "not party"', () => {
  /** A property that would state a derived status (unStatus is UN membership, not treaty status). */
  const derivedStatusKey = (key: string) => key !== 'unStatus' && /status|not.?party|non.?part/i.test(key);
  const STORED = new Set(['RATIFIED', 'SIGNED', 'COVERS']);

  function checkGraph(instrument: string, edges: Array<{ id: string; type: string; props: Record<string, unknown> }>, nodes: Array<Record<string, unknown>>) {
    for (const e of edges) {
      expect(STORED.has(e.type), `${instrument}: edge type ${e.type}`).toBe(true);
      for (const key of Object.keys(e.props)) expect(derivedStatusKey(key), `${instrument}: edge property ${key}`).toBe(false);
    }
    for (const n of nodes) for (const key of Object.keys(n)) expect(derivedStatusKey(key), `${instrument}: node property ${key}`).toBe(false);
    // The coverage travels with the facts: a reader of the file can tell "not listed by a complete table" from "no data".
    expect(
      edges
        .filter((e) => e.type === 'COVERS')
        .map((e) => e.id)
        .sort(),
      instrument,
    ).toEqual(coversIds.get(instrument));
  }

  it("neighborhood (the explorer's data query) and exportGraph (Cytoscape JSON, GraphML, CSV)", async () => {
    for (const instrument of INSTRUMENTS) {
      const selection = { neighborhood: { id: instrument, relationshipTypes: ['RATIFIED', 'SIGNED', 'COVERS'], limit: 500 } };
      // One request each: together they would pass the query cost limit.
      const data = await api.data(
        `query ($i: ID!) {
        neighborhood(id: $i, relationshipTypes: [RATIFIED, SIGNED, COVERS], limit: 500) { truncated nodes { id properties } edges { id type properties } } }`,
        { i: instrument },
      );
      const file = async (format: string) =>
        (
          await api.data(
            `query ($f: GraphExportFormat!, $sel: GraphSelection!) {
        exportGraph(format: $f, selection: $sel) { content truncated } }`,
            { f: format, sel: selection },
          )
        ).exportGraph;
      data.json = await file('CYTOSCAPE_JSON');
      data.graphml = await file('GRAPHML');
      data.csv = await file('CSV_EDGES');
      expect(data.neighborhood.truncated).toBe(false);
      checkGraph(
        instrument,
        data.neighborhood.edges.map((e: any) => ({ id: e.id, type: e.type, props: e.properties })),
        data.neighborhood.nodes.map((n: any) => n.properties),
      );
      const cy = JSON.parse(data.json.content);
      checkGraph(
        instrument,
        cy.elements.edges
          .map((e: any) => ({ id: e.data.id, type: e.data.type ?? e.data.label, props: e.data }))
          .map((e: any) => {
            const { id: _id, source: _s, target: _t, label: _l, type: _ty, ...props } = e.props;
            return { ...e, props };
          }),
        cy.elements.nodes.map((n: any) => n.data),
      );
      for (const text of [data.graphml.content, data.csv.content]) expect(text).not.toMatch(/not[ _-]?party|NOT_PARTY|non[ _-]?part/i);
    }
  });

  it('the file export (npm run export, src/bulk/export-graph.ts) writes stored facts and every COVERS edge', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-coverage-export-'));
    try {
      await exportGraph(api.db, path.join(dir, 'out'), 'json');
      const { relationships } = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'relationships.json'), 'utf8'));
      const { nodes } = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'nodes.json'), 'utf8'));
      for (const instrument of INSTRUMENTS) {
        const about = relationships.filter((r: any) => r.to === instrument && (r.type === 'RATIFIED' || r.type === 'SIGNED' || r.type === 'COVERS'));
        // Every RATIFIED edge is a recorded consent of a State held in Neo4j.
        for (const r of about.filter((r: any) => r.type === 'RATIFIED')) expect(withConsent.get(instrument)!.has(r.from), `${instrument} ${r.from}`).toBe(true);
        expect(about.filter((r: any) => r.type === 'COVERS').length, instrument).toBe(coversIds.get(instrument)!.length);
        for (const r of about) for (const key of Object.keys(r)) expect(derivedStatusKey(key), `${instrument}: ${key}`).toBe(false);
      }
      for (const n of nodes) for (const key of Object.keys(n)) expect(derivedStatusKey(key), `node ${n.id}: ${key}`).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
