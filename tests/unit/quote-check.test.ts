/**
 * The write path's quote check (src/curation/cited-passage.ts) on the passages the seed stores:
 * every seeded citation of a source with text must pass it if re-submitted, and the check finds,
 * highlights and refuses as the contract says.
 */
import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../src/seed/load-seed.js';
import { buildPassages } from '../../src/seed/passages.js';
import { defaultSeedDir } from '../../src/seed/load-seed.js';
import { storedCitations } from '../../src/model/stored-entry.js';
import { checkQuoteIn, quoteChecker, type StoredPassage } from '../../src/curation/cited-passage.js';
import { normaliseQuoteText, normaliseWithOffsets } from '../../src/seed/treaty-texts.js';

const seed = checkSeed();
const sources = seed.nodes
  .filter((n) => n.label === 'Source')
  .map((n) => ({ id: n.id, file: n.props.file as string | undefined, text: n.props.text as string | undefined }));
const passagesBySource = new Map<string, StoredPassage[]>();
for (const p of buildPassages(defaultSeedDir, sources)) {
  passagesBySource.set(p.sourceId, [...(passagesBySource.get(p.sourceId) ?? []), p]);
}
const passagesOf = (id: string) => passagesBySource.get(id)!;

describe('quote check', () => {
  it('passes every seeded citation of a source whose text the graph holds (as if re-submitted)', () => {
    const checkers = new Map([...passagesBySource].map(([id, ps]) => [id, quoteChecker(ps)]));
    const failures: string[] = [];
    let checked = 0;
    let wholeDocument = 0;
    let quoted = 0;
    for (const record of [...seed.nodes, ...seed.relationships]) {
      for (const c of storedCitations(record.props)) {
        const check = checkers.get(c.source);
        if (!check) continue;
        checked++;
        if (c.quote) quoted++;
        const verdict = check(c.locator, c.quote);
        if (verdict.scope === 'document') wholeDocument++;
        if (verdict.problem) failures.push(`${record.id} ${c.source} "${c.locator}": ${verdict.problem}`);
      }
    }
    console.log(
      `[measured] seeded citations of sources with text: ${checked} (${quoted} with a quote); passing ${checked - failures.length}, failing ${failures.length}; ` +
        `${wholeDocument} checked against the whole document (locator not cut into a passage), ${checked - wholeDocument} against the passage their locator names`,
    );
    expect(passagesBySource.size).toBe(41);
    expect(checked).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });

  it('finds a quote in the paragraph its locator names and gives offsets into that passage', () => {
    const v = checkQuoteIn(passagesOf('source:crc-text'), 'art. 28(1)(a)', 'Make primary education  COMPULSORY and available free to all');
    expect(v).toMatchObject({ found: true, problem: null, field: null });
    expect(v.passage).toMatch(/^1\. States Parties recognize the right of the child to education/);
    expect(v.passage!.slice(v.matchStart!, v.matchEnd!)).toBe('Make primary education compulsory and available free to all');
  });

  it('refuses a quote that is in the text but not in the named paragraph, showing that paragraph', () => {
    const v = checkQuoteIn(passagesOf('source:crc-text'), 'art. 28(2)', 'Make primary education compulsory');
    expect(v).toMatchObject({ found: false, field: 'quote' });
    expect(v.problem).toContain('does not appear verbatim in art. 28(2)');
    expect(v.passage).toMatch(/^2\. States Parties shall take all appropriate measures to ensure that school discipline/);
  });

  it('refuses a locator that names no passage, and one that is not an article locator of a text', () => {
    expect(checkQuoteIn(passagesOf('source:crc-text'), 'art. 55', 'anything')).toMatchObject({ field: 'locator', passage: null });
    expect(checkQuoteIn(passagesOf('source:crc-text'), 'art. 55', 'anything').problem).toBe('missing passage: the text has no art. 55');
    expect(checkQuoteIn(passagesOf('source:crc-text'), 'para 3', 'x').field).toBe('locator');
  });

  it('resolves "para N" of a document with numbered paragraphs, with its continuation lines', () => {
    const v = checkQuoteIn(passagesOf('source:a-68-283'), 'para 58', 'IOM is a large international organization with 151 member States, 12 observer States');
    expect(v.found).toBe(true);
    expect(v.passage).toMatch(/^58\. IOM is a large international organization/);
    expect(checkQuoteIn(passagesOf('source:a-68-283'), 'para 59', 'IOM is a large international organization').field).toBe('quote');
    expect(checkQuoteIn(passagesOf('source:a-68-283'), 'para 999', 'IOM').problem).toContain('no para 999');
    const continued = checkQuoteIn(passagesOf('source:a-68-283'), 'para 87', 'perceived security interests often trump');
    expect(continued.found).toBe(true);
    // A document whose only numbering is a short list (ohchr-2013: 7 items) has no "para N": whole text.
    expect(checkQuoteIn(passagesOf('source:ohchr-2013'), 'para 12', null)).toMatchObject({ problem: null });
    expect(checkQuoteIn(passagesOf('source:ohchr-2013'), 'para 12', 'Members of the Global Migration Group')).toMatchObject({ found: true });
  });

  it('searches the whole document for a locator it does not cut (footnotes, boxes, sections) and shows the lines matched', () => {
    const v = checkQuoteIn(passagesOf('source:ohchr-2013'), 'Box 4', 'Members of the Global Migration Group');
    expect(v.found).toBe(true);
    expect(v.passage).toBe('Box 4 Members of the Global Migration Group');
    expect(v.passage!.slice(v.matchStart!, v.matchEnd!)).toBe('Members of the Global Migration Group');
    const wrong = checkQuoteIn(passagesOf('source:ohchr-2013'), 'Box 4', 'a sentence no document contains');
    expect(wrong).toMatchObject({ found: false, field: 'quote', passage: null });
    expect(wrong.problem).toContain('whole text was searched');
  });

  it('accepts anything for a source without text, and a citation without a quote whose locator names a passage', () => {
    expect(checkQuoteIn([], 'p. 3', 'whatever')).toMatchObject({ found: false, problem: null, passage: null });
    expect(checkQuoteIn(passagesOf('source:crc-text'), 'art. 28', null)).toMatchObject({ found: false, problem: null });
  });

  it('normalises as the seed quote test does and maps offsets back to the raw text', () => {
    const raw = '  See **[resolution 67/172](#)**  and\n_the_ Report  ';
    const n = normaliseWithOffsets(raw);
    expect(n.text).toBe('see resolution 67/172 and the report');
    expect(n.text).toBe(normaliseQuoteText(raw));
    expect(raw[n.rawIndex[n.text.indexOf('67')]!]).toBe('6');
    expect(raw[n.rawIndex[n.text.indexOf('report')]!]).toBe('R');
  });
});
