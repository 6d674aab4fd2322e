/**
 * Entries → file texts, byte for byte the same for the same graph: entries sorted by id (nodes)
 * or by type, ends and key (relationships) in code-point order, columns and keys in model
 * order, one JSON entry per line, "\n" line ends and a final newline.
 *
 * CSV: one file per node kind (`nodes-<kind>.csv`) and per relationship type
 * (`relationships-<type>.csv`), every model field a column, then `source,locator,quote` per
 * citation (`source_2,locator_2,quote_2`, …). JSON: `nodes.json` and `relationships.json`.
 */
import { KINDS, RELATIONSHIPS, kindOf } from '../model/model.js';
import { formatCsvRow, joinList } from '../formats/csv.js';
import type { Entry } from '../model/stored-entry.js';

export type ExportFormat = 'csv' | 'json';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortNodeEntries(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) => byString(String(a.id), String(b.id)));
}

export function sortRelationshipEntries(entries: Entry[]): Entry[] {
  const sortKey = (e: Entry) => [e.type, e.from, e.to, e.key ?? e.role ?? ''].map(String).join('\u0000');
  return [...entries].sort((a, b) => byString(sortKey(a), sortKey(b)));
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return joinList(value.map(String));
  return String(value);
}

function csvTable(columns: string[], entries: Entry[]): string {
  const maxCitations = Math.max(1, ...entries.map((e) => (e.citations as Entry[]).length));
  const citeColumns = Array.from({ length: maxCitations }, (_, i) =>
    i === 0 ? ['source', 'locator', 'quote'] : [`source_${i + 1}`, `locator_${i + 1}`, `quote_${i + 1}`],
  ).flat();
  const lines = [formatCsvRow([...columns, ...citeColumns])];
  for (const e of entries) {
    const cites = e.citations as Entry[];
    const citeCells = Array.from({ length: maxCitations }, (_, i) => [cell(cites[i]?.source), cell(cites[i]?.locator), cell(cites[i]?.quote)]).flat();
    lines.push(formatCsvRow([...columns.map((c) => cell(e[c])), ...citeCells]));
  }
  return `${lines.join('\n')}\n`;
}

const fileSlug = (type: string) => type.toLowerCase().replace(/_/g, '-');

function jsonFile(key: string, entries: Entry[]): string {
  return `{"${key}": [\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

export interface ExportFile {
  text: string;
  rows: number;
}

/** File name → content and number of entries. */
export function exportFiles(nodeEntries: Entry[], relationshipEntries: Entry[], format: ExportFormat): Map<string, ExportFile> {
  const nodes = sortNodeEntries(nodeEntries);
  const relationships = sortRelationshipEntries(relationshipEntries);
  const files = new Map<string, ExportFile>();
  if (format === 'json') {
    files.set('nodes.json', { text: jsonFile('nodes', nodes), rows: nodes.length });
    files.set('relationships.json', { text: jsonFile('relationships', relationships), rows: relationships.length });
    return files;
  }
  for (const [kind, spec] of Object.entries(KINDS)) {
    const of = nodes.filter((e) => kindOf(String(e.id)) === kind);
    if (of.length > 0) files.set(`nodes-${kind}.csv`, { text: csvTable(Object.keys(spec.fields), of), rows: of.length });
  }
  for (const [type, spec] of Object.entries(RELATIONSHIPS)) {
    const of = relationships.filter((e) => e.type === type);
    if (of.length > 0)
      files.set(`relationships-${fileSlug(type)}.csv`, { text: csvTable(['type', 'from', 'to', 'key', ...Object.keys(spec.fields)], of), rows: of.length });
  }
  return files;
}
