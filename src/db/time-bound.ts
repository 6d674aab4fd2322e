/**
 * A client-side time bound. Neo4j enforces the transaction timeout itself, but a Neo4j that is
 * stopped (SIGSTOP, a frozen VM, a half-open network) keeps its TCP socket open and never
 * answers, so only a timer on our side ends the wait.
 */
export class TimeBoundExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`no answer within ${limitMs} ms`);
  }
}

/** Settles like `promise`, or rejects with TimeBoundExceeded after `limitMs`. The work itself is not cancelled. */
export function withinTime<T>(promise: Promise<T>, limitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeBoundExceeded(limitMs)), limitMs);
  });
  // Promise.race subscribes to `promise`, so its late rejection is not an unhandled one.
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
