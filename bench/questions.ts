/**
 * The query mix: five everyday questions, each as our API asks it and as @neo4j/graphql asks
 * it (over bench/neo4j-graphql/type-defs.graphql), with parameters drawn from the synthetic graph
 * by cypher/bench/sample-*.cypher. `size` counts the items of an answer so the harness can check
 * that both APIs answered the same thing.
 */
import { Database, type DatabaseOptions } from '../src/db/database.js';
import { toFulltextQuery } from '../src/graph/fulltext-query.js';
import type { SyntheticGraph } from './synthetic-graph.js';

export type Vars = Record<string, unknown>;

export interface Question {
  key: string;
  title: string;
  samples: Vars[];
  ours: { query: string; vars(sample: Vars): Vars; size(data: any): number };
  neo4jGraphql: { query: string; note: string; vars(sample: Vars): Vars; size(data: any): number };
}

const FLAGSHIP = `query ($right: ID!, $category: ID!) {
  monitoringBodies(right: $right, category: $category) {
    monitorId monitorName basis instrumentId articles monitoringKind categoryPath
    evidence { type from to citations { sourceId locator quote } }
  }
}`;
const FLAGSHIP_NG = `query ($right: ID!, $category: ID!) {
  monitoringBodies(right: $right, category: $category, state: null) {
    monitorId monitorName basis instrumentId articles monitoringKind categoryPath
    evidence { type from to sources locators quotes }
  }
}`;

const PROFILE = `query ($state: ID!, $category: ID!) {
  protectionProfile(state: $state, category: $category) { covered { ...P } missing { ...P } unknown { ...P } }
}
fragment P on ProfileInstrument {
  instrument { id name } categoryPath ratification { action date } signature { date }
  rights { articles right { id name } } monitors { kind monitor { id name } }
}`;
const PROFILE_NG = `query ($state: ID!, $category: ID!) {
  protectionProfile(state: $state, category: $category) {
    instrumentId instrumentName categoryPath ratification { action date } signature { date }
    rights { id name articles } monitors { id name kind } coveredAsOf
  }
}`;

const GAP = `query ($instrument: ID!, $region: String) {
  gapAnalysis(instrument: $instrument, region: $region) {
    memberCount parties { id } nonParties { id } signedOnly { id } unknown { id } statusAsOf }
}`;
const GAP_NG = `query ($instrument: ID!, $region: String) {
  gapAnalysis(instrument: $instrument, region: $region, group: null, subregion: null) {
    memberCount parties nonParties signedOnly unknown statusAsOf }
}`;
const gapSize = (g: { parties: unknown[]; nonParties: unknown[]; signedOnly: unknown[]; unknown: unknown[] }) =>
  g.parties.length + g.nonParties.length + g.signedOnly.length + g.unknown.length;

const NESTED = `query ($instrument: ID!) {
  states(first: 20, filter: { partyTo: $instrument }) {
    nodes { id name
      ratifications { action date
        instrument { id name monitoredBy { kind monitor { id name } } } } }
  }
}`;
const NESTED_NG = `query ($instrument: ID!) {
  states(where: { ratifications: { some: { id: { eq: $instrument } } } }, limit: 20, sort: [{ name: ASC }]) {
    id name
    ratificationsConnection { edges { properties { action date }
      node { id name monitoredByConnection { edges { properties { kind }
        node { ... on Body { id name } ... on Organization { id name } } } } } } }
  }
}`;

const SEARCH = `query ($text: String!) { search(text: $text, first: 10) { score node { id kind name } } }`;
const SEARCH_NG = `query ($query: String!) { search(query: $query, labels: null, first: 10) { id kind name score } }`;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Parameters for each question, from the loaded graph (the same for every system). */
export async function buildQuestions(db: Database, graph: Pick<SyntheticGraph, 'searchTexts'>, perQuestion = 8): Promise<Question[]> {
  const flagship = await db.read('bench/sample-flagship', { n: perQuestion });
  const profile = await db.read('bench/sample-profile', { n: perQuestion });
  const nested = await db.read('bench/sample-nested', { n: perQuestion });
  const gap = await db.read('bench/sample-gap', { n: perQuestion });
  // Alternate phrases ("Protection refugees") and name prefixes ("karov").
  const phrases = graph.searchTexts.filter((t) => t.includes(' '));
  const prefixes = graph.searchTexts.filter((t) => !t.includes(' '));
  const texts = Array.from({ length: perQuestion }, (_, i) => {
    const list = i % 2 === 0 && prefixes.length > 0 ? prefixes : phrases;
    return list[Math.floor(i / 2) % list.length]!;
  });
  return [
    {
      key: 'flagship',
      title: 'flagship: monitoringBodies(right, category)',
      samples: flagship.map((r) => ({ right: r.right, category: r.category })),
      ours: { query: FLAGSHIP, vars: (s) => s, size: (d) => d.monitoringBodies.length },
      neo4jGraphql: { query: FLAGSHIP_NG, note: '@cypher (same statement)', vars: (s) => s, size: (d) => d.monitoringBodies.length },
    },
    {
      key: 'profile',
      title: 'protection profile: protectionProfile(state, category)',
      samples: profile.map((r) => ({ state: r.state, category: r.category })),
      ours: {
        query: PROFILE,
        vars: (s) => s,
        size: (d) => d.protectionProfile.covered.length + d.protectionProfile.missing.length + d.protectionProfile.unknown.length,
      },
      neo4jGraphql: { query: PROFILE_NG, note: '@cypher (same statement)', vars: (s) => s, size: (d) => d.protectionProfile.length },
    },
    {
      key: 'gap',
      title: 'gap analysis: gapAnalysis(instrument, region)',
      samples: gap.map((r) => ({ instrument: r.instrument, region: r.region })),
      ours: { query: GAP, vars: (s) => s, size: (d) => gapSize(d.gapAnalysis) },
      neo4jGraphql: { query: GAP_NG, note: '@cypher (same statement)', vars: (s) => s, size: (d) => gapSize(d.gapAnalysis) },
    },
    {
      key: 'nested',
      title: 'nested listing: 20 States → ratifications → instrument → monitoredBy',
      samples: nested.map((r) => ({ instrument: r.instrument })),
      ours: {
        query: NESTED,
        vars: (s) => s,
        size: (d) => sum(d.states.nodes.map((s: any) => sum(s.ratifications.map((r: any) => 1 + r.instrument.monitoredBy.length)))),
      },
      neo4jGraphql: {
        query: NESTED_NG,
        note: 'generated query (native)',
        vars: (s) => s,
        size: (d) => sum(d.states.map((s: any) => sum(s.ratificationsConnection.edges.map((e: any) => 1 + e.node.monitoredByConnection.edges.length)))),
      },
    },
    {
      key: 'search',
      title: 'search(text, first: 10)',
      samples: texts.map((text) => ({ text })),
      ours: { query: SEARCH, vars: (s) => s, size: (d) => d.search.length },
      neo4jGraphql: {
        query: SEARCH_NG,
        note: '@cypher (same statement; Lucene query built by our code)',
        vars: (s) => ({ query: toFulltextQuery(String(s.text)) }),
        size: (d) => d.search.length,
      },
    },
  ];
}

/**
 * The profiling scripts' questions, with parameters read from a graph a bench run has left
 * (read-only). Its search texts are not known there, so search asks for these two.
 */
export async function questionsOnBenchGraph(options: DatabaseOptions): Promise<Question[]> {
  const db = new Database(options);
  try {
    return await buildQuestions(db, { searchTexts: ['protection refugees', 'karov'] });
  } finally {
    await db.close();
  }
}

/** The question with this key; throws naming the keys there are. */
export function questionByKey(questions: Question[], key: string): Question {
  const question = questions.find((q) => q.key === key);
  if (!question) throw new Error(`question: one of ${questions.map((q) => q.key).join(', ')}`);
  return question;
}
