/**
 * Issue 15, item 4: the read-result cache cannot serve stale answers. Two API servers, each
 * with its own driver and its own cache, share the test Neo4j like two instances behind a load
 * balancer: a write through one is seen by the next read through the other, because every write
 * advances the graph version in its transaction and every cached read reads the version first.
 * Hits are proven by the database round-trips of the answering server (a hit costs only the
 * version read), not only by its header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorPrincipal } from '../../src/audit/audit.js';
import { importFiles } from '../../src/bulk/import-files.js';
import type { Database } from '../../src/db/database.js';
import { readGraphVersion, RESULT_CACHE_HEADER } from '../../src/graphql/result-cache.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server.js';
import { testDatabase } from '../support/database.js';
import { createTestKey } from '../support/keys.js';
import { resetTestGraph } from '../support/test-graph.js';

interface Api {
  db: Database;
  server: RunningServer;
}

const apis: Api[] = [];
/** Outside any server: the tests' own reads and setup writes. */
const db = testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-result-cache-'));

async function startApi(options: Partial<ServerOptions> = {}): Promise<Api> {
  const apiDb = testDatabase();
  const server = await startServer({ db: apiDb, host: '127.0.0.1', port: 0, production: false, logger: silentLogger(), resultCacheMb: 8, ...options });
  const api = { db: apiDb, server };
  apis.push(api);
  return api;
}

/** One POST /graphql; `roundTrips` is what the answering server sent to Neo4j for it. */
async function ask(api: Api, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const before = api.db.roundTrips;
  const res = await fetch(`${api.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, cache: res.headers.get(RESULT_CACHE_HEADER), roundTrips: api.db.roundTrips - before, body };
}

const NODE = `query Node($id: ID!) { node(id: $id) { id name } }`;
const UPDATE_NAME = `mutation($input: NodeInput!) { updateNode(input: $input) { outcome } }`;
const RIGHTS = `{ rights(first: 100) { totalCount } }`;
const RIGHT = 'right:non-refoulement';

afterAll(async () => {
  for (const api of apis) {
    await api.server.stop();
    await api.db.close();
  }
  await resetTestGraph(db);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('two API instances on one Neo4j, each with its own cache', () => {
  let a: Api;
  let b: Api;
  let curator: string;
  beforeAll(async () => {
    a = await startApi();
    b = await startApi();
    curator = (await createTestKey(db, 'curator')).secret;
  });

  it('a read through A misses, then hits; a write through B is seen by the next read through A', async () => {
    const first = await ask(a, NODE, { id: RIGHT });
    expect(first.body.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    expect(first.roundTrips).toBeGreaterThanOrEqual(2); // the version read and the question
    const hit = await ask(a, NODE, { id: RIGHT });
    expect(hit.cache).toBe('hit');
    expect(hit.roundTrips).toBe(1); // the version read only
    expect(hit.body).toEqual(first.body);

    const renamed = `${first.body.data.node.name} (renamed through B)`;
    const write = await ask(b, UPDATE_NAME, { input: { id: RIGHT, name: renamed, citations: [{ source: 'source:ohchr-2013', locator: 'Box 1' }] } }, curator);
    expect(write.body.errors).toBeUndefined();
    expect(write.body.data.updateNode.outcome).toBe('UPDATED');
    expect(write.cache).toBeNull(); // mutations are never cached

    const after = await ask(a, NODE, { id: RIGHT });
    expect(after.cache).toBe('miss');
    expect(after.body.data.node.name).toBe(renamed);
    const again = await ask(a, NODE, { id: RIGHT });
    expect(again.cache).toBe('hit');
    expect(again.body.data.node.name).toBe(renamed);
  });

  it('other variables are another entry; an error is never cached', async () => {
    const other = await ask(a, NODE, { id: 'right:family-unity' });
    expect(other.cache).toBe('miss');
    for (let i = 0; i < 2; i++) {
      const unknown = await ask(a, NODE, { id: 'right:no-such-right' });
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(unknown.cache).toBe('miss');
      expect(unknown.roundTrips).toBeGreaterThanOrEqual(2);
    }
  });

  it('a bulk import advances the version, and A answers from the imported graph', async () => {
    const before = await ask(a, RIGHTS);
    expect((await ask(a, RIGHTS)).cache).toBe('hit');
    const version = await readGraphVersion(db);
    const file = path.join(dir, 'rights.csv');
    fs.writeFileSync(file, 'id,name,source,locator\nright:cache-test,A right for the cache test,source:ohchr-2013,Box 1\n');
    const outcome = await importFiles(db, [file], { curator: operatorPrincipal('cli:test') });
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    expect(await readGraphVersion(db)).not.toBe(version);
    const after = await ask(a, RIGHTS);
    expect(after.cache).toBe('miss');
    expect(after.body.data.rights.totalCount).toBe(before.body.data.rights.totalCount + 1);
  });
});

describe('read rights are part of the key', () => {
  it("with READS_REQUIRE_KEY, a reader key's cached answer is not served to a keyless caller or a revoked key", async () => {
    const api = await startApi({ readsRequireKey: true });
    const reader = await createTestKey(db, 'reader', 'cache reader');
    const admin = await createTestKey(db, 'admin', 'cache admin');
    expect((await ask(api, NODE, { id: RIGHT }, reader.secret)).cache).toBe('miss');
    const hit = await ask(api, NODE, { id: RIGHT }, reader.secret);
    expect(hit.cache).toBe('hit');
    expect(hit.body.data.node.id).toBe(RIGHT);

    const keyless = await ask(api, NODE, { id: RIGHT });
    expect(keyless.status).toBe(401);
    expect(keyless.body.data).toBeUndefined();
    expect(keyless.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const revoke = await ask(api, `mutation($id: ID!) { revokeApiKey(id: $id) { key { revokedAt } } }`, { id: reader.id }, admin.secret);
    expect(revoke.body.errors).toBeUndefined();
    const revoked = await ask(api, NODE, { id: RIGHT }, reader.secret);
    expect(revoked.status).toBe(401);
    expect(revoked.body.data).toBeUndefined();
    expect(revoked.body.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('answers that depend on the key (whoami) are kept per key', async () => {
    const api = await startApi();
    const first = await createTestKey(db, 'reader', 'cache first');
    const second = await createTestKey(db, 'reader', 'cache second');
    const WHOAMI = '{ whoami { name } }';
    expect((await ask(api, WHOAMI, {}, first.secret)).body.data.whoami.name).toBe('cache first');
    expect((await ask(api, WHOAMI, {}, first.secret)).cache).toBe('hit');
    const other = await ask(api, WHOAMI, {}, second.secret);
    expect(other.cache).toBe('miss');
    expect(other.body.data.whoami.name).toBe('cache second');
    const anonymous = await ask(api, WHOAMI);
    expect(anonymous.cache).toBe('miss');
    expect(anonymous.body.data.whoami).toBeNull();
  });
});

describe('cache off', () => {
  it('RESULT_CACHE_MB=0: every read goes to Neo4j, with no version read and no cache header', async () => {
    const api = await startApi({ resultCacheMb: 0 });
    const answers = [await ask(api, NODE, { id: RIGHT }), await ask(api, NODE, { id: RIGHT })];
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.cache).toBeNull();
    }
    expect(answers[1]!.roundTrips).toBe(answers[0]!.roundTrips);
    expect(answers[1]!.roundTrips).toBeGreaterThanOrEqual(1);
  });
});
