/**
 * `npx tsx bench/replay-api.ts [question] [requests] [rounds] [--rows file.json] [--save file.json] [--profile f.cpuprofile]`
 *
 * Our API's own CPU per request, with Neo4j and the driver left out: the records a bench question
 * gets (read once from NEO4J_BENCH_URI, or from `--rows`, a file `--save` wrote) are replayed by a
 * stand-in driver, so the figure is what our code, graphql-js and Apollo spend between the
 * driver's records and the answer (src/db/database.ts's executor, guard, metrics and tracing
 * included). Asks the question `requests` times (default 2000) per round, sequentially, over its 8
 * parameter sets, for `rounds` rounds (default 5), and prints this process's CPU time per request
 * for each round, their median and minimum, and a hash of the answers (equal hashes: the same
 * answers, so two versions of the code can be compared on the same rows). The records are copied
 * a few requests ahead, with the clock stopped, so copying them is not counted. Read-only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { createApollo } from '../src/apollo.js';
import { createContext } from '../src/context.js';
import { Database } from '../src/db/database.js';
import { silentLogger } from '../src/observability/logger.js';
import { median } from './measure.js';
import { questionByKey, questionsOnBenchGraph, type Question } from './questions.js';

/** One statement's answer as the driver gave it: column names and values (plain JSON values only). */
interface RecordedResult {
  keys: string[];
  rows: unknown[][];
}
/** Per parameter set of the question: the statements' answers in the order they were sent. */
interface Recording {
  question: string;
  /** The GraphQL text our API asks (bench/questions.ts). */
  query: string;
  samples: Array<{ vars: Record<string, unknown>; results: RecordedResult[] }>;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  if (!value) throw new Error(`${name} takes a file name`);
  return value;
};
const rowsFile = option('--rows');
const saveFile = option('--save');
const profileFile = option('--profile');
const [key = 'profile', count = '2000', roundCount = '5'] = args;
const requests = Number(count);
const rounds = Number(roundCount);
/** Requests whose records are copied at a time. */
const BATCH = 8;

/** Only JSON values can be copied faithfully; a driver object (a temporal, a Node) would not replay. */
function assertPlain(value: unknown, where: string): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((v) => assertPlain(v, where));
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${where}: a ${value.constructor?.name} value cannot be replayed`);
  for (const v of Object.values(value)) assertPlain(v, where);
}

/** Records what each parameter set's statements return, through our API against the bench graph. */
async function record(question: Question, uri: string): Promise<Recording> {
  const db = new Database({ uri, user: process.env.NEO4J_BENCH_USER, password: process.env.NEO4J_BENCH_PASSWORD });
  let results: RecordedResult[] = [];
  const recordingDb = Object.assign(Object.create(Object.getPrototypeOf(db) as object) as Database, db, {
    runText(tx: ManagedTransaction, text: string, params?: Record<string, unknown>) {
      const recordingTx = {
        run: async (t: string, p: Record<string, unknown>) => {
          const result = await tx.run(t, p);
          const rows = result.records.map((r) => r.keys.map((k) => structuredClone(r.get(k))));
          rows.forEach((row) => assertPlain(row, t.slice(0, 60)));
          results.push({ keys: [...(result.records[0]?.keys ?? [])].map(String), rows });
          return result;
        },
      } as unknown as ManagedTransaction;
      return Database.prototype.runText.call(this, recordingTx, text, params);
    },
  });
  const apollo = createApollo(true, silentLogger());
  await apollo.start();
  const recording: Recording = { question: question.key, query: question.ours.query, samples: [] };
  try {
    for (const sample of question.samples) {
      results = [];
      const vars = question.ours.vars(sample);
      await apollo.executeOperation({ query: question.ours.query, variables: vars }, { contextValue: createContext(recordingDb, undefined) });
      recording.samples.push({ vars, results });
    }
  } finally {
    await apollo.stop();
    await db.close();
  }
  return recording;
}

/** A stand-in for the driver: sessions whose transactions hand out the next prepared answer. */
function replayDriver(next: () => RecordedResult & { records: unknown[] }) {
  const tx = { run: async () => ({ records: next().records }) };
  const session = {
    executeRead: async <T>(work: (t: ManagedTransaction) => Promise<T>) => work(tx as unknown as ManagedTransaction),
    executeWrite: async () => {
      throw new Error('replay is read-only');
    },
    close: async () => {},
  };
  return { session: () => session, close: async () => {} };
}

async function main(): Promise<void> {
  let recording: Recording;
  if (rowsFile) recording = JSON.parse(fs.readFileSync(rowsFile, 'utf8')) as Recording;
  else {
    const uri = process.env.NEO4J_BENCH_URI;
    if (!uri) throw new Error('NEO4J_BENCH_URI (or --rows file.json): a Neo4j holding a bench graph');
    const questions = await questionsOnBenchGraph({ uri, user: process.env.NEO4J_BENCH_USER, password: process.env.NEO4J_BENCH_PASSWORD });
    recording = await record(questionByKey(questions, key), uri);
  }
  if (saveFile) fs.writeFileSync(saveFile, JSON.stringify(recording));
  // The statements' answers for the requests to come, copied now so the copying is not measured.
  let queue: Array<{ records: unknown[] }> = [];
  const prepare = (from: number, n: number) => {
    queue = [];
    for (let i = from; i < from + n; i++) {
      for (const result of recording.samples[i % recording.samples.length]!.results) {
        const rows = JSON.parse(JSON.stringify(result.rows)) as unknown[][];
        queue.push({ records: rows.map((fields) => new neo4j.types.Record(result.keys, fields)) });
      }
    }
    queue.reverse();
  };
  const db = new Database({ uri: 'bolt://127.0.0.1:1' });
  await db.driver.close();
  (db as { driver: unknown }).driver = replayDriver(() => queue.pop() as never);

  const apollo = createApollo(true, silentLogger());
  await apollo.start();
  const { query } = recording;
  const ask = async (i: number) => {
    const { vars } = recording.samples[i % recording.samples.length]!;
    const response = await apollo.executeOperation({ query, variables: vars }, { contextValue: createContext(db, undefined) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };

  // Warm-up (and the answers' hash, one per parameter set).
  const hash = crypto.createHash('sha256');
  prepare(0, recording.samples.length);
  for (let i = 0; i < recording.samples.length; i++) hash.update(JSON.stringify(await ask(i)));
  prepare(0, requests);
  for (let i = 0; i < requests; i++) await ask(i);

  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const profiler = profileFile && r === rounds - 1 ? new Session() : undefined;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    // The records are copied a batch at a time, just before they are used (fresh in the caches, as
    // the driver's are), and the clock runs only while the batch is being answered.
    let cpuMicros = 0;
    for (let start = 0; start < requests; start += BATCH) {
      prepare(start, Math.min(BATCH, requests - start));
      const before = process.cpuUsage();
      for (let i = start; i < start + BATCH && i < requests; i++) await ask(i);
      const cpu = process.cpuUsage(before);
      cpuMicros += cpu.user + cpu.system;
    }
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      fs.writeFileSync(profileFile!, JSON.stringify(profile));
      profiler.disconnect();
    }
    perRound.push(cpuMicros / requests);
  }
  await apollo.stop();
  console.log(
    `${recording.question} (replayed): ${requests} requests x ${rounds} rounds, CPU us/request ${perRound.map((v) => v.toFixed(0)).join(' ')}; ` +
      `median ${median(perRound).toFixed(0)}, min ${Math.min(...perRound).toFixed(0)}; answers ${hash.digest('hex').slice(0, 16)}`,
  );
}

await main();
