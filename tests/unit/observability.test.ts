import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { MAX_OPERATION_LABELS, operationLabel } from '../../src/observability/operation-label.js';
import { newRequestTrace, transactionMetadata } from '../../src/observability/request-trace.js';

describe('operation labels for metrics', () => {
  it('keeps valid names, bounds how many, and never passes a client string that is not a GraphQL name', () => {
    expect(operationLabel(undefined)).toBe('none');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('Flagship')).toBe('Flagship');
    expect(operationLabel('bad name"} 1\n')).toBe('other');
    expect(operationLabel('x'.repeat(65))).toBe('other');
    const labels = new Set(Array.from({ length: 3 * MAX_OPERATION_LABELS }, (_, i) => operationLabel(`Op${i}`)));
    // 'Flagship' took one place, so 99 of the Op names fit; every later one is "other".
    expect(labels.size).toBe(MAX_OPERATION_LABELS);
    expect(labels.has('other')).toBe(true);
    expect(operationLabel('Flagship')).toBe('Flagship');
  });
});

describe('transaction metadata', () => {
  it('names the app always, and the request and operation inside a request', () => {
    expect(transactionMetadata(undefined)).toEqual({ app: 'mgkg-api' });
    const trace = newRequestTrace('req-1');
    expect(transactionMetadata(trace)).toEqual({ app: 'mgkg-api', requestId: 'req-1' });
    trace.operation = 'Flagship';
    expect(transactionMetadata(trace)).toEqual({ app: 'mgkg-api', requestId: 'req-1', operation: 'Flagship' });
  });
});

describe('LOG_LEVEL', () => {
  it('defaults to info, accepts pino levels in any case, and names the variable when wrong', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"/);
  });
});
