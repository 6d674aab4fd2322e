/**
 * `npx tsx bench/profile-api.ts [question] [requests] [profile.cpuprofile] [--floor] [--rounds N] [--heap file.heapprofile]`
 *
 * Profiles our API alone on a graph the bench has already loaded (NEO4J_BENCH_URI, e.g. left by
 * `NEO4J_BENCH_URI=... npm run bench -- --scales 10k`): asks one bench question (default
 * flagship; profile, gap, nested, search) `requests` times (default 500) through the Apollo
 * server's executeOperation, one at a time, over the bench's 8 parameter sets. Read-only.
 * Prints the wall time, this process's CPU time and its GC time per request; with a file name, writes a V8 CPU profile of the measured
 * requests only (start-up and warm-up left out), which shows where the API's time goes. With
 * `--floor`, then asks the driver floor (the statements our API sent, recorded, run through the
 * driver alone as the bench's floor does) as many times, for the same figures without our API.
 * With `--rounds N` (and `--floor`), our API and the floor alternate in N rounds of `requests`
 * each, for their CPU time per request (no profile written).
 * With `--heap`, also writes a sampled allocation profile of our API's measured requests (every
 * 8 KB allocated, by stack, collected objects included) and prints the sampled KB per request.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { startDriverFloor } from './systems/driver-floor.js';
import { startOurApi, type Statement } from './systems/our-api.js';
import type { System } from './systems/system.js';
import { questionByKey, questionsOnBenchGraph } from './questions.js';
import { cpuPerRequestInRounds, median } from './measure.js';

const uri = process.env.NEO4J_BENCH_URI;
if (!uri) throw new Error('NEO4J_BENCH_URI: give the Bolt URI of a Neo4j holding a bench graph');
const args = process.argv.slice(2);
const heapAt = args.indexOf('--heap');
const heapFile = heapAt >= 0 ? args.splice(heapAt, 2)[1] : undefined;
if (heapAt >= 0 && !heapFile) throw new Error('--heap takes a file name');
const withFloor = args.includes('--floor');
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 0;
if (roundsAt >= 0 && !(rounds > 0)) throw new Error('--rounds takes a number of rounds');
const [key = 'flagship', count = '500', profileFile] = args.filter((arg) => arg !== '--floor');
const requests = Number(count);

interface HeapNode {
  selfSize: number;
  children: HeapNode[];
}
const sampledBytes = (node: HeapNode): number => node.children.reduce((sum, child) => sum + sampledBytes(child), node.selfSize);
const auth = { user: process.env.NEO4J_BENCH_USER, password: process.env.NEO4J_BENCH_PASSWORD };

const question = questionByKey(await questionsOnBenchGraph({ uri, ...auth }), key);
const api = await startOurApi({ uri, ...auth });
let floor: System | undefined;
try {
  if (rounds > 0) await alternate();
  else {
    await measure(api, 'our API', profileFile, heapFile);
    if (withFloor) {
      floor = await startFloor();
      await measure(floor, 'driver floor');
    }
  }
} finally {
  await api.close();
  await floor?.close();
}

/** The driver floor of the question: the statements our API sent for each parameter set, recorded. */
async function startFloor(): Promise<System> {
  const recorded = new Map<string, Statement[][]>([[question!.key, []]]);
  for (const sample of question!.samples) recorded.get(question!.key)!.push(await api.record(question!, sample));
  return startDriverFloor(uri!, auth, recorded);
}

/**
 * `--rounds N`: our API and (with --floor) the floor in alternating rounds of `requests` each, so
 * load from elsewhere on the machine falls on both alike; prints each round's CPU time per request
 * (this process) and the medians. Warmed up with a round of each first.
 */
async function alternate(): Promise<void> {
  const systems: System[] = [api];
  if (withFloor) systems.push((floor = await startFloor()));
  const q = question!;
  const cpuMs = await cpuPerRequestInRounds(systems, q, requests, rounds);
  for (const system of systems) {
    const each = cpuMs.get(system)!;
    console.log(
      `${key} (${system.name}): ${rounds} rounds of ${requests}, ms CPU each ${each.map((v) => v.toFixed(3)).join(' ')}; median ${median(each).toFixed(3)}`,
    );
  }
  if (floor) console.log(`${key}: ours/floor CPU ${(median(cpuMs.get(api)!) / median(cpuMs.get(floor)!)).toFixed(2)}`);
}

/** Asks the question `requests` times after a warm-up and prints the figures per request. */
async function measure(system: System, name: string, profileFile?: string, heapFile?: string): Promise<void> {
  const q = question!;
  for (let i = 0; i < q.samples.length; i++) await system.ask(q, q.samples[i]!, i);
  const profiler = profileFile ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const heapProfiler = heapFile ? new Session() : undefined;
  if (heapProfiler) {
    heapProfiler.connect();
    await heapProfiler.post('HeapProfiler.enable');
    await heapProfiler.post('HeapProfiler.startSampling', {
      samplingInterval: 8192,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  // Time spent in garbage collection during the measured requests (the main cost of allocation).
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  const before = system.roundTrips();
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < requests; i++) await system.ask(q, q.samples[i % q.samples.length]!, i % q.samples.length);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  gc.disconnect();
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    fs.writeFileSync(profileFile!, JSON.stringify(profile));
    profiler.disconnect();
  }
  let heapLine = '';
  if (heapProfiler) {
    const { profile } = await heapProfiler.post('HeapProfiler.stopSampling');
    fs.writeFileSync(heapFile!, JSON.stringify(profile));
    heapProfiler.disconnect();
    heapLine = `, ${(sampledBytes(profile.head as HeapNode) / requests / 1024).toFixed(0)} KB sampled allocations each`;
  }
  const each = (total: number) => (total / requests).toFixed(2);
  console.log(
    `${key} (${name}): ${requests} requests, ${each(ms)} ms each (wall), ${each((cpu.user + cpu.system) / 1000)} ms CPU each ` +
      `(this process: API, driver decoding, GC), ${each(gcMs)} ms GC each, ${each(system.roundTrips() - before)} statements each${heapLine}`,
  );
}
