/**
 * Who may write: no key or a reader key is refused (saying why, nothing changed); a curator
 * key writes; admins manage keys, which are stored only as hashes. Reads are open unless
 * READS_REQUIRE_KEY. Checked in-process and over HTTP (both header forms).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
const apis: TestApi[] = [];
let keys: Record<'reader' | 'curator' | 'admin', { id: string; secret: string }>;

async function api(options: Parameters<typeof startTestApi>[0] = {}): Promise<TestApi> {
  const started = await startTestApi(options);
  apis.push(started);
  return started;
}

beforeAll(async () => {
  keys = { reader: await createTestKey(db, 'reader'), curator: await createTestKey(db, 'curator'), admin: await createTestKey(db, 'admin') };
});
afterAll(async () => {
  for (const a of apis) await a.close();
  await resetTestGraph(db);
  await db.close();
});

const ADD_SUBCATEGORY = `mutation { addRelationship(input: {
  type: SUBCATEGORY_OF, from: "category:migrant-workers", to: "category:everyone",
  citations: [{ source: "source:ohchr-2013", locator: "Box 2" }] }) { outcome change { curator { name role } } } }`;

async function changeCount(): Promise<number> {
  const [row] = await db.readText('MATCH (c:Change) RETURN count(c) AS n');
  return Number(row!.n);
}

async function refusedWith(client: TestApi, query: string, code: string): Promise<string> {
  const before = await graphSnapshot(db, 'entities');
  const changes = await changeCount();
  const result = await client.ask(query);
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe(code);
  expect(await graphSnapshot(db, 'entities')).toEqual(before);
  expect(await changeCount()).toBe(changes);
  return result.errors![0]!.message;
}

describe('writes', () => {
  it('without a key: UNAUTHENTICATED, saying how to send one, nothing written', async () => {
    const message = await refusedWith(await api(), ADD_SUBCATEGORY, 'UNAUTHENTICATED');
    expect(message).toBe('addRelationship needs an API key with the curator role; send it as "Authorization: Bearer <key>" or "x-api-key: <key>"');
  });

  it('with a reader key: FORBIDDEN, naming the key and its role', async () => {
    const message = await refusedWith(await api({ apiKey: keys.reader.secret }), ADD_SUBCATEGORY, 'FORBIDDEN');
    expect(message).toBe('addRelationship needs the curator role; the API key "test reader" has the reader role');
  });

  it('with a key nobody issued: UNAUTHENTICATED', async () => {
    const message = await refusedWith(await api({ apiKey: 'mgkg_not-a-real-key' }), ADD_SUBCATEGORY, 'UNAUTHENTICATED');
    expect(message).toBe('The API key is not known (check that it was copied whole)');
  });

  it('with a curator key: lands, and the audit trail names the key', async () => {
    const before = await graphSnapshot(db, 'entities');
    const result = await (await api({ apiKey: keys.curator.secret })).data(ADD_SUBCATEGORY);
    expect(result.addRelationship).toEqual({ outcome: 'CREATED', change: { curator: { name: 'test curator', role: 'CURATOR' } } });
    expect((await graphSnapshot(db, 'entities')).relationships).toBe(before.relationships + 1);
    const [row] = await db.readText("MATCH (c:Change {targetId: 'category:migrant-workers-[SUBCATEGORY_OF]->category:everyone'}) RETURN c.curatorId AS id");
    expect(row!.id).toBe(keys.curator.id);
  });

  it('with an admin key too (admin includes curator)', async () => {
    const result = await (await api({ apiKey: keys.admin.secret })).data(ADD_SUBCATEGORY);
    expect(result.addRelationship.outcome).toBe('UNCHANGED');
  });
});

describe('API keys', () => {
  it('a curator cannot create keys', async () => {
    const message = await refusedWith(
      await api({ apiKey: keys.curator.secret }),
      'mutation { createApiKey(name: "x", role: CURATOR) { secret } }',
      'FORBIDDEN',
    );
    expect(message).toBe('createApiKey needs the admin role; the API key "test curator" has the curator role');
  });

  it('an admin creates a key that works, is stored only as its hash, and is audited', async () => {
    const admin = await api({ apiKey: keys.admin.secret });
    const created = await admin.data(
      'mutation { createApiKey(name: "Ada (data team)", role: CURATOR) { secret key { id name role revokedAt } change { operation targetId after } } }',
    );
    const { secret, key, change } = created.createApiKey;
    expect(key).toMatchObject({ name: 'Ada (data team)', role: 'CURATOR', revokedAt: null });
    expect(change).toMatchObject({ operation: 'CREATE_API_KEY', targetId: key.id });
    expect(change.after).not.toContain(secret);
    const [stored] = await db.readText('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS props', { id: key.id });
    expect(JSON.stringify(stored!.props)).not.toContain(secret);
    expect((await (await api({ apiKey: secret })).data('{ whoami { name role } }')).whoami).toEqual({ name: 'Ada (data team)', role: 'CURATOR' });

    const listed = await admin.data('{ apiKeys { id name role } }');
    expect(listed.apiKeys.map((k: { name: string }) => k.name)).toEqual(['test reader', 'test curator', 'test admin', 'Ada (data team)']);
  });

  it('a revoked key opens nothing, and says so', async () => {
    const admin = await api({ apiKey: keys.admin.secret });
    const { createApiKey } = await admin.data('mutation { createApiKey(name: "short-lived", role: CURATOR) { secret key { id } } }');
    const revoked = await admin.data('mutation($id: ID!) { revokeApiKey(id: $id) { key { revokedAt } change { operation } } }', { id: createApiKey.key.id });
    expect(revoked.revokeApiKey.key.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(revoked.revokeApiKey.change.operation).toBe('REVOKE_API_KEY');
    const message = await refusedWith(await api({ apiKey: createApiKey.secret }), ADD_SUBCATEGORY, 'UNAUTHENTICATED');
    expect(message).toMatch(/^The API key "short-lived" was revoked on \d{4}-/);
    // Revoking again changes nothing and records nothing.
    const again = await admin.data('mutation($id: ID!) { revokeApiKey(id: $id) { change { id } } }', { id: createApiKey.key.id });
    expect(again.revokeApiKey.change).toBeNull();
  });

  it('listing keys needs the admin role; whoami without a key is null', async () => {
    const result = await (await api({ apiKey: keys.reader.secret })).ask('{ apiKeys { id } }');
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await (await api()).data('{ whoami { name } }')).whoami).toBeNull();
  });
});

describe('reads', () => {
  it('are open by default', async () => {
    expect((await (await api()).data('{ node(id: "state:MEX") { name } }')).node.name).toBe('Mexico');
  });

  it('need a key with READS_REQUIRE_KEY, any role from reader up', async () => {
    const closed = await api({ readsRequireKey: true });
    const result = await closed.ask('{ node(id: "state:MEX") { name } }');
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.errors![0]!.message).toBe('Reading needs an API key with the reader role; send it as "Authorization: Bearer <key>" or "x-api-key: <key>"');
    expect((await (await api({ readsRequireKey: true, apiKey: keys.reader.secret })).data('{ node(id: "state:MEX") { name } }')).node.name).toBe('Mexico');
  });
});

describe('over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ db, host: '127.0.0.1', port: 0, production: true, readsRequireKey: true, logger: silentLogger() });
  });
  afterAll(() => server.stop());

  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('takes the key as Authorization: Bearer or x-api-key', async () => {
    const bearer = await post('{ whoami { name } }', { authorization: `Bearer ${keys.curator.secret}` });
    expect(bearer.body.data.whoami.name).toBe('test curator');
    const header = await post('{ whoami { name } }', { 'x-api-key': keys.reader.secret });
    expect(header.body.data.whoami.name).toBe('test reader');
  });

  it('answers a read without a key with 401 (READS_REQUIRE_KEY) and keeps the reason in production', async () => {
    const { status, body } = await post('{ meta { nodeCount } }');
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toContain('Reading needs an API key');
  });

  it('refuses a write with a reader key, giving the reason', async () => {
    const { body } = await post(ADD_SUBCATEGORY, { authorization: `Bearer ${keys.reader.secret}` });
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0].message).toContain('needs the curator role');
  });
});
