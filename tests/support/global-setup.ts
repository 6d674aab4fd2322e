/**
 * Starts the test run's Neo4j: an embedded one on a free port with a throwaway data
 * directory, or the one at NEO4J_TEST_URI (never NEO4J_URI: tests wipe the database).
 * Applies migrations and loads the seed, then hands the URI to the tests.
 *
 * The contract, integration and browser projects (vitest.config.ts) each name this setup; they
 * share one database, started by the first and stopped by the last teardown. The unit project
 * has no setup, so it runs without Java or Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j.js';
import { migrate } from '../../src/db/migrations.js';
import { freePort } from './free-port.js';
import { prepareTestGraph } from './test-graph.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

interface TestDatabase {
  uri: string;
  user: string;
  password: string;
  embedded?: EmbeddedNeo4j;
  dataDir?: string;
}

// Kept on globalThis: vitest may evaluate this module once per project.
const shared = globalThis as typeof globalThis & { mgkgTestDatabase?: { ready: Promise<TestDatabase>; users: number } };

async function startTestDatabase(): Promise<TestDatabase> {
  let uri = process.env.NEO4J_TEST_URI;
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  if (!uri) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-test-neo4j-'));
    embedded = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heapMb: 1024, pageCacheMb: 256 });
    uri = embedded.uri;
    console.error(`[tests] embedded Neo4j at ${uri} (started in ${embedded.startupMs} ms), data in ${dataDir}`);
  }
  const user = process.env.NEO4J_TEST_USER ?? 'neo4j';
  const password = process.env.NEO4J_TEST_PASSWORD ?? '';
  const db = new Database({ uri, user, password });
  try {
    await db.verify();
    await migrate(db);
    await prepareTestGraph(db);
  } finally {
    await db.close();
  }
  return { uri, user, password, embedded, dataDir };
}

export async function setup(project: TestProject): Promise<void> {
  shared.mgkgTestDatabase ??= { ready: startTestDatabase(), users: 0 };
  shared.mgkgTestDatabase.users++;
  const { uri, user, password } = await shared.mgkgTestDatabase.ready;
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
}

export async function teardown(): Promise<void> {
  const state = shared.mgkgTestDatabase;
  if (!state || --state.users > 0) return;
  shared.mgkgTestDatabase = undefined;
  const { embedded, dataDir } = await state.ready;
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
