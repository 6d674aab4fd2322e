/**
 * How the graph model maps onto the GraphQL schema: which GraphQL type stands for each
 * node label and relationship type, what an edge's two ends are called, and which field on
 * each node type follows which relationship in which direction. Derived from the model
 * (src/model/model.ts); the resolvers are built from these tables (src/resolvers/graph-types.ts)
 * and tests/unit/schema-model-sync.test.ts checks them against the SDL.
 */

import { KINDS, RELATIONSHIPS, endFieldName, nodeKindEnumOf, relationshipEnds } from '../model/model.js';

/** Neo4j label → GraphQL NodeKind enum value (not the model's kind: that is PREFIX_BY_LABEL). The GraphQL object type is named like the label. */
export const KIND_BY_LABEL: Record<string, string> = Object.fromEntries(Object.values(KINDS).map((spec) => [spec.label, nodeKindEnumOf(spec.label)]));

export const LABEL_BY_KIND: Record<string, string> = Object.fromEntries(Object.entries(KIND_BY_LABEL).map(([label, kind]) => [kind, label]));

export interface EdgeTypeMap {
  /** GraphQL object type */
  typeName: string;
  /** Field for the start node (the relationship points from it) */
  fromField: string;
  /** Field for the end node */
  toField: string;
}

/** Relationship type → its GraphQL edge type and end fields (declared in the model). */
export const EDGE_TYPES: Record<string, EdgeTypeMap> = Object.fromEntries(
  Object.entries(RELATIONSHIPS).map(([type, { api }]) => [type, { typeName: api.typeName, fromField: api.fromField, toField: api.toField }]),
);

export type Direction = 'out' | 'in';

export interface RelationshipField {
  type: string;
  direction: Direction;
}

/**
 * GraphQL type → field → the relationship it follows: one field per relationship, direction
 * and kind the model allows at that end, named as the model's `api` says.
 */
export const RELATIONSHIP_FIELDS: Record<string, Record<string, RelationshipField>> = relationshipFields();

function relationshipFields(): Record<string, Record<string, RelationshipField>> {
  const table: Record<string, Record<string, RelationshipField>> = {};
  for (const { type, direction, kind } of relationshipEnds()) {
    const field = endFieldName(type, direction, kind);
    if (!field) throw new Error(`src/model/model.ts: ${type}.api.${direction === 'out' ? 'outField' : 'inField'} names no field for kind "${kind}"`);
    (table[KINDS[kind]!.label] ??= {})[field] = { type, direction };
  }
  return table;
}

/** Node types with a statusReports field (figures whose `about` is the node). */
export const STATUS_REPORT_HOLDERS = ['Instrument', 'Body', 'Organization', 'RCP', 'Forum', 'MigrantCategory'];
