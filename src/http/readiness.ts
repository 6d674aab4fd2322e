/**
 * GET /health/ready: does Neo4j answer now, within a bound? A hung Neo4j must turn the probe
 * 503 quickly (an orchestrator stops routing to us), not make it wait as long as Neo4j sleeps.
 * The answer names the cause, never the Neo4j address.
 */
import type { Database } from '../db/database.js';
import { unavailableCause, type UnavailableCause } from '../db/errors.js';
import { withinTime } from '../db/time-bound.js';

export type Readiness =
  | { status: 200; body: { status: 'ready'; neo4j: 'up' } }
  | { status: 503; body: { status: 'not-ready'; neo4j: 'down'; cause: UnavailableCause | 'error'; reason: string } };

const REASONS: Record<UnavailableCause | 'error', (limitMs: number) => string> = {
  timeout: (limitMs) => `Neo4j did not answer within ${limitMs} ms`,
  refused: () => 'Neo4j refused the connection (it is not running)',
  unreachable: () => 'Neo4j could not be reached',
  restarting: () => 'the embedded Neo4j is restarting',
  error: () => 'Neo4j answered with an error (see the server log)',
};

export async function checkReadiness(db: Database, limitMs: number, log: (line: string) => void): Promise<Readiness> {
  const down = (cause: UnavailableCause | 'error'): Readiness => ({
    status: 503,
    body: { status: 'not-ready', neo4j: 'down', cause, reason: REASONS[cause](limitMs) },
  });
  const known = db.knownUnavailable();
  if (known) return down(known);
  try {
    await withinTime(db.verify(), limitMs);
    return { status: 200, body: { status: 'ready', neo4j: 'up' } };
  } catch (error) {
    log(`readiness: Neo4j at ${db.uri} not ready: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return down(unavailableCause(error) ?? 'error');
  }
}
