/**
 * The calls of the "Add to the graph" and "Bulk import" pages: a Source's passages, an import's
 * dry run, the import itself (curators) and a file submitted as one proposal. Refusals come as
 * write-api.ts's Refusal (code and problems), including the server's 413 for a body over its limit.
 */
import { call } from './write-api.js';
import type { ImportRequest } from './import-request.js';

export interface SourcePassage {
  locator: string;
  article: string | null;
  text: string;
}
export interface PlannedImportRow {
  id: string;
  line: number | null;
  outcome: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  changed: string[];
}
export interface ImportProblem {
  line: number | null;
  field: string | null;
  entry: string;
  reason: string;
  passage: string | null;
}
export interface ImportCheck {
  valid: boolean;
  rows: number;
  problems: ImportProblem[];
  nodes: PlannedImportRow[];
  relationships: PlannedImportRow[];
}
type Counts = { created: number; updated: number; unchanged: number };

export const sourcePassages = (source: string) =>
  call<{ sourcePassages: SourcePassage[] }>('query ($source: ID!) { sourcePassages(source: $source) { locator article text } }', { source }).then(
    (d) => d.sourcePassages,
  );

const ROW = 'id line outcome changed';
export const checkImport = (r: ImportRequest) =>
  call<{ checkImport: ImportCheck }>(
    `query ($format: String!, $content: String!) { checkImport(format: $format, content: $content) { valid rows problems { line field entry reason passage } nodes { ${ROW} } relationships { ${ROW} } } }`,
    { format: r.format, content: r.content },
  ).then((d) => d.checkImport);

export const importContent = (r: ImportRequest) =>
  call<{ importContent: { importId: string; nodes: Counts; relationships: Counts } }>(
    'mutation ($format: String!, $content: String!) { importContent(format: $format, content: $content) { importId nodes { created updated unchanged } relationships { created updated unchanged } } }',
    { format: r.format, content: r.content },
  ).then((d) => d.importContent);

export const proposeImport = (r: ImportRequest, note: string) =>
  call<{ proposeImport: { id: string; status: string } }>(
    'mutation ($format: String!, $content: String!, $note: String) { proposeImport(format: $format, content: $content, note: $note) { id status } }',
    { format: r.format, content: r.content, note: note.trim() || null },
  ).then((d) => d.proposeImport);
