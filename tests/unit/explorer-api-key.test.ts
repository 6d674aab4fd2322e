/** The explorer's reading of a refused request: which answers mean "give me an API key". */
import { describe, expect, it } from 'vitest';
import { refusalReason } from '../../explorer/src/api-key.js';

describe('explorer refusalReason', () => {
  it('takes the server reason from an UNAUTHENTICATED or FORBIDDEN error', () => {
    expect(refusalReason(401, [{ message: 'Reading needs an API key with the reader role', extensions: { code: 'UNAUTHENTICATED' } }])).toBe(
      'Reading needs an API key with the reader role',
    );
    expect(refusalReason(200, [{ message: 'needs the curator role', extensions: { code: 'FORBIDDEN' } }])).toBe('needs the curator role');
  });

  it('treats a bare HTTP 401 or 403 as a refusal too', () => {
    expect(refusalReason(401, undefined)).toBe('The server refused the request (HTTP 401)');
    expect(refusalReason(403, [])).toBe('The server refused the request (HTTP 403)');
  });

  it('leaves other errors to the caller', () => {
    expect(refusalReason(200, undefined)).toBeNull();
    expect(refusalReason(400, [{ message: 'depth must be at most 3', extensions: { code: 'BAD_USER_INPUT' } }])).toBeNull();
    expect(refusalReason(500, [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).toBeNull();
  });
});
