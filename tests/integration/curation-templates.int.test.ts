/**
 * The curation templates (docs/templates/*.csv) for the known gaps: each, with the page Sources of
 * sources.csv, is accepted by the bulk importer's dry run; each example is a real row of the held
 * data (seed/rcp-membership, seed/ilo-ratifications), its page text the held excerpt and its quote
 * inside it; and the quote check is live on them (a changed quote is refused). Writes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/bulk/import-files.js';
import { operatorPrincipal } from '../../src/audit/audit.js';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { parseCsv } from '../../src/formats/csv.js';
import { testDatabase } from '../support/database.js';
import { graphSnapshot } from '../support/graph-snapshot.js';

const db = testDatabase();
const curator = operatorPrincipal('cli:templates-test');
const templates = path.join(projectRoot, 'docs', 'templates');
const sources = path.join(templates, 'sources.csv');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-templates-'));

afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The rows of a CSV file as objects by header. */
function rows(file: string): Record<string, string>[] {
  const { records, error } = parseCsv(fs.readFileSync(file, 'utf8'));
  expect(error).toBeUndefined();
  const [header, ...data] = records.map((r) => r.cells);
  return data.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

const pageText = (id: string) => rows(sources).find((r) => r.id === id)!.text;
const heldRow = (file: string, match: (r: Record<string, string>) => boolean) => rows(path.join(projectRoot, 'seed', file)).find(match);

// Each template, the held row its example comes from, and what the dry run must plan.
const cases = [
  {
    template: 'rcp-membership.csv',
    held: () =>
      heldRow(
        'rcp-membership/rcp_membership.csv',
        (r) => r.process === 'Almaty Process' && r.participant === 'Afghanistan' && r.source_url!.includes('unhcr.kz'),
      ),
  },
  {
    template: 'iom-membership.csv',
    held: () => heldRow('rcp-membership/iom_membership.csv', (r) => r.participant === 'Maldives'),
  },
  {
    template: 'ilo-ratifications.csv',
    held: () => heldRow('ilo-ratifications/ilo_ratifications.csv', (r) => r.convention === 'C189' && r.iso3 === 'PHL'),
  },
  {
    template: 'coverage.csv',
    held: () => heldRow('ilo-ratifications/ilo_ratifications.csv', (r) => r.convention === 'C189' && r.iso3 === 'PHL'),
  },
];

describe('curation templates', () => {
  for (const { template, held } of cases) {
    it(`${template}: a real held example, accepted by the dry run with its quote checked`, async () => {
      const [example] = rows(path.join(templates, template));
      const row = held();
      expect(row, 'the held row the example comes from').toBeDefined();
      // The page text registered is the held excerpt, and the quote is in it.
      expect(pageText(example!.source!)).toBe(row!.excerpt);
      expect(row!.excerpt).toContain(example!.quote);
      expect(rows(sources).find((r) => r.id === example!.source)!.url).toBe(row!.source_url);

      const before = await graphSnapshot(db);
      const outcome = await importFiles(db, [sources, path.join(templates, template)], { curator, dryRun: true });
      expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems)).toBe(true);
      if (!outcome.ok || !outcome.dryRun) return;
      expect(outcome.plan.relationships).toHaveLength(1);
      expect(outcome.plan.relationships[0]!.outcome).toBe('created');
      expect(outcome.plan.nodes.map((n) => n.id).sort()).toEqual(
        rows(sources)
          .map((r) => r.id)
          .sort(),
      );

      // The same row with a quote the page does not hold is refused, naming the field.
      const changed = path.join(tmp, template);
      const text = fs.readFileSync(path.join(templates, template), 'utf8');
      fs.writeFileSync(changed, text.replace(example!.quote!, `${example!.quote} and more`));
      const wrong = await importFiles(db, [sources, changed], { curator, dryRun: true });
      expect(wrong.ok).toBe(false);
      if (wrong.ok) return;
      expect(wrong.problems.map((p) => [p.line, p.field])).toEqual([[2, 'citations[0].quote']]);
      expect(await graphSnapshot(db)).toEqual(before);
    });
  }
});
