/** Pure helpers of the API: full-text query building, cursors and page sizes, view conversion. */
import { describe, expect, it } from 'vitest';
import { toFulltextQuery } from '../../src/graph/fulltext-query.js';
import { citationsOf, fromEnumName, toEdgeView, toEnumName, toNodeView } from '../../src/graph/views.js';
import { checkPageSize, encodeCursor, offsetAfter, toConnection } from '../../src/resolvers/pagination.js';

describe('toFulltextQuery', () => {
  it('keeps only letters and digits, so user text cannot change the query syntax', () => {
    expect(toFulltextQuery('CMW')).toBe('(cmw^2 OR cmw*)');
    expect(toFulltextQuery('Migrant Workers')).toBe('((migrant^2 OR migrant* OR migrant~1) AND (workers^2 OR workers* OR workers~1)) OR "migrant workers"^3');
    expect(toFulltextQuery('a:b) OR (*:* "x')).toBe('((a^2 OR a*) AND (b^2 OR b*) AND (or^2 OR or*) AND (x^2 OR x*)) OR "a b or x"^3');
    // ILO designations also look for their number and the iloNumber as stored; numbers are never fuzzy.
    expect(toFulltextQuery('C143')).toBe('(c143^2 OR c143* OR c143~1 OR 143) OR iloNumber:c143^20');
    expect(toFulltextQuery('P029')).toBe('(p029^2 OR p029* OR p029~1 OR 29) OR iloNumber:p029^20');
    expect(toFulltextQuery('C.143')).toBe(toFulltextQuery('C143'));
    expect(toFulltextQuery('c 29')).toContain('iloNumber:c029^20');
    expect(toFulltextQuery('Convention No. 143')).toContain('OR iloNumber:c143^20');
    expect(toFulltextQuery('Recommendation 86')).toContain('OR iloNumber:r086^20');
    expect(toFulltextQuery('migrant workers convention')).not.toContain('iloNumber');
    expect(toFulltextQuery('1951')).toBe('(1951^2 OR 1951*)');
    // Accents and case fold as in the index; an apostrophe inside a word stays, as the tokenizer keeps it.
    expect(toFulltextQuery('CÔTE D’IVOIRE')).toBe(toFulltextQuery("cote d'ivoire"));
    expect(toFulltextQuery("cote d'ivoire")).toContain('"cote d\'ivoire"^3');
    expect(toFulltextQuery("'x' y'")).toBe('((x^2 OR x*) AND (y^2 OR y*)) OR "x y"^3');
    expect(toFulltextQuery(' "() *')).toBeUndefined();
  });
});

describe('pagination', () => {
  it('a cursor resumes right after its item', () => {
    expect(offsetAfter(undefined)).toBe(0);
    expect(offsetAfter(encodeCursor(0))).toBe(1);
    expect(offsetAfter(encodeCursor(41))).toBe(42);
  });

  it('rejects cursors it did not make and page sizes out of range', () => {
    expect(() => offsetAfter('abc')).toThrow('after: "abc" is not a cursor from this API');
    expect(() => offsetAfter(Buffer.from('pos:-1').toString('base64url'))).toThrow('not a cursor');
    // Issue 11: crafted positions that once reached Cypher and failed there as internal errors.
    for (const crafted of ['pos:1e308', 'pos:2147483648', 'pos:9007199254740993', 'pos:0x10', 'pos:1.0', 'pos: 1']) {
      expect(() => offsetAfter(Buffer.from(crafted).toString('base64url')), crafted).toThrow('not a cursor');
    }
    expect(offsetAfter(Buffer.from('pos:999999999').toString('base64url'))).toBe(1_000_000_000);
    expect(() => checkPageSize('first', 101, 20)).toThrow('first: must be between 0 and 100, got 101');
    expect(() => checkPageSize('first', -1, 20)).toThrow('got -1');
    expect(checkPageSize('first', undefined, 20)).toBe(20);
  });

  it('builds page info from offset and total', () => {
    const page = toConnection(['c', 'd'], 2, 5);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
    expect(toConnection([], 0, 0).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe('views', () => {
  it('turn stored enumeration values into GraphQL enum names and back', () => {
    expect(toEnumName('optional-protocol')).toBe('OPTIONAL_PROTOCOL');
    expect(fromEnumName('OPTIONAL_PROTOCOL')).toBe('optional-protocol');
    const node = toNodeView('Instrument', { id: 'instrument:x', name: 'X', type: 'ilo-convention', depositary: 'un-secretary-general' });
    expect(node.props).toMatchObject({ type: 'ILO_CONVENTION', depositary: 'un-secretary-general' });
    const edge = toEdgeView('RATIFIED', 'state:A', 'instrument:x', { id: 'e', action: 'party', datePrecision: 'year' });
    expect(edge.props).toMatchObject({ action: 'PARTY', datePrecision: 'YEAR' });
  });

  it('a Source is named by its title; citations pair the three stored lists', () => {
    expect(toNodeView('Source', { id: 'source:x', title: 'A report' }).name).toBe('A report');
    expect(citationsOf({ citeSources: ['source:a', 'source:b'], citeLocators: ['para 1', 'p. 2'], citeQuotes: ['', 'q'] })).toEqual([
      { sourceId: 'source:a', locator: 'para 1', quote: null },
      { sourceId: 'source:b', locator: 'p. 2', quote: 'q' },
    ]);
  });
});
