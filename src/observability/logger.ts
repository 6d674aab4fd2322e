/**
 * The one logger: structured JSON lines (pino) on stdout, level from LOG_LEVEL.
 * JSON so a log collector can index request ids, operations and durations without parsing
 * prose; for a human view pipe it through pino-pretty (`npm start | npx pino-pretty`).
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A logger writing to `destination` (default stdout); tests pass an in-memory stream. */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'mgkg-api' },
    // ISO time reads better in a terminal and sorts the same as epoch milliseconds.
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The logger a server uses when none is given: LOG_LEVEL from the environment, else info. */
export function defaultLogger(): Logger {
  const level = process.env.LOG_LEVEL?.toLowerCase();
  return createLogger(LOG_LEVELS.find((l) => l === level) ?? 'info');
}

/** Swallows everything: for tests and tools that must not print. */
export function silentLogger(): Logger {
  return createLogger('silent');
}
