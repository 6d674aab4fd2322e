/**
 * Opens the database the configuration points at: the external NEO4J_URI, or the embedded
 * Neo4j (reusing one already listening on the embedded port, e.g. a running server's).
 * An embedded Neo4j this process starts is supervised (restarted when it dies); an orphaned
 * one left on the data directory by a dead server is stopped first.
 * Shared by the server entry point and the command-line tools.
 */
import net from 'node:net';
import type { Config } from './config.js';
import { Database } from './db/database.js';
import { findUnrecordedLauncher, inspectDataDir, stopOrphan } from './db/embedded/owner-record.js';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from './db/embedded/supervisor.js';
import { describeConnectionFailure } from './db/errors.js';

export class StartupError extends Error {}

export interface OpenDatabase {
  db: Database;
  /** Set when this process started (and supervises) the embedded Neo4j. */
  embedded?: SupervisedNeo4j;
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
  let embedded: SupervisedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    const { port, dataDir } = config.neo4j.embedded;
    const found = inspectDataDir(dataDir);
    if (found.kind === 'orphan') {
      const { launcherPid, ownerPid } = found.record;
      log(`Found an orphaned embedded Neo4j on ${dataDir} (pid ${launcherPid}; the process that started it, pid ${ownerPid}, is gone). Stopping it ...`);
      await stopOrphan(found.record);
      log(`Stopped the orphaned Neo4j (pid ${launcherPid}).`);
    }
    if (found.kind === 'owned') {
      // Documented: tools reuse the Neo4j a running server owns. This process will not restart or stop it.
      uri = `bolt://127.0.0.1:${found.record.port}`;
      log(
        `Using the embedded Neo4j on ${dataDir} that process ${found.record.ownerPid} started (pid ${found.record.launcherPid}, ${uri}); it is not supervised by this process.`,
      );
    } else if (await portInUse(port)) {
      uri = `bolt://127.0.0.1:${port}`;
      log(`Using the Neo4j already listening on ${uri} (NEO4J_URI not set). This process did not start it and will not restart or stop it.`);
      const unrecorded = findUnrecordedLauncher(dataDir);
      if (unrecorded) {
        log(
          `It is an embedded Neo4j launcher on ${dataDir} (pid ${unrecorded.pid}, parent pid ${unrecorded.ppid}${unrecorded.ppid === 1 ? ': orphaned' : ''}). ` +
            `If no server should own it, stop it with "kill ${unrecorded.pid}" and start again; see docs/operations.md.`,
        );
      }
    } else {
      log(`Starting embedded Neo4j 5.26 on 127.0.0.1:${port}, data in ${dataDir} ...`);
      try {
        embedded = await superviseEmbeddedNeo4j(config.neo4j.embedded, log);
      } catch (error) {
        throw new StartupError(`Embedded Neo4j failed to start: ${error instanceof Error ? error.message : String(error)}`);
      }
      uri = embedded.uri;
      log(`Embedded Neo4j ready at ${uri} in ${(embedded.startupMs / 1000).toFixed(1)} s (pid ${embedded.pid()}; restarted if it dies).`);
    }
  }
  const db = new Database({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    timeouts: config.neo4j.timeouts,
    log,
  });
  const supervised = embedded;
  if (supervised) db.knownUnavailable = () => (supervised.state() === 'restarting' ? 'restarting' : undefined);
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
