/**
 * `npx tsx bench/profile-nested.ts [--load 10k|100k|1m] [--samples N] [--operators N] [--text]`
 *
 * PROFILEs the nested listing (bench/questions.ts) as our API sends it and as @neo4j/graphql
 * generates it, on the same graph, and prints the database hits and rows of each statement and
 * the operators with the most hits (`--text`: and each statement with its parameters). Database hits do not depend on the machine's load, so they
 * compare the two statements where latencies on a shared machine cannot (issue 15).
 *
 * Neo4j: NEO4J_BENCH_URI (+ _USER, _PASSWORD), whose graph `--load` WIPES; else an embedded one
 * on NEO4J_EMBEDDED_PORT (default 7630) with its data in NEO4J_DATA_DIR (kept between runs, so a
 * graph loaded once is profiled again without `--load`).
 */
import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';
import { DEFAULT_NEO4J_TIMEOUTS } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { openProfilingGraph } from './profiling-neo4j.js';
import { buildQuestions, type Question } from './questions.js';
import { startNeo4jGraphql } from './systems/neo4j-graphql.js';
import { startOurApi, type Statement } from './systems/our-api.js';

const log = (line: string) => console.error(`[profile] ${line}`);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A driver whose managed transactions note every statement they run. */
function capturingDriver(driver: Driver, into: () => Statement[] | undefined): Driver {
  const wrapTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run')
          return (text: string, params: Record<string, unknown>) => {
            into()?.push({ text, params });
            return target.run(text, params);
          };
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session')
        return (...args: Parameters<Driver['session']>) =>
          new Proxy(target.session(...args), {
            get(session, sprop) {
              if (sprop === 'executeRead' || sprop === 'executeWrite')
                return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
                  (session[sprop] as any).call(session, (tx: ManagedTransaction) => work(wrapTx(tx)), config);
              const value = Reflect.get(session, sprop, session);
              return typeof value === 'function' ? value.bind(session) : value;
            },
          });
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

interface OperatorLine {
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
}

function flatten(plan: ProfiledPlan, out: OperatorLine[] = []): OperatorLine[] {
  const details = String(plan.arguments?.Details ?? plan.arguments?.details ?? '').replace(/\s+/g, ' ');
  out.push({ operator: plan.operatorType, details, rows: Number(plan.rows), dbHits: Number(plan.dbHits) });
  for (const child of plan.children) flatten(child, out);
  return out;
}

async function profile(driver: Driver, s: Statement): Promise<{ dbHits: number; rows: number; ms: number; operators: OperatorLine[] }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    // Once to plan and warm the page cache, then PROFILE.
    await session.executeRead((tx) => tx.run(s.text, s.params));
    const t0 = Date.now();
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${s.text}`, s.params));
    const ms = Date.now() - t0;
    const plan = result.summary.profile;
    if (!plan) throw new Error('no profile returned');
    const operators = flatten(plan);
    return { dbHits: operators.reduce((sum, o) => sum + o.dbHits, 0), rows: result.records.length, ms, operators };
  } finally {
    await session.close();
  }
}

async function main() {
  const load = option('--load');
  const samples = Number(option('--samples') ?? 3);
  const topOperators = Number(option('--operators') ?? 8);
  // It may wipe NEO4J_BENCH_URI's graph with --load, as its header says.
  const graph = await openProfilingGraph({ defaultDataDir: 'mgkg-profile-nested-neo4j', load, writesBenchUri: true, log });
  const { uri, auth } = graph;
  const db = new Database({ uri, ...auth, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } });
  try {
    const [counts] = await db.readText('MATCH ()-[r]->() RETURN count(r) AS relationships');
    const nested = (await buildQuestions(db, { searchTexts: [] })).find((q) => q.key === 'nested') as Question;
    const ours = await startOurApi({ uri, ...auth, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } });
    const raw = neo4j.driver(uri, auth.password ? neo4j.auth.basic(auth.user ?? 'neo4j', auth.password) : undefined);
    let captured: Statement[] | undefined;
    const theirs = await startNeo4jGraphql(uri, auth, (driver) => capturingDriver(driver, () => captured));
    console.log(`graph: ${counts!.relationships} relationships; nested listing, ${Math.min(samples, nested.samples.length)} samples`);
    const totals = { ours: { statements: 0, dbHits: 0 }, '@neo4j/graphql': { statements: 0, dbHits: 0 } };
    try {
      for (const [i, sample] of nested.samples.slice(0, samples).entries()) {
        const oursStatements = await ours.record(nested, sample);
        captured = [];
        await theirs.ask(nested, sample, i);
        // Its first request also asks for the server's version (dbms.components): not the question.
        const theirStatements = captured.filter((s) => !s.text.includes('dbms.components'));
        captured = undefined;
        for (const [name, statements] of [
          ['ours', oursStatements],
          ['@neo4j/graphql', theirStatements],
        ] as const) {
          totals[name].statements += statements.length;
          for (const s of statements) {
            const p = await profile(raw, s);
            totals[name].dbHits += p.dbHits;
            console.log(`\n#${i} ${JSON.stringify(sample)} ${name}: ${statements.length} statement(s), db hits ${p.dbHits}, ${p.ms} ms (PROFILE)`);
            for (const o of [...p.operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, topOperators))
              console.log(`  ${String(o.dbHits).padStart(9)} hits ${String(o.rows).padStart(8)} rows  ${o.operator}  ${o.details.slice(0, 140)}`);
            if (process.argv.includes('--text')) console.log(`${s.text}\n${JSON.stringify(s.params)}`);
          }
        }
      }
      const n = Math.min(samples, nested.samples.length);
      for (const [name, t] of Object.entries(totals))
        console.log(`\n${name}: ${t.statements / n} statement(s) per request, ${Math.round(t.dbHits / n)} db hits per request (mean of ${n})`);
    } finally {
      await ours.close();
      await theirs.close();
      await raw.close();
    }
  } finally {
    await db.close();
    await graph.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[profile] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
