/**
 * How driver failures become DATABASE_UNAVAILABLE with a cause, and the client-side time bound.
 * The errors are the driver's own Neo4jError values with the messages it produces (no database
 * needed to classify them); the real failures are in tests/integration/neo4j-outage.int.test.ts.
 */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, unavailableCause } from '../../src/db/errors.js';
import { TimeBoundExceeded, withinTime } from '../../src/db/time-bound.js';

const driverError = (message: string, code: string) => new Neo4jError(message, code, 'N/A', 'N/A');

describe('unavailableCause', () => {
  it.each([
    ['Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', 'refused'],
    ['Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 1, Idle conn count = 0.', 'N/A', 'timeout'],
    ['Failed to establish connection in 3000ms', 'ServiceUnavailable', 'timeout'],
    ["Connection lost. Server didn't respond in 30000ms", 'ServiceUnavailable', 'timeout'],
    ['The transaction has been terminated.', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timeout'],
    ['getaddrinfo ENOTFOUND neo4j.internal', 'ServiceUnavailable', 'unreachable'],
    ['Connection was closed by server', 'SessionExpired', 'unreachable'],
  ])('%s (%s) → %s', (message, code, cause) => {
    expect(unavailableCause(driverError(message, code))).toBe(cause);
  });

  it('leaves real query errors alone', () => {
    expect(unavailableCause(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'))).toBeUndefined();
    expect(unavailableCause(new Error('ECONNREFUSED but not from the driver'))).toBeUndefined();
  });

  it('counts our own time bound as a timeout', () => {
    expect(unavailableCause(new TimeBoundExceeded(1000))).toBe('timeout');
  });
});

describe('DatabaseUnavailableError', () => {
  it('names the cause in the message and extensions, never an address', () => {
    const error = new DatabaseUnavailableError('refused');
    expect(error.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', cause: 'refused' });
    expect(error.message).toBe('The database is unavailable: Neo4j refused the connection (it is not running). Try again shortly.');
    expect(error.originalError).toBeUndefined();
  });
});

describe('withinTime', () => {
  it('passes an answer through', async () => {
    await expect(withinTime(Promise.resolve(42), 1_000)).resolves.toBe(42);
  });

  it('rejects with TimeBoundExceeded when no answer comes in time', async () => {
    const started = performance.now();
    await expect(withinTime(new Promise(() => {}), 50)).rejects.toBeInstanceOf(TimeBoundExceeded);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
