/**
 * Results of one scale (bench/results/<scale>.json) and docs/benchmarks.md, rebuilt from every
 * stored scale so that `npm run bench` (10k, 100k) keeps the table of an earlier 1M run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Summary } from './measure.js';

export interface SystemResult extends Summary {
  system: string;
  note?: string;
  roundTrips: number;
}

export interface QuestionResult {
  key: string;
  title: string;
  samples: number;
  /** Samples on which our API and @neo4j/graphql returned a different number of items. */
  sizeMismatches: number;
  meanItems: number;
  systems: SystemResult[];
}

export interface ScaleResult {
  scale: string;
  date: string;
  commit: string;
  machine: { cpu: string; cores: number; ramGiB: number; loadAverage: number[]; node: string; neo4j: string; neo4jGraphql: string };
  settings: { concurrency: number; secondsPerCell: number; rounds: number; heapMb: number; pageCacheMb: number };
  graph: { nodes: number; relationships: number; loadSeconds: number; byType: Record<string, number> };
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
      `Graph loaded in ${fmt(r.graph.loadSeconds, 0)} s.`,
  );
  lines.push('');
  lines.push('| question | system | p50 ms | p95 ms | p99 ms | req/s | round-trips / request |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const q of r.questions) {
    for (const s of q.systems) {
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
  const types = Object.entries(r.graph.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n.toLocaleString('en')}`);
  lines.push('');
  lines.push(`Relationships by type: ${types.join(', ')}.`);
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

export function renderBenchmarks(intro: string, results: ScaleResult[]): string {
  return `${intro.trim()}\n\n${results.map(scaleSection).join('\n\n')}\n`;
}
