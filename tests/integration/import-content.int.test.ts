/**
 * One file's content imported through the API (the explorer's Bulk import page): checkImport is
 * the import's dry run (every problem with its line and field, or what each row would do) and
 * writes nothing; importContent writes it for a curator in one audited transaction (refused
 * whole, nothing written, when a row has a problem); both need their role. sourcePassages lists
 * what a Source's text was cut into (a Source created with text, and none for one without).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
const SOURCES = fs.readFileSync(path.join(projectRoot, 'docs', 'templates', 'sources.csv'), 'utf8');
const MEMBERSHIP = fs.readFileSync(path.join(projectRoot, 'docs', 'templates', 'rcp-membership.csv'), 'utf8');
let cora: TestApi; // contributor
let cur: TestApi; // curator
let anonymous: TestApi;

beforeAll(async () => {
  cora = await startTestApi({ apiKey: (await createTestKey(db, 'contributor', 'Cora')).secret });
  cur = await startTestApi({ apiKey: (await createTestKey(db, 'curator', 'Cur')).secret });
  anonymous = await startTestApi();
});
afterAll(async () => {
  for (const a of [cora, cur, anonymous]) await a?.close();
  await resetTestGraph(db);
  await db.close();
});

const CHECK = `query($format: String!, $content: String!) { checkImport(format: $format, content: $content) {
  valid rows problems { line field entry reason passage } nodes { id line outcome changed } relationships { id line outcome changed } } }`;
const IMPORT = `mutation($format: String!, $content: String!) { importContent(format: $format, content: $content) {
  importId nodes { created updated unchanged } relationships { created updated unchanged } } }`;
const PASSAGES = 'query($source: ID!) { sourcePassages(source: $source) { locator article text } }';

describe('checkImport (the dry run)', () => {
  it('lists every problem with its line and field, and writes nothing', async () => {
    const before = await graphSnapshot(db);
    const broken = MEMBERSHIP.replace(',member,', ',boss,');
    const { checkImport } = await cora.data(CHECK, { format: 'csv', content: broken });
    expect(checkImport.valid).toBe(false);
    expect(checkImport.rows).toBe(1);
    expect(checkImport.nodes).toEqual([]);
    const fields = checkImport.problems.map((p: { line: number; field: string | null }) => `${p.line}:${p.field}`);
    expect(fields).toContain('2:role'); // the unknown role, on the data row
    expect(fields).toContain('2:citations'); // the page it cites is not registered yet
    expect((await graphSnapshot(db)).hash).toBe(before.hash);
  });

  it('plans a valid file row by row: sources.csv creates its pages', async () => {
    const before = await graphSnapshot(db);
    const { checkImport } = await cora.data(CHECK, { format: 'csv', content: SOURCES });
    expect(checkImport.problems).toEqual([]);
    expect(checkImport.valid).toBe(true);
    const dataRows = SOURCES.trim().split('\n').length - 1;
    expect(checkImport.nodes).toHaveLength(dataRows);
    expect(checkImport.nodes.map((n: { outcome: string }) => n.outcome)).toEqual(Array(dataRows).fill('CREATE'));
    expect(checkImport.nodes[0]).toMatchObject({ id: expect.stringMatching(/^source:/), line: 2, changed: [] });
    expect((await graphSnapshot(db)).hash).toBe(before.hash);
  });

  it('refuses a format the import does not read, naming the argument, and an anonymous caller', async () => {
    const wrong = await cora.ask(CHECK, { format: 'xlsx', content: 'a' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('format');
    expect((await anonymous.ask(CHECK, { format: 'csv', content: SOURCES })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('importContent', () => {
  it('is refused to a contributor (FORBIDDEN) and refused whole when a row has a problem', async () => {
    const before = await graphSnapshot(db);
    expect((await cora.ask(IMPORT, { format: 'csv', content: SOURCES })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refused = await cur.ask(IMPORT, { format: 'csv', content: MEMBERSHIP.replace(',member,', ',boss,') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.problems?.map((p: { field: string }) => p.field)).toContain('content:2.role');
    expect((await graphSnapshot(db)).hash).toBe(before.hash);
  });

  it('writes a valid file in one audited import, then the template that cites its pages; again, it leaves them alone', async () => {
    const { importContent: pages } = await cur.data(IMPORT, { format: 'csv', content: SOURCES });
    const dataRows = SOURCES.trim().split('\n').length - 1;
    expect(pages.nodes).toEqual({ created: dataRows, updated: 0, unchanged: 0 });
    const audited = await db.readText('MATCH (c:Change {importId: $id}) RETURN count(c) AS n', { id: pages.importId });
    expect(Number(audited[0]!.n)).toBe(dataRows);
    const { importContent: membership } = await cur.data(IMPORT, { format: 'csv', content: MEMBERSHIP });
    expect(membership.relationships).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const again = await cur.data(IMPORT, { format: 'csv', content: MEMBERSHIP });
    expect(again.importContent.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});

describe('sourcePassages', () => {
  it("lists a Source's passages in order; none for a Source without text; NOT_FOUND for an unknown id", async () => {
    const text = 'First line of the page.\n\nSecond line, with the quote.';
    await cur.data('mutation($input: NodeInput!) { createNode(input: $input) { outcome } }', {
      input: { id: 'source:test-passages', source: { title: 'Test page', text }, citations: [{ source: 'source:test-passages', locator: 'document' }] },
    });
    const { sourcePassages } = await anonymous.data(PASSAGES, { source: 'source:test-passages' });
    expect(sourcePassages).toEqual([
      { locator: 'line 1', article: null, text: 'First line of the page.' },
      { locator: 'line 3', article: null, text: 'Second line, with the quote.' },
    ]);
    const [withoutText] = await db.readText('MATCH (s:Source) WHERE s.text IS NULL AND s.file IS NULL RETURN s.id AS id LIMIT 1');
    expect((await anonymous.data(PASSAGES, { source: withoutText!.id })).sourcePassages).toEqual([]);
    expect((await anonymous.ask(PASSAGES, { source: 'source:nowhere' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
