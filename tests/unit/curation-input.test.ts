/**
 * From GraphQL input to the validator's entry, and back from stored properties: sections,
 * enum names, patch semantics (omitted keeps, null removes), citations merged, field paths.
 */
import { describe, expect, it } from 'vitest';
import { differingProps, canonicalJson } from '../../src/audit/canonical.js';
import { mergeCitations } from '../../src/curation/citation-input.js';
import { nodeDraft } from '../../src/curation/node-input.js';
import { InvalidInputError } from '../../src/errors/problems.js';
import { relationshipDraft } from '../../src/curation/relationship-input.js';
import { parseEdgeId, storedEdgeToEntry, storedNodeToEntry } from '../../src/model/stored-entry.js';

const cite = [{ source: 'source:ohchr-2013', locator: 'Box 1' }];

describe('nodeDraft', () => {
  it('takes the kind from the id prefix and turns enum names into stored values', () => {
    const draft = nodeDraft({ id: 'instrument:x', name: 'X', instrument: { type: 'OPTIONAL_PROTOCOL', scope: 'UNIVERSAL', adopted: '2000' }, citations: cite });
    expect(draft.problems).toEqual([]);
    expect(draft.data).toEqual({ id: 'instrument:x', name: 'X', type: 'optional-protocol', scope: 'universal', adopted: '2000', citations: cite });
  });

  it('names kind-specific fields by their section, common ones plainly', () => {
    const draft = nodeDraft({ id: 'instrument:x', citations: cite });
    expect(draft.pathOf('adopted')).toBe('instrument.adopted');
    expect(draft.pathOf('name')).toBe('name');
    expect(draft.pathOf('citations')).toBe('citations');
    expect(nodeDraft({ id: 'org:x', citations: cite }).pathOf('type')).toBe('organization.type');
    expect(nodeDraft({ id: 'status:x', citations: cite }).pathOf('about')).toBe('statusReport.about');
  });

  it('refuses a section that does not fit the kind, naming the right one', () => {
    const draft = nodeDraft({ id: 'body:x', name: 'X', instrument: { type: 'TREATY' }, citations: cite });
    expect(draft.problems).toEqual([
      { field: 'instrument', reason: '"instrument" fields do not apply to a Body (the id prefix "body:" makes it one); use "body"' },
    ]);
    expect(nodeDraft({ id: 'right:x', name: 'X', state: { iso2: 'XX' }, citations: cite }).problems[0]!.reason).toBe(
      '"state" fields do not apply to a Right (the id prefix "right:" makes it one)',
    );
  });

  it('refuses an id without a known kind prefix', () => {
    const draft = nodeDraft({ id: 'widget:x', name: 'X', citations: cite });
    expect(draft.data).toBeUndefined();
    expect(draft.problems[0]!.field).toBe('id');
    expect(draft.problems[0]!.reason).toContain('got "widget:x"');
  });

  it('needs at least one citation with every write, updates included', () => {
    // A new node without citations is left to the validator (same message as for seed files).
    expect(nodeDraft({ id: 'right:x', name: 'X', citations: [] }).problems).toEqual([]);
    const base = { id: 'right:x', name: 'X', citations: cite };
    expect(nodeDraft({ id: 'right:x', name: 'Y', citations: [] }, base).problems.map((p) => p.field)).toEqual(['citations']);
  });

  it('in an update, keeps omitted fields, removes null ones and adds citations once', () => {
    const base = { id: 'instrument:x', name: 'X', acronym: 'XC', type: 'treaty', adopted: '1990', citations: cite };
    const more = [{ source: 'source:a-68-283', locator: 'para 5', quote: 'q' }];
    const draft = nodeDraft({ id: 'instrument:x', acronym: null, instrument: { adopted: '1990-12-18', binding: true }, citations: [...cite, ...more] }, base);
    expect(draft.data).toEqual({ id: 'instrument:x', name: 'X', type: 'treaty', adopted: '1990-12-18', binding: true, citations: [...cite, ...more] });
  });
});

describe('relationshipDraft', () => {
  it('reads the section of its type and converts enum names', () => {
    const draft = relationshipDraft({
      type: 'MONITORS',
      from: 'body:cmw',
      to: 'instrument:icrmw',
      monitoring: { kind: 'TREATY_BODY', procedures: ['state-reports'] },
      citations: cite,
    });
    expect(draft.data).toEqual({
      type: 'MONITORS',
      from: 'body:cmw',
      to: 'instrument:icrmw',
      kind: 'treaty-body',
      procedures: ['state-reports'],
      citations: cite,
    });
    expect(draft.pathOf('kind')).toBe('monitoring.kind');
    expect(draft.pathOf('from')).toBe('from');
  });

  it('keeps an explicit key (it becomes part of the edge id)', () => {
    const draft = relationshipDraft({
      type: 'RATIFIED',
      from: 'state:MEX',
      to: 'instrument:icrmw',
      key: 'my-source',
      ratification: { action: 'PARTY' },
      citations: cite,
    });
    expect(draft.data).toMatchObject({ key: 'my-source', action: 'party' });
  });

  it('refuses a section of another type', () => {
    expect(relationshipDraft({ type: 'SIGNED', from: 'a:b', to: 'c:d', ratification: { action: 'RATIFICATION' }, citations: cite }).problems).toEqual([
      { field: 'ratification', reason: '"ratification" fields do not apply to SIGNED; use "signature"' },
    ]);
    expect(relationshipDraft({ type: 'PART_OF', from: 'a:b', to: 'c:d', membership: { role: 'MEMBER' }, citations: cite }).problems[0]!.reason).toBe(
      '"membership" fields do not apply to PART_OF (it has no properties)',
    );
  });

  it('refuses an unknown type', () => {
    expect(relationshipDraft({ type: 'LIKES', from: 'a:b', to: 'c:d', citations: cite }).problems).toEqual([
      { field: 'type', reason: 'unknown relationship type "LIKES"' },
    ]);
  });
});

describe('stored properties back to entries', () => {
  it('drops derived properties and rebuilds the citation list', () => {
    const props = {
      id: 'instrument:x',
      name: 'X',
      aliases: ['Ex'],
      aliasText: 'Ex',
      adopted: '1990',
      adoptedYear: 1990,
      type: 'treaty',
      citeSources: ['source:a'],
      citeLocators: ['p. 1'],
      citeQuotes: [''],
    };
    expect(storedNodeToEntry('instrument', props)).toEqual({
      id: 'instrument:x',
      name: 'X',
      aliases: ['Ex'],
      adopted: '1990',
      type: 'treaty',
      citations: [{ source: 'source:a', locator: 'p. 1' }],
    });
  });

  it('parses edge ids, and tells a role from an explicit key', () => {
    expect(parseEdgeId('state:MEX-[RATIFIED:untc-2022]->instrument:icrmw')).toEqual({
      from: 'state:MEX',
      type: 'RATIFIED',
      discriminator: 'untc-2022',
      to: 'instrument:icrmw',
    });
    expect(parseEdgeId('forum:gmg-[PART_OF]->org:un-system')).toEqual({ from: 'forum:gmg', type: 'PART_OF', discriminator: undefined, to: 'org:un-system' });
    expect(parseEdgeId('state:MEX-[LIKES]->instrument:icrmw')).toBeUndefined();
    expect(parseEdgeId('state:MEX')).toBeUndefined();
    const member = storedEdgeToEntry(parseEdgeId('org:ilo-[MEMBER_OF:chair]->forum:gmg')!, {
      role: 'chair',
      citeSources: ['s:x'],
      citeLocators: ['p'],
      citeQuotes: ['q'],
    });
    expect(member).toEqual({ type: 'MEMBER_OF', from: 'org:ilo', to: 'forum:gmg', role: 'chair', citations: [{ source: 's:x', locator: 'p', quote: 'q' }] });
    const keyed = storedEdgeToEntry(parseEdgeId('state:MEX-[RATIFIED:untc-2022]->instrument:icrmw')!, { action: 'party', date: '1999', dateYear: 1999 });
    expect(keyed).toEqual({ type: 'RATIFIED', from: 'state:MEX', to: 'instrument:icrmw', action: 'party', date: '1999', key: 'untc-2022', citations: [] });
  });
});

describe('comparing states', () => {
  it('canonical JSON ignores key order and absent values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ a: [2, 1] })).not.toBe(canonicalJson({ a: [1, 2] }));
  });

  it('names the properties that differ', () => {
    expect(differingProps({ action: 'ratification', date: '1990' }, { action: 'accession', date: '1990', note: 'x' })).toEqual(['action', 'note']);
  });

  it('merges citations without repeating one', () => {
    const a = { source: 's:a', locator: 'p. 1' };
    expect(mergeCitations([a], [a, { source: 's:a', locator: 'p. 1', quote: 'q' }])).toEqual([a, { source: 's:a', locator: 'p. 1', quote: 'q' }]);
  });
});

describe('InvalidInputError', () => {
  it('lists every problem in extensions and at most five in the message', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({ field: `f${i}`, reason: `r${i}` }));
    const error = new InvalidInputError(problems);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems });
    expect(error.message).toBe(
      'The write was refused and nothing was written: f0: r0; f1: r1; f2: r2; f3: r3; f4: r4; and 2 more (all in extensions.problems)',
    );
  });
});
