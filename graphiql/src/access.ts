/**
 * How this page reaches /graphql: a fetcher for GraphiQL, and a first probe that tells whether
 * queries need an API key (READS_REQUIRE_KEY) so the Headers tab can be prefilled.
 */
import type { GraphiQLProps } from 'graphiql';
import type { ExecutionResult } from 'graphql';

export type Access = 'open' | 'key-required';

/** The explorer keeps the key the user typed there (sessionStorage, same origin); reuse it. */
export function explorerKey(): string | null {
  try {
    return sessionStorage.getItem('explorer.apiKey');
  } catch {
    return null;
  }
}

/** One cheap query without a key: 401 means reads need one. */
export async function probeAccess(): Promise<Access> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.status === 401 ? 'key-required' : 'open';
  } catch {
    return 'open';
  }
}

interface GraphQLBody {
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * GraphiQL's fetcher: POST JSON with the Headers tab's headers. When the schema request fails
 * (no key yet, or introspection turned off on a production server), `onSchemaFailure` gets the
 * reason so the page can say why the docs are empty; queries still run.
 */
export function graphqlFetcher(onSchemaFailure: (reason: string | null) => void): GraphiQLProps['fetcher'] {
  return async (params, options) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
      body: JSON.stringify(params),
    });
    const body = (await response.json().catch(() => ({
      errors: [{ message: `HTTP ${response.status}: the answer was not JSON` }],
    }))) as GraphQLBody & Record<string, unknown>;
    if (params.operationName === 'IntrospectionQuery') {
      onSchemaFailure(body.errors?.length ? body.errors.map((e) => e.message).join('; ') : null);
    }
    return body as ExecutionResult;
  };
}
