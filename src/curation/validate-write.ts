/**
 * Validation of a curation write with the seed's own validator (src/model/validate.ts), so
 * mutations, bulk import and the seed files obey one set of rules. Ids the entry refers to
 * (ends, cited sources, `about`) are looked up in the database inside the write's
 * transaction, so what was checked is what the write sees.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { lookupKnownNodes, referencedIds } from '../seed/known-nodes.js';
import { validateSeed, type NodeRecord, type Problem, type RelationshipRecord } from '../model/validate.js';
import type { EntryDraft } from './node-input.js';
import { InvalidInputError, type InputProblem } from '../errors/problems.js';
import { parseEdgeId, storedEdgeToEntry } from '../model/stored-entry.js';
import { quoteProblems } from './quote-check.js';

function toInputProblems(problems: Problem[], pathOf: (field: string) => string): InputProblem[] {
  return problems.map((p) => ({ field: pathOf(p.field ?? 'id'), reason: p.reason, ...(p.passage ? { passage: p.passage } : {}) }));
}

/**
 * The quotes of the citations the input gives, checked against the passages their locators name.
 * A draft without new citations (a revert restoring an earlier state) has nothing new to check.
 */
async function inputQuoteProblems(db: Database, tx: ManagedTransaction, draft: EntryDraft): Promise<InputProblem[]> {
  if (!draft.newCitations || draft.newCitations.length === 0) return [];
  return toInputProblems(await quoteProblems(db, tx, [{ file: 'input', index: 0, data: { ...draft.data, citations: draft.newCitations } }]), draft.pathOf);
}

/**
 * Ratifications and signatures already dated on an instrument, as entries: changing the
 * instrument's adoption date is checked against them ("no ratification before adoption").
 */
async function datedActsOn(db: Database, tx: ManagedTransaction, instrumentId: string): Promise<{ edgeId: string; data: Record<string, unknown> }[]> {
  const rows = await db.run(tx, 'curation/dated-acts-on', { id: instrumentId });
  return rows.flatMap((row) => {
    const props = row.props;
    const parts = parseEdgeId(String(props.id));
    return parts ? [{ edgeId: String(props.id), data: storedEdgeToEntry(parts, props) }] : [];
  });
}

/** Validates a node entry; throws InvalidInputError listing every problem, or returns the record to write. */
export async function validateNodeEntry(db: Database, tx: ManagedTransaction, draft: EntryDraft, checkDatedActs: boolean): Promise<NodeRecord> {
  if (!draft.data) throw new InvalidInputError(draft.problems);
  const acts = checkDatedActs && String(draft.data.id).startsWith('instrument:') ? await datedActsOn(db, tx, String(draft.data.id)) : [];
  const known = await lookupKnownNodes(db, tx, referencedIds([draft.data, ...acts.map((a) => a.data)], { ownIds: true }));
  // Each existing edge is its own "file", so a problem with it names the edge without parsing.
  const result = validateSeed(
    [{ file: 'input', index: 0, data: draft.data }],
    acts.map(({ edgeId, data }, index) => ({ file: edgeId, index, data })),
    known,
  );
  const problems = [...draft.problems, ...(await inputQuoteProblems(db, tx, draft))];
  for (const p of result.problems) {
    if (p.file === 'input') problems.push(...toInputProblems([p], draft.pathOf));
    // Only the adoption rule can newly fail for an existing edge: report it against the date that broke it.
    else if (p.field === 'date') problems.push({ field: draft.pathOf('adopted'), reason: `${p.file}: ${p.reason}` });
  }
  if (problems.length > 0 || !result.nodes[0]) throw new InvalidInputError(problems);
  return result.nodes[0];
}

/** Validates a relationship entry; throws InvalidInputError listing every problem, or returns the record to write. */
export async function validateRelationshipEntry(db: Database, tx: ManagedTransaction, draft: EntryDraft): Promise<RelationshipRecord> {
  if (!draft.data) throw new InvalidInputError(draft.problems);
  const known = await lookupKnownNodes(db, tx, referencedIds([draft.data], { ownIds: true }));
  const result = validateSeed([], [{ file: 'input', index: 0, data: draft.data }], known);
  const problems = [...draft.problems, ...toInputProblems(result.problems, draft.pathOf), ...(await inputQuoteProblems(db, tx, draft))];
  if (problems.length > 0 || !result.relationships[0]) throw new InvalidInputError(problems);
  return result.relationships[0];
}
