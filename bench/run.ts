/**
 * `npm run bench [-- --scales 10k,100k,1m --concurrency 8 --seconds 6 --rounds 3 --sweep 1,8,32 | --render-only]`
 *
 * For each scale: load the curated seed (`seed`) or a synthetic graph into a throwaway embedded Neo4j (or NEO4J_BENCH_URI,
 * which it WIPES), then ask the query mix through our API, through the driver (the statements
 * our API sent, the floor) and through @neo4j/graphql, side by side in one run, in interleaved
 * rounds so that load from elsewhere on the machine falls on all three alike. Writes
 * bench/results/<scale>.json and docs/benchmarks.md.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_NEO4J_TIMEOUTS } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/embedded-neo4j.js';
import { projectRoot } from '../src/db/embedded/launcher-paths.js';
import { migrate } from '../src/db/migrations.js';
import { freePort } from '../tests/support/free-port.js';
import { loadSyntheticGraph, wipeGraph, type LoadReport } from './load-graph.js';
import { formatProblems, loadSeed } from '../src/seed/load-seed.js';
import { closedLoop, emptyMemory, emptyStats, summarize, trackMemory, type MemoryPeak, type Stats } from './measure.js';
import { parseOptions, SCALES, type BenchOptions } from './options.js';
import { buildQuestions, type Question } from './questions.js';
import { readScaleResults, renderBenchmarks, writeScaleResult, type QuestionResult, type ScaleResult, type SweepLevel } from './report.js';
import { generateSyntheticGraph, type SyntheticGraph } from './synthetic-graph.js';
import { startDriverFloor } from './systems/driver-floor.js';
import { startNeo4jGraphql } from './systems/neo4j-graphql.js';
import { startOurApi, type Statement } from './systems/our-api.js';
import type { System } from './systems/system.js';

const resultsDir = path.join(projectRoot, 'bench', 'results');
const HEAP_MB = Number(process.env.BENCH_NEO4J_HEAP_MB ?? 2048);
const PAGE_CACHE_MB = Number(process.env.BENCH_NEO4J_PAGECACHE_MB ?? 1024);
const log = (line: string) => console.error(`[bench] ${line}`);

function packageVersion(name: string): string {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function commit(): string {
  const sha = execSync('git rev-parse --short HEAD', { cwd: projectRoot }).toString().trim();
  const dirty = execSync('git status --porcelain -- src cypher schema bench/*.ts bench/systems bench/neo4j-graphql', { cwd: projectRoot }).toString().trim();
  return dirty ? `${sha} + uncommitted changes` : sha;
}

async function loadSynthetic(db: Database, scale: string): Promise<{ graph: Pick<SyntheticGraph, 'searchTexts'>; load: LoadReport }> {
  const graph = generateSyntheticGraph(SCALES[scale]!);
  return { graph, load: await loadSyntheticGraph(db, graph, log) };
}

/** The curated graph (seed/), loaded as `npm run seed` does; search texts an analyst would type. */
async function loadCuratedSeed(db: Database): Promise<{ graph: Pick<SyntheticGraph, 'searchTexts'>; load: LoadReport }> {
  const started = Date.now();
  await wipeGraph(db);
  const outcome = await loadSeed(db);
  if (!outcome.ok) throw new Error(`seed: ${formatProblems(outcome.problems)}`);
  await db.read('meta/await-indexes');
  const load = { nodes: outcome.nodeCount, relationships: outcome.relationshipCount, ms: Date.now() - started };
  return {
    graph: { searchTexts: ['mexi', 'migrant workers', 'refug', 'trafficking protocol', 'ilo', 'domestic workers', 'stateless', 'children rights'] },
    load,
  };
}

/** Every system answers every sample once alone: round-trips per request, answer sizes. */
/** The flagship is also measured with the result cache on (hit path), as a system of its own. */
const CACHED_RUN_MB = 64;

async function sequentialPass(system: System, question: Question): Promise<{ roundTrips: number; sizes: number[] }> {
  const before = system.roundTrips();
  const sizes: number[] = [];
  for (let i = 0; i < question.samples.length; i++) sizes.push(await system.ask(question, question.samples[i]!, i));
  return { roundTrips: (system.roundTrips() - before) / question.samples.length, sizes };
}

/**
 * Closed loops at one concurrency, in interleaved rounds (A, B, C, A, B, C, ...) so that load
 * from elsewhere on the machine falls on every system alike; memory sampled during each turn.
 */
async function interleavedRounds(systems: System[], q: Question, concurrency: number, options: BenchOptions) {
  const stats = new Map<System, Stats>(systems.map((s) => [s, emptyStats()]));
  const memory = new Map<System, MemoryPeak>(systems.map((s) => [s, emptyMemory()]));
  for (let round = 0; round < options.rounds; round++) {
    for (const s of systems) {
      await trackMemory(
        () => closedLoop((i) => s.ask(q, q.samples[i]!, i), q.samples.length, concurrency, (options.seconds * 1000) / options.rounds, stats.get(s)!),
        memory.get(s)!,
      );
    }
  }
  return systems.map((s) => ({ system: s.name, ...summarize(stats.get(s)!), memory: memory.get(s)! }));
}

async function benchScale(db: Database, uri: string, auth: { user?: string; password?: string }, scale: string, options: BenchOptions): Promise<ScaleResult> {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg(),
    node: `${process.version}, NODE_ENV=${process.env.NODE_ENV ?? 'unset'}`,
    neo4j: String((await db.read('meta/database-info'))[0]?.version),
    neo4jGraphql: packageVersion('@neo4j/graphql'),
  };
  log(`${scale}: generating and loading`);
  const { graph, load } = scale === 'seed' ? await loadCuratedSeed(db) : await loadSynthetic(db, scale);
  const byType = Object.fromEntries((await db.read('report/relationship-counts')).map((r) => [r.type, r.total]));
  const [statusVolume] = await db.read('bench/status-volume');
  log(
    `${scale}: ${load.nodes} nodes, ${load.relationships} relationships in ${(load.ms / 1000).toFixed(0)} s${load.writeMs === undefined ? '' : ` (${(load.writeMs / 1000).toFixed(0)} s of it in Neo4j write transactions)`}`,
  );

  const questions = await buildQuestions(db, graph);
  // As for the loading: on a loaded machine a nested listing can outlast the API's 10 s default,
  // and a timeout would end the run instead of being measured.
  const ours = await startOurApi({ uri, ...auth, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } });
  const oursCached = await startOurApi({ uri, ...auth, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } }, CACHED_RUN_MB);
  const neo4jGraphql = await startNeo4jGraphql(uri, auth);
  // The floor replays what our API sent: record each sample once, alone.
  const recorded = new Map<string, Statement[][]>();
  for (const q of questions) {
    const perSample: Statement[][] = [];
    for (const sample of q.samples) perSample.push(await ours.record(q, sample));
    recorded.set(q.key, perSample);
  }
  const floor = startDriverFloor(uri, auth, recorded);

  const results: QuestionResult[] = [];
  try {
    for (const q of questions) {
      const systems: System[] = [ours, floor, neo4jGraphql, ...(q.key === 'flagship' ? [oursCached] : [])];
      const passes = new Map<System, { roundTrips: number; sizes: number[] }>();
      // Twice: the first pass warms plans and caches, the second is the one kept.
      for (const s of systems) await sequentialPass(s, q);
      for (const s of systems) passes.set(s, await sequentialPass(s, q));
      const oursSizes = passes.get(ours)!.sizes;
      const ngSizes = passes.get(neo4jGraphql)!.sizes;
      const measured = await interleavedRounds(systems, q, options.concurrency, options);
      // The flagship again at each concurrency of the sweep (the headline level is measured anew,
      // in the same minutes as the others, so the sweep's levels compare with each other).
      const sweep: SweepLevel[] = [];
      if (q.key === 'flagship') {
        for (const level of options.sweep) {
          sweep.push({ concurrency: level, systems: await interleavedRounds([ours, floor, neo4jGraphql], q, level, options) });
          log(
            `${scale} flagship sweep, concurrency ${level}: ${sweep
              .at(-1)!
              .systems.map((s) => `${s.system} p50 ${s.p50.toFixed(1)} ms`)
              .join('; ')}`,
          );
        }
      }
      const result: QuestionResult = {
        key: q.key,
        title: q.title,
        samples: q.samples.length,
        sizeMismatches: oursSizes.filter((n, i) => n !== ngSizes[i]).length,
        meanItems: oursSizes.reduce((a, b) => a + b, 0) / oursSizes.length,
        systems: systems.map((s, i) => ({
          ...measured[i]!,
          note: s === neo4jGraphql ? q.neo4jGraphql.note : undefined,
          roundTrips: passes.get(s)!.roundTrips,
        })),
        ...(sweep.length > 0 ? { sweep } : {}),
      };
      results.push(result);
      log(`${scale} ${q.key}: ${result.systems.map((s) => `${s.system} p50 ${s.p50.toFixed(1)} ms, ${s.throughput.toFixed(0)} req/s`).join('; ')}`);
    }
  } finally {
    await Promise.all([ours.close(), oursCached.close(), neo4jGraphql.close(), floor.close()]);
  }
  return {
    scale,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: commit(),
    machine,
    settings: {
      concurrency: options.concurrency,
      secondsPerCell: options.seconds,
      rounds: options.rounds,
      sweep: options.sweep,
      heapMb: HEAP_MB,
      pageCacheMb: PAGE_CACHE_MB,
    },
    graph: {
      nodes: load.nodes,
      relationships: load.relationships,
      loadSeconds: load.ms / 1000,
      writeSeconds: load.writeMs === undefined ? undefined : load.writeMs / 1000,
      byType,
      statusVolume,
    },
    questions: results,
  };
}

function writeBenchmarksDoc(): void {
  const intro = fs.readFileSync(path.join(projectRoot, 'bench', 'benchmarks-intro.md'), 'utf8');
  fs.writeFileSync(
    path.join(projectRoot, 'docs', 'benchmarks.md'),
    renderBenchmarks(intro, readScaleResults(resultsDir), readScaleResults(path.join(resultsDir, 'previous'))),
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.renderOnly) {
    writeBenchmarksDoc();
    return;
  }
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_BENCH_URI;
  const auth = { user: process.env.NEO4J_BENCH_USER, password: process.env.NEO4J_BENCH_PASSWORD };
  if (!uri) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-bench-neo4j-'));
    const port = Number(process.env.NEO4J_EMBEDDED_PORT ?? 0) || (await freePort());
    embedded = await startEmbeddedNeo4j({ port, dataDir, heapMb: HEAP_MB, pageCacheMb: PAGE_CACHE_MB }, log);
    uri = embedded.uri;
    log(`embedded Neo4j at ${uri} (started in ${embedded.startupMs} ms)`);
  } else {
    log(`using NEO4J_BENCH_URI ${uri}: its graph will be wiped`);
  }
  // Loading and wiping 1M-relationship graphs runs long single statements: the bench takes the
  // bulk timeout for everything, so only the timings, never a timeout, decide its results.
  const db = new Database({ uri, ...auth, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } });
  try {
    await migrate(db);
    for (const scale of options.scales) {
      const result = await benchScale(db, uri, auth, scale, options);
      writeScaleResult(resultsDir, result);
      writeBenchmarksDoc();
      log(`${scale}: written to docs/benchmarks.md`);
    }
  } finally {
    await db.close();
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
