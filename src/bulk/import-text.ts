/**
 * One file's content imported through the API (checkImport, importContent, proposeImport): the
 * format checked, the text read as npm run import reads a file, then the import's own dry run or
 * write (import-files.ts). Problems keep their line and field, so a form can show them by row.
 */
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { InvalidInputError } from '../errors/problems.js';
import { importEntries, type ImportOutcome } from './import-files.js';
import type { PlannedRow } from './plan.js';
import { formatProblem, type BulkProblem } from './problems.js';
import { INPUT_FORMATS, readInputText, type InputFormat } from './read-input.js';

export interface ImportInput {
  format: InputFormat;
  content: string;
}

/** The format and content as given, checked: a refusal names the argument (`what`: "The proposal", "The import"). */
export function importInput(format: string, content: string, what = 'The import'): ImportInput {
  const f = format.trim().toLowerCase();
  if (!(INPUT_FORMATS as readonly string[]).includes(f)) {
    throw new InvalidInputError([{ field: 'format', reason: `"${format}" is not a format the import reads; use ${INPUT_FORMATS.join(' or ')}` }], what);
  }
  if (content.trim() === '') throw new InvalidInputError([{ field: 'content', reason: 'the content is empty' }], what);
  return { format: f as InputFormat, content };
}

/** The import's entries, every problem naming `content.<format>` and its line. */
export const readImportInput = (input: ImportInput) => readInputText(`content.${input.format}`, input.format, input.content);

/** The problems as one refusal, each field `content:<line>.<field>` and its reason as npm run import prints it. */
export function importRefusal(problems: BulkProblem[], what: string): InvalidInputError {
  return new InvalidInputError(
    problems.map((p) => ({
      field: p.field ? `content:${p.line ?? '-'}.${p.field}` : `content:${p.line ?? '-'}`,
      reason: formatProblem(p),
      ...(p.passage ? { passage: p.passage } : {}),
    })),
    what,
  );
}

const OUTCOME = { created: 'CREATE', updated: 'UPDATE', unchanged: 'UNCHANGED' } as const;
const lineOf = (at: string): number | null => {
  const m = /:(\d+)$/.exec(at);
  return m ? Number(m[1]) : null;
};
const plannedRow = (r: PlannedRow) => ({ id: r.id, line: lineOf(r.at), outcome: OUTCOME[r.outcome], changed: r.changed });

/** The dry run: every problem by line and field, or what each row would do. Writes nothing. */
export async function checkImportContent(db: Database, principal: Principal, format: string, content: string) {
  const input = importInput(format, content);
  const entries = readImportInput(input);
  const outcome: ImportOutcome = await importEntries(db, entries, { curator: principal, dryRun: true });
  if (!outcome.ok) {
    const problems = outcome.problems.map((p) => ({
      line: p.line ?? null,
      field: p.field ?? null,
      entry: p.entry,
      reason: p.reason,
      passage: p.passage ?? null,
    }));
    return { valid: false, rows: outcome.rows, problems, nodes: [], relationships: [] };
  }
  if (!outcome.dryRun) throw new Error('a dry run wrote'); // importEntries honours dryRun; guards the type only
  return {
    valid: true,
    rows: entries.rows,
    problems: [],
    nodes: outcome.plan.nodes.map(plannedRow),
    relationships: outcome.plan.relationships.map(plannedRow),
  };
}

/** The import, in one audited transaction under a new import id; refused with every problem when a row has one. */
export async function importContent(db: Database, principal: Principal, format: string, content: string) {
  const input = importInput(format, content);
  const outcome = await importEntries(db, readImportInput(input), { curator: principal });
  if (!outcome.ok) throw importRefusal(outcome.problems, 'The import');
  if (outcome.dryRun) throw new Error('an import without dryRun was planned only');
  return { importId: outcome.importId, nodes: outcome.written.nodes, relationships: outcome.written.relationships };
}
