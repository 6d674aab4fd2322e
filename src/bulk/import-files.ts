/**
 * The import use case: read every file, validate every row with the seed's validator against
 * the input plus the nodes already in the graph, and only when no row has a problem, write it
 * all in one transaction (or, for a dry run, report what would happen and write nothing).
 * The write records an audit Change per created or changed node and edge, for the curator
 * given, all tagged with one new import id (see write-bulk.ts).
 */
import { isMemoryLimitError } from '../db/errors.js';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { validateSeed, type NodeRecord, type RelationshipRecord, type ValidationResult } from '../model/validate.js';
import type { WriteReport } from '../seed/write-graph.js';
import { lookupKnownNodes, referencedIds } from '../seed/known-nodes.js';
import { quoteProblems } from '../curation/quote-check.js';
import { planImport, type Plan } from './plan.js';
import { sortProblems, toBulkProblem, type BulkProblem } from './problems.js';
import { readInputs } from './read-input.js';
import type { Entries } from './csv-entries.js';
import { writeRecords } from './write-bulk.js';

export interface ImportOptions {
  /** Recorded as the curator of every change (the CLI: an operator, like the keys CLI) */
  curator: Principal;
  dryRun?: boolean;
  batchSize?: number;
}

export interface ImportTimings {
  readMs: number;
  validateMs: number;
  writeMs: number;
}

export type ImportOutcome =
  | { ok: false; problems: BulkProblem[]; rows: number }
  | { ok: true; dryRun: true; plan: Plan; timings: ImportTimings }
  | { ok: true; dryRun: false; written: WriteReport; importId: string; timings: ImportTimings };

/** Thrown inside the write transaction so that a failed validation rolls it back. */
class InvalidInput extends Error {
  constructor(readonly problems: BulkProblem[]) {
    super(`${problems.length} problem(s)`);
  }
}

/** Neo4j refuses a transaction larger than its memory pool; say what to do instead. */
export class ImportTooLargeError extends Error {}

export async function importFiles(db: Database, paths: string[], options: ImportOptions): Promise<ImportOutcome> {
  const t = performance.now();
  const input = readInputs(paths);
  return importEntries(db, input, options, performance.now() - t);
}

/** Entries valid against the graph in `tx`, as records to write (in entry order) with the row each came from. */
export interface CheckedEntries {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  at: { nodes: string[]; relationships: string[] };
}

/**
 * Validates entries against the graph as `tx` sees it: every problem (sorted by file and line),
 * or the records. The import, proposeImport and acceptProposal all check rows this way.
 */
export async function checkEntries(db: Database, tx: ManagedTransaction, input: Entries): Promise<{ problems: BulkProblem[] } | CheckedEntries> {
  const ids = referencedIds(
    [...input.nodes, ...input.relationships].map((e) => e.data),
    { defined: new Set(input.nodes.map((n) => n.data.id)) },
  );
  const known = await lookupKnownNodes(db, tx, ids);
  const result: ValidationResult = validateSeed(input.nodes, input.relationships, known);
  const quotes = await quoteProblems(db, tx, [...input.nodes, ...input.relationships]);
  const problems = [...input.problems, ...result.problems, ...quotes].map(toBulkProblem);
  if (problems.length > 0) return { problems: sortProblems(problems) };
  // When every row is valid, the validator returns one record per entry, in entry order.
  return {
    nodes: result.nodes,
    relationships: result.relationships,
    at: { nodes: input.nodes.map((e) => e.file), relationships: input.relationships.map((e) => e.file) },
  };
}

/** importFiles after reading: validate, then plan (dry run) or write in one transaction. */
export async function importEntries(db: Database, input: Entries, options: ImportOptions, readMs = 0): Promise<ImportOutcome> {
  const rows = input.rows;
  let validateMs = 0;

  // Lookup, validation and write share one transaction: the rows are checked against the
  // graph they are written to.
  const validate = async (tx: ManagedTransaction): Promise<CheckedEntries> => {
    const t = performance.now();
    const checked = await checkEntries(db, tx, input);
    validateMs = performance.now() - t;
    if ('problems' in checked) throw new InvalidInput(checked.problems);
    return checked;
  };

  try {
    if (options.dryRun) {
      const plan = await db.readTx(
        async (tx) => {
          const { nodes, relationships, at } = await validate(tx);
          return planImport(db, tx, nodes, relationships, at);
        },
        { bulk: true },
      );
      return { ok: true, dryRun: true, plan, timings: { readMs, validateMs, writeMs: 0 } };
    }
    let writeMs = 0;
    const importId = `import:${randomUUID()}`;
    const written = await db.writeTx(
      async (tx) => {
        const { nodes, relationships } = await validate(tx);
        const w = performance.now();
        const report = await writeRecords(db, tx, nodes, relationships, { principal: options.curator, importId }, options.batchSize);
        writeMs = performance.now() - w;
        return report;
      },
      { bulk: true },
    );
    return { ok: true, dryRun: false, written, importId, timings: { readMs, validateMs, writeMs } };
  } catch (error) {
    if (error instanceof InvalidInput) return { ok: false, problems: error.problems, rows };
    if (isMemoryLimitError(error)) {
      throw new ImportTooLargeError(
        `Neo4j ran out of transaction memory writing ${rows} rows in one transaction; nothing was written. ` +
          'Give Neo4j more heap (NEO4J_EMBEDDED_HEAP_MB for the embedded one, server.memory.heap.max_size otherwise) ' +
          `or import the files in smaller parts. (${(error as Error).message.split('\n')[0]})`,
      );
    }
    throw error;
  }
}
