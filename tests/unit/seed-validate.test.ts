import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../src/seed/load-seed.js';
import { isValidDate, validateSeed, type RawEntry } from '../../src/model/validate.js';

const cite = [{ source: 'source:doc', locator: 'para 1' }];
const node = (data: Record<string, unknown>, index = 0): RawEntry => ({ file: 'nodes/x.yaml', index, data });
const base = [node({ id: 'source:doc', title: 'A document' }), node({ id: 'category:migrants', name: 'Migrants', citations: cite }, 1)];

describe('seed validation', () => {
  it('the committed seed files are valid', () => {
    const { problems, nodes, relationships } = checkSeed();
    expect(problems).toEqual([]);
    expect(nodes.length).toBeGreaterThan(500);
    expect(relationships.length).toBeGreaterThan(2000);
    // Reads and validates ~12,000 entries: about 4 s warm, over 7 s on a loaded 2-core machine.
  }, 60_000);

  it('dates keep their precision and must exist', () => {
    expect(isValidDate('1990')).toBe(true);
    expect(isValidDate('2013-08')).toBe(true);
    expect(isValidDate('2013-02-29')).toBe(false);
    expect(isValidDate('13 Aug 2013')).toBe(false);
  });

  it.each([
    [node({ id: 'category:migrants', name: 'Again', citations: cite }, 2), 'duplicate id, first defined in nodes/x.yaml'],
    [node({ id: 'widget:x', name: 'X', citations: cite }, 2), 'id must be "<kind>:<slug>"'],
    [node({ id: 'right:x', name: 'X' }, 2), 'needs at least one citation'],
    [node({ id: 'right:x', name: 'X', citations: [{ source: 'source:nowhere', locator: 'p. 1' }] }, 2), 'unknown source "source:nowhere"'],
    [node({ id: 'instrument:x', name: 'X', type: 'treaty', adopted: '1990-13-01', citations: cite }, 2), '"adopted" must be a date'],
    [node({ id: 'instrument:x', name: 'X', type: 'pact', citations: cite }, 2), '"type" is "pact", expected one of'],
  ])('rejects a bad node (%#)', (bad, reason) => {
    const { problems } = validateSeed([...base, bad], []);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toContain(reason);
    expect(problems[0]!.file).toBe('nodes/x.yaml');
  });

  it.each([
    [{ type: 'SUBCATEGORY_OF', from: 'category:migrants', to: 'category:nobody', citations: cite }, '"to" refers to unknown id "category:nobody"'],
    [{ type: 'SUBCATEGORY_OF', from: 'category:migrants', to: 'category:migrants', citations: cite }, 'cannot join a node to itself'],
    [{ type: 'GUARANTEES', from: 'category:migrants', to: 'category:migrants', citations: cite }, 'GUARANTEES cannot start at a MigrantCategory'],
    [{ type: 'LIKES', from: 'category:migrants', to: 'category:migrants', citations: cite }, 'unknown relationship type "LIKES"'],
  ])('rejects a bad relationship (%#)', (data, reason) => {
    const { problems } = validateSeed(base, [{ file: 'relationships/x.yaml', index: 0, data }]);
    expect(problems.map((p) => p.reason).join('\n')).toContain(reason);
  });

  describe('ratifications and signatures are not dated before the instrument was adopted', () => {
    const withInstrument = [
      ...base,
      node({ id: 'state:AAA', name: 'A', iso2: 'AA', iso3: 'AAA', unMember: true, unStatus: 'member', citations: cite }, 2),
      node({ id: 'instrument:x', name: 'X', type: 'treaty', adopted: '1990-12-18', citations: cite }, 3),
    ];
    const ratified = (date: string, type = 'RATIFIED') => [
      { file: 'r.yaml', index: 0, data: { type, from: 'state:AAA', to: 'instrument:x', action: 'ratification', date, citations: cite } },
    ];

    it.each([['1989'], ['1990-11'], ['1990-12-17']])('rejects %s, naming the field and the adoption date', (date) => {
      const { problems } = validateSeed(withInstrument, ratified(date));
      expect(problems).toEqual([
        {
          file: 'r.yaml',
          entry: '#1 RATIFIED state:AAA -> instrument:x',
          field: 'date',
          reason: `"date" ${date} is before instrument:x was adopted (1990-12-18)`,
        },
      ]);
    });

    it.each([['1990'], ['1990-12'], ['1990-12-18'], ['2003']])('accepts %s (same day, or not earlier at the precision both dates have)', (date) => {
      expect(validateSeed(withInstrument, ratified(date)).problems).toEqual([]);
    });

    it('applies to signatures too', () => {
      const data = { type: 'SIGNED', from: 'state:AAA', to: 'instrument:x', date: '1980', citations: cite };
      expect(validateSeed(withInstrument, [{ file: 'r.yaml', index: 0, data }]).problems[0]!.field).toBe('date');
    });
  });

  it('refers to nodes that already exist (in the database) through `known`', () => {
    const known = (id: string) =>
      id === 'category:everyone' ? { kind: 'category', props: {} } : id === 'source:db' ? { kind: 'source', props: {} } : undefined;
    const data = { type: 'SUBCATEGORY_OF', from: 'category:migrants', to: 'category:everyone', citations: [{ source: 'source:db', locator: 'p. 2' }] };
    expect(validateSeed(base, [{ file: 'r.yaml', index: 0, data }], known).problems).toEqual([]);
    expect(validateSeed(base, [{ file: 'r.yaml', index: 0, data }]).problems.map((p) => p.field)).toEqual(['to', 'citations']);
  });
});
