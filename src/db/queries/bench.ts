/**
 * cypher/bench and bench-import: the benchmark's own statements (bench/), and the
 * neo4j-graphql twins of our analyst files, run inside @cypher directives of that system's SDL.
 */
import { query, type NoParams } from './query.js';
import type { CountRow, DeletedRow, NodeWriteRow, RelationshipWriteRow } from './rows.js';

type Id = string;

/** bench/status-volume: the per-State status volume of the loaded graph (bench/status-volume.ts). */
interface StatusVolume {
  states: number;
  statusEdges: number;
  ratified: number;
  signed: number;
  instrumentsWithStatus: number;
  pairsWithStatus: number;
  covers: number;
  coveredInstruments: number;
}

export const benchQueries = {
  'bench-import/change-count': query<NoParams, CountRow>({}),
  'bench-import/delete-changes': query<{ limit: number }, DeletedRow>({ limit: true }),
  'bench-import/relationship-count': query<NoParams, CountRow>({}),
  'bench/create-nodes': query<{ rows: NodeWriteRow[] }, { written: number }>({ rows: true }),
  'bench/create-relationships': query<{ rows: RelationshipWriteRow[] }, { written: number }>({ rows: true }),
  'bench/delete-nodes': query<{ limit: number }, DeletedRow>({ limit: true }),
  'bench/delete-relationships': query<{ limit: number }, DeletedRow>({ limit: true }),
  'bench/neo4j-graphql/gap-analysis': query<
    { instrument: Id; group: Id | null; region: string | null; subregion: string | null },
    { gap: Record<string, unknown> }
  >({ instrument: true, group: true, region: true, subregion: true }),
  'bench/neo4j-graphql/monitoring-bodies': query<{ right: Id; category: Id; state: Id | null }, { answer: Record<string, unknown> }>({
    right: true,
    category: true,
    state: true,
  }),
  'bench/neo4j-graphql/protection-profile': query<{ state: Id; category: Id }, { profile: Record<string, unknown> }>({ state: true, category: true }),
  'bench/neo4j-graphql/search': query<{ query: string; labels: string[] | null; first: number }, { hit: Record<string, unknown> }>({
    query: true,
    labels: true,
    first: true,
  }),
  'bench/sample-flagship': query<{ n: number }, { right: Id; category: Id }>({ n: true }),
  'bench/sample-gap': query<{ n: number }, { instrument: Id; region: string }>({ n: true }),
  'bench/sample-nested': query<{ n: number }, { instrument: Id }>({ n: true }),
  'bench/sample-profile': query<{ n: number }, { state: Id; category: Id }>({ n: true }),
  'bench/status-volume': query<NoParams, StatusVolume>({}),
};
