/**
 * Our API, in-process: the real Apollo server, schema, resolvers, loaders and Cypher, asked with
 * executeOperation and a fresh context per request (HTTP left out, as for @neo4j/graphql).
 * It can record the statements each request sends, which become the driver floor. Optionally
 * with the result cache on, as a separate system.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import { Database, type DatabaseOptions } from '../../src/db/database.js';
import type { Row } from '../../src/db/values.js';
import { silentLogger } from '../../src/observability/logger.js';
import { createApollo } from '../../src/apollo.js';
import type { Question, Vars } from '../questions.js';
import type { System } from './system.js';

export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/** Our Database, noting each statement while `recording` is set. */
class RecordingDatabase extends Database {
  recording: Statement[] | undefined;
  override runText(tx: ManagedTransaction, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.recording?.push({ text, params });
    return super.runText(tx, text, params);
  }
}

export interface OurApi extends System {
  /** Runs one request alone and returns the statements it sent, in order. */
  record(question: Question, sample: Vars): Promise<Statement[]>;
}

/**
 * `resultCacheMb` > 0: the same API with the result cache on (src/graphql/result-cache.ts). With
 * no writes during the run, every request after the warm-up pass is a hit: the version read is
 * its only round-trip. Reported as its own system; the headline ratios stay uncached.
 * Production settings (error masking, no introspection) when NODE_ENV is production, as
 * `npm run bench` runs (bench/main.ts) and as the server is deployed.
 */
export async function startOurApi(options: DatabaseOptions, resultCacheMb = 0): Promise<OurApi> {
  const db = new RecordingDatabase(options);
  const apollo = createApollo(process.env.NODE_ENV === 'production', silentLogger(), undefined, resultCacheMb);
  await apollo.start();
  const ask = async (question: Question, sample: Vars): Promise<number> => {
    const response = await apollo.executeOperation(
      { query: question.ours.query, variables: question.ours.vars(sample) },
      { contextValue: createContext(db, undefined) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    if (errors) throw new Error(`our API, ${question.key}: ${JSON.stringify(errors)}`);
    return question.ours.size(data);
  };
  return {
    name: resultCacheMb > 0 ? 'our API, cached (hits)' : 'our API',
    ask,
    roundTrips: () => db.roundTrips,
    async record(question, sample) {
      db.recording = [];
      try {
        await ask(question, sample);
        return db.recording;
      } finally {
        db.recording = undefined;
      }
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
