/**
 * The map's per-State status (explorer/src/map-status.ts) on small hand-made answers: the
 * precedence party > unplaced > signed only > known not party > unknown, the as-of rules for
 * coarse, undated and later consents, and a State no data covers staying unknown. The browser
 * test (tests/browser/map.browser.test.ts) checks the same function against the real API.
 */
import { describe, expect, it } from 'vitest';
import type { InstrumentStatusData } from '../../explorer/src/map-data.js';
import { countsDisagree, statusByState } from '../../explorer/src/map-status.js';

const zero = { partyCount: 0, signedOnlyCount: 0, knownNotPartyCount: 0, unknownCount: 0, uncertainPartyCount: 0, undatedPartyCount: 0 };
const data: InstrumentStatusData = {
  instrument: { id: 'instrument:x', name: 'X', acronym: 'X' },
  parties: [
    { stateId: 'state:AAA', date: '1990-05-02', action: 'RATIFICATION' },
    { stateId: 'state:BBB', date: '1995', action: 'ACCESSION' },
    { stateId: 'state:CCC', date: null, action: 'PARTY' },
    { stateId: 'state:DDD', date: '2005-01-01', action: 'RATIFICATION' },
  ],
  signatures: [
    { stateId: 'state:DDD', date: '1991-03-01' },
    { stateId: 'state:EEE', date: '1999-01-01' },
    { stateId: 'state:FFF', date: null },
  ],
  knownNotParty: ['state:EEE', 'state:GGG'],
  statusAsOf: '2026-02-03',
  counts: zero,
};
const ids = ['state:AAA', 'state:BBB', 'state:CCC', 'state:DDD', 'state:EEE', 'state:FFF', 'state:GGG', 'state:HHH'];
const status = (m: Map<string, { status: string }>) => Object.fromEntries([...m].map(([id, s]) => [id, s.status]));

describe('explorer map status', () => {
  it('latest data: parties, signatories not party, covered States not party, the rest unknown', () => {
    const m = statusByState(ids, data);
    expect(status(m)).toEqual({
      'state:AAA': 'PARTY',
      'state:BBB': 'PARTY',
      'state:CCC': 'PARTY',
      'state:DDD': 'PARTY',
      'state:EEE': 'SIGNED_ONLY',
      'state:FFF': 'SIGNED_ONLY',
      'state:GGG': 'NOT_PARTY',
      'state:HHH': 'UNKNOWN',
    });
    expect(m.get('state:AAA')!.detail).toBe('party since 1990-05-02 (ratification)');
    expect(countsDisagree(m, { ...zero, partyCount: 4, signedOnlyCount: 2, knownNotPartyCount: 1, unknownCount: 1 }, false)).toEqual([]);
    expect(countsDisagree(m, { ...zero, partyCount: 4, signedOnlyCount: 2, knownNotPartyCount: 2, unknownCount: 0 }, false)).toHaveLength(2);
  });

  it('as of 1995-06: a year-precise or undated consent cannot be placed, a later one is known not party', () => {
    const asOf = { asOf: '1995-06', parties: [data.parties[0]!], counts: zero };
    const m = statusByState(ids, data, asOf);
    expect(status(m)).toEqual({
      'state:AAA': 'PARTY',
      'state:BBB': 'UNKNOWN', // "1995" straddles the end of June 1995
      'state:CCC': 'UNKNOWN', // undated
      'state:DDD': 'SIGNED_ONLY', // signed 1991, party only in 2005
      'state:EEE': 'NOT_PARTY', // signs only in 1999; covered by a complete table
      'state:FFF': 'UNKNOWN', // an undated signature counts only without asOf, and no table covers it
      'state:GGG': 'NOT_PARTY',
      'state:HHH': 'UNKNOWN',
    });
    expect(m.get('state:BBB')!.unplaced).toBe(true);
    expect(
      countsDisagree(
        m,
        { ...zero, partyCount: 1, signedOnlyCount: 1, knownNotPartyCount: 2, unknownCount: 2, uncertainPartyCount: 1, undatedPartyCount: 1 },
        true,
      ),
    ).toEqual([]);
  });

  it('as of 1990: a consent dated later than the year, with no signature before it, is known not party', () => {
    const m = statusByState(['state:DDD'], data, { asOf: '1990', parties: [], counts: zero });
    expect(m.get('state:DDD')).toMatchObject({ status: 'NOT_PARTY', detail: 'not yet party at the end of 1990 (party since 2005-01-01)' });
  });
});
