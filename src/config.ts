/**
 * Configuration from environment variables, validated once at start-up.
 * A wrong or missing value throws ConfigError naming the variable and what it should be,
 * so the entry point can print one line and exit non-zero.
 */
import path from 'node:path';
import { DEFAULT_NEO4J_TIMEOUTS, type EmbeddedNeo4jConfig, type Neo4jTimeouts } from './db/settings.js';
import { LOG_LEVELS, type LogLevel } from './observability/logger.js';
import { DEFAULT_QUERY_LIMITS, QUERY_LIMIT_VARIABLES, type QueryLimits } from './graphql/query-limits.js';
import { DEFAULT_RATE_LIMIT, RATE_LIMIT_VARIABLES, type RateLimitClass, type RateLimitConfig } from './http/rate-limit.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/request-body.js';
import { DEFAULT_RESULT_CACHE_MB } from './graphql/result-cache.js';

export class ConfigError extends Error {}

// Declared beside the code that uses them; re-exported for the callers of loadConfig.
export { DEFAULT_NEO4J_TIMEOUTS, type EmbeddedNeo4jConfig, type Neo4jTimeouts };

export interface Neo4jConfig {
  /** Set when an external Neo4j is used; absent means "start the embedded one". */
  uri?: string;
  user: string;
  password?: string;
  database?: string;
  timeouts: Neo4jTimeouts;
  embedded: EmbeddedNeo4jConfig;
}

export interface Config {
  host: string;
  port: number;
  production: boolean;
  seedOnStart: boolean;
  /** Queries need an API key (reader role or above); writes always need a curator key. */
  readsRequireKey: boolean;
  /** pino level of the JSON log (access log, errors). */
  logLevel: LogLevel;
  /** Origins whose pages may call /graphql from a browser (CORS_ORIGINS); empty: same-origin only. */
  corsOrigins: string[];
  /** /health/ready answers 503 when Neo4j has not answered within this bound. */
  readinessTimeoutMs: number;
  /** Refusals of expensive queries before any database work (QUERY_MAX_*). */
  queryLimits: QueryLimits;
  /** Requests per client and window on /graphql (RATE_LIMIT_*). */
  rateLimit: RateLimitConfig;
  /** Largest POST /graphql body in bytes (MAX_BODY_BYTES); larger ones get 413. */
  maxBodyBytes: number;
  /** Size bound of the read-result cache in MB (RESULT_CACHE_MB); 0: no cache. */
  resultCacheMb: number;
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

function logLevelVar(env: Env): LogLevel {
  const raw = env.LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
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

/**
 * CORS_ORIGINS: comma-separated origins, each exactly as a browser sends it in the Origin header
 * (scheme, host, optional port; no path, no trailing slash), because CORS compares them as strings.
 */
function corsOrigins(env: Env): string[] {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined || raw.trim() === '') return [];
  const origins = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of origins) {
    let origin: string | undefined;
    try {
      const parsed = new URL(entry);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') origin = parsed.origin;
    } catch {
      // reported below
    }
    if (origin !== entry) {
      const hint = origin ? ` (did you mean ${origin}?)` : '';
      throw new ConfigError(
        `CORS_ORIGINS must be comma-separated origins like https://viz.example.org or http://localhost:5173 (scheme, host, optional port; no path or trailing slash), got "${entry}"${hint}`,
      );
    }
  }
  return [...new Set(origins)];
}

function queryLimits(env: Env): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(limits) as (keyof QueryLimits)[]) {
    limits[key] = intVar(env, QUERY_LIMIT_VARIABLES[key], DEFAULT_QUERY_LIMITS[key], 1, 1_000_000);
  }
  return limits;
}

function rateLimit(env: Env): RateLimitConfig {
  const perWindow = { ...DEFAULT_RATE_LIMIT.perWindow };
  for (const client of Object.keys(perWindow) as RateLimitClass[]) {
    perWindow[client] = intVar(env, RATE_LIMIT_VARIABLES[client], DEFAULT_RATE_LIMIT.perWindow[client], 1, 10_000_000);
  }
  return {
    enabled: boolVar(env, 'RATE_LIMIT_ENABLED', DEFAULT_RATE_LIMIT.enabled),
    windowSeconds: intVar(env, 'RATE_LIMIT_WINDOW_SECONDS', DEFAULT_RATE_LIMIT.windowSeconds, 1, 86_400),
    perWindow,
  };
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
    logLevel: logLevelVar(env),
    corsOrigins: corsOrigins(env),
    readinessTimeoutMs: intVar(env, 'READINESS_TIMEOUT_MS', 2_000, 100, 60_000),
    queryLimits: queryLimits(env),
    rateLimit: rateLimit(env),
    maxBodyBytes: intVar(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1_000, 100_000_000),
    resultCacheMb: intVar(env, 'RESULT_CACHE_MB', DEFAULT_RESULT_CACHE_MB, 0, 65_536),
    neo4j: {
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password,
      database: env.NEO4J_DATABASE || undefined,
      timeouts: {
        transactionMs: intVar(env, 'NEO4J_TRANSACTION_TIMEOUT_MS', DEFAULT_NEO4J_TIMEOUTS.transactionMs, 100, 3_600_000),
        bulkTransactionMs: intVar(env, 'NEO4J_BULK_TRANSACTION_TIMEOUT_MS', DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs, 1_000, 86_400_000),
        connectionAcquisitionMs: intVar(env, 'NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS', DEFAULT_NEO4J_TIMEOUTS.connectionAcquisitionMs, 100, 600_000),
        connectionMs: intVar(env, 'NEO4J_CONNECTION_TIMEOUT_MS', DEFAULT_NEO4J_TIMEOUTS.connectionMs, 100, 600_000),
        retryMs: intVar(env, 'NEO4J_MAX_RETRY_TIME_MS', DEFAULT_NEO4J_TIMEOUTS.retryMs, 0, 600_000),
      },
      embedded: {
        port: intVar(env, 'NEO4J_EMBEDDED_PORT', 7687, 1, 65535),
        dataDir: path.resolve(projectRoot, env.NEO4J_DATA_DIR || '.data/neo4j'),
        heapMb: intVar(env, 'NEO4J_EMBEDDED_HEAP_MB', 2048, 256, 65536),
        pageCacheMb: intVar(env, 'NEO4J_EMBEDDED_PAGECACHE_MB', 256, 16, 65536),
      },
    },
  };
}
