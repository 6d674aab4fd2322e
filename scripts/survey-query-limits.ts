/**
 * Measures the legitimate queries we know of against the query limits (src/graphql/query-limits.ts):
 * the explorer's requests, the benchmark's query mix, the GraphQL examples in the README and docs,
 * and GraphiQL's introspection query. Prints tokens, depth, aliases, fields and estimated cost of
 * each, and whether the defaults accept it. Used to choose the defaults (docs/api.md, Limits).
 *   npx tsx scripts/survey-query-limits.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, Lexer, parse, Source, TokenKind, validate, specifiedRules, type DocumentNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { projectRoot } from '../src/db/embedded/launcher-paths.js';
import { estimateFieldCost } from '../src/graphql/query-cost.js';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from '../src/graphql/query-limits.js';
import { readTypeDefs } from '../src/schema.js';

const schema = buildSchema(readTypeDefs());

/** The explorer's queries, captured by calling its api.ts with a fetch that records them. */
async function explorerQueries(): Promise<{ name: string; query: string; variables: Record<string, unknown> }[]> {
  const seen: { name: string; query: string; variables: Record<string, unknown> }[] = [];
  (globalThis as any).fetch = async (_url: string, init: { body: string }) => {
    const { query, variables } = JSON.parse(init.body);
    seen.push({ name: `explorer #${seen.length + 1}`, query, variables });
    return { status: 200, json: async () => ({ data: new Proxy({}, { get: () => ({ nodes: [], pageInfo: { hasNextPage: false }, search: [] }) }) }) };
  };
  const api = await import('../explorer/src/api.js');
  const ids = Array.from({ length: 500 }, (_, i) => `state:S${i}`);
  await Promise.allSettled([
    api.searchNodes('refugee'),
    api.neighborhood('state:MEX'),
    api.subgraph(ids),
    api.evidenceGraph('right:non-refoulement', 'category:refugees', 'state:MEX'),
    api.exportView('GRAPHML', ids),
    api.questionOptions(),
  ]);
  return seen;
}

function markdownQueries(): { name: string; query: string; variables: Record<string, unknown> }[] {
  const files = ['README.md', ...fs.readdirSync(path.join(projectRoot, 'docs')).map((f) => `docs/${f}`)];
  const out: { name: string; query: string; variables: Record<string, unknown> }[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(projectRoot, file), 'utf8');
    let i = 0;
    for (const match of text.matchAll(/```graphql\n([\s\S]*?)```/g)) out.push({ name: `${file} #${++i}`, query: match[1]!, variables: {} });
  }
  return out;
}

async function benchQueries(): Promise<{ name: string; query: string; variables: Record<string, unknown> }[]> {
  const source = fs.readFileSync(path.join(projectRoot, 'bench/questions.ts'), 'utf8');
  const out: { name: string; query: string; variables: Record<string, unknown> }[] = [];
  for (const match of source.matchAll(/const (\w+) = `([\s\S]*?)`;/g)) {
    if (match[1]!.endsWith('_NG')) continue; // @neo4j/graphql's schema, not ours
    out.push({ name: `bench ${match[1]}`, query: match[2]!, variables: { right: 'r', category: 'c', state: 's', instrument: 'i', text: 't' } });
  }
  return out;
}

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

function measure(document: DocumentNode, query: string, variables: Record<string, unknown>) {
  const measured: Record<string, number> = { tokens: tokens(query) };
  const refusals: string[] = [];
  const noLimits = { maxTokens: Infinity, maxDepth: -1, maxAliases: -1, maxFields: -1, maxCost: Infinity };
  for (const error of validate(schema, document, [...specifiedRules, ...queryLimitRules(noLimits)])) {
    const ext = error.extensions as { limit?: string; actual?: number };
    if (ext.limit)
      measured[ext.limit.replace('QUERY_MAX_', '').toLowerCase()] = Math.max(measured[ext.limit.replace('QUERY_MAX_', '').toLowerCase()] ?? 0, ext.actual!);
    else refusals.push(error.message);
  }
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  measured.cost = Math.max(
    ...operations.map((op) =>
      getComplexity({ schema, query: document, operationName: op.name?.value, variables, estimators: [estimateFieldCost], maxQueryNodes: 1e6 }),
    ),
  );
  return { measured, refusals };
}

const all = [
  ...(await explorerQueries()),
  ...(await benchQueries()),
  ...markdownQueries(),
  { name: 'GraphiQL introspection', query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), variables: {} },
];
const max: Record<string, number> = {};
const limitOf: Record<string, number> = {
  tokens: DEFAULT_QUERY_LIMITS.maxTokens,
  depth: DEFAULT_QUERY_LIMITS.maxDepth,
  aliases: DEFAULT_QUERY_LIMITS.maxAliases,
  fields: DEFAULT_QUERY_LIMITS.maxFields,
  cost: DEFAULT_QUERY_LIMITS.maxCost,
};
console.log('query'.padEnd(34), 'tokens depth aliases fields   cost  within defaults');
for (const { name, query, variables } of all) {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    console.log(name.padEnd(34), `not a parsable document (${(error as Error).message.slice(0, 60)})`);
    continue;
  }
  const { measured, refusals } = measure(document, query, variables);
  for (const [k, v] of Object.entries(measured)) max[k] = Math.max(max[k] ?? 0, v);
  const over = Object.entries(measured)
    .filter(([k, v]) => v > limitOf[k]!)
    .map(([k]) => k);
  console.log(
    name.padEnd(34),
    String(measured.tokens).padStart(6),
    String(measured.depth ?? 0).padStart(5),
    String(measured.aliases ?? 0).padStart(7),
    String(measured.fields ?? 0).padStart(6),
    String(measured.cost).padStart(6),
    ' ',
    over.length ? `NO: ${over.join(', ')}` : 'yes',
    refusals.length ? `(invalid: ${refusals[0]!.slice(0, 50)})` : '',
  );
}
console.log(
  'largest'.padEnd(34),
  String(max.tokens).padStart(6),
  String(max.depth).padStart(5),
  String(max.aliases).padStart(7),
  String(max.fields).padStart(6),
  String(max.cost).padStart(6),
);
console.log(
  'defaults'.padEnd(34),
  Object.values(limitOf)
    .map((v, i) => String(v).padStart([6, 5, 7, 6, 6][i]!))
    .join(' '),
);
