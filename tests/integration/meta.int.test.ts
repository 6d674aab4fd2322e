import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { readMigrations } from '../../src/db/migrations.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { testDatabase } from '../support/database.js';

let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = testDatabase();
  // A generous readiness bound: this checks the happy path on a possibly loaded CI machine; the
  // 2 s default and its 503 are tested in neo4j-outage.int.test.ts.
  server = await startServer({ db, host: '127.0.0.1', port: 0, production: false, readinessTimeoutMs: 30_000, logger: silentLogger() });
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

async function post(query: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
}

describe('meta over HTTP', () => {
  it('returns the Neo4j version and counts read from the database', async () => {
    const [direct] = await db.readText('CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
    const { status, body } = await post('{ meta { neo4jVersion neo4jEdition nodeCount relationshipCount schemaVersion } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.meta.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(body.data.meta.neo4jEdition).toBe('community');
    expect(body.data.meta.nodeCount).toBe(direct!.nodes);
    expect(body.data.meta.relationshipCount).toBe(direct!.rels);
    expect(body.data.meta.schemaVersion).toBe(Math.max(...readMigrations().map((m) => m.version)));
  });

  it('states the version from package.json and the release from git describe of this checkout', async () => {
    const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    const described = execFileSync('git', ['describe', '--tags', '--always', '--dirty'], { encoding: 'utf8' }).trim();
    const { body } = await post('{ meta { version release } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.meta).toEqual({ version, release: described });
  });

  it('counts follow the database: a node written directly shows up', async () => {
    const before = (await post('{ meta { nodeCount } }')).body.data.meta.nodeCount;
    await db.writeTx((tx) => db.runText(tx, 'CREATE (:MetaProbe)'));
    try {
      const after = (await post('{ meta { nodeCount } }')).body.data.meta.nodeCount;
      expect(after).toBe(before + 1);
    } finally {
      await db.writeTx((tx) => db.runText(tx, 'MATCH (n:MetaProbe) DELETE n'));
    }
  });

  it('liveness and readiness answer', async () => {
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });
});
