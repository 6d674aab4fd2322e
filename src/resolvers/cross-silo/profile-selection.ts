/**
 * Which stored properties of the rights' and monitors' end nodes a protectionProfile request
 * reads, so cypher/analyst/protection-profile.cypher sends only those (a profile of 57
 * instruments otherwise carries every property of every right and monitor, citations included).
 * Names come from the request's selection as graphql-js parsed and validated it against the
 * schema, and must look like property names (PROPERTY_NAME); they reach Cypher as a parameter
 * list, never as text.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { selectionOf, type SelectionTree } from '../selection-tree.js';
import { CITATION_PROPS, PROPERTY_NAME } from '../../graph/read-plan.js';
import { RELATIONSHIP_FIELDS } from '../../graph/schema-map.js';

export interface ProfileEndFields {
  /** Properties of each guaranteed Right to read; null: all of them. */
  rightFields: string[] | null;
  /** Properties of each monitoring body to read; null: all of them. */
  monitorFields: string[] | null;
  /** Whether the status, guarantee and monitoring edges carry their citations (a `sources` is selected somewhere). */
  edgeCitations: boolean;
}

/** Fields of a node answered from its label or by a loader, not from a stored property. */
const NOT_STORED = new Set(['__typename', 'kind', 'statusReports']);
const RELATIONSHIP_NAMES = new Set(Object.values(RELATIONSHIP_FIELDS).flatMap((fields) => Object.keys(fields)));

/** Every selected subfield of these trees, under any type condition (a superset is safe). */
const subfields = (trees: SelectionTree[], name?: string): SelectionTree[] =>
  trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flat()).filter((field) => name === undefined || field.name === name);

/** The stored properties the end-node trees read; id, name and title always (a NodeView's name needs them). */
function storedProps(ends: SelectionTree[]): string[] {
  const props = new Set(['id', 'name', 'title']);
  for (const field of subfields(ends)) {
    if (field.name === 'sources') CITATION_PROPS.forEach((p) => props.add(p));
    else if (!NOT_STORED.has(field.name) && !RELATIONSHIP_NAMES.has(field.name) && PROPERTY_NAME.test(field.name)) props.add(field.name);
  }
  return [...props];
}

/** Whether a field of this name is selected anywhere under the tree (on an edge or a node alike: a superset is safe). */
function selectsAnywhere(tree: SelectionTree, name: string): boolean {
  return subfields([tree]).some((field) => field.name === name || selectsAnywhere(field, name));
}

/** Without resolve info (a call from code), every property: today's full answer. */
export function profileEndFields(info: GraphQLResolveInfo | undefined): ProfileEndFields {
  if (!info) return { rightFields: null, monitorFields: null, edgeCitations: true };
  const selection = selectionOf(info);
  const lists = subfields([selection]).filter((f) => f.name === 'covered' || f.name === 'missing' || f.name === 'unknown');
  return {
    rightFields: storedProps(subfields(subfields(lists, 'rights'), 'right')),
    monitorFields: storedProps(subfields(subfields(lists, 'monitors'), 'monitor')),
    edgeCitations: selectsAnywhere(selection, 'sources'),
  };
}
