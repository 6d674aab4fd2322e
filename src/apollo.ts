/**
 * The Apollo server: schema and resolvers, query limits, error masking in production (a client
 * sees only codes it can act on), the read-key gate, the result budget and the request id in
 * every error.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { RequestContext } from './context.js';
import { observabilityPlugin } from './observability/apollo-plugin.js';
import { defaultLogger, type Logger } from './observability/logger.js';
import { readViewField } from './resolvers/graph-types.js';
import { resolvers } from './resolvers/index.js';
import { readTypeDefs } from './schema.js';
import { checkQueryCost, DEFAULT_QUERY_LIMITS, queryLimitRules, queryLimitsPlugin, type KnownCosts, type QueryLimits } from './graphql/query-limits.js';
import { ErrorCode, PUBLIC_ERROR_CODES } from './errors/codes.js';
import { resultCachePlugins } from './graphql/result-cache.js';

export function createApollo(
  production: boolean,
  logger: Logger = defaultLogger(),
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
  resultCacheMb = 0,
): ApolloServer<RequestContext> {
  const knownCosts: KnownCosts = new WeakMap();
  return new ApolloServer<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers,
    fieldResolver: readViewField,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    includeStacktraceInErrorResponses: !production,
    // Production hides the schema from strangers: no introspection, no "Did you mean ...?" hints.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // main.ts owns shutdown order (HTTP, then driver, then Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError: (formatted: GraphQLFormattedError): GraphQLFormattedError => {
      const code = String(formatted.extensions?.code ?? ErrorCode.InternalServerError);
      if (PUBLIC_ERROR_CODES.has(code) || !production) return formatted;
      // Logged with its request id by the plugin below; the client sees only the id.
      return {
        message: 'Internal server error',
        extensions: { code: ErrorCode.InternalServerError, requestId: formatted.extensions?.requestId },
        path: formatted.path,
      };
    },
    plugins: [
      // GET /graphql from a browser gets our self-hosted GraphiQL (server.ts routing), not
      // Apollo's landing page, which loads Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin(),
      {
        // The request id goes into every error, so a user's report can be matched to the log line.
        async requestDidStart({ contextValue }) {
          return {
            async didResolveOperation(request) {
              checkQueryCost(request, limits, knownCosts);
              const { operation } = request;
              // Writes check their own role in the resolver; reads are gated here, all at once.
              if (contextValue.readsRequireKey && operation?.operation === 'query') {
                await contextValue.auth.require('reader', 'Reading').catch((error: GraphQLError) => {
                  // Thrown before execution, so Apollo would answer 500; say 401/403 instead.
                  const status = error.extensions?.code === ErrorCode.Forbidden ? 403 : 401;
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
                    extensions: { code: ErrorCode.ResultTooLarge, limit: budget.limit, requestId },
                  },
                ],
              };
            },
            async didEncounterErrors({ errors }) {
              // No instanceof: under some loaders graphql is loaded twice (CJS and ESM).
              for (const e of errors) {
                e.extensions.requestId = contextValue.requestId;
                if (!PUBLIC_ERROR_CODES.has(String(e.extensions.code ?? ErrorCode.InternalServerError))) {
                  const original = unwrapResolverError(e);
                  logger.error({ requestId: contextValue.requestId, path: e.path?.join('.'), err: original }, 'internal error');
                }
              }
            },
          };
        },
      },
      observabilityPlugin<RequestContext>(),
      // Last: its willSendResponse sees the answer after the result budget has had its say.
      ...(resultCacheMb > 0 ? resultCachePlugins(resultCacheMb) : noStorePlugin()),
    ],
  });
}

/**
 * With the result cache off: Apollo's default cache-control plugin ran a hook on every field
 * resolved (a policy object and a closure each; it also makes Apollo wrap every resolver) only
 * to answer "cache-control: no-store", since no field has a cache hint. That header is set here
 * once per response instead. (With the cache on, result-cache.ts disables the plugin itself.)
 */
function noStorePlugin(): ApolloServerPlugin<RequestContext>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
