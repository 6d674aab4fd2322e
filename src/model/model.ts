/**
 * The graph model as data: node kinds (by id prefix), their labels, fields and enumerations,
 * and each relationship type with the kinds it may join, its properties and how the API shows
 * it. The one declaration of the model: the validator, the resolver tables
 * (src/graph/schema-map.ts), codegen's type lists, the curation input sections, the edge
 * query (cypher/edges/by-node.cypher, generated) and the explorer's filter list derive from
 * it; tests/unit/model-single-source.test.ts checks what cannot import it (SDL, migrations,
 * explorer styles). How to add a relationship: docs/model.md, "Changing the model".
 */
export type FieldType = 'string' | 'boolean' | 'number' | 'date' | 'string[]' | 'id';

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
  values?: readonly string[];
}

export interface KindSpec {
  label: string;
  fields: Record<string, FieldSpec>;
}

const COMMON: Record<string, FieldSpec> = {
  id: { type: 'string', required: true },
  name: { type: 'string', required: true },
  acronym: { type: 'string' },
  aliases: { type: 'string[]' },
  description: { type: 'string' },
};

export const KINDS: Record<string, KindSpec> = {
  state: {
    label: 'State',
    fields: {
      ...COMMON,
      iso2: { type: 'string', required: true },
      iso3: { type: 'string', required: true },
      region: { type: 'string' },
      subregion: { type: 'string' },
      unMember: { type: 'boolean', required: true },
      unStatus: { type: 'string', required: true, values: ['member', 'observer', 'non-member'] },
    },
  },
  instrument: {
    label: 'Instrument',
    fields: {
      ...COMMON,
      type: {
        type: 'string',
        required: true,
        values: [
          'treaty',
          'protocol',
          'optional-protocol',
          'ilo-convention',
          'ilo-recommendation',
          'declaration',
          'framework',
          'guidelines',
          'principles',
          'programme-of-action',
          'resolution',
          'other',
        ],
      },
      binding: { type: 'boolean' },
      scope: { type: 'string', values: ['universal', 'regional'] },
      region: { type: 'string' },
      adopted: { type: 'date' },
      entryIntoForce: { type: 'date' },
      depositary: { type: 'string' },
      iloNumber: { type: 'string' },
    },
  },
  body: {
    label: 'Body',
    fields: {
      ...COMMON,
      type: {
        type: 'string',
        required: true,
        values: [
          'treaty-body',
          'subcommittee',
          'charter-body',
          'special-procedure',
          'upr',
          'ilo-supervisory',
          'conference-of-parties',
          'working-group',
          'supervisory-function',
          'other',
        ],
      },
      established: { type: 'date' },
    },
  },
  org: {
    label: 'Organization',
    fields: {
      ...COMMON,
      type: {
        type: 'string',
        required: true,
        values: ['un-agency', 'un-fund-programme', 'un-secretariat', 'un-regional-commission', 'igo', 'regional-organization', 'ngo', 'other'],
      },
      founded: { type: 'date' },
      headquarters: { type: 'string' },
    },
  },
  rcp: { label: 'RCP', fields: { ...COMMON, region: { type: 'string' }, established: { type: 'date' } } },
  forum: {
    label: 'Forum',
    fields: {
      ...COMMON,
      type: { type: 'string', required: true, values: ['forum', 'meeting', 'dialogue', 'group', 'commission', 'conference', 'initiative', 'other'] },
      date: { type: 'date' },
      endDate: { type: 'date' },
      city: { type: 'string' },
    },
  },
  category: { label: 'MigrantCategory', fields: { ...COMMON } },
  right: { label: 'Right', fields: { ...COMMON } },
  status: {
    label: 'StatusReport',
    fields: {
      ...COMMON,
      measure: { type: 'string', required: true },
      value: { type: 'number', required: true },
      asOf: { type: 'date', required: true },
      about: { type: 'id', required: true },
    },
  },
  source: {
    label: 'Source',
    fields: {
      id: { type: 'string', required: true },
      title: { type: 'string', required: true },
      author: { type: 'string' },
      date: { type: 'date' },
      file: { type: 'string' },
      /** The text cited: a file in seed/treaty-texts/ (the seed's instrument texts) or the text itself (a curated Source); cut into passages that quotes are checked against. */
      text: { type: 'string' },
      symbol: { type: 'string' },
      url: { type: 'string' },
    },
  },
};

/** A field name on the node type at one end: one name for every kind, or one per kind. */
export type EndFieldName = string | Record<string, string>;

/** How the API shows a relationship (the SDL must agree: tests/unit/schema-model-sync.test.ts). */
export interface RelationshipApi {
  /** GraphQL object type of the edge (implements Edge) */
  typeName: string;
  /** Field of the edge type for its start node (the relationship points from it) */
  fromField: string;
  /** Field of the edge type for its end node */
  toField: string;
  /** Field on each start node's type that lists these edges (direction out) */
  outField: EndFieldName;
  /** Field on each end node's type that lists these edges (direction in) */
  inField: EndFieldName;
}

export interface RelationshipSpec {
  from: readonly string[];
  to: readonly string[];
  fields: Record<string, FieldSpec>;
  api: RelationshipApi;
}

const ANY = Object.keys(KINDS).filter((k) => k !== 'source' && k !== 'status');
const ARTICLES: Record<string, FieldSpec> = { articles: { type: 'string[]' } };
/**
 * The date the data set holds for (asOf) and, for a scrape known only to lie in a range, the
 * latest date it may hold for (asOfLatest): each per-State fact carries its data set's date.
 */
const AS_OF: Record<string, FieldSpec> = { asOf: { type: 'date' }, asOfLatest: { type: 'date' } };

export const MEMBERSHIP_ROLES = [
  'member',
  'observer',
  'chair',
  'founder',
  'secretariat',
  'partner',
  'steering',
  'attended',
  'candidate',
  'former-member',
  'member-or-observer',
  'observer-or-partner',
] as const;

export const RELATIONSHIPS: Record<string, RelationshipSpec> = {
  RATIFIED: {
    from: ['state'],
    to: ['instrument'],
    fields: {
      action: { type: 'string', required: true, values: ['ratification', 'accession', 'succession', 'acceptance', 'approval', 'party'] },
      date: { type: 'date' },
      datePrecision: { type: 'string', values: ['year', 'month', 'day'] },
      ...AS_OF,
    },
    api: { typeName: 'Ratification', fromField: 'state', toField: 'instrument', outField: 'ratifications', inField: 'parties' },
  },
  SIGNED: {
    from: ['state'],
    to: ['instrument'],
    fields: { date: { type: 'date' }, datePrecision: { type: 'string', values: ['year', 'month', 'day'] }, ...AS_OF },
    api: { typeName: 'Signature', fromField: 'state', toField: 'instrument', outField: 'signatures', inField: 'signatories' },
  },
  // A data set (its Source) declares which instrument's participants it lists, as of when: the
  // rule that turns "absent from the table" into "known not party" (docs/model.md).
  // Extended to organisations and groups (forums): a membership list's declared coverage, so "not a
  // member" is known only where a data set lists all members as of a date.
  COVERS: {
    from: ['source'],
    to: ['instrument', 'org', 'forum'],
    fields: {
      complete: { type: 'boolean', required: true },
      participants: { type: 'string', required: true, values: ['all', 'un-members'] },
      asOf: { type: 'date', required: true },
      asOfLatest: { type: 'date' },
      excludes: { type: 'string[]' },
      note: { type: 'string' },
    },
    api: {
      typeName: 'Coverage',
      fromField: 'source',
      toField: 'covered',
      outField: 'covers',
      inField: { instrument: 'statusCoverage', org: 'memberCoverage', forum: 'memberCoverage' },
    },
  },
  // Roles (docs/model.md, "Membership"): `attended` (one meeting) and `steering` (a governance
  // seat) are not membership; gap analysis and overlaps count `member` and `founder` only.
  MEMBER_OF: {
    from: ['state', 'org', 'body', 'forum', 'rcp'],
    to: ['rcp', 'forum', 'org', 'body'],
    fields: {
      role: { type: 'string', required: true, values: MEMBERSHIP_ROLES },
      since: { type: 'date' },
      until: { type: 'date' },
      // What the source says (docs/model.md): admitted on `since`; an original Member whose
      // Charter ratification is `since`; listed without a date; or member in each year
      // firstYear-lastYear (a year-by-year data set: never an admission date).
      basis: { type: 'string', values: ['admission', 'charter-ratification', 'listed', 'member-in-years'] },
      firstYear: { type: 'number' },
      lastYear: { type: 'number' },
      ...AS_OF,
      /** The page's own wording of the role ("participating State (8th SOM)") */
      roleAsWritten: { type: 'string' },
      /** The page lists every member of the group as of asOf (the page's date): absent from it = known not a member then */
      listComplete: { type: 'boolean' },
    },
    api: { typeName: 'Membership', fromField: 'member', toField: 'group', outField: 'memberships', inField: 'members' },
  },
  SECRETARIAT_OF: {
    from: ['org', 'body'],
    to: ['rcp', 'forum', 'body', 'instrument', 'org'],
    fields: {},
    api: { typeName: 'Secretariat', fromField: 'secretariat', toField: 'of', outField: 'secretariatOf', inField: 'secretariats' },
  },
  HAS_MANDATE: {
    from: ['org', 'body'],
    to: ['category', 'right', 'instrument', 'forum', 'rcp'],
    fields: { kind: { type: 'string', required: true, values: ['protection', 'supervisory', 'operational', 'coordination'] }, note: { type: 'string' } },
    api: { typeName: 'Mandate', fromField: 'holder', toField: 'subject', outField: 'mandates', inField: 'mandatedBy' },
  },
  MONITORS: {
    from: ['body', 'org'],
    to: ['instrument'],
    fields: {
      kind: {
        type: 'string',
        required: true,
        values: ['treaty-body', 'supervisory', 'special-procedure', 'peer-review', 'ilo-supervision', 'conference-of-parties', 'other'],
      },
      procedures: { type: 'string[]' },
    },
    api: { typeName: 'Monitoring', fromField: 'monitor', toField: 'instrument', outField: 'monitors', inField: 'monitoredBy' },
  },
  ESTABLISHED_BY: {
    from: ['body', 'org', 'forum', 'rcp'],
    to: ['instrument', 'body', 'org', 'forum', 'rcp', 'state'],
    fields: {},
    api: { typeName: 'Establishment', fromField: 'established', toField: 'by', outField: 'establishedBy', inField: 'establishes' },
  },
  PART_OF: { from: ANY, to: ANY, fields: {}, api: { typeName: 'PartOf', fromField: 'part', toField: 'whole', outField: 'partOf', inField: 'parts' } },
  SUPPLEMENTS: {
    from: ['instrument'],
    to: ['instrument'],
    fields: {},
    api: { typeName: 'Supplement', fromField: 'supplement', toField: 'supplemented', outField: 'supplements', inField: 'supplementedBy' },
  },
  PROTECTS: {
    from: ['instrument'],
    to: ['category'],
    fields: ARTICLES,
    api: { typeName: 'Protection', fromField: 'instrument', toField: 'category', outField: 'protects', inField: 'protectedBy' },
  },
  GUARANTEES: {
    from: ['instrument'],
    to: ['right'],
    fields: ARTICLES,
    api: { typeName: 'Guarantee', fromField: 'instrument', toField: 'right', outField: 'guarantees', inField: 'guaranteedBy' },
  },
  SUBCATEGORY_OF: {
    from: ['category'],
    to: ['category'],
    fields: {},
    api: { typeName: 'Subcategory', fromField: 'narrower', toField: 'broader', outField: 'broader', inField: 'narrower' },
  },
  HOSTED_BY: {
    from: ['forum', 'rcp'],
    to: ['state'],
    fields: {},
    api: { typeName: 'Hosting', fromField: 'hosted', toField: 'host', outField: 'hostedBy', inField: 'hosts' },
  },
};

/** Longest node id: ids are indexed (and repeated in edge ids and audit records), and Neo4j's index keys are capped at about 8 KB. */
export const MAX_ID_LENGTH = 200;

/** "instrument:icrmw" → "instrument"; undefined when the prefix is not a known kind or the id is malformed or too long. */
export function kindOf(id: string): string | undefined {
  const prefix = id.split(':')[0] ?? '';
  return prefix in KINDS && id.length <= MAX_ID_LENGTH && /^[a-z]+:[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(id) ? prefix : undefined;
}

/** The fields every named kind shares (Source has a title instead). */
export const COMMON_FIELD_NAMES = Object.keys(COMMON);

/** Neo4j label → model kind (its id prefix): "MigrantCategory" → "category". */
export const PREFIX_BY_LABEL: ReadonlyMap<string, string> = new Map(Object.entries(KINDS).map(([kind, spec]) => [spec.label, kind]));

/** Labels of the kinds that can have members (the ends a MEMBER_OF points at): RCP, Forum, Organization, Body. */
export const GROUP_LABELS: readonly string[] = RELATIONSHIPS.MEMBER_OF!.to.map((kind) => KINDS[kind]!.label);

/** "MigrantCategory" → "MIGRANT_CATEGORY", "RCP" → "RCP": the GraphQL NodeKind value of a label. */
export function nodeKindEnumOf(label: string): string {
  return label.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** "Ratification" → "ratification", "StatusReport" → "statusReport", "RCP" → "rcp": a GraphQL type's name as a field. */
export function fieldNameOf(typeName: string): string {
  return typeName === typeName.toUpperCase() ? typeName.toLowerCase() : typeName[0]!.toLowerCase() + typeName.slice(1);
}

/** A kind's own fields (beyond the common ones); Source, which has no name, counts all but id. */
export function ownFieldsOf(kind: string): string[] {
  return Object.keys(KINDS[kind]!.fields).filter((f) => f !== 'id' && !COMMON_FIELD_NAMES.includes(f));
}

/** The name of the field on a `kind` node that follows `type` in `direction`. */
export function endFieldName(type: string, direction: 'out' | 'in', kind: string): string | undefined {
  const api = RELATIONSHIPS[type]!.api;
  const name = direction === 'out' ? api.outField : api.inField;
  return typeof name === 'string' ? name : name[kind];
}

/** One end of a relationship type: a node of `kind` that the type leaves (`out`) or reaches (`in`). */
export interface RelationshipEnd {
  type: string;
  direction: 'out' | 'in';
  kind: string;
}

/** Every end of every relationship type, in declaration order (what the API's end fields follow). */
export function relationshipEnds(): RelationshipEnd[] {
  return Object.entries(RELATIONSHIPS).flatMap(([type, spec]) => [
    ...spec.from.map((kind) => ({ type, direction: 'out' as const, kind })),
    ...spec.to.map((kind) => ({ type, direction: 'in' as const, kind })),
  ]);
}

/** The kinds a relationship type allows at its far end, followed in `direction` (RATIFIED out → instrument). */
export function farEndKinds(type: string, direction: 'out' | 'in'): readonly string[] {
  const spec = RELATIONSHIPS[type]!;
  return direction === 'out' ? spec.to : spec.from;
}

/** The far end's label when the type allows one kind there (RATIFIED out → Instrument), else undefined: read it. */
export function farEndLabel(type: string, direction: 'out' | 'in'): string | undefined {
  const kinds = farEndKinds(type, direction);
  return kinds.length === 1 ? KINDS[kinds[0]!]!.label : undefined;
}

/** Whether nodes of the kind have a title (Source): a node's name falls back to it. */
export const kindHasTitle = (kind: string): boolean => 'title' in KINDS[kind]!.fields;
