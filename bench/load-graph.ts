/**
 * Empties the benchmark database and loads a synthetic graph: validated by the seed validator
 * (so it obeys the model like the curated seed does), written in UNWIND batches, one write
 * transaction per batch (a 1M graph in one transaction would need a heap this machine cannot spare).
 * The graph is empty and every id distinct (checked here across batches; the validator checks
 * within one), so the batches CREATE rather than MERGE.
 */
import type { Database } from '../src/db/database.js';
import { toNeo4jProps } from '../src/db/neo4j-props.js';
import { validateSeed, type KnownNode, type RawEntry } from '../src/model/validate.js';
import type { SyntheticGraph } from './synthetic-graph.js';

const BATCH = 10_000;

export interface LoadReport {
  nodes: number;
  relationships: number;
  ms: number;
  /** Of `ms`, the time spent waiting for Neo4j's write transactions (the rest: wipe, generating, validating, converting). */
  writeMs?: number;
}

export async function wipeGraph(db: Database): Promise<void> {
  for (const name of ['bench/delete-relationships', 'bench/delete-nodes'] as const) {
    for (;;) {
      const [row] = await db.write(name, { limit: 50_000 });
      if (Number(row?.deleted ?? 0) === 0) break;
    }
  }
}

function failOn(problems: { entry: string; reason: string }[]): void {
  if (problems.length > 0) {
    throw new Error(
      `synthetic graph breaks the model: ${problems
        .slice(0, 5)
        .map((p) => `${p.entry}: ${p.reason}`)
        .join('; ')}`,
    );
  }
}

export async function loadSyntheticGraph(db: Database, graph: SyntheticGraph, log: (line: string) => void = () => {}): Promise<LoadReport> {
  const started = Date.now();
  let writeMs = 0;
  const timed = async (write: () => Promise<unknown>) => {
    const t0 = Date.now();
    await write();
    writeMs += Date.now() - t0;
  };
  await wipeGraph(db);
  const nodes = validateSeed(graph.nodes, []);
  failOn(nodes.problems);
  for (let i = 0; i < nodes.nodes.length; i += BATCH) {
    const rows = nodes.nodes.slice(i, i + BATCH).map((n) => ({ id: n.id, label: n.label, props: toNeo4jProps({ ...n.props, id: n.id }) }));
    await timed(() => db.write('bench/create-nodes', { rows }));
  }
  const known = new Map<string, KnownNode>(nodes.nodes.map((n) => [n.id, { kind: n.kind, props: n.props }]));
  let relationships = 0;
  let batch: RawEntry[] = [];
  const edgeIds = new Set<string>();
  const flush = async () => {
    const checked = validateSeed([], batch, (id) => known.get(id));
    failOn(checked.problems);
    // CREATE would write a repeated edge twice where MERGE kept one: refuse it instead.
    for (const r of checked.relationships) {
      if (edgeIds.has(r.id)) throw new Error(`synthetic graph repeats relationship ${r.id}`);
      edgeIds.add(r.id);
    }
    const rows = checked.relationships.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, props: toNeo4jProps(r.props) }));
    await timed(() => db.write('bench/create-relationships', { rows }));
    relationships += rows.length;
    batch = [];
    if (relationships % 100_000 < BATCH) log(`  ${relationships} relationships loaded`);
  };
  for (const entry of graph.relationships()) {
    batch.push(entry);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  await db.read('meta/await-indexes');
  return { nodes: nodes.nodes.length, relationships, ms: Date.now() - started, writeMs };
}
