/**
 * Closed-loop load: `concurrency` workers each send the next request as soon as their last one
 * is answered, cycling through the question's samples, until the time is up. Latencies are
 * wall-clock per request; throughput is answered requests per second of the whole run.
 */
import { performance } from 'node:perf_hooks';
import type { Question } from './questions.js';
import type { System } from './systems/system.js';

export interface Stats {
  requests: number;
  seconds: number;
  latenciesMs: number[];
}

export const emptyStats = (): Stats => ({ requests: 0, seconds: 0, latenciesMs: [] });

export async function closedLoop(
  ask: (sampleIndex: number) => Promise<unknown>,
  samples: number,
  concurrency: number,
  durationMs: number,
  into: Stats,
): Promise<void> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (performance.now() - started < durationMs) {
      const i = next++ % samples;
      const t0 = performance.now();
      await ask(i);
      into.latenciesMs.push(performance.now() - t0);
      into.requests += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  into.seconds += (performance.now() - started) / 1000;
}

/** Nearest-rank percentile. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * This process's CPU time per request (ms, user + system) of each system, asking the question
 * `requests` times sequentially per round, the systems taking turns in each round so load from
 * elsewhere on the machine falls on all alike. A first round of each warms up and is not kept.
 */
export async function cpuPerRequestInRounds(systems: System[], question: Question, requests: number, rounds: number): Promise<Map<System, number[]>> {
  const cpuMs = new Map<System, number[]>(systems.map((s) => [s, []]));
  const { samples } = question;
  for (let round = -1; round < rounds; round++) {
    for (const system of systems) {
      const before = process.cpuUsage();
      for (let i = 0; i < requests; i++) await system.ask(question, samples[i % samples.length]!, i % samples.length);
      const cpu = process.cpuUsage(before);
      if (round >= 0) cpuMs.get(system)!.push((cpu.user + cpu.system) / 1000 / requests);
    }
  }
  return cpuMs;
}

/** Nearest-rank median of values in any order (the lower middle one of an even count). */
export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
  requests: number;
}

export function summarize(stats: Stats): Summary {
  const sorted = [...stats.latenciesMs].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: stats.requests / stats.seconds,
    requests: stats.requests,
  };
}

/**
 * Memory of this process while one system answers: `process.memoryUsage()` sampled every 50 ms
 * (and once at the end), against a baseline taken just before, after a full GC when the process
 * runs with --expose-gc. All systems share this process, in turns: heapUsed above the baseline is
 * what the system's requests held at once; RSS is the whole process's and rarely shrinks, so its
 * peak includes what earlier turns left behind.
 */
export interface MemoryPeak {
  /** Peak resident set size of the process during the system's turns, MB. */
  peakRssMb: number;
  /** Peak RSS above the RSS just before each turn, MB (the most of any turn). */
  rssAboveBaselineMb: number;
  /** Peak V8 heapUsed above the heapUsed just before each turn, MB (the most of any turn). */
  heapAboveBaselineMb: number;
  /** Whether the baselines were taken after a forced GC (node --expose-gc). */
  gcBeforeBaseline: boolean;
}

export const emptyMemory = (): MemoryPeak => ({ peakRssMb: 0, rssAboveBaselineMb: 0, heapAboveBaselineMb: 0, gcBeforeBaseline: false });

const MB = 2 ** 20;
export const SAMPLE_EVERY_MS = 50;

export async function trackMemory<T>(run: () => Promise<T>, into: MemoryPeak): Promise<T> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  into.gcBeforeBaseline = gc !== undefined;
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    if (now.rss > rss) rss = now.rss;
    if (now.heapUsed > heap) heap = now.heapUsed;
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  try {
    return await run();
  } finally {
    clearInterval(timer);
    sample();
    into.peakRssMb = Math.max(into.peakRssMb, rss / MB);
    into.rssAboveBaselineMb = Math.max(into.rssAboveBaselineMb, (rss - base.rss) / MB);
    into.heapAboveBaselineMb = Math.max(into.heapAboveBaselineMb, (heap - base.heapUsed) / MB);
  }
}
