/**
 * Quotes checked against the source (issue 18): checkQuote and citedPassage on the seeded texts,
 * and the write validator refusing a quote that is not in the passage its locator names (field
 * citations[i].quote, passage shown) or a locator that names no passage (citations[i].locator),
 * accepting a source without text, and checking a Source created with text. Nothing is written
 * by a refused write. Resets the graph afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';
import { testDatabase } from '../support/database.js';
import { importFiles } from '../../src/bulk/import-files.js';
import { operatorPrincipal } from '../../src/audit/audit.js';

const db = testDatabase();
let api: TestApi;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-quotes-'));

beforeAll(async () => {
  api = await startTestApi({ apiKey: (await createTestKey(db, 'curator')).secret });
});
afterAll(async () => {
  await api.close();
  await resetTestGraph(db);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const CHECK =
  'query($s: ID!, $l: String!, $q: String!) { checkQuote(source: $s, locator: $l, quote: $q) { source locator passage found matchStart matchEnd problem } }';
const PASSAGE = 'query($s: ID!, $l: String!) { citedPassage(source: $s, locator: $l) }';
const ADD = 'mutation($input: RelationshipInput!) { addRelationship(input: $input) { outcome edge { id } } }';
const CREATE_NODE = 'mutation($input: NodeInput!) { createNode(input: $input) { outcome } }';

/** A fact not in the seed: IOM's operational mandate towards migrant workers, cited to A/68/283 para 58. */
const mandate = (citation: Record<string, unknown>) => ({
  type: 'HAS_MANDATE',
  from: 'org:iom',
  to: 'category:migrant-workers',
  mandate: { kind: 'OPERATIONAL' },
  citations: [{ source: 'source:a-68-283', ...citation }],
});

async function refused(query: string, variables: Record<string, unknown>) {
  const before = await graphSnapshot(db);
  const result = await api.ask(query, variables);
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(await graphSnapshot(db)).toEqual(before);
  return result.errors![0]!.extensions!.problems as Array<{ field: string; reason: string; passage?: string }>;
}

describe('checkQuote and citedPassage', () => {
  it('a right quote: found, with offsets into the passage its locator names (instrument text and document paragraph)', async () => {
    const quote = 'Make primary education compulsory and available free to all';
    const text = (await api.data(CHECK, { s: 'source:crc-text', l: 'art. 28(1)(a)', q: quote })).checkQuote;
    expect(text).toMatchObject({ source: 'source:crc-text', locator: 'art. 28(1)(a)', found: true, problem: null });
    expect(text.passage).toMatch(/^1\. States Parties recognize the right of the child to education/);
    expect(text.passage.slice(text.matchStart, text.matchEnd)).toBe(quote);

    const para = (await api.data(CHECK, { s: 'source:a-68-283', l: 'para 58', q: 'with 151 member States, 12 observer States' })).checkQuote;
    expect(para).toMatchObject({ found: true, problem: null });
    expect(para.passage).toMatch(/^58\. IOM is a large international organization/);
    expect(para.passage.slice(para.matchStart, para.matchEnd)).toBe('with 151 member States, 12 observer States');
    expect((await api.data(PASSAGE, { s: 'source:a-68-283', l: 'para 58' })).citedPassage).toBe(para.passage);
  });

  it('a wrong quote, a locator naming no passage, a source without text, an unknown source', async () => {
    const wrong = (await api.data(CHECK, { s: 'source:a-68-283', l: 'para 58', q: 'IOM has a legal protection mandate in its Constitution' })).checkQuote;
    expect(wrong).toMatchObject({ found: false, matchStart: null, matchEnd: null });
    expect(wrong.problem).toContain('does not appear verbatim in para 58');
    expect(wrong.passage).toMatch(/^58\. /);
    const missing = (await api.data(CHECK, { s: 'source:crc-text', l: 'art. 99', q: 'anything' })).checkQuote;
    expect(missing).toMatchObject({ found: false, passage: null, problem: 'missing passage: the text has no art. 99' });
    expect((await api.data(PASSAGE, { s: 'source:crc-text', l: 'art. 99' })).citedPassage).toBeNull();
    const noText = (await api.data(CHECK, { s: 'source:cow-igo-v3', l: 'p. 3', q: 'anything at all' })).checkQuote;
    expect(noText).toMatchObject({ found: false, passage: null, problem: null });
    const unknown = await api.ask(CHECK, { s: 'source:no-such-source', l: 'p. 1', q: 'x' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notSource = await api.ask(CHECK, { s: 'org:iom', l: 'p. 1', q: 'x' });
    expect(notSource.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the write validator checks quotes', () => {
  it('addRelationship refuses a quote not in the cited paragraph, naming citations[i].quote and showing the passage', async () => {
    const problems = await refused(ADD, {
      input: mandate({ locator: 'para 58', quote: 'IOM has a legal protection mandate in its Constitution' }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('citations[0].quote');
    expect(problems[0]!.reason).toContain('does not appear verbatim in para 58');
    expect(problems[0]!.passage).toMatch(/^58\. IOM is a large international organization with 151 member States/);
  });

  it('addRelationship refuses a locator that names no passage (citations[i].locator, "missing passage")', async () => {
    const problems = await refused(ADD, { input: mandate({ locator: 'para 999', quote: 'IOM is a large international organization' }) });
    expect(problems).toEqual([{ field: 'citations[0].locator', reason: "missing passage: the document's numbered paragraphs are 1-143; it has no para 999" }]);
  });

  it('addRelationship accepts the right quote, and any quote of a source without text', async () => {
    const right = await api.data(ADD, {
      input: mandate({ locator: 'para 58', quote: 'acting essentially as a service provider to States' }),
    });
    expect(right.addRelationship.outcome).toBe('CREATED');
    const noText = await api.data(ADD, {
      input: {
        ...mandate({}),
        to: 'category:migrants-in-irregular-situation',
        citations: [{ source: 'source:cow-igo-v3', locator: 'p. 3', quote: 'nothing to check this against' }],
      },
    });
    expect(noText.addRelationship.outcome).toBe('CREATED');
  });

  it('a Source created with text has its passages addressable, and citing it is checked', async () => {
    // The held excerpt of IOM's Bali Process page (seed/rcp-membership/rcp_membership.csv, line 6742).
    const text =
      'Member Organizations (3 Organizations)\n\nInternational Organization for Migration (IOM)\nUnited Nations High Commissioner for Refugees (UNHCR)\n' +
      'Chairing Country\nBali Process has permanent co-chairs: Australia and Indonesia\n\nObserver States (17 States)\n\nThe Netherlands\nRussian Federation\nSouth Africa\nUnited Kingdom';
    const id = 'source:test-iom-bali-page';
    const created = await api.data(CREATE_NODE, {
      input: {
        id,
        source: { title: 'IOM – Bali Process (RCP page, older version)', url: 'https://www.iom.int/node/30036', text },
        citations: [{ source: id, locator: 'document' }],
      },
    });
    expect(created.createNode.outcome).toBe('CREATED');
    expect((await api.data(PASSAGE, { s: id, l: 'line 10' })).citedPassage).toBe('The Netherlands');
    const observer = (quote: string) => ({
      type: 'MEMBER_OF',
      from: 'state:NLD',
      to: 'rcp:bali-process',
      key: 'observer.test-iom-bali-page',
      membership: { role: 'OBSERVER' },
      citations: [{ source: id, locator: 'Observer States list', quote }],
    });
    const problems = await refused(ADD, { input: observer('Observer States (17 States) Japan') });
    expect(problems.map((p) => p.field)).toEqual(['citations[0].quote']);
    expect(problems[0]!.reason).toContain('whole text was searched');
    const added = await api.data(ADD, { input: observer('Observer States (17 States)\n\nThe Netherlands') });
    expect(added.addRelationship.outcome).toBe('CREATED');
    const lineProblems = await refused(ADD, {
      input: { ...observer('The Netherlands'), citations: [{ source: id, locator: 'line 11', quote: 'The Netherlands' }] },
    });
    expect(lineProblems[0]).toMatchObject({ field: 'citations[0].quote', passage: 'Russian Federation' });
  });

  it('bulk import refuses a wrong quote with file, line, field and passage, and writes nothing', async () => {
    const csv = path.join(dir, 'mandates.csv');
    fs.writeFileSync(
      csv,
      'type,from,to,kind,source,locator,quote\n' +
        'HAS_MANDATE,org:iom,category:refugees,operational,source:a-68-283,para 58,acting essentially as a service provider to States\n' +
        'HAS_MANDATE,org:iom,category:stateless-persons,operational,source:a-68-283,para 58,with a legal protection mandate\n',
    );
    const before = await graphSnapshot(db);
    const outcome = await importFiles(db, [csv], { curator: operatorPrincipal('cli:test'), dryRun: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatchObject({ file: csv, line: 3, field: 'citations[0].quote' });
    expect(outcome.problems[0]!.passage).toMatch(/^58\. /);
    expect(await graphSnapshot(db)).toEqual(before);
  });
});
