import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j when NEO4J_URI is absent', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.neo4j.embedded.dataDir).toBe('/srv/app/.data/neo4j');
    expect(config.readsRequireKey).toBe(false);
    expect(config.maxBodyBytes).toBe(1_000_000);
  });

  it('MAX_BODY_BYTES sets the request body limit', () => {
    expect(loadConfig({ MAX_BODY_BYTES: '2500000' }).maxBodyBytes).toBe(2_500_000);
  });

  it('READS_REQUIRE_KEY=true makes reads need an API key', () => {
    expect(loadConfig({ READS_REQUIRE_KEY: 'true' }).readsRequireKey).toBe(true);
  });

  it('accepts a cluster URI with a password', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' });
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.neo4j.user).toBe('neo4j');
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must use one of bolt, bolt\+s/],
    [{ NEO4J_URI: 'not a url', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must be a URL/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD must be set when NEO4J_URI is set/],
    [{ PORT: 'eighty' }, /PORT must be a whole number from 1 to 65535, got "eighty"/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ SEED_ON_START: 'maybe' }, /SEED_ON_START must be true or false/],
    [{ MAX_BODY_BYTES: '1mb' }, /MAX_BODY_BYTES must be a whole number from 1000 to 100000000, got "1mb"/],
    [{ MAX_BODY_BYTES: '10' }, /MAX_BODY_BYTES must be a whole number from 1000 to 100000000, got "10"/],
    [{ READS_REQUIRE_KEY: 'sometimes' }, /READS_REQUIRE_KEY must be true or false, got "sometimes"/],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });
});
