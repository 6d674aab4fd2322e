/**
 * The dataset's papers agree with each other: DATA-TERMS.md has a row per data source of
 * src/dataset/data-terms.ts with the same terms ("not stated" stays "not stated", a named licence
 * is named), CITATION.cff and the data package carry the package version, and the Table Schemas
 * follow the model.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATA_SOURCES, NOT_STATED } from '../../src/dataset/data-terms.js';
import { dataPackageDescriptor } from '../../src/dataset/datapackage.js';
import { tableSchema } from '../../src/dataset/table-schema.js';

const terms = fs.readFileSync('DATA-TERMS.md', 'utf8');
const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('DATA-TERMS.md', () => {
  it.each(DATA_SOURCES.map((s) => [s.name, s] as const))('has the row of %s with its terms', (name, source) => {
    const row = terms.split('\n').find((line) => line.startsWith(`| \`${name}\``));
    expect(row, `no row for ${name}`).toBeDefined();
    if (source.terms.startsWith(NOT_STATED)) expect(row).toContain('| not stated');
    else expect(row).not.toContain('| not stated');
    if (source.licence) expect(row).toContain(source.licence.name.replace(/-1\.0$/, ' 1.0').replace(/^MIT$/, '**MIT**'));
  });

  it('lists no source the code does not know', () => {
    const rows = terms.split('\n').filter((line) => /^\| `[a-z0-9-]+`/.test(line));
    expect(rows.map((r) => /^\| `([a-z0-9-]+)`/.exec(r)![1]).sort()).toEqual(DATA_SOURCES.map((s) => s.name).sort());
  });
});

describe('citation and licence', () => {
  it('CITATION.cff is CFF 1.2.0 with the package version and the MIT licence of LICENSE', () => {
    const cff = parse(fs.readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.version).toBe(version);
    expect(cff.license).toBe('MIT');
    expect(fs.readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 The Migration Governance Knowledge Graph contributors\n/);
  });

  it('the data package descriptor carries the version, the release and every data source', () => {
    const d = dataPackageDescriptor([{ name: 'nodes-right.csv', header: ['id', 'name', 'source', 'locator', 'quote'], rows: 1 }], {
      version,
      release: 'v-test',
    });
    expect(d).toMatchObject({ version, release: 'v-test', licenses: [{ path: 'DATA-TERMS.md' }] });
    expect((d.sources as Array<{ name: string }>).map((s) => s.name)).toEqual(DATA_SOURCES.map((s) => s.name));
  });
});

describe('table schemas from the model', () => {
  it('types node columns, keys nodes by id and points citations at nodes-source', () => {
    const schema = tableSchema('nodes-status.csv', ['id', 'name', 'value', 'asOf', 'aliases', 'source', 'locator', 'quote', 'source_2'])!;
    const byName = Object.fromEntries(schema.fields.map((f) => [f.name, f]));
    expect(byName.id).toMatchObject({ type: 'string', constraints: { required: true } });
    expect(byName.value).toMatchObject({ type: 'number', constraints: { required: true } });
    expect(byName.asOf).toMatchObject({ type: 'string', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } });
    expect(byName.aliases!.description).toContain('"|"');
    expect(schema.primaryKey).toEqual(['id']);
    expect(schema.foreignKeys!.map((k) => k.fields[0])).toEqual(['source', 'source_2']);
  });

  it('fixes a relationship file to its type and its allowed values', () => {
    const schema = tableSchema('relationships-member-of.csv', ['type', 'from', 'to', 'key', 'role'])!;
    expect(schema.fields[0]!.constraints!.enum).toEqual(['MEMBER_OF']);
    expect(schema.fields.find((f) => f.name === 'role')!.constraints!.enum).toContain('observer');
    expect(schema.primaryKey).toBeUndefined();
  });

  it('refuses a file the export does not write', () => {
    expect(tableSchema('nodes-unknown.csv', ['id'])).toBeUndefined();
    expect(tableSchema('notes.csv', ['id'])).toBeUndefined();
  });
});
