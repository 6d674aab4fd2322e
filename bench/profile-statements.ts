/**
 * `npx tsx bench/profile-statements.ts [question...] [--operators N] [--load 10k|100k|1m]`
 *
 * PROFILEs the statements our API sends for bench questions (default flagship, profile, gap) on a
 * graph the bench has loaded: NEO4J_BENCH_URI (read-only there), or, without it, an embedded Neo4j
 * of its own (NEO4J_EMBEDDED_PORT, default 7630; data kept in NEO4J_DATA_DIR), migrated (ids and
 * lookups indexed as deployed), whose graph `--load` replaces first. Each of the 8 parameter sets is asked
 * once through the API with its statements recorded, then each statement is run once (plan and
 * page cache warm) and once under PROFILE. Prints the database hits per parameter set and their
 * mean per request. Database hits do not depend on the machine's load, so a change to a statement
 * (or to the fragments it includes) can be compared before and after on a shared machine.
 */
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { openProfilingGraph } from './profiling-neo4j.js';
import { questionByKey, questionsOnBenchGraph } from './questions.js';
import { startOurApi, type Statement } from './systems/our-api.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const topOperators = Number(option('--operators') ?? 0);
const load = option('--load');
const keys = args.length > 0 ? args : ['flagship', 'profile', 'gap'];
const log = (line: string) => console.error(`[profile] ${line}`);
const graph = await openProfilingGraph({ defaultDataDir: 'mgkg-profile-statements-neo4j', load, writesBenchUri: false, log });
const { uri, auth } = graph;

interface OperatorLine {
  operator: string;
  details: string;
  dbHits: number;
}

function flatten(plan: ProfiledPlan, out: OperatorLine[] = []): OperatorLine[] {
  const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ');
  out.push({ operator: plan.operatorType, details, dbHits: Number(plan.dbHits) });
  for (const child of plan.children) flatten(child, out);
  return out;
}

async function profile(driver: Driver, s: Statement): Promise<OperatorLine[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(s.text, s.params));
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${s.text}`, s.params));
    if (!result.summary.profile) throw new Error('no profile returned');
    return flatten(result.summary.profile);
  } finally {
    await session.close();
  }
}

const questions = await questionsOnBenchGraph({ uri, ...auth });
const api = await startOurApi({ uri, ...auth });
const driver = neo4j.driver(uri, auth.password ? neo4j.auth.basic(auth.user ?? 'neo4j', auth.password) : undefined);
try {
  for (const key of keys) {
    const question = questionByKey(questions, key);
    const perSample: number[] = [];
    for (const sample of question.samples) {
      let hits = 0;
      const operators: OperatorLine[] = [];
      for (const statement of await api.record(question, sample)) {
        const lines = await profile(driver, statement);
        hits += lines.reduce((sum, line) => sum + line.dbHits, 0);
        operators.push(...lines);
      }
      perSample.push(hits);
      console.log(`${key} ${JSON.stringify(sample)}: ${hits} db hits`);
      for (const o of operators.sort((a, b) => b.dbHits - a.dbHits).slice(0, topOperators))
        console.log(`  ${String(o.dbHits).padStart(9)}  ${o.operator}  ${o.details.slice(0, 140)}`);
    }
    const mean = perSample.reduce((a, b) => a + b, 0) / perSample.length;
    console.log(`${key}: ${mean.toFixed(1)} db hits per request (mean of ${perSample.length})`);
  }
} finally {
  await api.close();
  await driver.close();
  await graph.stop();
}
