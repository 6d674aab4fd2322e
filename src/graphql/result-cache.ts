/**
 * The read-result cache (RESULT_CACHE_MB): Apollo's response cache plugin over a size-bounded
 * in-memory LRU, keyed by the query text, operation name and variables (the plugin's key) plus
 * who asks and the graph version (ours). Every write transaction advances the version
 * (Database.writeTx), and each cached query reads the current version from Neo4j before it
 * looks anything up, so an answer cached by this process is never served after a write made
 * through any process: no in-process invalidation is relied on. Only successful query answers
 * within the result budget are stored; mutations, errors and refusals never are. The checks that
 * run before execution (query limits, the read-key gate) run on a hit too.
 */
import neo4j from 'neo4j-driver';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { QueryReader } from '../db/database.js';
import { currentRequest } from '../observability/request-trace.js';

export const DEFAULT_RESULT_CACHE_MB = 64;

/**
 * Age never makes an entry wrong (the version does); the TTL only frees memory held by entries
 * of past versions sooner than the LRU would.
 */
const ENTRY_TTL_SECONDS = 3_600;

/** The header that says whether the answer came from the cache (hit) or from Neo4j (miss). */
export const RESULT_CACHE_HEADER = 'x-result-cache';

/** What the cache needs of the request context (src/context.ts). */
export interface CacheableContext {
  db: QueryReader;
  readsRequireKey: boolean;
  auth: { keyFingerprint(): string | null };
  budget: { exceeded: boolean };
}

/** "epoch:version" of the graph now; null before the first write (then nothing is cached). */
export async function readGraphVersion(db: QueryReader): Promise<string | null> {
  const [row] = await db.read('meta/graph-version');
  return row ? `${row.epoch}:${row.version}` : null;
}

/** The plugins of a cache bounded to `maxMb` megabytes; none when 0 (cache off: apollo.ts then disables Apollo's cache hints itself). */
export function resultCachePlugins<Context extends CacheableContext>(maxMb: number): ApolloServerPlugin<Context>[] {
  if (maxMb <= 0) return [];
  // The version each request read, so a failed read (Neo4j down) means "neither read nor store".
  const versionOf = new WeakMap<Context, string | null>();
  const knownVersion = async ({ contextValue }: GraphQLRequestContext<Context>) => versionOf.get(contextValue) != null;
  return [
    // No per-field cache hints: the version, not a max-age, says when an answer is stale, and no
    // Cache-Control header promises HTTP caches a freshness we cannot keep.
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ overallCachePolicy }) {
            overallCachePolicy.replace({ maxAge: ENTRY_TTL_SECONDS, scope: 'PUBLIC' });
          },
          async willSendResponse({ metrics, operation, response }) {
            if (operation?.operation === 'query') response.http.headers.set(RESULT_CACHE_HEADER, metrics.responseCacheHit ? 'hit' : 'miss');
          },
        };
      },
    },
    responseCachePlugin<Context>({
      cache: new InMemoryLRUCache<string>({ maxSize: maxMb * 1024 * 1024 }),
      // Called for queries only, after the limits and the read-key gate.
      async extraCacheKeyData({ contextValue }) {
        // The request's later reads start from the version read's bookmark, so on a cluster the
        // answer stored under a version is never older than that version (causal chaining).
        const trace = currentRequest();
        if (trace) trace.bookmarks ??= neo4j.bookmarkManager();
        const version = await readGraphVersion(contextValue.db).catch(() => null);
        versionOf.set(contextValue, version);
        // The key's hash, not its role: whoami answers per key, and a revoked key's answers go
        // with the version its revocation advanced.
        return { version, readsRequireKey: contextValue.readsRequireKey, key: contextValue.auth.keyFingerprint() };
      },
      shouldReadFromCache: knownVersion,
      async shouldWriteToCache(request) {
        return (await knownVersion(request)) && !request.contextValue.budget.exceeded;
      },
    }),
  ];
}
