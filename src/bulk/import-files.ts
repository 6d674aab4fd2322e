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
import { validateSeed, type ValidationResult } from '../model/validate.js';
import type { WriteReport } from '../seed/write-graph.js';
import { lookupKnownNodes, referencedIds } from '../seed/known-nodes.js';
import { quoteProblems } from '../curation/quote-check.js';
import { planImport, type Plan } from './plan.js';
import { sortProblems, toBulkProblem, type BulkProblem } from './problems.js';
import { readInputs } from './read-input.js';
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
  let t = performance.now();
  const input = readInputs(paths);
  const readMs = performance.now() - t;
  const rows = input.rows;
  const ids = referencedIds(
    [...input.nodes, ...input.relationships].map((e) => e.data),
    { defined: new Set(input.nodes.map((n) => n.data.id)) },
  );
  let validateMs = 0;

  // Lookup, validation and write share one transaction: the rows are checked against the
  // graph they are written to.
  const validate = async (tx: ManagedTransaction): Promise<ValidationResult> => {
    t = performance.now();
    const known = await lookupKnownNodes(db, tx, ids);
    const result = validateSeed(input.nodes, input.relationships, known);
    const quotes = await quoteProblems(db, tx, [...input.nodes, ...input.relationships]);
    validateMs = performance.now() - t;
    const problems = [...input.problems, ...result.problems, ...quotes].map(toBulkProblem);
    if (problems.length > 0) throw new InvalidInput(sortProblems(problems));
    return result;
  };
  // When every row is valid, the validator returns one record per entry, in entry order.
  const at = { nodes: input.nodes.map((e) => e.file), relationships: input.relationships.map((e) => e.file) };

  try {
    if (options.dryRun) {
      const plan = await db.readTx(async (tx) => planImport(db, tx, ...recordsOf(await validate(tx)), at), { bulk: true });
      return { ok: true, dryRun: true, plan, timings: { readMs, validateMs, writeMs: 0 } };
    }
    let writeMs = 0;
    const importId = `import:${randomUUID()}`;
    const written = await db.writeTx(
      async (tx) => {
        const [nodes, relationships] = recordsOf(await validate(tx));
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

function recordsOf(result: ValidationResult) {
  return [result.nodes, result.relationships] as const;
}
