/**
 * proposeImport and its acceptance: a bulk import (CSV or JSON, as npm run import reads)
 * checked and planned as the import's dry run does (every problem reported, by line), stored as
 * one proposal whose `after` is the plan. Accepting re-checks and re-plans in the write's
 * transaction: a different plan means the graph changed under the proposal (stale).
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { canonicalJson } from '../audit/canonical.js';
import type { Database } from '../db/database.js';
import { checkEntries, type CheckedEntries } from '../bulk/import-files.js';
import { planImport, type Plan, type PlannedRow } from '../bulk/plan.js';
import { importInput, importRefusal, readImportInput, type ImportInput } from '../bulk/import-text.js';
import { writeRecords } from '../bulk/write-bulk.js';
import { storedCitations, type RawCitation } from '../model/stored-entry.js';
import { InvalidInputError } from '../errors/problems.js';
import type { FieldDiff } from './diff.js';
import { proseOrNull, storeProposal, type ProposalView } from './proposal.js';
import { rolledBack } from './propose.js';

/** The rows checked against the graph `tx` sees, and what writing them would do; refused with every problem. */
async function checkAndPlan(db: Database, tx: ManagedTransaction, input: ImportInput): Promise<{ checked: CheckedEntries; plan: Plan }> {
  const checked = await checkEntries(db, tx, readImportInput(input));
  // The problems as npm run import prints them, each naming its line (and field).
  if ('problems' in checked) throw importRefusal(checked.problems, 'The import');
  return { checked, plan: await planImport(db, tx, checked.nodes, checked.relationships, checked.at) };
}

const VERB = { created: 'create', updated: 'change', unchanged: 'leave alone' } as const;

function rowDiff(kind: string, row: PlannedRow): FieldDiff {
  return {
    field: `${kind} ${row.id} (${row.at})`,
    before: null,
    after: row.changed.length > 0 ? `${VERB[row.outcome]}: ${row.changed.join(', ')}` : VERB[row.outcome],
  };
}

function distinctCitations(checked: CheckedEntries): RawCitation[] {
  const seen = new Map<string, RawCitation>();
  for (const r of [...checked.nodes, ...checked.relationships]) {
    for (const c of storedCitations(r.props)) seen.set(JSON.stringify([c.source, c.locator, c.quote ?? '']), c);
  }
  return [...seen.values()];
}

export async function proposeImport(
  db: Database,
  principal: Principal,
  format: string,
  content: string,
  note: string | null | undefined,
): Promise<ProposalView> {
  const input = importInput(format, content, 'The proposal');
  const noteText = proseOrNull('note', note, 'The proposal');
  // Planned in a transaction that writes nothing, as the import's dry run is.
  const { checked, plan } = await rolledBack(db, (tx) => checkAndPlan(db, tx, input), { bulk: true });
  const rows = [...plan.nodes.map((r) => rowDiff('node', r)), ...plan.relationships.map((r) => rowDiff('relationship', r))];
  if ([...plan.nodes, ...plan.relationships].every((r) => r.outcome === 'unchanged')) {
    throw new InvalidInputError([{ field: 'content', reason: 'the graph already holds every row exactly; there is nothing to propose' }], 'The proposal');
  }
  return db.writeTx((tx) =>
    storeProposal(db, tx, principal, {
      operation: 'BULK_IMPORT',
      note: noteText,
      input: JSON.stringify(input),
      targetId: null,
      targetKind: null,
      fromId: null,
      toId: null,
      before: null,
      after: canonicalJson(plan),
      diff: rows,
      citations: distinctCitations(checked),
      nodeIds: [...checked.nodes.map((n) => n.id), ...checked.relationships.flatMap((r) => [r.from, r.to])],
    }),
  );
}

/** The import written as an accepted proposal, inside the review's transaction; its import id. */
export async function acceptImportIn(db: Database, tx: ManagedTransaction, principal: Principal, proposal: ProposalView): Promise<string> {
  const { checked, plan } = await checkAndPlan(db, tx, JSON.parse(proposal.input) as ImportInput);
  if (canonicalJson(plan) !== proposal.after) {
    throw new InvalidInputError(
      [{ field: 'id', reason: `stale: the graph changed since ${proposal.id} was proposed (the import would now do something else); propose it again` }],
      `Accepting ${proposal.id}`,
    );
  }
  const importId = `import:${randomUUID()}`;
  await writeRecords(db, tx, checked.nodes, checked.relationships, { principal, importId, proposalId: proposal.id });
  return importId;
}
