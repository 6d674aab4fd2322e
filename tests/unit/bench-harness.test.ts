/**
 * The benchmark's pure parts: @neo4j/graphql's @cypher statements are our analyst statements
 * verbatim (so the comparison asks the same Cypher), its SDL gets every placeholder filled, and
 * the command line rejects what it cannot run, naming it.
 */
import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../bench/measure.js';
import { parseOptions } from '../../bench/options.js';
import { renderBenchmarks, type QuestionResult, type ScaleResult } from '../../bench/report.js';
import { neo4jGraphqlTypeDefs } from '../../bench/systems/neo4j-graphql.js';
import { cypher } from '../../src/db/query-registry.js';
import { GROUP_LABELS } from '../../src/model/model.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('@neo4j/graphql statements', () => {
  for (const [wrapper, original] of [
    ['bench/neo4j-graphql/monitoring-bodies', 'analyst/monitoring-bodies'],
    ['bench/neo4j-graphql/search', 'search/fulltext'],
  ]) {
    it(`${wrapper} runs ${original} unchanged`, () => {
      expect(squash(cypher(wrapper!))).toContain(squash(cypher(original!)));
    });
  }

  it('bench/neo4j-graphql/protection-profile runs analyst/protection-profile with its field lists written in as null (every property)', () => {
    const original = cypher('analyst/protection-profile').replace(/\$[a-z]+Fields\b/g, 'null');
    expect(cypher('analyst/protection-profile')).toMatch(/\$ratificationFields/);
    expect(squash(cypher('bench/neo4j-graphql/protection-profile'))).toContain(squash(original));
  });

  it('bench/neo4j-graphql/gap-analysis runs analyst/gap-analysis with only its two fixed parameters written in', () => {
    const groupKinds = `[${GROUP_LABELS.map((label) => `'${label}'`).join(', ')}]`;
    const original = cypher('analyst/gap-analysis').replaceAll('$groupKinds', groupKinds).replaceAll('$membersAsOf', 'null');
    expect(squash(cypher('bench/neo4j-graphql/gap-analysis'))).toContain(squash(original));
  });

  it('the SDL has every {{name}} replaced by its statement', () => {
    const sdl = neo4jGraphqlTypeDefs();
    expect(sdl).not.toMatch(/"\{\{/);
    expect(sdl).toContain(JSON.stringify(cypher('bench/neo4j-graphql/search')));
  });
});

describe('bench options', () => {
  it('defaults to the curated seed and the 10k and 100k scales', () => {
    expect(parseOptions([])).toEqual({ scales: ['seed', '10k', '100k'], concurrency: 8, seconds: 6, rounds: 3, sweep: [1, 8, 32], renderOnly: false });
  });

  it('takes all three scales and the load settings', () => {
    expect(parseOptions(['--scales', '10k,100k,1M', '--concurrency', '4', '--seconds', '10'])).toMatchObject({
      scales: ['10k', '100k', '1m'],
      concurrency: 4,
      seconds: 10,
    });
  });

  it('can only rebuild the doc', () => {
    expect(parseOptions(['--render-only']).renderOnly).toBe(true);
  });

  it('takes the flagship sweep levels, or none', () => {
    expect(parseOptions(['--sweep', '32,1,4,1']).sweep).toEqual([1, 4, 32]);
    expect(parseOptions(['--sweep', 'none']).sweep).toEqual([]);
  });

  it('names a wrong value', () => {
    expect(() => parseOptions(['--sweep', '1,0'])).toThrow('--sweep takes concurrencies from 1 to 64 separated by commas, or none, got "1,0"');
    expect(() => parseOptions(['--sweep'])).toThrow('--sweep takes concurrencies');
    expect(() => parseOptions(['--scales', '10k,2m'])).toThrow('--scales takes a list of seed, 10k, 100k, 1m, got "10k,2m"');
    expect(() => parseOptions(['--concurrency', '0'])).toThrow('--concurrency must be a whole number from 1 to 64, got "0"');
    expect(() => parseOptions(['--fast'])).toThrow('unknown option "--fast"');
  });
});

describe('bench report', () => {
  const system = (name: string, p50: number, roundTrips: number, heap?: number) => ({
    system: name,
    p50,
    p95: p50 * 2,
    p99: p50 * 3,
    throughput: 1000 / p50,
    requests: 100,
    roundTrips,
    ...(heap === undefined ? {} : { memory: { peakRssMb: 900, rssAboveBaselineMb: heap * 2, heapAboveBaselineMb: heap, gcBeforeBaseline: true } }),
  });
  const question = (key: string, ours: number, floor: number, ng: number, trips: number, heap?: number): QuestionResult => ({
    key,
    title: key,
    samples: 8,
    sizeMismatches: 0,
    meanItems: 5,
    systems: [system('our API', ours, trips, heap), system('driver floor', floor, trips, heap), system('@neo4j/graphql', ng, 1, heap)],
  });
  const scale = (commit: string, questions: QuestionResult[]): ScaleResult => ({
    scale: '10k',
    date: `2026-12-01 ${commit === 'aaa' ? '01' : '02'}:00 UTC`,
    commit,
    machine: { cpu: 'cpu', cores: 2, ramGiB: 24, loadAverage: [3, 2, 1], node: 'v20', neo4j: '5.26', neo4jGraphql: '7.6.3' },
    settings: { concurrency: 8, secondsPerCell: 6, rounds: 3, sweep: [1, 8, 32], heapMb: 2048, pageCacheMb: 1024 },
    graph: { nodes: 10, relationships: 100, loadSeconds: 1, byType: { RATIFIED: 90 } },
    questions,
  });
  const before = scale('aaa', [question('flagship', 30, 15, 20, 2)]);
  const flagship = {
    ...question('flagship', 12, 10, 20, 1, 7),
    sweep: [1, 8, 32].map((c) => ({ concurrency: c, systems: question('flagship', c, c / 2, c * 2, 1, c).systems })),
  };
  const after = {
    ...scale('bbb', [flagship, question('nested', 100, 80, 120, 3, 40)]),
    graph: {
      nodes: 10,
      relationships: 100,
      loadSeconds: 1,
      byType: { RATIFIED: 60, SIGNED: 20 },
      statusVolume: { states: 10, statusEdges: 80, ratified: 60, signed: 20, instrumentsWithStatus: 5, pairsWithStatus: 40, covers: 6, coveredInstruments: 4 },
    },
  };

  it('says which ratios moved from the previous results, and round-trips', () => {
    const doc = renderBenchmarks('# intro', [after], [before]);
    expect(doc).toContain('| 10k | flagship | 2.00× → 1.20× | 1.50× → 0.60× | 2.0 → 1.0 | 1.0 → 1.0 |');
    expect(doc).toContain('| 10k | nested | — → 1.25× | — → 0.83× | — → 3.0 | — → 1.0 |');
  });

  it('renders round-trips per question, memory per system and the flagship sweep', () => {
    const doc = renderBenchmarks('# intro', [after]);
    expect(doc).toContain('| nested | 3.0 | 3.0 | 1.0 |');
    expect(doc).toContain('| nested | +40 / +80 / 900 | +40 / +80 / 900 | +40 / +80 / 900 |');
    expect(doc).toContain('after a forced GC');
    expect(doc).toContain('| 32 | our API | 32.0 | 64.0 | 96.0 | 31 | 32 | 0.50× | 2.00× |');
    expect(doc).toContain('| 1 | @neo4j/graphql | 2.0 | 4.0 | 6.0 | 500 | 1 |  |  |');
    expect(doc).not.toContain('Which ratios moved');
    expect(doc).toContain(
      'Per-State status volume: 80 status edges (60 RATIFIED, 20 SIGNED) on 10 States and 5 instruments with status data: 8.0 per State, 1.60 per State × instrument, 2.00 per (State, instrument) pair with any; 6 COVERS on 4 instruments (1.50 data sets each).',
    );
  });

  it('says when a result has no memory figures or sweep', () => {
    const doc = renderBenchmarks('# intro', [before], [before]);
    expect(doc).toContain('Memory: not measured in this run');
    expect(doc).toContain('Concurrency sweep: not run for this scale.');
    expect(doc).toContain('Per-State status volume: not measured in this run.');
    expect(doc).toContain('no newer run stored yet');
  });
});

describe('bench medians', () => {
  it('takes the nearest-rank middle value, without reordering what it was given', () => {
    const rounds = [3.2, 1.1, 2.5];
    expect(median(rounds)).toBe(2.5);
    expect(rounds).toEqual([3.2, 1.1, 2.5]);
    // An even count: the lower of the two middle values, as percentile(sorted, 50) reports p50.
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(percentile([1, 2, 3, 4], 50));
    expect(median([])).toBeNaN();
  });
});
