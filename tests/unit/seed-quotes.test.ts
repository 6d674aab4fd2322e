/** A quote that is not in its document is a fabricated citation: every one must be found. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { defaultSeedDir } from '../../src/seed/load-seed.js';
import { normaliseQuoteText as normalise, parseArticleLocator, passageAt, readTreatyText } from '../../src/seed/treaty-texts.js';

type Source = { id: string; file?: string; text?: string };
const sources = fs
  .readdirSync(defaultSeedDir)
  .filter((f) => /^sources.*\.yaml$/.test(f))
  .flatMap((f) => YAML.parse(fs.readFileSync(path.join(defaultSeedDir, f), 'utf8')) as Source[]);
const documents = new Map(
  sources.filter((s) => s.file).map((s) => [s.id, normalise(fs.readFileSync(path.join(defaultSeedDir, 'documents', s.file!), 'utf8'))]),
);
const texts = new Map(sources.filter((s) => s.text).map((s) => [s.id, readTreatyText(defaultSeedDir, s.text!)]));

interface Cited {
  where: string;
  source: string;
  locator: string;
  quote?: string;
}

function allCitations(): Cited[] {
  const out: Cited[] = [];
  for (const dir of ['nodes', 'relationships']) {
    for (const file of fs.readdirSync(path.join(defaultSeedDir, dir))) {
      const entries = (YAML.parse(fs.readFileSync(path.join(defaultSeedDir, dir, file), 'utf8')) ?? []) as Array<Record<string, any>>;
      for (const entry of entries) {
        for (const c of entry.citations ?? []) out.push({ where: `${dir}/${file} ${entry.id ?? `${entry.from}->${entry.to}`}`, ...c });
      }
    }
  }
  return out;
}

describe('seed quotes', () => {
  it('every quote from a held document appears in it verbatim', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const c of allCitations()) {
      const doc = documents.get(c.source);
      if (!c.quote || !doc) continue;
      checked++;
      if (!doc.includes(normalise(c.quote))) missing.push(`${c.where}: ${c.quote}`);
    }
    expect(documents.size).toBe(5);
    expect(checked).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it('every citation of an instrument text names an article (or paragraph) that exists and quotes it verbatim', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const c of allCitations()) {
      const articles = texts.get(c.source);
      if (!articles || c.locator === 'document') continue;
      if (!parseArticleLocator(c.locator)) {
        problems.push(`${c.where}: locator "${c.locator}" is not an article ("art. 28", "art. 28(1)" or "preamble")`);
        continue;
      }
      const passage = passageAt(articles, c.locator);
      if (passage === undefined) problems.push(`${c.where}: ${c.source} has no ${c.locator}`);
      else if (!c.quote) problems.push(`${c.where}: ${c.source} ${c.locator} has no quote`);
      else if (!normalise(passage).includes(normalise(c.quote))) problems.push(`${c.where}: not in ${c.source} ${c.locator}: ${c.quote}`);
      else checked++;
    }
    expect(texts.size).toBe(36);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10);
    console.log(`instrument-text citations checked verbatim against their article: ${checked}`);
  });

  it('reads articles and paragraphs from the texts', () => {
    const crc = texts.get('source:crc-text')!;
    expect(passageAt(crc, 'art. 28(1)')).toMatch(/^1\. States Parties recognize the right of the child to education/);
    expect(passageAt(crc, 'art. 28(1)(a)')).toContain('Make primary education compulsory and available free to all');
    expect(passageAt(crc, 'art. 28(1)')).not.toContain('2. States Parties shall take all appropriate measures to ensure that school discipline');
    expect(passageAt(crc, 'art. 55')).toBeUndefined();
    expect(passageAt(crc, 'art. 28(9)')).toBeUndefined();
    expect(passageAt(texts.get('source:refugee-convention-text')!, 'art. 33(1)')).toContain(
      'No Contracting State shall expel or return ("refouler") a refugee',
    );
  });
});
