/**
 * Configuration from environment variables, validated once at start-up.
 * A wrong or missing value throws ConfigError naming the variable and what it should be,
 * so the entry point can print one line and exit non-zero.
 */
import path from 'node:path';
import { DEFAULT_MAX_BODY_BYTES } from './http/request-body.js';

export class ConfigError extends Error {}

export interface EmbeddedNeo4jConfig {
  port: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
}

export interface Neo4jConfig {
  /** Set when an external Neo4j is used; absent means "start the embedded one". */
  uri?: string;
  user: string;
  password?: string;
  database?: string;
  embedded: EmbeddedNeo4jConfig;
}

export interface Config {
  host: string;
  port: number;
  production: boolean;
  seedOnStart: boolean;
  /** Queries need an API key (reader role or above); writes always need a curator key. */
  readsRequireKey: boolean;
  /** Largest POST /graphql body in bytes (MAX_BODY_BYTES); larger ones get 413. */
  maxBodyBytes: number;
  neo4j: Neo4jConfig;
}

type Env = Record<string, string | undefined>;

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function neo4jUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`NEO4J_URI must be a URL like bolt://host:7687 or neo4j+s://xxx.databases.neo4j.io, got "${raw}"`);
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (!NEO4J_SCHEMES.includes(scheme) || parsed.hostname === '') {
    throw new ConfigError(`NEO4J_URI must use one of ${NEO4J_SCHEMES.join(', ')} with a host, got "${raw}"`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env, projectRoot = process.cwd()): Config {
  const uri = neo4jUri(env);
  const password = env.NEO4J_PASSWORD;
  if (uri && (password === undefined || password === '')) {
    throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI is set (the password of NEO4J_USER, default "neo4j")');
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: intVar(env, 'PORT', 4000, 1, 65535),
    production: env.NODE_ENV === 'production',
    seedOnStart: boolVar(env, 'SEED_ON_START', true),
    readsRequireKey: boolVar(env, 'READS_REQUIRE_KEY', false),
    maxBodyBytes: intVar(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1_000, 100_000_000),
    neo4j: {
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password,
      database: env.NEO4J_DATABASE || undefined,
      embedded: {
        port: intVar(env, 'NEO4J_EMBEDDED_PORT', 7687, 1, 65535),
        dataDir: path.resolve(projectRoot, env.NEO4J_DATA_DIR || '.data/neo4j'),
        heapMb: intVar(env, 'NEO4J_EMBEDDED_HEAP_MB', 2048, 256, 65536),
        pageCacheMb: intVar(env, 'NEO4J_EMBEDDED_PAGECACHE_MB', 256, 16, 65536),
      },
    },
  };
}
