/**
 * Maps Neo4j driver failures to errors a client can act on.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || /ECONNREFUSED|connect|closed/i.test(error.message);
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor(uri: string, cause: unknown) {
    super(`The database is unavailable (Neo4j at ${uri} did not answer). Try again shortly.`, {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

/** One line for a person, no stack trace: used at start-up and by the CLIs. */
export function describeConnectionFailure(uri: string, error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${message}`;
  }
  return `Cannot reach Neo4j at ${uri}: ${message}`;
}
