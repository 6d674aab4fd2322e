/**
 * `npx tsx bench/profile-layers.ts [question] [requests] [rounds]`
 *
 * Where our API's CPU per request goes above the driver floor, layer by layer, against Neo4j
 * (NEO4J_BENCH_URI, a graph a bench run has left; read-only). The same recorded statements are
 * run by four systems in one process, in alternating rounds (after a warm-up round of each):
 *
 * 1. the driver floor, as `npm run bench` measures it (bench/systems/driver-floor.ts);
 * 2. the floor through our executor (src/db/database.ts: guard, time bound, session, metrics,
 *    tracing, `rowOf`), with no GraphQL;
 * 3. graphql-js's `execute` with our schema, resolvers, loaders and context, with no Apollo (the
 *    document parsed once, as Apollo's document store keeps it; no plugins, no query limits);
 * 4. our API as the benchmark asks it (Apollo's `executeOperation`, our plugins and limits).
 *
 * Prints each system's CPU time per request in each round (this process: sequential requests,
 * so Neo4j's own CPU is not in it), the medians, their ratio to the floor's, and what each layer
 * adds. Each answer is checked for errors, so a layer that fails cannot look cheap.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServer } from '@apollo/server';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { createContext } from '../src/context.js';
import { Database } from '../src/db/database.js';
import { readViewField } from '../src/resolvers/graph-types.js';
import { resolvers } from '../src/resolvers/index.js';
import { readTypeDefs } from '../src/schema.js';
import { cpuPerRequestInRounds, median } from './measure.js';
import { questionByKey, questionsOnBenchGraph, type Question } from './questions.js';
import { startDriverFloor } from './systems/driver-floor.js';
import { startOurApi, type Statement } from './systems/our-api.js';
import type { System } from './systems/system.js';

const uri = process.env.NEO4J_BENCH_URI;
if (!uri) throw new Error('NEO4J_BENCH_URI: give the Bolt URI of a Neo4j holding a bench graph');
const auth = { user: process.env.NEO4J_BENCH_USER, password: process.env.NEO4J_BENCH_PASSWORD };
const [key = 'flagship', count = '1000', roundCount = '3'] = process.argv.slice(2);
const requests = Number(count);
const rounds = Number(roundCount);
if (!(requests > 0) || !(rounds > 0)) throw new Error('requests and rounds are positive numbers');

const question = questionByKey(await questionsOnBenchGraph({ uri, ...auth }), key);

const api = await startOurApi({ uri, ...auth });
const recorded: Statement[][] = [];
for (const sample of question.samples) recorded.push(await api.record(question, sample));
const systems: System[] = [
  startDriverFloor(uri, auth, new Map([[key, recorded]])),
  executorSystem(new Database({ uri, ...auth }), recorded),
  await graphqlJsSystem(new Database({ uri, ...auth }), question),
  api,
];
try {
  await compare(systems, question);
} finally {
  for (const system of systems) await system.close();
}

/** Layer 2: the recorded statements through our Database's read transactions, no GraphQL. */
function executorSystem(db: Database, statements: Statement[][]): System {
  return {
    name: 'floor through our executor',
    async ask(_question, _sample, sampleIndex) {
      let rows = 0;
      for (const s of statements[sampleIndex]!) rows += (await db.readTx((tx) => db.runText(tx, s.text, s.params))).length;
      return rows;
    },
    roundTrips: () => db.roundTrips,
    close: () => db.close(),
  };
}

/** Layer 3: graphql-js's execute over the schema Apollo builds from our type definitions and resolvers. */
async function graphqlJsSystem(db: Database, q: Question): Promise<System> {
  const schema = await schemaAsApolloBuildsIt();
  const document = parse(q.ours.query);
  return {
    name: 'graphql-js execute, no Apollo',
    async ask(_question, sample) {
      const result = await execute({
        schema,
        document,
        variableValues: q.ours.vars(sample),
        contextValue: createContext(db, undefined),
        fieldResolver: readViewField,
      });
      if (result.errors) throw new Error(`graphql-js, ${q.key}: ${JSON.stringify(result.errors)}`);
      return q.ours.size(result.data);
    },
    roundTrips: () => db.roundTrips,
    close: () => db.close(),
  };
}

async function schemaAsApolloBuildsIt(): Promise<GraphQLSchema> {
  let schema: GraphQLSchema | undefined;
  const capture: ApolloServerPlugin = {
    async serverWillStart(service) {
      schema = service.schema;
    },
  };
  const apollo = new ApolloServer({ typeDefs: readTypeDefs(), resolvers, plugins: [capture] });
  await apollo.start();
  await apollo.stop();
  return schema!;
}

async function compare(all: System[], q: Question): Promise<void> {
  const cpuMs = await cpuPerRequestInRounds(all, q, requests, rounds);
  const floorMs = median(cpuMs.get(all[0]!)!);
  let previous = floorMs;
  console.log(`${q.key}: ${rounds} rounds of ${requests} sequential requests per system, ms CPU per request (this process)`);
  for (const system of all) {
    const ms = median(cpuMs.get(system)!);
    const each = cpuMs
      .get(system)!
      .map((v) => v.toFixed(3))
      .join(' ');
    const added = system === all[0] ? '' : `, ${(ms - previous).toFixed(3)} over the line above`;
    console.log(`  ${system.name.padEnd(32)} ${each}; median ${ms.toFixed(3)}, ${(ms / floorMs).toFixed(2)}x floor${added}`);
    previous = ms;
  }
}
