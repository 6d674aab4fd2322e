/**
 * The entry point, run as a user would: bad configuration and an unreachable Neo4j give
 * one clear line and a non-zero exit, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';

function runMain(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('npm start with bad settings', () => {
  it('a malformed NEO4J_URI exits 2 with one line naming the variable', () => {
    const { code, stderr } = runMain({ NEO4J_URI: 'http//nowhere', NEO4J_PASSWORD: 'x' });
    expect(code).toBe(2);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Configuration error: NEO4J_URI must/);
  });

  it('a missing password exits 2 with one line naming NEO4J_PASSWORD', () => {
    const { code, stderr } = runMain({ NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(code).toBe(2);
    expect(stderr).toBe('Configuration error: NEO4J_PASSWORD must be set when NEO4J_URI is set (the password of NEO4J_USER, default "neo4j")');
  });

  it('an unreachable Neo4j exits 1 with one line naming the URI', () => {
    const { code, stderr } = runMain({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: /);
  });
});
