/**
 * The benchmark's synthetic graph, at a tiny scale, against the real Neo4j: it has the model's
 * shape (every kind and relationship type, the category hierarchy under "everyone", ratifications
 * the bulk of it), loads idempotently, and each question of the mix has parameters with answers,
 * the same number of items from our API as from @neo4j/graphql. No timings here: speed is the
 * benchmark's business.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadSyntheticGraph } from '../../bench/load-graph.js';
import { buildQuestions, type Question } from '../../bench/questions.js';
import { statusRatios, statusVolumeOf } from '../../bench/status-volume.js';
import { generateSyntheticGraph } from '../../bench/synthetic-graph.js';
import { checkSeed } from '../../src/seed/load-seed.js';
import { startNeo4jGraphql } from '../../bench/systems/neo4j-graphql.js';
import { startOurApi } from '../../bench/systems/our-api.js';
import type { Database } from '../../src/db/database.js';
import { KINDS, RELATIONSHIPS } from '../../src/model/model.js';
import { testDatabase } from '../support/database.js';
import { resetTestGraph } from '../support/test-graph.js';

const TARGET = 3000;
let db: Database;
let questions: Question[];
const graph = generateSyntheticGraph(TARGET, 7);

const counts = async () => ({
  labels: Object.fromEntries((await db.read('report/label-counts')).map((r) => [String(r.label), Number(r.total)])),
  types: Object.fromEntries((await db.read('report/relationship-counts')).map((r) => [String(r.type), Number(r.total)])),
});

beforeAll(async () => {
  db = testDatabase();
  await loadSyntheticGraph(db, graph);
  questions = await buildQuestions(db, graph, 4);
});

afterAll(async () => {
  await resetTestGraph(db);
  await db.close();
});

describe('synthetic graph', () => {
  it('holds every node kind and every relationship type of the model, about the size asked for', async () => {
    const { labels, types } = await counts();
    for (const kind of Object.values(KINDS)) expect(labels[kind.label], kind.label).toBeGreaterThan(0);
    for (const type of Object.keys(RELATIONSHIPS)) expect(types[type], type).toBeGreaterThan(0);
    const total = Object.values(types).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(TARGET * 0.8);
    expect(total).toBeLessThan(TARGET * 1.2);
    // Per-State status is the bulk, as in the curated graph (7,838 of 11,210).
    expect((types.RATIFIED! + types.SIGNED!) / total).toBeGreaterThan(0.6);
  });

  it("carries at least the curated seed's status edges per State × instrument, told by several data sets", async () => {
    const seed = checkSeed();
    const real = statusRatios(statusVolumeOf(seed.nodes, seed.relationships));
    const [loaded] = await db.read('bench/status-volume');
    const synthetic = statusRatios(loaded!);
    expect(synthetic.perStateInstrument).toBeGreaterThanOrEqual(real.perStateInstrument);
    // The same State's consent told by two data sets is two edges; signatures beside consents.
    expect(synthetic.perPair).toBeGreaterThan(1.5);
    expect(synthetic.dataSetsPerInstrument).toBeGreaterThan(1.2);
    expect(loaded!.signed / loaded!.ratified).toBeGreaterThan(0.2);
    // The generator's own count of the same, on its entries, agrees with what Neo4j holds.
    const generated = [...graph.relationships()].map((e) => ({ type: String(e.data.type), from: String(e.data.from), to: String(e.data.to) }));
    const states = graph.nodes.filter((n) => String(n.data.id).startsWith('state:')).map(() => ({ label: 'State' }));
    expect(statusVolumeOf(states, generated)).toEqual(loaded);
  });

  it('is the graph the generator describes, and a second load changes nothing', async () => {
    const before = await counts();
    let generated = 0;
    for (const _ of graph.relationships()) generated += 1;
    expect(Object.values(before.types).reduce((a, b) => a + b, 0)).toBe(generated);
    expect(Object.values(before.labels).reduce((a, b) => a + b, 0)).toBe(graph.nodes.length);
    await loadSyntheticGraph(db, graph);
    expect(await counts()).toEqual(before);
  });

  it('roots every migrant category in category:everyone', async () => {
    const rows = await db.readText(
      `MATCH (c:MigrantCategory) WHERE NOT EXISTS { (c)-[:SUBCATEGORY_OF*0..8]->(:MigrantCategory {id: 'category:everyone'}) } RETURN c.id AS id`,
    );
    expect(rows).toEqual([]);
  });

  it('gives every question parameters with answers, and the same answer sizes through our API and @neo4j/graphql', async () => {
    const uri = inject('neo4jUri');
    const auth = { user: inject('neo4jUser'), password: inject('neo4jPassword') };
    const ours = await startOurApi({ uri, ...auth });
    const theirs = await startNeo4jGraphql(uri, auth);
    try {
      expect(questions.map((q) => q.key)).toEqual(['flagship', 'profile', 'gap', 'nested', 'search']);
      for (const q of questions) {
        expect(q.samples.length, q.key).toBe(4);
        for (const [i, sample] of q.samples.entries()) {
          const size = await ours.ask(q, sample, i);
          expect(size, `${q.key} ${JSON.stringify(sample)}`).toBeGreaterThan(0);
          expect(await theirs.ask(q, sample, i), `${q.key} ${JSON.stringify(sample)}`).toBe(size);
        }
      }
    } finally {
      await ours.close();
      await theirs.close();
    }
  });
});
