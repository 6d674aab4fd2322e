/**
 * Stopping Neo4j under a running server: readiness turns not-ready, queries get a clear
 * GraphQL error, the server stays up, and it answers again once Neo4j is back.
 * Uses its own embedded Neo4j so the shared test database is not disturbed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { freePort } from '../support/free-port.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-outage-'));
let neo4j: EmbeddedNeo4j | undefined;
let db: Database | undefined;
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function meta(url: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ meta { neo4jVersion nodeCount } }' }),
  });
  return (await res.json()) as { data?: { meta: { neo4jVersion: string } } | null; errors?: Array<{ message: string; extensions: { code: string } }> };
}

describe('Neo4j outage under a running server', () => {
  it('reports not-ready and a clear error while down, and recovers when Neo4j is back', async () => {
    const port = await freePort();
    const settings = { port, dataDir, heapMb: 512, pageCacheMb: 64 };
    neo4j = await startEmbeddedNeo4j(settings);
    db = new Database({ uri: neo4j.uri });
    server = await startServer({ db, host: '127.0.0.1', port: 0, production: true, logger: silentLogger() });

    expect((await meta(server.url)).data?.meta.neo4jVersion).toMatch(/^5\.26/);

    await neo4j.stop();
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not-ready', neo4j: 'down' });
    const down = await meta(server.url);
    expect(down.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toContain(`Neo4j at bolt://127.0.0.1:${port}`);
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);

    neo4j = await startEmbeddedNeo4j(settings);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    expect((await meta(server.url)).data?.meta.neo4jVersion).toMatch(/^5\.26/);
  });
});
