/**
 * Which stored properties each part of a protectionProfile answer reads — the instrument, each
 * edge kind (protection, ratifications, signature, guarantees, monitoring) and the rights' and
 * monitors' end nodes — so cypher/analyst/protection-profile.cypher sends only those, as
 * @neo4j/graphql's projection does (a profile otherwise carries every property of every
 * instrument, edge and end node, citations included).
 * Names come from the request's selection as graphql-js parsed and validated it against the
 * schema, and must look like property names (PROPERTY_NAME); they reach Cypher as parameter
 * lists, never as text. A null list means every property (no selection known).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { selectionOf, type SelectionTree } from '../selection-tree.js';
import { memoBySelection } from '../selection-memo.js';
import { CITATION_PROPS, PROPERTY_NAME } from '../../graph/read-plan.js';
import { EDGE_TYPES, RELATIONSHIP_FIELDS } from '../../graph/schema-map.js';

/** Property lists of the profile's parts; each null: all of that part's properties. */
export interface ProfileProjection {
  /** The instrument's own properties; null also puts the (whole) instrument in the node loader. */
  instrumentFields: string[] | null;
  protectionFields: string[] | null;
  /** Every RATIFIED record of the pair (ratification and ratifications). */
  ratificationFields: string[] | null;
  signatureFields: string[] | null;
  guaranteeFields: string[] | null;
  monitoringFields: string[] | null;
  /** Properties of each guaranteed Right. */
  rightFields: string[] | null;
  /** Properties of each monitoring body. */
  monitorFields: string[] | null;
}

/** Without resolve info (a call from code): every property of every part, today's full answer. */
export const FULL_PROFILE: ProfileProjection = {
  instrumentFields: null,
  protectionFields: null,
  ratificationFields: null,
  signatureFields: null,
  guaranteeFields: null,
  monitoringFields: null,
  rightFields: null,
  monitorFields: null,
};

/** What pairStatus and byPrecedence read of a consent or signature, whatever the request selects. */
export const PAIR_STATUS_PROPS = ['id', 'date', 'datePrecision', 'asOf'];

/** Fields of a node answered from its label or by a loader, not from a stored property. */
const NOT_STORED = new Set(['__typename', 'kind', 'statusReports']);
const RELATIONSHIP_NAMES = new Set(Object.values(RELATIONSHIP_FIELDS).flatMap((fields) => Object.keys(fields)));
/** Fields of an edge answered from the view itself, or its ends (loaded or attached). */
const EDGE_COMPUTED = new Set(['__typename', 'type', 'fromId', 'toId']);
const EDGE_END_NAMES = new Set(
  Object.values(EDGE_TYPES)
    .flatMap((t) => [t.fromField, t.toField])
    .concat('instrument'),
);

/** Every selected subfield of these trees, under any type condition (a superset is safe). */
const subfields = (trees: SelectionTree[], name?: string): SelectionTree[] =>
  trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flat()).filter((field) => name === undefined || field.name === name);

/** The stored properties the node trees read; id, name and title always (a NodeView's name needs them). */
function nodeProps(nodes: SelectionTree[]): string[] {
  const props = new Set(['id', 'name', 'title']);
  for (const field of subfields(nodes)) {
    if (field.name === 'sources') CITATION_PROPS.forEach((p) => props.add(p));
    else if (!NOT_STORED.has(field.name) && !RELATIONSHIP_NAMES.has(field.name) && PROPERTY_NAME.test(field.name)) props.add(field.name);
  }
  return [...props];
}

/** The stored properties the edge trees read, beside `always`; the ends are nodes, not properties. */
function edgeProps(edges: SelectionTree[], always: readonly string[] = []): string[] {
  const props = new Set(always);
  for (const field of subfields(edges)) {
    if (field.name === 'sources') CITATION_PROPS.forEach((p) => props.add(p));
    else if (!EDGE_COMPUTED.has(field.name) && !EDGE_END_NAMES.has(field.name) && PROPERTY_NAME.test(field.name)) props.add(field.name);
  }
  return [...props];
}

/**
 * The projection a request's selection needs; without resolve info, FULL_PROFILE. Derived once per
 * query text (selection-memo.ts): deriving it was 0.08 ms of every profile request.
 */
export function profileProjection(info: GraphQLResolveInfo | undefined): ProfileProjection {
  return info ? projectionOfSelection(info) : FULL_PROFILE;
}

const projectionOfSelection = memoBySelection((info): ProfileProjection => {
  const lists = subfields([selectionOf(info)]).filter((f) => f.name === 'covered' || f.name === 'missing' || f.name === 'unknown');
  const part = (name: string) => subfields(lists, name);
  const ratifications = [...part('ratification'), ...part('ratifications')];
  const protection = part('protection');
  const signature = part('signature');
  const rights = part('rights');
  const monitors = part('monitors');
  // The instrument as an edge's end is answered by the node loader, which must then hold it whole.
  const instrumentAsEnd = subfields([...ratifications, ...signature, ...protection, ...rights, ...monitors], 'instrument').length > 0;
  // Shared by every request asking this query: frozen, lists included.
  return deepFrozen({
    instrumentFields: instrumentAsEnd ? null : nodeProps(part('instrument')),
    protectionFields: edgeProps(protection),
    ratificationFields: edgeProps(ratifications, PAIR_STATUS_PROPS),
    signatureFields: edgeProps(signature, PAIR_STATUS_PROPS),
    guaranteeFields: edgeProps(rights),
    monitoringFields: edgeProps(monitors),
    rightFields: nodeProps(subfields(rights, 'right')),
    monitorFields: nodeProps(subfields(monitors, 'monitor')),
  });
});

function deepFrozen(projection: ProfileProjection): ProfileProjection {
  for (const fields of Object.values(projection)) if (fields) Object.freeze(fields);
  return Object.freeze(projection);
}
