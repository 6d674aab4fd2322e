/**
 * CSV as RFC 4180 (quoted fields may hold commas, quotes and line breaks), read with csv-parse,
 * with the line each record starts on, so an import error can name `file:line` (the header is
 * line 1).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

const LINE_BREAK = /\r\n|\n|\r/g;

/** Plain words for csv-parse's error codes a hand-edited file is likely to hit. */
const CSV_REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
};

/**
 * Parses CSV text. Unquoted cells are trimmed (hand-written files often put a space after the
 * comma); quoted cells are kept exactly, which is how the exporter writes edge-space values.
 * Blank lines are not records; a byte-order mark from a spreadsheet export is dropped.
 */
export function parseCsv(text: string): { records: CsvRecord[]; error?: { line: number; reason: string } } {
  const records: CsvRecord[] = [];
  try {
    parse(text, {
      bom: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // csv-parse counts lines up to a record's end; it starts as many lines earlier as its quoted cells hold breaks.
      on_record: (cells: string[], { lines }) => {
        records.push({ line: lines - cells.reduce((breaks, cell) => breaks + (cell.match(LINE_BREAK)?.length ?? 0), 0), cells });
        return cells;
      },
    });
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { records, error: { line, reason: CSV_REASONS[error.code] ?? error.message } };
  }
}

/**
 * One CSV line. A cell is quoted only when it must be (a comma, quote or line break) or when it
 * has surrounding spaces the reader would trim, so the same value is always written the same way.
 */
export function formatCsvRow(cells: string[]): string {
  return stringify([cells], { record_delimiter: '', quoted_match: /^\s|\s$/, quoted_empty: false });
}

/** List values share one cell, separated by "|"; a "|" or "\" inside an item is escaped with "\". */
export function joinList(items: string[]): string {
  return items.map((s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

export function splitList(cell: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) item += cell[++i];
    else if (ch === '|') {
      items.push(item.trim());
      item = '';
    } else item += ch;
  }
  items.push(item.trim());
  return items;
}
