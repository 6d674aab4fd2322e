/**
 * The explorer's import page and create form, the parts without DOM: a picked file becomes the
 * request the API's import calls take (format from its extension, content as read), a refusal's
 * "content:<line>.<field>" problems are listed by line and field, and a new node's id and
 * citations are what createNode takes (a Source may cite itself).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asImportProblem, importRequest, planSummary, plansAWrite, problemPlace, requestBytes } from '../../explorer/src/import-request.js';
import { nodeId, withSelfCitation } from '../../explorer/src/new-node.js';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';

const template = path.join(projectRoot, 'docs', 'templates', 'rcp-membership.csv');

describe('a picked file → the import request', () => {
  it('a template CSV is sent as csv, its content unchanged', () => {
    const text = fs.readFileSync(template, 'utf8');
    expect(importRequest('rcp-membership.csv', text)).toEqual({ name: 'rcp-membership.csv', format: 'csv', content: text });
    expect(importRequest('EXPORT.JSON', '{"nodes": []}').format).toBe('json');
  });

  it('a file the import does not read, or an empty one, is refused naming the file', () => {
    expect(() => importRequest('members.xlsx', 'x')).toThrow('members.xlsx: the import reads .csv or .json files (the formats of npm run import), not .xlsx');
    expect(() => importRequest('members', 'x')).toThrow('not a file without extension');
    expect(() => importRequest('empty.csv', ' \n')).toThrow('empty.csv: the file is empty');
  });

  it('counts the bytes of the JSON body the server limits (MAX_BODY_BYTES), multi-byte characters included', () => {
    const ascii = requestBytes({ name: 'a.csv', format: 'csv', content: 'e\n' });
    const accented = requestBytes({ name: 'a.csv', format: 'csv', content: 'é\n' });
    expect(ascii).toBe(JSON.stringify({ query: '', variables: { format: 'csv', content: 'e\n' } }).length);
    expect(accented - ascii).toBe(1); // "é" is 2 bytes in UTF-8, "e" one
  });
});

describe('the dry run and refusals, as the page lists them', () => {
  const plan = { nodes: [{ outcome: 'CREATE' as const }], relationships: [{ outcome: 'UNCHANGED' as const }, { outcome: 'UPDATE' as const }] };
  it('summarises the plan and tells whether it writes anything', () => {
    expect(planSummary(plan.relationships)).toBe('0 to create, 1 to change, 1 unchanged');
    expect(plansAWrite(plan)).toBe(true);
    expect(plansAWrite({ nodes: [], relationships: [{ outcome: 'UNCHANGED' }] })).toBe(false);
  });

  it('places a problem by line and field', () => {
    expect(problemPlace({ line: 3, field: 'role' })).toBe('line 3, role');
    expect(problemPlace({ line: 3, field: null })).toBe('line 3');
    expect(problemPlace({ line: null, field: null })).toBe('the file');
  });

  it("reads a refusal's content:<line>.<field> back into line and field", () => {
    expect(asImportProblem({ field: 'content:2.role', reason: 'bad role', passage: 'p' })).toEqual({
      line: 2,
      field: 'role',
      entry: '',
      reason: 'bad role',
      passage: 'p',
    });
    expect(asImportProblem({ field: 'content:-', reason: 'not valid JSON' })).toMatchObject({ line: null, field: null });
    expect(asImportProblem({ field: 'format', reason: 'use csv or json' })).toMatchObject({ line: null, field: 'format' });
  });
});

describe('a new node as createNode takes it', () => {
  it("puts the kind's prefix on a typed slug, keeps a typed id", () => {
    expect(nodeId('source', 'iom-bali-process-page')).toBe('source:iom-bali-process-page');
    expect(nodeId('source', ' source:x ')).toBe('source:x');
    expect(nodeId('org', '')).toBe('');
  });

  it('a Source given no citation cites itself (locator document); other kinds get none, and given ones stay in place', () => {
    const blank = { source: '', locator: '', quote: null };
    expect(withSelfCitation('source:x', [blank])).toEqual([{ source: 'source:x', locator: 'document', quote: null }]);
    expect(withSelfCitation('org:x', [blank])).toEqual([]);
    const given = [blank, { source: 'source:a-68-283', locator: 'para 70', quote: null }];
    expect(withSelfCitation('source:x', given)).toEqual(given);
  });
});
