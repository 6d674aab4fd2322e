/**
 * How the graph model maps onto the GraphQL schema: which GraphQL type stands for each
 * node label and relationship type, what an edge's two ends are called, and which field on
 * each node type follows which relationship in which direction. The resolvers are built
 * from these tables (src/resolvers/graph-types.ts); a test checks them against the SDL.
 */

/** Neo4j label → NodeKind enum value. The GraphQL object type is named like the label. */
export const KIND_BY_LABEL: Record<string, string> = {
  State: 'STATE',
  Instrument: 'INSTRUMENT',
  Organization: 'ORGANIZATION',
  Body: 'BODY',
  RCP: 'RCP',
  Forum: 'FORUM',
  MigrantCategory: 'MIGRANT_CATEGORY',
  Right: 'RIGHT',
  StatusReport: 'STATUS_REPORT',
  Source: 'SOURCE',
};

export const LABEL_BY_KIND: Record<string, string> = Object.fromEntries(Object.entries(KIND_BY_LABEL).map(([label, kind]) => [kind, label]));

export interface EdgeTypeMap {
  /** GraphQL object type */
  typeName: string;
  /** Field for the start node (the relationship points from it) */
  fromField: string;
  /** Field for the end node */
  toField: string;
}

export const EDGE_TYPES: Record<string, EdgeTypeMap> = {
  RATIFIED: { typeName: 'Ratification', fromField: 'state', toField: 'instrument' },
  SIGNED: { typeName: 'Signature', fromField: 'state', toField: 'instrument' },
  MEMBER_OF: { typeName: 'Membership', fromField: 'member', toField: 'group' },
  SECRETARIAT_OF: { typeName: 'Secretariat', fromField: 'secretariat', toField: 'of' },
  HAS_MANDATE: { typeName: 'Mandate', fromField: 'holder', toField: 'subject' },
  MONITORS: { typeName: 'Monitoring', fromField: 'monitor', toField: 'instrument' },
  ESTABLISHED_BY: { typeName: 'Establishment', fromField: 'established', toField: 'by' },
  PART_OF: { typeName: 'PartOf', fromField: 'part', toField: 'whole' },
  SUPPLEMENTS: { typeName: 'Supplement', fromField: 'supplement', toField: 'supplemented' },
  PROTECTS: { typeName: 'Protection', fromField: 'instrument', toField: 'category' },
  GUARANTEES: { typeName: 'Guarantee', fromField: 'instrument', toField: 'right' },
  SUBCATEGORY_OF: { typeName: 'Subcategory', fromField: 'narrower', toField: 'broader' },
  HOSTED_BY: { typeName: 'Hosting', fromField: 'hosted', toField: 'host' },
  COVERS: { typeName: 'Coverage', fromField: 'source', toField: 'covered' },
};

export type Direction = 'out' | 'in';

export interface RelationshipField {
  type: string;
  direction: Direction;
}

const out = (type: string): RelationshipField => ({ type, direction: 'out' });
const inward = (type: string): RelationshipField => ({ type, direction: 'in' });

const PART_OF_FIELDS = { partOf: out('PART_OF'), parts: inward('PART_OF') };
const AGENCY_FIELDS = {
  monitors: out('MONITORS'),
  mandates: out('HAS_MANDATE'),
  memberships: out('MEMBER_OF'),
  members: inward('MEMBER_OF'),
  secretariatOf: out('SECRETARIAT_OF'),
  secretariats: inward('SECRETARIAT_OF'),
  establishedBy: out('ESTABLISHED_BY'),
  establishes: inward('ESTABLISHED_BY'),
  ...PART_OF_FIELDS,
};
const PROCESS_FIELDS = {
  members: inward('MEMBER_OF'),
  memberships: out('MEMBER_OF'),
  secretariats: inward('SECRETARIAT_OF'),
  mandatedBy: inward('HAS_MANDATE'),
  establishedBy: out('ESTABLISHED_BY'),
  establishes: inward('ESTABLISHED_BY'),
  hostedBy: out('HOSTED_BY'),
  ...PART_OF_FIELDS,
};

/** GraphQL type → field → the relationship it follows. */
export const RELATIONSHIP_FIELDS: Record<string, Record<string, RelationshipField>> = {
  State: {
    ratifications: out('RATIFIED'),
    signatures: out('SIGNED'),
    memberships: out('MEMBER_OF'),
    hosts: inward('HOSTED_BY'),
    establishes: inward('ESTABLISHED_BY'),
    ...PART_OF_FIELDS,
  },
  Instrument: {
    parties: inward('RATIFIED'),
    signatories: inward('SIGNED'),
    monitoredBy: inward('MONITORS'),
    protects: out('PROTECTS'),
    guarantees: out('GUARANTEES'),
    supplements: out('SUPPLEMENTS'),
    supplementedBy: inward('SUPPLEMENTS'),
    mandatedBy: inward('HAS_MANDATE'),
    secretariats: inward('SECRETARIAT_OF'),
    establishes: inward('ESTABLISHED_BY'),
    statusCoverage: inward('COVERS'),
    ...PART_OF_FIELDS,
  },
  Body: AGENCY_FIELDS,
  Organization: { ...AGENCY_FIELDS, memberCoverage: inward('COVERS') },
  RCP: PROCESS_FIELDS,
  Forum: { ...PROCESS_FIELDS, memberCoverage: inward('COVERS') },
  MigrantCategory: {
    broader: out('SUBCATEGORY_OF'),
    narrower: inward('SUBCATEGORY_OF'),
    protectedBy: inward('PROTECTS'),
    mandatedBy: inward('HAS_MANDATE'),
    ...PART_OF_FIELDS,
  },
  Source: { covers: out('COVERS') },
  Right: { guaranteedBy: inward('GUARANTEES'), mandatedBy: inward('HAS_MANDATE'), ...PART_OF_FIELDS },
};

/** Node types with a statusReports field (figures whose `about` is the node). */
export const STATUS_REPORT_HOLDERS = ['Instrument', 'Body', 'Organization', 'RCP', 'Forum', 'MigrantCategory'];
