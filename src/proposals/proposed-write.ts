/**
 * The one write a proposal asks for: which of the five curation writes, with its input, and
 * how to run it inside a transaction (a rolled-back one when proposed, the real one when
 * accepted). Both go through the curation write functions, so they validate and record alike.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { ChangeView } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import type { CitationInput } from '../curation/citation-input.js';
import { createNodeIn, updateNodeIn, type WriteAudit } from '../curation/node-writes.js';
import type { NodeInput } from '../curation/node-input.js';
import type { RelationshipInput } from '../curation/relationship-input.js';
import { addRelationshipIn, removeRelationshipIn, updateRelationshipIn, type RelationshipUpdateInput } from '../curation/relationship-writes.js';
import { InvalidInputError } from '../errors/problems.js';
import type { ProposalOperation } from './proposal.js';

export type ProposedWrite =
  | { operation: 'CREATE_NODE'; input: NodeInput }
  | { operation: 'UPDATE_NODE'; input: NodeInput }
  | { operation: 'ADD_RELATIONSHIP'; input: RelationshipInput }
  | { operation: 'UPDATE_RELATIONSHIP'; input: RelationshipUpdateInput }
  | { operation: 'REMOVE_RELATIONSHIP'; input: { id: string; citations: readonly CitationInput[] } };

/** The ProposalInput fields, each with the operation it proposes. */
const FIELDS = {
  createNode: 'CREATE_NODE',
  updateNode: 'UPDATE_NODE',
  addRelationship: 'ADD_RELATIONSHIP',
  updateRelationship: 'UPDATE_RELATIONSHIP',
  removeRelationship: 'REMOVE_RELATIONSHIP',
} as const satisfies Record<string, ProposalOperation>;

/** The write named in a ProposalInput: exactly one of its five write fields must be set. */
export function proposedWrite(input: Record<string, unknown>): ProposedWrite {
  const given = Object.keys(FIELDS).filter((f) => input[f] !== null && input[f] !== undefined) as (keyof typeof FIELDS)[];
  if (given.length !== 1) {
    const names = Object.keys(FIELDS).join(', ');
    throw new InvalidInputError(
      [{ field: 'input', reason: given.length === 0 ? `give one of ${names}` : `give only one of ${names}; got ${given.join(', ')}` }],
      'The proposal',
    );
  }
  const field = given[0]!;
  // The GraphQL layer has checked the shape against the field's input type.
  return { operation: FIELDS[field], input: input[field] } as ProposedWrite;
}

export interface WriteDone {
  change: ChangeView | null;
}

/** Runs the write inside `tx` through the curation write function of its operation. */
export function runWrite(db: Database, tx: ManagedTransaction, principal: Principal, write: ProposedWrite, audit: WriteAudit = {}): Promise<WriteDone> {
  switch (write.operation) {
    case 'CREATE_NODE':
      return createNodeIn(db, tx, principal, write.input, audit);
    case 'UPDATE_NODE':
      return updateNodeIn(db, tx, principal, write.input, audit);
    case 'ADD_RELATIONSHIP':
      return addRelationshipIn(db, tx, principal, write.input, audit);
    case 'UPDATE_RELATIONSHIP':
      return updateRelationshipIn(db, tx, principal, write.input, audit);
    case 'REMOVE_RELATIONSHIP':
      return removeRelationshipIn(db, tx, principal, write.input.id, write.input.citations, audit);
  }
}
