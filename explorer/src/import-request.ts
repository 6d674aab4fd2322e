/**
 * A picked file → the request the import calls take (format and content), and the dry run's
 * answer as the page lists it. No DOM here, so the unit tests can run it
 * (tests/unit/explorer-import-request.test.ts).
 */
export interface ImportRequest {
  /** The file's name, shown with its problems. */
  name: string;
  format: 'csv' | 'json';
  content: string;
}

/** The formats npm run import reads, by file extension (the API's own check repeats this). */
const FORMATS: Record<string, ImportRequest['format']> = { csv: 'csv', json: 'json' };

/** The request for a picked file's text; an Error naming what is wrong with the file otherwise. */
export function importRequest(name: string, text: string): ImportRequest {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const format = FORMATS[extension];
  if (!format)
    throw new Error(
      `${name}: the import reads .csv or .json files (the formats of npm run import), not ${extension ? `.${extension}` : 'a file without extension'}`,
    );
  if (text.trim() === '') throw new Error(`${name}: the file is empty`);
  return { name, format, content: text };
}

/** Bytes of the JSON body that carries the request (what the server's MAX_BODY_BYTES counts), for the page to show. */
export function requestBytes(request: ImportRequest, query = ''): number {
  const body = JSON.stringify({ query, variables: { format: request.format, content: request.content } });
  return new TextEncoder().encode(body).length;
}

interface Planned {
  outcome: 'CREATE' | 'UPDATE' | 'UNCHANGED';
}

/** "2 to create, 1 to change, 0 unchanged" for one list of a dry run's plan. */
export function planSummary(rows: Planned[]): string {
  const n = (o: Planned['outcome']) => rows.filter((r) => r.outcome === o).length;
  return `${n('CREATE')} to create, ${n('UPDATE')} to change, ${n('UNCHANGED')} unchanged`;
}

/** Whether a valid plan writes anything (a proposal of a file the graph already holds exactly is refused). */
export const plansAWrite = (plan: { nodes: Planned[]; relationships: Planned[] }) =>
  [...plan.nodes, ...plan.relationships].some((r) => r.outcome !== 'UNCHANGED');

/** Where a problem is: "line 3, role", "line 3", or "the file". */
export function problemPlace(p: { line: number | null; field: string | null }): string {
  const line = p.line === null ? 'the file' : `line ${p.line}`;
  return p.field ? `${line}, ${p.field}` : line;
}

export interface RowProblem {
  line: number | null;
  field: string | null;
  entry: string;
  reason: string;
  passage: string | null;
}

/** A refusal's problem (importContent, proposeImport: field "content:<line>.<field>") in the dry run's shape. */
export function asImportProblem(p: { field: string; reason: string; passage?: string }): RowProblem {
  const m = /^content:(\d+|-)(?:\.(.+))?$/.exec(p.field);
  return {
    line: m && m[1] !== '-' ? Number(m[1]) : null,
    field: m ? (m[2] ?? null) : p.field || null,
    entry: '',
    reason: p.reason,
    passage: p.passage ?? null,
  };
}
