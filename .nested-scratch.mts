import { createContext } from './src/context.js';
import { Database } from './src/db/database.js';
import { createApollo } from './src/apollo.js';
import { createLogger } from './src/observability/logger.js';
const db = new Database({ uri: 'bolt://127.0.0.1:7520', timeouts: { transactionMs: 60000 } });
const apollo = createApollo(false, createLogger('silent'));
await apollo.start();
async function ask(query: string, variables?: Record<string, unknown>) {
  const before = db.roundTrips; const t = Date.now();
  const r: any = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, undefined, { readsRequireKey: false }) });
  return { trips: db.roundTrips - before, ms: Date.now() - t, result: r.body.singleResult };
}
const SEL = `id name ratifications { action date sources { sourceId locator quote } instrument { id name type monitoredBy { kind procedures sources { locator } monitor { id name kind ... on Body { acronym } } } } }`;
for (const n of [2, 20]) {
  const listed = await ask(`query($n:Int){ states(first: $n, filter: { partyTo: "instrument:cat" }) { totalCount nodes { ${SEL} } } }`, { n });
  if (listed.result.errors) { console.log(JSON.stringify(listed.result.errors).slice(0, 1500)); break; }
  const ids = listed.result.data.states.nodes.map((s: any) => s.id);
  const viaLoaders = await ask(`query($ids:[ID!]!){ nodes(ids: $ids) { ... on State { ${SEL} } } }`, { ids });
  const same = JSON.stringify(listed.result.data.states.nodes) === JSON.stringify(viaLoaders.result.data?.nodes ?? viaLoaders.result.errors);
  console.log(`n=${n}: planned trips=${listed.trips} ${listed.ms}ms; loaders trips=${viaLoaders.trips} ${viaLoaders.ms}ms; same=${same}; bytes=${JSON.stringify(listed.result.data).length}`);
  if (!same) console.log(JSON.stringify(viaLoaders.result).slice(0, 600));
}
await apollo.stop(); await db.close();
