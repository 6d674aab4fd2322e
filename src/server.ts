/**
 * The HTTP server: routes /graphql (API, CORS, GraphiQL for browsers), /data/ (CSV tables), /explorer, /health/live,
 * /health/ready and /metrics; an access-log line per request; graceful shutdown. The Apollo
 * server itself is configured in apollo.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContext, type RequestContext } from './context.js';
import type { Database } from './db/database.js';
import { corsFor } from './http/cors.js';
import type { ApolloServer } from '@apollo/server';
import { createApollo } from './apollo.js';
import type { QueryLimits } from './graphql/query-limits.js';
import { serveExplorer } from './http/explorer-handler.js';
import { serveGraphiqlAsset, serveGraphiqlPage, wantsGraphiql } from './http/graphiql-handler.js';
import { dataHandler } from './http/data-handler.js';
import { graphqlHandler } from './http/graphql-handler.js';
import { checkReadiness } from './http/readiness.js';
import { createRateLimiter, type RateLimitConfig } from './http/rate-limit.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/request-body.js';
import { recordRequest } from './observability/access-log.js';
import { defaultLogger, type Logger } from './observability/logger.js';
import { enableDefaultMetrics, neo4jUp, registry } from './observability/metrics.js';
import { newRequestTrace, requestIdFrom, runInRequest } from './observability/request-trace.js';

export interface ServerOptions {
  db: Database;
  host: string;
  port: number;
  production: boolean;
  /** Queries need an API key (READS_REQUIRE_KEY); default false: reads are open. */
  readsRequireKey?: boolean;
  /** Access log and errors; default: JSON lines on stdout at LOG_LEVEL (info). */
  logger?: Logger;
  /** Origins whose pages may call /graphql (CORS_ORIGINS); default none: same-origin only. */
  corsOrigins?: string[];
  /** /health/ready answers 503 when Neo4j has not answered within this bound (READINESS_TIMEOUT_MS). */
  readinessTimeoutMs?: number;
  /** Query cost limits (QUERY_MAX_*); default DEFAULT_QUERY_LIMITS. */
  queryLimits?: QueryLimits;
  /** Per-client rate limits (RATE_LIMIT_*); none when absent (npm start passes the configured ones, on by default). */
  rateLimit?: RateLimitConfig;
  /** Largest POST /graphql body in bytes (MAX_BODY_BYTES); default 1 MB. */
  maxBodyBytes?: number;
  /** Size bound of the read-result cache in MB (RESULT_CACHE_MB); default 0: no cache (npm start passes the configured one, on by default). */
  resultCacheMb?: number;
}

export interface RunningServer {
  url: string;
  apollo: ApolloServer<RequestContext>;
  /** Drains HTTP and stops Apollo; the caller closes the driver and Neo4j. */
  stop(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? defaultLogger();
  enableDefaultMetrics();
  const apollo = createApollo(options.production, logger, options.queryLimits, options.resultCacheMb ?? 0);
  await apollo.start();
  // One limiter for /graphql and /data/: a client's allowance covers both.
  const limiter = options.rateLimit?.enabled ? createRateLimiter(options.rateLimit) : undefined;
  const handleGraphql = graphqlHandler(apollo, (headers) => createContext(options.db, headers, { readsRequireKey: options.readsRequireKey ?? false }), {
    rateLimit: options.rateLimit,
    limiter,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  const handleData = dataHandler({
    db: options.db,
    apollo,
    readsRequireKey: options.readsRequireKey ?? false,
    limiter,
    windowSeconds: options.rateLimit?.windowSeconds ?? 0,
  });

  const applyCors = corsFor(options.corsOrigins ?? []);
  // Readiness and each metrics scrape ask Neo4j within the same bound and keep mgkg_neo4j_up current.
  const probeNeo4j = async () => {
    const readiness = await checkReadiness(options.db, options.readinessTimeoutMs ?? 2_000, (line) => logger.warn(line));
    neo4jUp.set(readiness.status === 200 ? 1 : 0);
    return readiness;
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const trace = newRequestTrace(requestIdFrom(req.headers['x-request-id'] as string | undefined));
    res.setHeader('x-request-id', trace.requestId);
    res.once('close', () => recordRequest(logger, trace, { method: req.method ?? 'GET', path: url.pathname, status: res.statusCode }));
    const route = async (): Promise<void> => {
      if (url.pathname === '/graphql') {
        if (await applyCors(req, res)) return;
        if (wantsGraphiql(req)) return serveGraphiqlPage(res);
        return handleGraphql(req, res, url);
      }
      if (url.pathname.startsWith('/data/')) return handleData(req, res, url);
      if (url.pathname.startsWith('/graphiql/') && req.method === 'GET' && (await serveGraphiqlAsset(url.pathname, res))) return;
      if (url.pathname.startsWith('/explorer') && req.method === 'GET' && (await serveExplorer(url.pathname, res))) return;
      if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/health/ready') {
        const readiness = await probeNeo4j();
        return sendJson(res, readiness.status, readiness.body);
      }
      if (url.pathname === '/metrics' && req.method === 'GET') {
        await probeNeo4j();
        res.writeHead(200, { 'content-type': registry.contentType });
        return void res.end(await registry.metrics());
      }
      return sendJson(res, 404, { error: `no route ${url.pathname}` });
    };
    runInRequest(trace, route).catch((error: unknown) => {
      logger.error({ requestId: trace.requestId, path: url.pathname, err: error }, 'http error');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  };
  const server = http.createServer(handle);
  // "Expect: 100-continue" with a Content-Length over the limit: answer 413 at once instead of
  // inviting the client to send the body (graphqlHandler refuses it without reading).
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!(Number(req.headers['content-length']) > maxBodyBytes)) res.writeContinue();
    handle(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${options.host}:${address.port}`;

  return {
    url,
    apollo,
    async stop() {
      // Stop accepting, let in-flight requests finish, then close idle keep-alive sockets.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(forced);
      await apollo.stop();
    },
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
