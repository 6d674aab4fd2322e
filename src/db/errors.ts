/**
 * Maps Neo4j driver failures to errors a client can act on, in one place: "Neo4j unusable"
 * becomes DATABASE_UNAVAILABLE, a uniqueness constraint violation BAD_USER_INPUT naming the
 * property, a transaction over Neo4j's memory limit a refusal that says to ask for less.
 * Client-facing messages never carry the Neo4j address (URI, host, port): that goes to the
 * server log only.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { TimeBoundExceeded } from './time-bound.js';
import { ErrorCode } from '../errors/codes.js';

/** Why Neo4j could not be used: what a client (and an operator reading the log) can act on. */
export type UnavailableCause = 'timeout' | 'refused' | 'unreachable' | 'restarting';

const CAUSE_TEXT: Record<UnavailableCause, string> = {
  timeout: 'Neo4j did not answer in time',
  refused: 'Neo4j refused the connection (it is not running)',
  unreachable: 'Neo4j could not be reached',
  restarting: 'the embedded Neo4j is restarting',
};

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/** The cause when the error means "Neo4j is not usable now", else undefined (a real query error). */
export function unavailableCause(error: unknown): UnavailableCause | undefined {
  if (error instanceof DatabaseUnavailableError) return error.reason;
  if (error instanceof TimeBoundExceeded) return 'timeout';
  if (!(error instanceof Neo4jError)) return undefined;
  const message = error.message;
  if (TIMEOUT_CODES.has(error.code) || /timed? ?out|ETIMEDOUT|didn't respond|Failed to establish connection in/i.test(message)) return 'timeout';
  if (/ECONNREFUSED/.test(message)) return 'refused';
  if (UNAVAILABLE_CODES.has(error.code) || /ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|connect|closed/i.test(message)) {
    return 'unreachable';
  }
  return undefined;
}

/** What a client sees; the driver's own error (which names the address) stays server-side. */
export class DatabaseUnavailableError extends GraphQLError {
  readonly reason: UnavailableCause;

  constructor(reason: UnavailableCause, detail?: string) {
    super(`The database is unavailable: ${CAUSE_TEXT[reason]}${detail ? ` (${detail})` : ''}. Try again shortly.`, {
      extensions: { code: ErrorCode.DatabaseUnavailable, cause: reason },
    });
    this.reason = reason;
  }
}

const MEMORY_LIMIT = /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|OutOfMemory/i;
const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** Neo4j refused a transaction larger than its memory pool (dbms.memory.transaction.*). */
export class TransactionTooLargeError extends GraphQLError {
  constructor() {
    super(
      'The question or write needs more memory than one Neo4j transaction may use; ask for less (a smaller page, a narrower filter, fewer rows per import)',
      {
        extensions: { code: ErrorCode.ResultTooLarge, cause: 'transaction-memory' },
      },
    );
  }
}

export function isMemoryLimitError(error: unknown): boolean {
  if (error instanceof TransactionTooLargeError) return true;
  return MEMORY_LIMIT.test(String((error as { code?: unknown })?.code ?? ''));
}

/**
 * A query error a client can act on, translated; anything else unchanged (an internal error,
 * logged and masked upstream). Writes check their input first, so a constraint violation means
 * a concurrent write got there first.
 */
export function translateQueryError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (isMemoryLimitError(error)) return new TransactionTooLargeError();
  if (error.code === CONSTRAINT_VIOLATION) {
    const property = /property `(\w+)`/.exec(error.message)?.[1] ?? 'id';
    const value = /= '([^']*)'/.exec(error.message)?.[1];
    return new GraphQLError(`${property}: ${value ? `"${value}" ` : ''}already exists (a unique property); another write may have created it first`, {
      extensions: { code: ErrorCode.BadUserInput, field: property },
    });
  }
  return error;
}

/** One line for a person, no stack trace: used at start-up and by the CLIs (a terminal, not a client). */
export function describeConnectionFailure(uri: string, error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${message}`;
  }
  return `Cannot reach Neo4j at ${uri}: ${message}`;
}
