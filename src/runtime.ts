/**
 * Opens the database the configuration points at: the external NEO4J_URI, or the embedded
 * Neo4j (reusing one already listening on the embedded port, e.g. a running server's).
 * Shared by the server entry point and the command-line tools.
 */
import net from 'node:net';
import type { Config } from './config.js';
import { Database } from './db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './db/embedded/embedded-neo4j.js';
import { describeConnectionFailure } from './db/errors.js';

export class StartupError extends Error {}

export interface OpenDatabase {
  db: Database;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function openDatabase(config: Config, log: (line: string) => void = console.error): Promise<OpenDatabase> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    const port = config.neo4j.embedded.port;
    if (await portInUse(port)) {
      uri = `bolt://127.0.0.1:${port}`;
      log(`Using the Neo4j already listening on ${uri} (NEO4J_URI not set).`);
    } else {
      log(`Starting embedded Neo4j 5.26 on 127.0.0.1:${port}, data in ${config.neo4j.embedded.dataDir} ...`);
      try {
        embedded = await startEmbeddedNeo4j(config.neo4j.embedded, log);
      } catch (error) {
        throw new StartupError(`Embedded Neo4j failed to start: ${error instanceof Error ? error.message : String(error)}`);
      }
      uri = embedded.uri;
      log(`Embedded Neo4j ready at ${uri} in ${(embedded.startupMs / 1000).toFixed(1)} s.`);
    }
  }
  const db = new Database({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
  });
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    await embedded?.stop();
    throw new StartupError(describeConnectionFailure(uri, error));
  }
  return {
    db,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
