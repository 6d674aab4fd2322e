/**
 * Closed-loop load: `concurrency` workers each send the next request as soon as their last one
 * is answered, cycling through the question's samples, until the time is up. Latencies are
 * wall-clock per request; throughput is answered requests per second of the whole run.
 */
import { performance } from 'node:perf_hooks';

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
