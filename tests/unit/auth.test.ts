import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSecret, hashSecret } from '../../src/auth/api-keys.js';
import { presentedKey } from '../../src/auth/principal.js';
import { ROLES, roleIncludes } from '../../src/auth/roles.js';
import { parseSince } from '../../src/resolvers/curation/audit.js';

describe('API keys', () => {
  it('secrets are random and only their SHA-256 is kept', () => {
    const a = generateSecret();
    expect(a).toMatch(/^mgkg_[A-Za-z0-9_-]{43}$/);
    expect(generateSecret()).not.toBe(a);
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are read from Authorization: Bearer or x-api-key', () => {
    expect(presentedKey(new Map([['authorization', 'Bearer k1']]))).toBe('k1');
    expect(presentedKey(new Map([['authorization', 'bearer   k2 ']]))).toBe('k2');
    expect(presentedKey(new Map([['x-api-key', 'k3']]))).toBe('k3');
    expect(presentedKey(new Map())).toBeUndefined();
    expect(presentedKey(undefined)).toBeUndefined();
    // A malformed header is passed on (and then refused as an unknown key), not ignored.
    expect(presentedKey(new Map([['authorization', 'Basic abc']]))).toBe('Basic abc');
  });

  it('roles include the ones below them', () => {
    expect(roleIncludes('admin', 'curator')).toBe(true);
    expect(roleIncludes('curator', 'curator')).toBe(true);
    expect(roleIncludes('curator', 'reader')).toBe(true);
    expect(roleIncludes('reader', 'curator')).toBe(false);
    expect(roleIncludes('curator', 'admin')).toBe(false);
    expect(roleIncludes('contributor', 'reader')).toBe(true);
    expect(roleIncludes('contributor', 'curator')).toBe(false);
    expect(roleIncludes('curator', 'contributor')).toBe(true);
  });

  it('the SDL enum Role lists ROLES, in order', () => {
    const sdl = readFileSync('schema/auth.graphql', 'utf8');
    const values = [.../enum Role \{([^}]*)\}/.exec(sdl)![1]!.matchAll(/^\s*([A-Z]+)\s*$/gm)].map((m) => m[1]);
    expect(values).toEqual(ROLES.map((r) => r.toUpperCase()));
  });
});

describe('changes(since)', () => {
  it('takes an ISO date (midnight UTC) or date-time', () => {
    expect(parseSince('2026-01-31')).toBe('2026-01-31T00:00:00.000Z');
    expect(parseSince('2026-01-31T12:30:00+02:00')).toBe('2026-01-31T10:30:00.000Z');
    expect(parseSince(null)).toBeNull();
  });

  it.each(['yesterday', '2026-13-01', '2026-02-30', '31/01/2026', '2026-01-31T25:00:00Z'])('refuses %s, naming the argument', (since) => {
    expect(() => parseSince(since)).toThrow(`since: "${since}" is not an ISO 8601 date or date-time`);
  });
});
