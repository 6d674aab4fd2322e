/**
 * HTTP + Apollo wiring: /graphql, /explorer, /health/live, /health/ready; graceful shutdown.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createContext, type RequestContext } from './context.js';
import type { Database } from './db/database.js';
import { depthLimit } from './graphql/limits.js';
import { serveExplorer } from './http/explorer-handler.js';
import { graphqlHandler } from './http/graphql-handler.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/request-body.js';
import { readViewField } from './resolvers/graph-types.js';
import { resolvers } from './resolvers/index.js';
import { readTypeDefs } from './schema.js';

export interface ServerOptions {
  db: Database;
  host: string;
  port: number;
  production: boolean;
  /** Queries need an API key (READS_REQUIRE_KEY); default false: reads are open. */
  readsRequireKey?: boolean;
  /** Largest POST /graphql body in bytes (MAX_BODY_BYTES); default 1 MB. */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  apollo: ApolloServer<RequestContext>;
  /** Drains HTTP and stops Apollo; the caller closes the driver and Neo4j. */
  stop(): Promise<void>;
}

/** Errors the client caused or can act on keep their message; anything else is masked in production. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'DATABASE_UNAVAILABLE',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RESULT_TOO_LARGE',
  'PAYLOAD_TOO_LARGE',
]);

export function createApollo(production: boolean, log: (line: string) => void): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers,
    fieldResolver: readViewField,
    validationRules: [depthLimit()],
    includeStacktraceInErrorResponses: !production,
    introspection: true,
    // main.ts owns shutdown order (HTTP, then driver, then Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      if (PUBLIC_CODES.has(code) || !production) return formatted;
      // Logged with its request id by the plugin below; the client sees only the id.
      return {
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: formatted.extensions?.requestId },
        path: formatted.path,
      };
    },
    plugins: [
      {
        // The request id goes into every error, so a user's report can be matched to the log line.
        async requestDidStart({ contextValue }) {
          return {
            async didResolveOperation({ operation }) {
              // Writes check their own role in the resolver; reads are gated here, all at once.
              if (contextValue.readsRequireKey && operation?.operation === 'query') {
                await contextValue.auth.require('reader', 'Reading').catch((error: GraphQLError) => {
                  // Thrown before execution, so Apollo would answer 500; say 401/403 instead.
                  const status = error.extensions?.code === 'FORBIDDEN' ? 403 : 401;
                  throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
                });
              }
            },
            async willSendResponse({ response }) {
              const { budget, requestId } = contextValue;
              if (!budget.exceeded || response.body.kind !== 'single') return;
              response.body.singleResult = {
                data: null,
                errors: [
                  {
                    message: `The answer would hold more than ${budget.limit} relationships; ask for less (fewer nested lists, filters, smaller pages)`,
                    extensions: { code: 'RESULT_TOO_LARGE', limit: budget.limit, requestId },
                  },
                ],
              };
            },
            async didEncounterErrors({ errors }) {
              // No instanceof: under some loaders graphql is loaded twice (CJS and ESM).
              for (const e of errors) {
                e.extensions.requestId = contextValue.requestId;
                if (!PUBLIC_CODES.has(String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR'))) {
                  const original = unwrapResolverError(e);
                  log(`[${contextValue.requestId}] internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
                }
              }
            },
          };
        },
      },
    ],
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const apollo = createApollo(options.production, log);
  await apollo.start();
  const handleGraphql = graphqlHandler(apollo, (headers) =>
    createContext(options.db, headers, { readsRequireKey: options.readsRequireKey ?? false }),
    { maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES },
  );

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async (): Promise<void> => {
      if (url.pathname === '/graphql') return handleGraphql(req, res, url);
      if (url.pathname.startsWith('/explorer') && req.method === 'GET' && (await serveExplorer(url.pathname, res))) return;
      if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/health/ready') {
        try {
          await options.db.verify();
          return sendJson(res, 200, { status: 'ready', neo4j: 'up' });
        } catch (error) {
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          return sendJson(res, 503, { status: 'not-ready', neo4j: 'down', reason });
        }
      }
      return sendJson(res, 404, { error: `no route ${url.pathname}` });
    };
    route().catch((error: unknown) => {
      log(`http error on ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
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
