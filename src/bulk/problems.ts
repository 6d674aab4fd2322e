/**
 * Import problems with the row they concern. Entries travel through the validator tagged
 * `file:line`, so every problem it reports already says where; this splits that back out.
 */
import type { Problem } from '../model/validate.js';

export interface BulkProblem {
  file: string;
  /** 1-based line (CSV: the header is line 1); absent for whole-file problems. */
  line?: number;
  entry: string;
  field?: string;
  reason: string;
  /** For a refused quote: the passage its locator names. */
  passage?: string;
}

export function toBulkProblem(p: Problem): BulkProblem {
  const m = /^(.*):(\d+)$/.exec(p.file);
  const where = m ? { file: m[1]!, line: Number(m[2]) } : { file: p.file };
  return { ...where, entry: p.entry, ...(p.field ? { field: p.field } : {}), reason: p.reason, ...(p.passage ? { passage: p.passage } : {}) };
}

/** In file order, then line order, so the report reads like the files. */
export function sortProblems(problems: BulkProblem[]): BulkProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

export function formatProblem(p: BulkProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.reason} (${p.entry})`;
}
