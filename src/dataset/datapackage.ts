/**
 * The `datapackage.json` descriptor (Frictionless Data Package v1, tabular) of an export: one
 * resource per CSV file with its Table Schema, the package version and release, and per data
 * source its terms, licence and as-of dates (src/dataset/data-terms.ts). No creation time, so the
 * same graph and build always give the same bytes.
 */
import type { Release } from '../release.js';
import { DATA_SOURCES } from './data-terms.js';
import { tableSchema, type TableSchema } from './table-schema.js';

export const DESCRIPTOR_FILE = 'datapackage.json';
export const TERMS_FILE = 'DATA-TERMS.md';

export interface CsvFileHeader {
  name: string;
  header: string[];
  rows: number;
}

interface Resource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  description: string;
  schema: TableSchema;
}

function describe(fileName: string, rows: number): string {
  const node = /^nodes-(.+)\.csv$/.exec(fileName);
  const what = node
    ? `Nodes of kind "${node[1]}" (id prefix ${node[1]}:)`
    : `Relationships ${fileName
        .replace(/^relationships-|\.csv$/g, '')
        .toUpperCase()
        .replace(/-/g, '_')}`;
  return `${what}, ${rows} rows, every model field a column, then source, locator and quote per citation. The same file \`npm run import\` reads.`;
}

export function dataPackageDescriptor(files: CsvFileHeader[], release: Release): Record<string, unknown> {
  const resources: Resource[] = [];
  for (const f of files) {
    const schema = tableSchema(f.name, f.header);
    if (!schema) throw new Error(`${f.name}: not a file of the export (nodes-<kind>.csv or relationships-<type>.csv)`);
    resources.push({
      name: f.name.replace(/\.csv$/, ''),
      path: f.name,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: describe(f.name, f.rows),
      schema,
    });
  }
  return {
    profile: 'tabular-data-package',
    name: 'migration-governance-kg',
    title: 'Migration Governance Knowledge Graph',
    description:
      "Who monitors which migrants' rights, where, and why: States, instruments, bodies, organisations, processes, migrant categories and rights, and the relationships between them, each with the source and locator that states it. Nodes and relationships as CSV, in the format `npm run import` reads back.",
    version: release.version,
    release: release.release,
    keywords: ['migration governance', 'human rights treaties', 'knowledge graph'],
    contributors: [{ title: 'The Migration Governance Knowledge Graph contributors', role: 'author' }],
    licenses: [{ path: TERMS_FILE, title: 'Terms per data source (DATA-TERMS.md): several sources state no licence, which is not a licence to reuse' }],
    sources: DATA_SOURCES.map((s) => ({
      title: s.title,
      seedPath: s.path,
      name: s.name,
      origin: s.origin,
      terms: s.terms,
      ...(s.licence ? { licenses: [{ name: s.licence.name, path: s.licence.path }] } : {}),
      asOf: s.asOf,
      sourceIds: s.sourceIds,
    })),
    resources,
  };
}
