/**
 * CSV rows → the raw entries the seed validator takes. Three table shapes, told apart by the
 * header: nodes (`id`, fields…), relationships (`type`, `from`, `to`, `key`, fields…) and the
 * treaty-status table (`state`, `instrument`, `action`, `date`, …) that becomes RATIFIED or
 * SIGNED edges. Cells are typed by the model (booleans, numbers, `|`-separated lists); anything
 * that does not convert is passed on as text so the validator names the field.
 */
import { KINDS, RELATIONSHIPS, kindOf, type FieldSpec } from '../model/model.js';
import type { Problem, RawEntry } from '../model/validate.js';
import { splitList, type CsvRecord } from '../formats/csv.js';

export interface Entries {
  nodes: RawEntry[];
  relationships: RawEntry[];
  problems: Problem[];
  /** Data rows read, including those that could not become an entry. */
  rows: number;
}

const CITATION_COLUMN = /^(source|locator|quote)(?:_(\d+))?$/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const RATIFICATION_ACTIONS = RELATIONSHIPS.RATIFIED!.fields.action!.values!;
export const TREATY_ACTIONS = [...RATIFICATION_ACTIONS, 'signature'];

function typed(spec: FieldSpec | undefined, cell: string): unknown {
  switch (spec?.type) {
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'number':
      return NUMBER.test(cell) ? Number(cell) : cell;
    case 'string[]':
      return splitList(cell);
    default:
      return cell;
  }
}

/** Header + row → a record of the non-empty cells, citations gathered from source/locator/quote[_n]. */
function rowData(header: string[], cells: string[], fields: (row: Map<string, string>) => Record<string, FieldSpec>): Record<string, unknown> {
  const row = new Map<string, string>();
  header.forEach((name, i) => {
    const cell = cells[i] ?? '';
    if (cell !== '') row.set(name, cell);
  });
  const specs = fields(row);
  const data: Record<string, unknown> = {};
  const citations = new Map<number, Record<string, string>>();
  for (const [name, cell] of row) {
    const cite = CITATION_COLUMN.exec(name);
    if (cite) {
      const n = Number(cite[2] ?? 1);
      citations.set(n, { ...citations.get(n), [cite[1]!]: cell });
    } else data[name] = typed(specs[name], cell);
  }
  if (citations.size > 0) data.citations = [...citations.keys()].sort((a, b) => a - b).map((n) => citations.get(n)!);
  return data;
}

function at(file: string, record: CsvRecord): string {
  return `${file}:${record.line}`;
}

/** "MEX" → "state:MEX", "icrmw" → "instrument:icrmw"; ids with a prefix are kept. */
function withPrefix(prefix: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.includes(':') ? value : `${prefix}:${prefix === 'state' ? value.toUpperCase() : value}`;
}

const PRECISION: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };
/** The treaty-status table's header is read case-blind; these columns keep their model name. */
const CAMEL_COLUMNS: Record<string, string> = { dateprecision: 'datePrecision', asof: 'asOf', asoflatest: 'asOfLatest' };

function treatyRow(header: string[], record: CsvRecord, file: string, out: Entries): void {
  const data = rowData(
    header.map((h) => CAMEL_COLUMNS[h] ?? h),
    record.cells,
    () => ({}),
  );
  const action = typeof data.action === 'string' ? data.action : undefined;
  const where = { file: at(file, record), entry: `row ${String(data.state)} ${String(data.instrument)}` };
  if (!action || !TREATY_ACTIONS.includes(action)) {
    out.problems.push({ ...where, field: 'action', reason: `"action" is "${action ?? ''}", expected one of ${TREATY_ACTIONS.join(', ')}` });
    return;
  }
  const { state, instrument, action: _action, datePrecision, ...rest } = data;
  const entry: Record<string, unknown> = {
    type: action === 'signature' ? 'SIGNED' : 'RATIFIED',
    from: withPrefix('state', state as string | undefined),
    to: withPrefix('instrument', instrument as string | undefined),
    ...rest,
  };
  if (action !== 'signature') entry.action = action;
  const date = typeof rest.date === 'string' ? rest.date : undefined;
  // The precision is what the date string holds; no day or month is invented.
  entry.datePrecision = datePrecision ?? (date ? PRECISION[date.length] : undefined);
  if (entry.datePrecision === undefined) delete entry.datePrecision;
  out.relationships.push({ file: where.file, index: out.relationships.length, data: entry });
}

/** Maps the records of one CSV file (header first) to entries. */
export function csvEntries(file: string, records: CsvRecord[]): Entries {
  const [head, ...rows] = records;
  const out: Entries = { nodes: [], relationships: [], problems: [], rows: rows.length };
  if (!head) return out;
  const header = head.cells.map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const has = (...names: string[]) => names.every((n) => lower.includes(n));
  const duplicate = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
  if (duplicate) {
    out.problems.push({ file: `${file}:1`, entry: 'header', field: duplicate, reason: `column "${duplicate}" appears twice` });
    return out;
  }
  if (has('type', 'from', 'to')) {
    for (const r of rows) {
      const data = rowData(header, r.cells, (row) => RELATIONSHIPS[row.get('type') ?? '']?.fields ?? {});
      out.relationships.push({ file: at(file, r), index: out.relationships.length, data });
    }
  } else if (has('state', 'instrument', 'action')) {
    for (const r of rows) treatyRow(lower, r, file, out);
  } else if (header.includes('id')) {
    for (const r of rows) {
      const data = rowData(header, r.cells, (row) => KINDS[kindOf(row.get('id') ?? '') ?? '']?.fields ?? {});
      out.nodes.push({ file: at(file, r), index: out.nodes.length, data });
    }
  } else {
    out.problems.push({
      file: `${file}:1`,
      entry: 'header',
      reason:
        'the header names no known table: nodes need an "id" column, relationships "type", "from" and "to", a treaty-status table "state", "instrument" and "action"',
    });
  }
  for (const r of rows) {
    if (r.cells.length > header.length)
      out.problems.push({ file: at(file, r), entry: 'row', reason: `${r.cells.length} cells, but the header has ${header.length} columns` });
  }
  return out;
}
