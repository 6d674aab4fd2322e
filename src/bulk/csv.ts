/**
 * CSV as RFC 4180 (quoted fields may hold commas, quotes and line breaks), with the line each
 * record starts on, so an import error can name `file:line` (the header is line 1).
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

/**
 * Parses CSV text. Unquoted cells are trimmed (hand-written files often put a space after the
 * comma); quoted cells are kept exactly, which is how the exporter writes edge-space values.
 */
export function parseCsv(text: string): { records: CsvRecord[]; error?: { line: number; reason: string } } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false; // the current cell was quoted
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endCell = () => {
    cells.push(quoted ? cell : cell.trim());
    cell = '';
    quoted = false;
  };
  const endRecord = () => {
    endCell();
    // A blank line is not a record.
    if (!(cells.length === 1 && cells[0] === '' )) records.push({ line: recordLine, cells });
    cells = [];
  };
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark from spreadsheet exports
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      cell = '';
      quoteLine = line;
    } else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (quoted) {
      if (ch.trim() !== '') return { records, error: { line, reason: `text after a closing quote: ${JSON.stringify(text.slice(i, i + 20))}` } };
    } else cell += ch;
  }
  if (inQuotes) return { records, error: { line: quoteLine, reason: 'a quoted field is never closed' } };
  if (cell !== '' || quoted || cells.length > 0) endRecord();
  return { records };
}

/** Quotes a cell only when it must be quoted, so the same value is always written the same way. */
export function formatCsvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsvRow(cells: string[]): string {
  return cells.map(formatCsvCell).join(',');
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
