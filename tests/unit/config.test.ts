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

  it('RESULT_CACHE_MB bounds the result cache, 64 MB by default; 0 turns it off; nonsense is refused by name', () => {
    expect(loadConfig({}).resultCacheMb).toBe(64);
    expect(loadConfig({ RESULT_CACHE_MB: '0' }).resultCacheMb).toBe(0);
    expect(loadConfig({ RESULT_CACHE_MB: '256' }).resultCacheMb).toBe(256);
    expect(() => loadConfig({ RESULT_CACHE_MB: '-1' })).toThrowError(/RESULT_CACHE_MB must be a whole number from 0 to 65536, got "-1"/);
    expect(() => loadConfig({ RESULT_CACHE_MB: 'lots' })).toThrowError(ConfigError);
  });

  it('MAX_BODY_BYTES sets the request body limit', () => {
    expect(loadConfig({ MAX_BODY_BYTES: '2500000' }).maxBodyBytes).toBe(2_500_000);
  });

  it('has time bounds on every Neo4j call, each settable', () => {
    expect(loadConfig({}).neo4j.timeouts).toEqual({
      transactionMs: 10_000,
      bulkTransactionMs: 1_800_000,
      connectionAcquisitionMs: 5_000,
      connectionMs: 3_000,
      retryMs: 2_000,
    });
    expect(loadConfig({}).readinessTimeoutMs).toBe(2_000);
    const custom = loadConfig({
      NEO4J_TRANSACTION_TIMEOUT_MS: '2500',
      NEO4J_BULK_TRANSACTION_TIMEOUT_MS: '60000',
      NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: '1500',
      NEO4J_CONNECTION_TIMEOUT_MS: '700',
      READINESS_TIMEOUT_MS: '500',
      NEO4J_MAX_RETRY_TIME_MS: '0',
    });
    expect(custom.neo4j.timeouts).toEqual({ transactionMs: 2_500, bulkTransactionMs: 60_000, connectionAcquisitionMs: 1_500, connectionMs: 700, retryMs: 0 });
    expect(custom.readinessTimeoutMs).toBe(500);
  });

  it('reads the query limits and rate limits, on by default', () => {
    const defaults = loadConfig({});
    expect(defaults.queryLimits).toEqual({ maxTokens: 5000, maxDepth: 12, maxAliases: 30, maxFields: 1000, maxCost: 3000 });
    expect(defaults.rateLimit).toEqual({
      enabled: true,
      windowSeconds: 60,
      perWindow: { anonymous: 300, reader: 600, contributor: 600, curator: 1200, admin: 3000 },
    });
    const set = loadConfig({
      QUERY_MAX_TOKENS: '900',
      QUERY_MAX_DEPTH: '8',
      QUERY_MAX_ALIASES: '5',
      QUERY_MAX_FIELDS: '400',
      QUERY_MAX_COST: '1200',
      RATE_LIMIT_ENABLED: 'false',
      RATE_LIMIT_WINDOW_SECONDS: '10',
      RATE_LIMIT_ANONYMOUS: '7',
      RATE_LIMIT_READER: '70',
      RATE_LIMIT_CONTRIBUTOR: '80',
      RATE_LIMIT_CURATOR: '700',
      RATE_LIMIT_ADMIN: '7000',
    });
    expect(set.queryLimits).toEqual({ maxTokens: 900, maxDepth: 8, maxAliases: 5, maxFields: 400, maxCost: 1200 });
    expect(set.rateLimit).toEqual({ enabled: false, windowSeconds: 10, perWindow: { anonymous: 7, reader: 70, contributor: 80, curator: 700, admin: 7000 } });
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
    [{ NEO4J_TRANSACTION_TIMEOUT_MS: '10s' }, /NEO4J_TRANSACTION_TIMEOUT_MS must be a whole number from 100 to 3600000, got "10s"/],
    [{ NEO4J_TRANSACTION_TIMEOUT_MS: '0' }, /NEO4J_TRANSACTION_TIMEOUT_MS must be a whole number/],
    [{ NEO4J_BULK_TRANSACTION_TIMEOUT_MS: '-1' }, /NEO4J_BULK_TRANSACTION_TIMEOUT_MS must be a whole number/],
    [{ NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: '1.5' }, /NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS must be a whole number/],
    [{ NEO4J_CONNECTION_TIMEOUT_MS: 'soon' }, /NEO4J_CONNECTION_TIMEOUT_MS must be a whole number/],
    [{ NEO4J_MAX_RETRY_TIME_MS: 'never' }, /NEO4J_MAX_RETRY_TIME_MS must be a whole number from 0 to 600000/],
    [{ READINESS_TIMEOUT_MS: '99' }, /READINESS_TIMEOUT_MS must be a whole number from 100 to 60000, got "99"/],
    [{ QUERY_MAX_DEPTH: '0' }, /QUERY_MAX_DEPTH must be a whole number from 1 to 1000000, got "0"/],
    [{ QUERY_MAX_COST: 'lots' }, /QUERY_MAX_COST must be a whole number/],
    [{ RATE_LIMIT_READER: '-5' }, /RATE_LIMIT_READER must be a whole number from 1/],
    [{ RATE_LIMIT_ENABLED: 'perhaps' }, /RATE_LIMIT_ENABLED must be true or false, got "perhaps"/],
    [{ RATE_LIMIT_WINDOW_SECONDS: '0' }, /RATE_LIMIT_WINDOW_SECONDS must be a whole number from 1 to 86400/],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });
});

describe('CORS_ORIGINS', () => {
  it('is empty when unset (same-origin only) and keeps each listed origin, trimmed and once', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://viz.example.org, http://localhost:5173 ,https://viz.example.org,' }).corsOrigins).toEqual([
      'https://viz.example.org',
      'http://localhost:5173',
    ]);
  });

  it.each([
    ['https://viz.example.org/', /got "https:\/\/viz.example.org\/" \(did you mean https:\/\/viz.example.org\?\)/],
    ['https://viz.example.org/app', /no path or trailing slash/],
    ['https://Viz.Example.org', /did you mean https:\/\/viz.example.org\?/],
    ['https://viz.example.org:443', /did you mean https:\/\/viz.example.org\?/],
    ['viz.example.org', /CORS_ORIGINS must be comma-separated origins.*got "viz.example.org"/],
    ['*', /got "\*"/],
    ['ftp://files.example.org', /got "ftp:\/\/files.example.org"/],
  ])('rejects %j naming the entry', (value, message) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrowError(message);
  });
});
