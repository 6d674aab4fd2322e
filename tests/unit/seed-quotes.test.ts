/** A quote that is not in its document is a fabricated citation: every one must be found. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { defaultSeedDir } from '../../src/seed/load-seed.js';

// Compare text as a reader sees it: no markdown emphasis or link syntax, whitespace folded.
const normalise = (text: string) =>
  text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

const sources = YAML.parse(fs.readFileSync(path.join(defaultSeedDir, 'sources.yaml'), 'utf8')) as Array<{ id: string; file?: string }>;
const documents = new Map(
  sources.filter((s) => s.file).map((s) => [s.id, normalise(fs.readFileSync(path.join(defaultSeedDir, 'documents', s.file!), 'utf8'))]),
);

describe('seed quotes', () => {
  it('every quote from a held document appears in it verbatim', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const dir of ['nodes', 'relationships']) {
      for (const file of fs.readdirSync(path.join(defaultSeedDir, dir))) {
        const entries = (YAML.parse(fs.readFileSync(path.join(defaultSeedDir, dir, file), 'utf8')) ?? []) as Array<Record<string, any>>;
        for (const entry of entries) {
          for (const c of entry.citations ?? []) {
            const doc = documents.get(c.source);
            if (!c.quote || !doc) continue;
            checked++;
            if (!doc.includes(normalise(c.quote))) missing.push(`${dir}/${file} ${entry.id ?? `${entry.from}->${entry.to}`}: ${c.quote}`);
          }
        }
      }
    }
    expect(documents.size).toBe(5);
    expect(checked).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });
});
