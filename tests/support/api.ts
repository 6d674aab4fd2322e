/**
 * The GraphQL API in-process against the test run's Neo4j: real schema, resolvers, loaders
 * and Cypher; only HTTP is skipped. Each ask() is one request with a fresh context.
 */
import type { ApolloServer } from '@apollo/server';
import { createContext, type RequestContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import type { QueryLimits } from '../../src/graphql/query-limits.js';
import { createApollo } from '../../src/apollo.js';
import { createLogger } from '../../src/observability/logger.js';
import { newRequestTrace, requestIdFrom, runInRequest } from '../../src/observability/request-trace.js';
import { testDatabase } from './database.js';

export interface GraphQLResult<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApi {
  db: Database;
  ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Like ask, but fails the test on any error and returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
  logged: string[];
}

export interface TestApiOptions {
  production?: boolean;
  /** Sent as "Authorization: Bearer <key>" on every request */
  apiKey?: string;
  /** READS_REQUIRE_KEY */
  readsRequireKey?: boolean;
  /** QUERY_MAX_*; default DEFAULT_QUERY_LIMITS */
  queryLimits?: QueryLimits;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const db = testDatabase();
  const logged: string[] = [];
  // The server's JSON log lines, captured in memory.
  const logger = createLogger('info', { write: (line: string) => void logged.push(line) });
  const apollo: ApolloServer<RequestContext> = createApollo(options.production ?? false, logger, options.queryLimits);
  await apollo.start();
  const headers = options.apiKey ? new Map([['authorization', `Bearer ${options.apiKey}`]]) : undefined;
  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
    // As over HTTP: the request's trace tags its transactions and counts its round-trips.
    const response = await runInRequest(newRequestTrace(requestIdFrom(undefined)), () =>
      apollo.executeOperation(
        { query, variables },
        {
          contextValue: createContext(db, headers, { readsRequireKey: options.readsRequireKey ?? false }),
        },
      ),
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GraphQLResult<T>;
  };
  return {
    db,
    logged,
    ask,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const result = await ask<T>(query, variables);
      if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
