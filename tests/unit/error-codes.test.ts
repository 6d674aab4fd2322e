/** Error codes have one home (src/errors/codes.ts): no module spells one out, and masking follows the list. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, PUBLIC_ERROR_CODES } from '../../src/errors/codes.js';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('error codes', () => {
  it('no module under src/ writes a code of ours as a string literal', () => {
    const literal = new RegExp(`['"\`](${Object.values(ErrorCode).join('|')})['"\`]`);
    const offenders = sourceFiles('src')
      .filter((file) => !file.endsWith(path.join('errors', 'codes.ts')))
      .filter((file) => literal.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every code but INTERNAL_SERVER_ERROR reaches clients in production; internal errors are masked', () => {
    for (const code of Object.values(ErrorCode)) expect(PUBLIC_ERROR_CODES.has(code)).toBe(code !== ErrorCode.InternalServerError);
    expect(PUBLIC_ERROR_CODES.has('GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });
});
