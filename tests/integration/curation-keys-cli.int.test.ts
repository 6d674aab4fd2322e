/**
 * The bootstrap path: `npm run keys -- create --role admin --name ...` prints a key once,
 * the key works against the API, `list` shows it without its secret, `revoke` stops it.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
const apis: TestApi[] = [];
afterAll(async () => {
  for (const a of apis) await a.close();
  await resetTestGraph(db);
  await db.close();
});

function keysCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', ...args], {
    cwd: projectRoot,
    // The test Neo4j runs without authentication; any password is accepted.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword') || 'unused',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

async function whoami(secret: string) {
  const api = await startTestApi({ apiKey: secret });
  apis.push(api);
  return api.ask('{ whoami { name role } }');
}

describe('npm run keys', () => {
  let secret = '';
  let keyId = '';

  it('create prints the key once, and it works', async () => {
    const { code, stdout } = keysCli('create', '--role', 'admin', '--name', 'First admin');
    expect(code).toBe(0);
    const match = /^Created admin key "First admin" \((key:[0-9a-f-]+)\)\. The key, shown this once:\n(mgkg_\S+)$/.exec(stdout);
    expect(match, stdout).not.toBeNull();
    [, keyId, secret] = match as unknown as [string, string, string];
    expect((await whoami(secret)).data).toEqual({ whoami: { name: 'First admin', role: 'ADMIN' } });
    const [change] = await db.readText('MATCH (c:Change {targetId: $id}) RETURN c.operation AS op, c.curatorId AS by', { id: keyId });
    expect(change).toEqual({ op: 'CREATE_API_KEY', by: 'cli' });
  });

  it('list shows it without the secret', () => {
    const { code, stdout } = keysCli('list');
    expect(code).toBe(0);
    expect(stdout).toContain(`${keyId}\tadmin\tFirst admin\tactive`);
    expect(stdout).not.toContain(secret);
  });

  it('revoke stops it', async () => {
    expect(keysCli('revoke', keyId)).toMatchObject({ code: 0, stdout: `Revoked "First admin" (${keyId}).` });
    const result = await whoami(secret);
    expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a bad role or missing arguments are refused with a reason', () => {
    const bad = keysCli('create', '--role', 'owner', '--name', 'x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('role: "owner" is not a role; expected one of reader, contributor, curator, admin');
    const usage = keysCli('create', '--role', 'admin');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^usage: npm run keys -- create --role <reader\|contributor\|curator\|admin> --name <who it is for>/);
  });
});
