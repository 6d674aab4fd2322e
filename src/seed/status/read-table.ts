/**
 * Reads a status data set's CSV into objects keyed by header, each with the line it starts on
 * (the locator every fact cites), using the bulk importer's RFC 4180 parser.
 */
import fs from 'node:fs';
import { parseCsv } from '../../formats/csv.js';

export interface TableRow {
  line: number;
  cells: Record<string, string>;
  /** The cells in file order (headers of some UN tables repeat or are long) */
  list: string[];
}

export function readTable(file: string): TableRow[] {
  const { records, error } = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (error) throw new Error(`${file}:${error.line}: ${error.reason}`);
  const [header, ...rows] = records;
  if (!header) return [];
  return rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => ({ line: r.line, list: r.cells, cells: Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i] ?? ''])) }));
}
