/**
 * Results of one scale (bench/results/<scale>.json) and docs/benchmarks.md, rebuilt from every
 * stored scale so that `npm run bench` (10k, 100k) keeps the table of an earlier 1M run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MemoryPeak, Summary } from './measure.js';
import { statusRatios, type StatusVolume } from './status-volume.js';

export interface SystemResult extends Summary {
  system: string;
  note?: string;
  roundTrips: number;
  /** Peak memory of the bench process during this system's turns (absent in results before it was measured). */
  memory?: MemoryPeak;
}

/** One level of the flagship's concurrency sweep. */
export interface SweepLevel {
  concurrency: number;
  systems: (Summary & { system: string; memory?: MemoryPeak })[];
}

export interface QuestionResult {
  key: string;
  title: string;
  samples: number;
  /** Samples on which our API and @neo4j/graphql returned a different number of items. */
  sizeMismatches: number;
  meanItems: number;
  systems: SystemResult[];
  sweep?: SweepLevel[];
}

export interface ScaleResult {
  scale: string;
  date: string;
  commit: string;
  machine: { cpu: string; cores: number; ramGiB: number; loadAverage: number[]; node: string; neo4j: string; neo4jGraphql: string };
  settings: { concurrency: number; secondsPerCell: number; rounds: number; sweep?: number[]; heapMb: number; pageCacheMb: number };
  graph: { nodes: number; relationships: number; loadSeconds: number; writeSeconds?: number; byType: Record<string, number>; statusVolume?: StatusVolume };
  questions: QuestionResult[];
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '—');

function scaleSection(r: ScaleResult): string {
  const lines: string[] = [];
  lines.push(`## ${r.scale}: ${r.graph.relationships.toLocaleString('en')} relationships, ${r.graph.nodes.toLocaleString('en')} nodes`);
  lines.push('');
  lines.push(
    `Run ${r.date}, commit \`${r.commit}\`; ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGiB} GiB RAM ` +
      `(load average at start ${r.machine.loadAverage.map((x) => x.toFixed(2)).join(' / ')}); Node ${r.machine.node}, Neo4j ${r.machine.neo4j}, ` +
      `@neo4j/graphql ${r.machine.neo4jGraphql}. Concurrency ${r.settings.concurrency}, ${r.settings.secondsPerCell} s per system and question ` +
      `in ${r.settings.rounds} interleaved rounds; Neo4j heap ${r.settings.heapMb} MB, page cache ${r.settings.pageCacheMb} MB. ` +
      `Graph loaded in ${fmt(r.graph.loadSeconds, 0)} s${r.graph.writeSeconds === undefined ? '' : ` (${fmt(r.graph.writeSeconds, 0)} s of it in Neo4j write transactions)`}.`,
  );
  lines.push('');
  lines.push('| question | system | p50 ms | p95 ms | p99 ms | req/s | round-trips / request |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const q of r.questions) {
    for (const s of q.systems) {
      if (DROPPED_SYSTEMS.has(s.system)) continue;
      lines.push(
        `| ${q.key} | ${s.system}${s.note ? ` (${s.note})` : ''} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.throughput, s.throughput < 10 ? 1 : 0)} | ${fmt(s.roundTrips, 1)} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    '| question | items / answer | ours / floor p50 | ours / floor p95 | ours / @neo4j/graphql p50 | ours / @neo4j/graphql p95 | throughput ours / @neo4j/graphql | answers differ |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const q of r.questions) {
    const by = (name: string) => q.systems.find((s) => s.system === name)!;
    const ours = by('our API');
    const floor = by('driver floor');
    const ng = by('@neo4j/graphql');
    lines.push(
      `| ${q.key} | ${fmt(q.meanItems)} | ${ratio(ours.p50, floor.p50)} | ${ratio(ours.p95, floor.p95)} | ${ratio(ours.p50, ng.p50)} | ${ratio(ours.p95, ng.p95)} | ${ratio(ours.throughput, ng.throughput)} | ${q.sizeMismatches}/${q.samples} |`,
    );
  }
  lines.push('', ...roundTripTable(r), '', ...memoryTable(r), '', ...sweepTable(r));
  const types = Object.entries(r.graph.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n.toLocaleString('en')}`);
  lines.push('');
  lines.push(`Relationships by type: ${types.join(', ')}.`);
  lines.push('', statusVolumeLine(r));
  return lines.join('\n');
}

function statusVolumeLine(r: ScaleResult): string {
  const v = r.graph.statusVolume;
  if (!v) return 'Per-State status volume: not measured in this run.';
  const x = statusRatios(v);
  return (
    `Per-State status volume: ${v.statusEdges.toLocaleString('en')} status edges (${v.ratified.toLocaleString('en')} RATIFIED, ${v.signed.toLocaleString('en')} SIGNED) ` +
    `on ${v.states.toLocaleString('en')} States and ${v.instrumentsWithStatus} instruments with status data: ${fmt(x.perState)} per State, ` +
    `${fmt(x.perStateInstrument, 2)} per State × instrument, ${fmt(x.perPair, 2)} per (State, instrument) pair with any; ` +
    `${v.covers} COVERS on ${v.coveredInstruments} instruments (${fmt(x.dataSetsPerInstrument, 2)} data sets each).`
  );
}

const MAIN_SYSTEMS = ['our API', 'driver floor', '@neo4j/graphql'];

/**
 * Rows that results stored before their removal still hold and the doc no longer shows: the
 * nested listing's floor "before the fix" replaced edges/by-node, which our API no longer sends
 * (its listing is one selection-aware statement), so that row ran the floor's statement again.
 */
const DROPPED_SYSTEMS = new Set(['driver, edges/by-node before the fix']);

/** Statements sent per request, per question and system (counted in the sequential pass). */
function roundTripTable(r: ScaleResult): string[] {
  const lines = ['Round-trips per request (statements sent to Neo4j, counted over the 8 samples asked alone):', ''];
  lines.push(`| question | ${MAIN_SYSTEMS.join(' | ')} |`, `| --- | ${MAIN_SYSTEMS.map(() => '---:').join(' | ')} |`);
  for (const q of r.questions) {
    lines.push(`| ${q.key} | ${MAIN_SYSTEMS.map((name) => fmt(q.systems.find((s) => s.system === name)?.roundTrips ?? NaN, 1)).join(' | ')} |`);
  }
  return lines;
}

const memoryCell = (m: MemoryPeak | undefined) => (m ? `+${fmt(m.heapAboveBaselineMb, 0)} / +${fmt(m.rssAboveBaselineMb, 0)} / ${fmt(m.peakRssMb, 0)}` : '—');

/** Peak memory of the bench process while each system answered (see measure.ts, trackMemory). */
function memoryTable(r: ScaleResult): string[] {
  if (!r.questions.some((q) => q.systems.some((s) => s.memory))) return ['Memory: not measured in this run (results from before the memory sampling).'];
  const gc = r.questions.some((q) => q.systems.some((s) => s.memory?.gcBeforeBaseline));
  const lines = [
    `Peak memory of the benchmark process during each system's turns at concurrency ${r.settings.concurrency}, in MB: heapUsed above the baseline / RSS above the baseline / peak RSS ` +
      `(sampled every 50 ms; baseline taken just before each turn${gc ? ', after a forced GC' : ', without a forced GC (run without --expose-gc)'}; all systems share the process, so peak RSS includes what earlier turns left):`,
    '',
  ];
  lines.push(`| question | ${MAIN_SYSTEMS.join(' | ')} |`, `| --- | ${MAIN_SYSTEMS.map(() => '---:').join(' | ')} |`);
  for (const q of r.questions)
    lines.push(`| ${q.key} | ${MAIN_SYSTEMS.map((name) => memoryCell(q.systems.find((s) => s.system === name)?.memory)).join(' | ')} |`);
  return lines;
}

/** The flagship at each concurrency of the sweep. */
function sweepTable(r: ScaleResult): string[] {
  const flagship = r.questions.find((q) => q.sweep && q.sweep.length > 0);
  if (!flagship?.sweep) return ['Concurrency sweep: not run for this scale.'];
  const lines = [
    `Concurrency sweep, flagship (${r.settings.secondsPerCell} s per system and level in ${r.settings.rounds} interleaved rounds; memory as above):`,
    '',
    '| concurrency | system | p50 ms | p95 ms | p99 ms | req/s | heap above baseline MB | ours / @neo4j/graphql p50 | ours / floor p50 |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const level of flagship.sweep) {
    const by = (name: string) => level.systems.find((s) => s.system === name);
    const ours = by('our API');
    for (const s of level.systems) {
      const isOurs = s === ours;
      const ng = by('@neo4j/graphql');
      const floor = by('driver floor');
      lines.push(
        `| ${level.concurrency} | ${s.system} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.throughput, s.throughput < 10 ? 1 : 0)} | ${fmt(s.memory?.heapAboveBaselineMb ?? NaN, 0)} | ` +
          `${isOurs && ng ? ratio(s.p50, ng.p50) : ''} | ${isOurs && floor ? ratio(s.p50, floor.p50) : ''} |`,
      );
    }
  }
  return lines;
}

const p50Ratio = (q: QuestionResult, over: string) => {
  const ours = q.systems.find((s) => s.system === 'our API');
  const other = q.systems.find((s) => s.system === over);
  return ours && other && other.p50 > 0 ? ours.p50 / other.p50 : NaN;
};

/**
 * "Which ratios moved": each scale's p50 ratios and round-trips against the results kept in
 * bench/results/previous/ (the figures before issue 15), generated so the doc says from → to.
 */
export function renderMoves(current: ScaleResult[], previous: ScaleResult[]): string {
  const pairs = current.flatMap((now) => {
    const before = previous.find((p) => p.scale === now.scale);
    return before ? [{ now, before }] : [];
  });
  if (pairs.length === 0) return '';
  const lines = ['## Which ratios moved (generated from bench/results/previous/ and bench/results/)', ''];
  for (const { now, before } of pairs) {
    const same = now.commit === before.commit && now.date === before.date;
    lines.push(
      `- **${now.scale}**: previous run ${before.date} at \`${before.commit}\` (load average ${before.machine.loadAverage[0]?.toFixed(1)}) → ` +
        (same
          ? 'no newer run stored yet.'
          : `${now.date} at \`${now.commit}\` (load average ${now.machine.loadAverage[0]?.toFixed(1)}); graph ${before.graph.relationships.toLocaleString('en')} → ${now.graph.relationships.toLocaleString('en')} relationships.`),
    );
  }
  const moved = pairs.filter(({ now, before }) => !(now.commit === before.commit && now.date === before.date));
  if (moved.length === 0) return lines.join('\n');
  lines.push(
    '',
    '| scale | question | ours / floor p50 | ours / @neo4j/graphql p50 | round-trips ours | round-trips @neo4j/graphql |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  const move = (a: number, b: number, digits = 2, unit = '×') =>
    `${fmt(a, digits)}${Number.isFinite(a) ? unit : ''} → ${fmt(b, digits)}${Number.isFinite(b) ? unit : ''}`;
  for (const { now, before } of moved) {
    for (const q of now.questions) {
      const old = before.questions.find((b) => b.key === q.key);
      const trips = (r: QuestionResult | undefined, name: string) => r?.systems.find((s) => s.system === name)?.roundTrips ?? NaN;
      lines.push(
        `| ${now.scale} | ${q.key} | ${move(old ? p50Ratio(old, 'driver floor') : NaN, p50Ratio(q, 'driver floor'))} | ` +
          `${move(old ? p50Ratio(old, '@neo4j/graphql') : NaN, p50Ratio(q, '@neo4j/graphql'))} | ` +
          `${move(trips(old, 'our API'), trips(q, 'our API'), 1, '')} | ${move(trips(old, '@neo4j/graphql'), trips(q, '@neo4j/graphql'), 1, '')} |`,
      );
    }
  }
  return lines.join('\n');
}

export function writeScaleResult(dir: string, result: ScaleResult): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${result.scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

const SCALE_ORDER = ['seed', '10k', '100k', '1m'];

export function readScaleResults(dir: string): ScaleResult[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ScaleResult)
    .sort((a, b) => SCALE_ORDER.indexOf(a.scale) - SCALE_ORDER.indexOf(b.scale));
}

export function renderBenchmarks(intro: string, results: ScaleResult[], previous: ScaleResult[] = []): string {
  const moves = renderMoves(results, previous);
  return `${intro.trim()}\n\n${moves ? `${moves}\n\n` : ''}${results.map(scaleSection).join('\n\n')}\n`;
}
