import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeView, EdgeView, CitationView } from '../graph/views.js';
import type { ChangeView } from '../audit/audit.js';
import type { Principal } from '../auth/principal.js';
import type { ApiKeyInfo } from '../auth/api-keys.js';
import type { NodeWriteResult as NodeWriteModel } from '../curation/node-writes.js';
import type { RelationshipWriteResult as RelationshipWriteModel } from '../curation/relationship-writes.js';
import type { RevertResult as RevertModel } from '../curation/revert.js';
import type { CreatedKey } from '../curation/key-admin.js';
import type { ProposalView } from '../proposals/proposal.js';
import type { ProposalDecision as ProposalDecisionModel } from '../proposals/review.js';
import type { GraphView } from '../visual/graph-view.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: the stored properties of a node or edge, as a graph library wants them */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An API key (never its secret). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Id of the key. */
  id: Scalars['ID']['output'];
  /** Name given when it was created. */
  name: Scalars['String']['output'];
  /** When it was revoked (ISO 8601, UTC); null while it is valid. */
  revokedAt: Maybe<Scalars['String']['output']>;
  /** What the key may do. */
  role: Role;
};

/** Properties of PROTECTS and GUARANTEES. */
export type ArticlesFieldsInput = {
  /** e.g. art. 3, arts. 8-35 */
  articles?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A monitoring body or mechanism: treaty body, special procedure, supervisory function... */
export type Body = Node & {
  __typename?: 'Body';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** When it was established, a partial ISO date; null when not recorded. */
  established: Maybe<Scalars['String']['output']>;
  /** The instrument, organisation, body or State that established it (ESTABLISHED_BY, outgoing). */
  establishedBy: Array<Establishment>;
  /** Bodies or processes it established (ESTABLISHED_BY, incoming). */
  establishes: Array<Establishment>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Mandates this body holds (over categories, rights, instruments, processes) */
  mandates: Array<Mandate>;
  /** Its members and other participants (MEMBER_OF, incoming), each with the role the source records; only MEMBER and FOUNDER are membership. */
  members: Array<Membership>;
  /** Groups this one belongs to (MEMBER_OF, outgoing), with its role. */
  memberships: Array<Membership>;
  /** Instruments it monitors, and how (MONITORS, outgoing). */
  monitors: Array<Monitoring>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** What it serves as secretariat of (SECRETARIAT_OF, outgoing). */
  secretariatOf: Array<Secretariat>;
  /** Organisations or bodies serving as its secretariat (SECRETARIAT_OF, incoming). */
  secretariats: Array<Secretariat>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** Figures the documents report about it, each with its as-of date. */
  statusReports: Array<StatusReport>;
  /** The kind of body. */
  type: BodyType;
};

/** A page of Body nodes (Relay cursor connection). */
export type BodyConnection = {
  __typename?: 'BodyConnection';
  /** The Body nodes of this page with their cursors, in the requested order. */
  edges: Array<BodyEdge>;
  /** The Body nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<Body>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One Body in a page, with its cursor. */
export type BodyEdge = {
  __typename?: 'BodyEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Body itself. */
  node: Body;
};

/** Fields of a Body (id body:<slug>). */
export type BodyFieldsInput = {
  /** When it was established, a partial ISO date; null when not recorded. */
  established?: InputMaybe<Scalars['String']['input']>;
  /** The kind of body. */
  type?: InputMaybe<BodyType>;
};

/** Bodies: filters combine with AND. */
export type BodyFilter = {
  /** Holds a mandate over this category, right, instrument or process (id) */
  hasMandateOver?: InputMaybe<Scalars['ID']['input']>;
  /** Monitors this instrument (id) */
  monitors?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these body types. */
  type?: InputMaybe<Array<BodyType>>;
};

/** The kind of a monitoring body or mechanism. */
export type BodyType =
  /** A UN Charter-based body (e.g. the Human Rights Council). */
  | 'CHARTER_BODY'
  /** A conference of the States parties to a treaty. */
  | 'CONFERENCE_OF_PARTIES'
  /** An ILO supervisory body (CEACR, Conference Committee). */
  | 'ILO_SUPERVISORY'
  /** Another kind. */
  | 'OTHER'
  /** A special procedure of the Human Rights Council (rapporteur, working group). */
  | 'SPECIAL_PROCEDURE'
  /** A subcommittee (e.g. the Subcommittee on Prevention of Torture). */
  | 'SUBCOMMITTEE'
  /** A supervisory function held by an agency (e.g. UNHCR under the 1951 Convention). */
  | 'SUPERVISORY_FUNCTION'
  /** A UN human rights treaty body (committee of independent experts). */
  | 'TREATY_BODY'
  /** The Universal Periodic Review. */
  | 'UPR'
  /** A working group. */
  | 'WORKING_GROUP';

/** One accepted write. */
export type Change = {
  __typename?: 'Change';
  /** The target's state after, as JSON; null when it was removed */
  after: Maybe<Scalars['String']['output']>;
  /** When it was committed (ISO 8601, UTC) */
  at: Scalars['String']['output'];
  /** The target's state before, as JSON ({label, props} or {type, from, to, props}); null when it did not exist */
  before: Maybe<Scalars['String']['output']>;
  /** The API key the write was made with. */
  curator: Curator;
  /** For relationships: the two ends */
  fromId: Maybe<Scalars['ID']['output']>;
  /** Id of the change (pass to change or revertChange). */
  id: Scalars['ID']['output'];
  /** For changes written by a bulk import (npm run import): that import's id, printed by the command */
  importId: Maybe<Scalars['ID']['output']>;
  /** What the write did. */
  operation: ChangeOperation;
  /** For changes written by accepting a contributor's proposal: that proposal's id (see proposal) */
  proposalId: Maybe<Scalars['ID']['output']>;
  /** For REVERT_CHANGE: the change it reverted */
  revertOf: Maybe<Scalars['ID']['output']>;
  /** Changes that reverted this one */
  revertedBy: Array<Scalars['ID']['output']>;
  /** The citations given with the write */
  sources: Array<Citation>;
  /** Node id, relationship id or API key id */
  targetId: Scalars['ID']['output'];
  /** Node label, relationship type, or ApiKey */
  targetKind: Scalars['String']['output'];
  /** Whether a node, a relationship or an API key was written. */
  targetType: ChangeTarget;
  /** For relationships: the id of the end node (null otherwise). */
  toId: Maybe<Scalars['ID']['output']>;
};

/** A page of changes, newest first (Relay cursor connection). */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page with their cursors. */
  edges: Array<ChangeEdge>;
  /** The changes of this page (edges without the cursors). */
  nodes: Array<Change>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of changes matching the filter, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One change in a page, with its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The change itself. */
  node: Change;
};

/** What a recorded write did. */
export type ChangeOperation =
  /** addRelationship: a relationship was added. */
  | 'ADD_RELATIONSHIP'
  /** createApiKey: an API key was created. */
  | 'CREATE_API_KEY'
  /** createNode: a node was created. */
  | 'CREATE_NODE'
  /** removeRelationship: a relationship was removed. */
  | 'REMOVE_RELATIONSHIP'
  /** revertChange: an earlier change was undone. */
  | 'REVERT_CHANGE'
  /** revokeApiKey: an API key was revoked. */
  | 'REVOKE_API_KEY'
  /** updateNode: a node was changed. */
  | 'UPDATE_NODE'
  /** updateRelationship: a relationship was changed. */
  | 'UPDATE_RELATIONSHIP';

/** What a change was made to. */
export type ChangeTarget =
  /** An API key. */
  | 'API_KEY'
  /** A node. */
  | 'NODE'
  /** A relationship. */
  | 'RELATIONSHIP';

/** Where a fact comes from: a cited document and the place in it that says so. */
export type Citation = {
  __typename?: 'Citation';
  /** Paragraph, box, footnote or section in the document */
  locator: Scalars['String']['output'];
  /**
   * The full passage the citation points at, when the source is an instrument's text held in the
   * graph: the paragraph ("art. 28(1)", also for "art. 28(1)(a)") or the whole article ("art. 28").
   * Null for document citations (their locators name no passage; see passages(text) to search them).
   */
  passage: Maybe<Scalars['String']['output']>;
  /** Short verbatim quote, when the curator kept one */
  quote: Maybe<Scalars['String']['output']>;
  /** The cited document itself */
  source: Maybe<Source>;
  /** Id of the cited Source node, e.g. source:ohchr-2013 */
  sourceId: Scalars['ID']['output'];
  /** Title of the cited document */
  sourceTitle: Maybe<Scalars['String']['output']>;
};

/** A citation given with a write: the Source node's id and where in the document it says so. */
export type CitationInput = {
  /** Paragraph, box, footnote or section: para 70, Box 5, footnote 4 */
  locator: Scalars['String']['input'];
  /** Optional short verbatim quote */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Id of an existing Source node, e.g. source:ohchr-2013 */
  source: Scalars['ID']['input'];
};

/**
 * A data set (its Source) declares what it covers for an instrument (COVERS). complete: its table
 * lists every participant (of the kind given by participants) as of asOf, so a State of that kind
 * absent from it was known not to be party then. Without a complete coverage, a State with no
 * recorded act is unknown, never "not party" (docs/model.md). A COVERS of an organisation or a
 * group (Forum) declares a complete list of its members as of asOf instead.
 */
export type Coverage = Edge & {
  __typename?: 'Coverage';
  /** The date the table holds for (the earliest, when only a range is known) */
  asOf: Scalars['String']['output'];
  /** For a table known only to hold for a range of dates: the latest (asOf is the earliest). */
  asOfLatest: Maybe<Scalars['String']['output']>;
  /** Whether its table lists every participant of the kind given by participants, as of asOf. */
  complete: Scalars['Boolean']['output'];
  /** What is covered: an instrument (its participants) or an organisation or group (its members) */
  covered: Node;
  /** States whose rows could not be read (listed in the loader's report): not covered */
  excludes: Array<Scalars['ID']['output']>;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The instrument covered; null when the coverage is of an organisation's or group's members */
  instrument: Maybe<Instrument>;
  /** Curator's note on the coverage; null when none. */
  note: Maybe<Scalars['String']['output']>;
  /** Which participants the table lists: all, or UN Member States only. */
  participants: CoverageParticipants;
  /** The data set declaring the coverage. */
  source: Source;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** Properties of COVERS (a data set's declared coverage of an instrument, docs/model.md). */
export type CoverageFieldsInput = {
  /** The date the table holds for (the earliest, when only a range is known) */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** For a table known only to hold for a range of dates: the latest (asOf is the earliest). */
  asOfLatest?: InputMaybe<Scalars['String']['input']>;
  /** Whether the table lists every participant of the given kind as of asOf (then absence means known not party). */
  complete?: InputMaybe<Scalars['Boolean']['input']>;
  /** State ids whose rows the data set could not read (not covered) */
  excludes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Curator's note on the coverage. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Which participants the table lists: all, or UN Member States only. */
  participants?: InputMaybe<CoverageParticipants>;
};

/** Which participants a coverage table lists. */
export type CoverageParticipants =
  /** Every participant (UN members and non-members) */
  | 'ALL'
  /** UN Member States only */
  | 'UN_MEMBERS';

/** A new API key and its secret (shown only here). */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The audit record of its creation. */
  change: Change;
  /** The key as listed from now on. */
  key: ApiKey;
  /** The secret, shown this once: only its hash is stored */
  secret: Scalars['String']['output'];
};

/** What the curation forms may ask for: every node kind and relationship type with its fields. */
export type CurationModel = {
  __typename?: 'CurationModel';
  /** Every node kind, with the fields a node of that kind has. */
  nodeKinds: Array<NodeKindForm>;
  /** Every relationship type, with the ends it may join and the properties it takes. */
  relationshipTypes: Array<RelationshipTypeForm>;
};

/** The API key a change was made with. */
export type Curator = {
  __typename?: 'Curator';
  /** Id of the API key. */
  keyId: Scalars['ID']['output'];
  /** Name given to the key when it was created. */
  name: Scalars['String']['output'];
  /** The role of the key. */
  role: Role;
};

/** How precise a partial ISO date is. */
export type DatePrecision =
  /** The full date is known (e.g. "1990-12-18"). */
  | 'DAY'
  /** Year and month are known (e.g. "1990-12"). */
  | 'MONTH'
  /** Only the year is known (e.g. "1990"). */
  | 'YEAR';

/** A relationship between two nodes. Every edge can be asked where it comes from (sources). */
export type Edge = {
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** A node was established by an instrument, body, organisation, process or State (ESTABLISHED_BY). */
export type Establishment = Edge & {
  __typename?: 'Establishment';
  /** The instrument, organisation or State that established it. */
  by: Node;
  /** The body or process established. */
  established: Node;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** One answer of monitoringBodies, as ids into the evidence graph */
export type EvidenceGraphAnswer = {
  __typename?: 'EvidenceGraphAnswer';
  /** Why it answers: TREATY or MANDATE. */
  basis: MonitoringBasis;
  /** The answer's evidence steps, as edge ids in the graph */
  edgeIds: Array<Scalars['ID']['output']>;
  /** The instrument monitored (TREATY answers); null otherwise. */
  instrumentId: Maybe<Scalars['ID']['output']>;
  /** Id of the answering body or agency. */
  monitorId: Scalars['ID']['output'];
};

/** One relationship on the way from the question to the answer, with its citations. */
export type EvidenceStep = {
  __typename?: 'EvidenceStep';
  /** The citations of that relationship: documents and locators. */
  citations: Array<Citation>;
  /** Id of the node the relationship starts from. */
  from: Scalars['ID']['output'];
  /** Id of the node the relationship points to. */
  to: Scalars['ID']['output'];
  /** Relationship type of the step, e.g. MONITORS, GUARANTEES, PROTECTS, SUBCATEGORY_OF, HAS_MANDATE. */
  type: Scalars['String']['output'];
};

/** One field of a proposal's target, before and after. */
export type FieldDiff = {
  __typename?: 'FieldDiff';
  /** Its value after, as JSON; null when removed. */
  after: Maybe<Scalars['String']['output']>;
  /** Its value before, as JSON; null when absent. */
  before: Maybe<Scalars['String']['output']>;
  /** The property name (citations for the citation lists). */
  field: Scalars['String']['output'];
};

/** One input of a curation form. */
export type FormField = {
  __typename?: 'FormField';
  /** What the field means, from the API's documentation of its input. */
  description: Maybe<Scalars['String']['output']>;
  /** The values it may take, as the mutation's enum names them (e.g. MEMBER, FORMER_MEMBER); null when free. */
  enumValues: Maybe<Array<Scalars['String']['output']>>;
  /** Where the mutation input takes it (e.g. membership.role, instrument.adopted, name): also the field a refusal's problems name. */
  inputPath: Scalars['String']['output'];
  /** The model's name of the field, e.g. role. */
  name: Scalars['String']['output'];
  /** Whether a new node or relationship must have it. */
  required: Scalars['Boolean']['output'];
  /** The model's type: string, boolean, number, date (YYYY, YYYY-MM or YYYY-MM-DD), string[] or id. */
  type: Scalars['String']['output'];
};

/** A forum, dialogue or meeting outside any treaty (GFMD, the High-level Dialogues, GMG...) */
export type Forum = Node & {
  __typename?: 'Forum';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** City where it was held; null when not recorded. */
  city: Maybe<Scalars['String']['output']>;
  /** When it was held or started, a partial ISO date; null when not recorded. */
  date: Maybe<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** When it ended (meetings over several days), a partial ISO date; null when not recorded. */
  endDate: Maybe<Scalars['String']['output']>;
  /** The instrument, organisation, body or State that established it (ESTABLISHED_BY, outgoing). */
  establishedBy: Array<Establishment>;
  /** Bodies or processes it established (ESTABLISHED_BY, incoming). */
  establishes: Array<Establishment>;
  /** States that hosted it or its meetings (HOSTED_BY, outgoing). */
  hostedBy: Array<Hosting>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Organisations or bodies with a mandate over it (HAS_MANDATE, incoming). */
  mandatedBy: Array<Mandate>;
  /** Data sets that declare a complete list of this group's members as of a date (COVERS): only there is "not a member" known */
  memberCoverage: Array<Coverage>;
  /** Its members and other participants (MEMBER_OF, incoming), each with the role the source records; only MEMBER and FOUNDER are membership. */
  members: Array<Membership>;
  /** Groups this one belongs to (MEMBER_OF, outgoing), with its role. */
  memberships: Array<Membership>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** Organisations or bodies serving as its secretariat (SECRETARIAT_OF, incoming). */
  secretariats: Array<Secretariat>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** Figures the documents report about it, each with its as-of date. */
  statusReports: Array<StatusReport>;
  /** The kind of forum. */
  type: ForumType;
};

/** A page of Forum nodes (Relay cursor connection). */
export type ForumConnection = {
  __typename?: 'ForumConnection';
  /** The Forum nodes of this page with their cursors, in the requested order. */
  edges: Array<ForumEdge>;
  /** The Forum nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<Forum>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One Forum in a page, with its cursor. */
export type ForumEdge = {
  __typename?: 'ForumEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Forum itself. */
  node: Forum;
};

/** Fields of a Forum (id forum:<slug>). */
export type ForumFieldsInput = {
  /** City where it was held; null when not recorded. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** When it was held or started, a partial ISO date; null when not recorded. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** When it ended (meetings over several days), a partial ISO date; null when not recorded. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The kind of forum. */
  type?: InputMaybe<ForumType>;
};

/** Forums: filters combine with AND. */
export type ForumFilter = {
  /** Hosted by this State (id) */
  hostedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these forum types. */
  type?: InputMaybe<Array<ForumType>>;
  /** Held or started in or after this year */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Held or started in or before this year */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** How to sort a list. */
export type ForumOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: ForumSortField;
};

/** Fields a list can be sorted by. */
export type ForumSortField =
  /** By date held or started. */
  | 'DATE'
  /** By id. */
  | 'ID'
  /** By name. */
  | 'NAME';

/** The kind of a forum. */
export type ForumType =
  /** A commission. */
  | 'COMMISSION'
  /** A conference. */
  | 'CONFERENCE'
  /** A dialogue (e.g. a High-level Dialogue). */
  | 'DIALOGUE'
  /** A standing forum (e.g. the GFMD). */
  | 'FORUM'
  /** A group of agencies or States (e.g. the Global Migration Group). */
  | 'GROUP'
  /** An initiative (e.g. the Nansen Initiative). */
  | 'INITIATIVE'
  /** A single meeting or summit. */
  | 'MEETING'
  /** Another kind. */
  | 'OTHER';

/** Members of a group or region by their status towards an instrument: parties, signed only, known non-parties and unknown. */
export type GapAnalysis = {
  __typename?: 'GapAnalysis';
  /** The group asked about; null when a region or subregion was asked. */
  group: Maybe<Node>;
  /** The instrument. */
  instrument: Instrument;
  /** States recorded as members of the group, or in the region */
  memberCount: Scalars['Int']['output'];
  /** The date of the complete member list the members come from; null when no complete dated list applies (then every State a page calls a member counts, and a State no page names is unknown, not a non-member) */
  membershipAsOf: Maybe<Scalars['String']['output']>;
  /** Members known not to be party: no recorded consent, and a complete participant table covers them (as of statusAsOf) */
  nonParties: Array<State>;
  /** Members recorded as party. */
  parties: Array<State>;
  /** The UN geoscheme region asked about; null otherwise. */
  region: Maybe<Scalars['String']['output']>;
  /** Members not recorded as party that signed */
  signedOnly: Array<State>;
  /** Every listed non-party is known not party as of at least this date (the oldest of their latest covering tables); null when there are none */
  statusAsOf: Maybe<Scalars['String']['output']>;
  /** False when the instrument has no per-State data at all */
  statusDataHeld: Scalars['Boolean']['output'];
  /** The UN geoscheme subregion asked about; null otherwise. */
  subregion: Maybe<Scalars['String']['output']>;
  /** Members with no recorded consent that no data covers: party or not is unknown (never counted as non-parties) */
  unknown: Array<State>;
};

/** Nodes and edges ready for a graph library (Cytoscape, vis, sigma...), capped at 500 nodes and 2,000 edges. */
export type Graph = {
  __typename?: 'Graph';
  /** Edges among the nodes; both ends of every edge are in nodes */
  edges: Array<GraphEdge>;
  /** The nodes, at most 500. */
  nodes: Array<GraphNode>;
  /** True when a cap (limit, or the edge cap) left part of the answer out */
  truncated: Scalars['Boolean']['output'];
};

/** An edge of a graph-shaped answer, with its own direction (source → target) */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Citations for the relationship. */
  citations: Array<Citation>;
  /** The graph's own stable id, e.g. state:MEX-[RATIFIED:untc-2022]->instrument:cat */
  id: Scalars['ID']['output'];
  /** Stored properties of the relationship (enumeration values as GraphQL enum names); citations are in `citations`. */
  properties: Scalars['JSON']['output'];
  /** Id of the node the relationship starts from */
  source: Scalars['ID']['output'];
  /** Id of the node the relationship points to */
  target: Scalars['ID']['output'];
  /** The relationship type. */
  type: RelationshipType;
};

/** A neighborhood or subgraph as a file (at most 500 nodes and 2,000 edges). */
export type GraphExport = {
  __typename?: 'GraphExport';
  /** The file content as text. */
  content: Scalars['String']['output'];
  /** Edges in the file. */
  edgeCount: Scalars['Int']['output'];
  /** A file name to save content under */
  filename: Scalars['String']['output'];
  /** The format asked for. */
  format: GraphExportFormat;
  /** Media type of content, e.g. application/graphml+xml */
  mediaType: Scalars['String']['output'];
  /** Nodes in the file. */
  nodeCount: Scalars['Int']['output'];
  /** True when a cap (limit, or the 2,000-edge cap) left part of the selection out. */
  truncated: Scalars['Boolean']['output'];
};

/** File formats of exportGraph. */
export type GraphExportFormat =
  /** Edges as CSV (Id, Source, Target, Type=Directed, Label=relationship type, properties) */
  | 'CSV_EDGES'
  /** Nodes as CSV (Id, Label, Kind, properties) */
  | 'CSV_NODES'
  /** Cytoscape.js / Cytoscape desktop JSON ({ elements: { nodes, edges } }) */
  | 'CYTOSCAPE_JSON'
  /** GEXF 1.3 (Gephi): the same nodes and edges, every property declared as a string attribute, node kind and label and edge type as attributes too */
  | 'GEXF'
  /** GraphML (Gephi, yEd) */
  | 'GRAPHML';

/** A node of a graph-shaped answer */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Citations for the node itself. */
  citations: Array<Citation>;
  /** The graph's own stable id, e.g. state:MEX */
  id: Scalars['ID']['output'];
  /** Neo4j label of the kind: State, Instrument, Organization, Body, RCP, Forum, MigrantCategory, Right, StatusReport, Source */
  kind: Scalars['String']['output'];
  /** Short display label: the acronym when there is one, else the name */
  label: Scalars['String']['output'];
  /** Stored properties (enumeration values as GraphQL enum names); citations are in `citations` */
  properties: Scalars['JSON']['output'];
};

/** A path between two nodes. */
export type GraphPath = {
  __typename?: 'GraphPath';
  /** In path order; each edge keeps its own direction (fromId/toId) */
  edges: Array<Edge>;
  /** Number of relationships on the path. */
  length: Scalars['Int']['output'];
  /** Nodes in path order, from the start to the end. */
  nodes: Array<Node>;
};

/** What exportGraph exports: give exactly one of neighborhood or subgraph */
export type GraphSelection = {
  /** A node and what lies around it, as in the neighborhood query. */
  neighborhood?: InputMaybe<NeighborhoodInput>;
  /** Node ids: the nodes and the edges among them (like the subgraph query) */
  subgraph?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An instrument guarantees a right (GUARANTEES), in the articles given. */
export type Guarantee = Edge & {
  __typename?: 'Guarantee';
  /** The articles of the instrument that guarantee the right (e.g. art. 22); empty when the source names none. */
  articles: Array<Scalars['String']['output']>;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The instrument that guarantees the right. */
  instrument: Instrument;
  /** The right guaranteed. */
  right: Right;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** A forum meeting or RCP was hosted by a State (HOSTED_BY). */
export type Hosting = Edge & {
  __typename?: 'Hosting';
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** The State that hosted it. */
  host: State;
  /** The forum, meeting or RCP hosted. */
  hosted: Node;
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** The dry run of an import: every problem, or, when there is none, what each row would do. Nothing is written. */
export type ImportCheck = {
  __typename?: 'ImportCheck';
  /** The nodes the import would write, in row order; empty when not valid. */
  nodes: Array<PlannedImportRow>;
  /** Every problem, in line order; empty when valid. */
  problems: Array<ImportProblem>;
  /** The relationships the import would write, in row order; empty when not valid. */
  relationships: Array<PlannedImportRow>;
  /** Data rows read. */
  rows: Scalars['Int']['output'];
  /** True when no row has a problem: importing it (or proposing it) would write what nodes and relationships plan. */
  valid: Scalars['Boolean']['output'];
};

/** How many entries an import created, changed or left alone. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Created anew. */
  created: Scalars['Int']['output'];
  /** Already held exactly; nothing written. */
  unchanged: Scalars['Int']['output'];
  /** Changed. */
  updated: Scalars['Int']['output'];
};

/** A problem with one row (or with the whole content) of an import. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The entry as the importer names it: its id, or type from → to. */
  entry: Scalars['String']['output'];
  /** The field (CSV column, or citations) it concerns; null when it concerns the whole row. */
  field: Maybe<Scalars['String']['output']>;
  /** Line of the row (CSV: the header is line 1); null for a problem with the whole content. */
  line: Maybe<Scalars['Int']['output']>;
  /** For a quote that is not in the cited passage: that passage. */
  passage: Maybe<Scalars['String']['output']>;
  /** What is wrong. */
  reason: Scalars['String']['output'];
};

/** What importContent wrote. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** The import id every change it recorded carries (changes(importId:)). */
  importId: Scalars['ID']['output'];
  /** Nodes created, changed and left alone. */
  nodes: ImportCounts;
  /** Relationships created, changed and left alone. */
  relationships: ImportCounts;
};

/** What an import would do to one row. */
export type ImportRowOutcome =
  /** The row's node or relationship is new: it would be created. */
  | 'CREATE'
  /** The graph already holds exactly this row. */
  | 'UNCHANGED'
  /** It exists and the row changes some of its properties (see changed). */
  | 'UPDATE';

/** A treaty, convention, protocol, ILO instrument, declaration, framework or other text; id instrument:<short name>, e.g. instrument:icrmw. */
export type Instrument = Node & {
  __typename?: 'Instrument';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Date of adoption, a partial ISO date as precise as the source (YYYY, YYYY-MM or YYYY-MM-DD). */
  adopted: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** Legally binding on its parties (absent when no source says) */
  binding: Maybe<Scalars['Boolean']['output']>;
  /** Depositary, as recorded (e.g. Secretary-General of the United Nations); null when not recorded. */
  depositary: Maybe<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** Date of entry into force, a partial ISO date; null when not in force or not recorded. */
  entryIntoForce: Maybe<Scalars['String']['output']>;
  /** Bodies established by this instrument */
  establishes: Array<Establishment>;
  /** Rights this instrument guarantees, with articles */
  guarantees: Array<Guarantee>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** ILO designation for ILO instruments, e.g. C143 (Convention No. 143), R86, P29; null otherwise. */
  iloNumber: Maybe<Scalars['String']['output']>;
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Agencies or bodies with a mandate over this instrument */
  mandatedBy: Array<Mandate>;
  /** Bodies that monitor this instrument, and how */
  monitoredBy: Array<Monitoring>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** States recorded as party (ratification, accession, succession) */
  parties: Array<Ratification>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** Migrant categories this instrument protects, with articles */
  protects: Array<Protection>;
  /** For a regional instrument, its region (e.g. Africa); null otherwise. */
  region: Maybe<Scalars['String']['output']>;
  /** Universal or regional; null when no source says. */
  scope: Maybe<Scope>;
  /** Organisations or bodies serving as its secretariat (SECRETARIAT_OF, incoming). */
  secretariats: Array<Secretariat>;
  /** States recorded as having signed it (SIGNED); a signature alone does not make a State party. */
  signatories: Array<Signature>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** Data sets that declare what they cover for this instrument: whose status is known, as of when */
  statusCoverage: Array<Coverage>;
  /** Figures the documents report about this instrument (e.g. number of parties), each with its as-of date */
  statusReports: Array<StatusReport>;
  /** Instruments that supplement this one, e.g. its protocols (SUPPLEMENTS, incoming). */
  supplementedBy: Array<Supplement>;
  /** Instruments this one supplements (e.g. a protocol and its convention) */
  supplements: Array<Supplement>;
  /** The form of the instrument. */
  type: InstrumentType;
};

/** A page of Instrument nodes (Relay cursor connection). */
export type InstrumentConnection = {
  __typename?: 'InstrumentConnection';
  /** The Instrument nodes of this page with their cursors, in the requested order. */
  edges: Array<InstrumentEdge>;
  /** The Instrument nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<Instrument>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One Instrument in a page, with its cursor. */
export type InstrumentEdge = {
  __typename?: 'InstrumentEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Instrument itself. */
  node: Instrument;
};

/** Fields of an Instrument (id instrument:<slug>). Dates: YYYY, YYYY-MM or YYYY-MM-DD. */
export type InstrumentFieldsInput = {
  /** Date of adoption, a partial ISO date as precise as the source (YYYY, YYYY-MM or YYYY-MM-DD). */
  adopted?: InputMaybe<Scalars['String']['input']>;
  /** Legally binding on its parties (absent when no source says) */
  binding?: InputMaybe<Scalars['Boolean']['input']>;
  /** Depositary, as recorded (e.g. Secretary-General of the United Nations); null when not recorded. */
  depositary?: InputMaybe<Scalars['String']['input']>;
  /** Date of entry into force, a partial ISO date; null when not in force or not recorded. */
  entryIntoForce?: InputMaybe<Scalars['String']['input']>;
  /** ILO designation for ILO instruments, e.g. C143 (Convention No. 143), R86, P29; null otherwise. */
  iloNumber?: InputMaybe<Scalars['String']['input']>;
  /** For a regional instrument, its region (e.g. Africa); null otherwise. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Universal or regional; null when no source says. */
  scope?: InputMaybe<Scope>;
  /** The form of the instrument. */
  type?: InputMaybe<InstrumentType>;
};

/** Instruments: filters combine with AND. */
export type InstrumentFilter = {
  /** Adopted in or after this year */
  adoptedFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Adopted in or before this year */
  adoptedTo?: InputMaybe<Scalars['Int']['input']>;
  /** true: legally binding instruments (treaties, conventions, protocols); false: non-binding ones (declarations, frameworks...). */
  binding?: InputMaybe<Scalars['Boolean']['input']>;
  /** Depositary, as recorded (exact match) */
  depositary?: InputMaybe<Scalars['String']['input']>;
  /** Guarantees this right (id) */
  guarantees?: InputMaybe<Scalars['ID']['input']>;
  /** Monitored by this body or organisation (id) */
  monitoredBy?: InputMaybe<Scalars['ID']['input']>;
  /** Protects this migrant category directly (id) */
  protects?: InputMaybe<Scalars['ID']['input']>;
  /** Global or regional scope. */
  scope?: InputMaybe<Scope>;
  /** Any of these instrument types. */
  type?: InputMaybe<Array<InstrumentType>>;
};

/** How to sort a list. */
export type InstrumentOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: InstrumentSortField;
};

/** Fields a list can be sorted by. */
export type InstrumentSortField =
  /** By adoption date. */
  | 'ADOPTED'
  /** By entry-into-force date. */
  | 'ENTRY_INTO_FORCE'
  /** By id. */
  | 'ID'
  /** By name. */
  | 'NAME';

/** The form of an instrument. */
export type InstrumentType =
  /** A declaration (non-binding). */
  | 'DECLARATION'
  /** A framework or compact (e.g. the Global Compact for Migration). */
  | 'FRAMEWORK'
  /** Guidelines. */
  | 'GUIDELINES'
  /** An ILO Convention (designation C<number>, e.g. C143). */
  | 'ILO_CONVENTION'
  /** An ILO Recommendation (designation R<number>, non-binding). */
  | 'ILO_RECOMMENDATION'
  /** An optional protocol to a treaty. */
  | 'OPTIONAL_PROTOCOL'
  /** Another form. */
  | 'OTHER'
  /** Principles. */
  | 'PRINCIPLES'
  /** A programme or plan of action. */
  | 'PROGRAMME_OF_ACTION'
  /** A protocol supplementing a treaty. */
  | 'PROTOCOL'
  /** A resolution. */
  | 'RESOLUTION'
  /** A treaty or convention (outside the ILO). */
  | 'TREATY';

/** An agency or body holds a mandate over a category, right, instrument or process (HAS_MANDATE). */
export type Mandate = Edge & {
  __typename?: 'Mandate';
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** The organisation or body holding the mandate. */
  holder: Node;
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of mandate: protection, supervisory, operational or coordination. */
  kind: MandateKind;
  /** Curator's note on the scope of the mandate; null when none. */
  note: Maybe<Scalars['String']['output']>;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** What the mandate is over: a migrant category, right, instrument or process. */
  subject: Node;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** One mandate matching the mandates query. */
export type MandateAnswer = {
  __typename?: 'MandateAnswer';
  /** For a category subject: from the asked category up to the one the mandate covers */
  categoryPath: Array<Scalars['ID']['output']>;
  /** The mandate: holder, subject, kind and citations. */
  mandate: Mandate;
};

/** Properties of HAS_MANDATE. */
export type MandateFieldsInput = {
  /** What kind of mandate: protection, supervisory, operational or coordination. */
  kind?: InputMaybe<MandateKind>;
  /** Curator's note on the scope of the mandate; null when none. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of mandate an organisation or body holds. */
export type MandateKind =
  /** A mandate to coordinate others. */
  | 'COORDINATION'
  /** A mandate to act or deliver services. */
  | 'OPERATIONAL'
  /** A mandate to protect (e.g. UNHCR for refugees). */
  | 'PROTECTION'
  /** A mandate to supervise the application of an instrument. */
  | 'SUPERVISORY';

/** A State, organisation or body belongs to a group (MEMBER_OF), in a role. */
export type Membership = Edge & {
  __typename?: 'Membership';
  /** The date the data set this fact comes from holds for */
  asOf: Maybe<Scalars['String']['output']>;
  /** For a data set known only to hold for a range of dates: the latest (asOf is the earliest) */
  asOfLatest: Maybe<Scalars['String']['output']>;
  /** What the source says: admitted on since, an original Member's Charter ratification, listed without a date, or member in each year firstYear-lastYear (docs/model.md); null for curated memberships */
  basis: Maybe<MembershipBasis>;
  /** With basis MEMBER_IN_YEARS: the first year of a run of consecutive member years according to the source (not an admission date) */
  firstYear: Maybe<Scalars['Int']['output']>;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** The group it belongs to: RCP, forum, organisation or body. */
  group: Node;
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** With basis MEMBER_IN_YEARS: the last year of the run (a run ending before asOf means the State was not a member the year after, by that source) */
  lastYear: Maybe<Scalars['Int']['output']>;
  /** The page lists every member as of asOf: a State it does not list is known not a member then */
  listComplete: Maybe<Scalars['Boolean']['output']>;
  /** The member: a State or an organisation. */
  member: Node;
  /** The role the source records (member, observer, chair, founder...); only MEMBER and FOUNDER count as membership in the analyses. */
  role: MembershipRole;
  /** The page's own wording of the role (RCP, IOM and GFMD pages) */
  roleAsWritten: Maybe<Scalars['String']['output']>;
  /** Member since this date; with basis ADMISSION the date of admission, with CHARTER_RATIFICATION an original Member's ratification of the Charter */
  since: Maybe<Scalars['String']['output']>;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
  /** Member until this date (partial ISO date), when the membership has ended; null when current or unknown. */
  until: Maybe<Scalars['String']['output']>;
};

/** What a membership fact rests on (docs/model.md). */
export type MembershipBasis =
  /** Admitted on since (e.g. a General Assembly admission) */
  | 'ADMISSION'
  /** An original Member: since is its ratification of the constituent instrument (the UN Charter) */
  | 'CHARTER_RATIFICATION'
  /** Listed as a member by the source, with no date */
  | 'LISTED'
  /** Member in each year firstYear-lastYear according to a year-by-year data set (COW IGO v3); never an admission date */
  | 'MEMBER_IN_YEARS';

/** Properties of MEMBER_OF. The role is part of the edge id. */
export type MembershipFieldsInput = {
  /** The date the data set this fact comes from holds for */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** For a data set known only to hold for a range of dates: the latest (asOf is the earliest) */
  asOfLatest?: InputMaybe<Scalars['String']['input']>;
  /** What the source says: admitted on since, an original Member's Charter ratification, listed without a date, or member in each year firstYear-lastYear (docs/model.md); null for curated memberships */
  basis?: InputMaybe<MembershipBasis>;
  /** With basis MEMBER_IN_YEARS: the first year of a run of consecutive member years according to the source (not an admission date) */
  firstYear?: InputMaybe<Scalars['Int']['input']>;
  /** With basis MEMBER_IN_YEARS: the last year of the run (a run ending before asOf means the State was not a member the year after, by that source) */
  lastYear?: InputMaybe<Scalars['Int']['input']>;
  /** The page lists every member as of asOf: a State it does not list is known not a member then */
  listComplete?: InputMaybe<Scalars['Boolean']['input']>;
  /** The role the source records (member, observer, chair, founder...); only MEMBER and FOUNDER count as membership in the analyses. */
  role?: InputMaybe<MembershipRole>;
  /** The page's own wording of the role (RCP, IOM and GFMD pages) */
  roleAsWritten?: InputMaybe<Scalars['String']['input']>;
  /** Member since this date; with basis ADMISSION the date of admission, with CHARTER_RATIFICATION an original Member's ratification of the Charter */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Member until this date (partial ISO date), when the membership has ended; null when current or unknown. */
  until?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Roles in a group (docs/model.md, "Membership"). Only MEMBER and FOUNDER count as membership in
 * gap analysis and overlaps; ATTENDED (took part in one meeting) and STEERING (a seat in a
 * governance group) are not membership; MEMBER_OR_OBSERVER and OBSERVER_OR_PARTNER are pages that
 * do not tell the two apart.
 */
export type MembershipRole =
  /** Attended a meeting (not membership). */
  | 'ATTENDED'
  /** Candidate for membership (not a member). */
  | 'CANDIDATE'
  /** Chair or chairing member. */
  | 'CHAIR'
  /** Was a member; no longer one. */
  | 'FORMER_MEMBER'
  /** Founding member. */
  | 'FOUNDER'
  /** Member. */
  | 'MEMBER'
  /** The source lists it as member or observer without saying which. */
  | 'MEMBER_OR_OBSERVER'
  /** Observer (not a member). */
  | 'OBSERVER'
  /** The source lists it as observer or partner without saying which. */
  | 'OBSERVER_OR_PARTNER'
  /** Partner (not a member). */
  | 'PARTNER'
  /** Serves as secretariat (not a member). */
  | 'SECRETARIAT'
  /** Member of the steering group. */
  | 'STEERING';

/** Facts about the running service and its database, read from Neo4j on every request. */
export type Meta = {
  __typename?: 'Meta';
  /** community or enterprise */
  neo4jEdition: Scalars['String']['output'];
  /** Neo4j version reported by dbms.components(), e.g. 5.26.30 */
  neo4jVersion: Scalars['String']['output'];
  /** All nodes in the database */
  nodeCount: Scalars['Int']['output'];
  /** All relationships in the database */
  relationshipCount: Scalars['Int']['output'];
  /** The exact build: `git describe --tags --always --dirty` of the checkout the server runs from (e.g. v0.1.0-3-g94671b5), or the version when it does not run from a git checkout */
  release: Scalars['String']['output'];
  /** Highest applied schema migration (cypher/migrations) */
  schemaVersion: Maybe<Scalars['Int']['output']>;
  /** Version of this software and of the data package it exports (package.json, semantic versioning), e.g. 0.1.0 */
  version: Scalars['String']['output'];
};

/** A kind of migrant. Categories form a hierarchy (several parents allowed) rooted at category:everyone. */
export type MigrantCategory = Node & {
  __typename?: 'MigrantCategory';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** Broader categories this one belongs to */
  broader: Array<Subcategory>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Agencies or bodies with a mandate over this category directly */
  mandatedBy: Array<Mandate>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** Narrower categories within this one */
  narrower: Array<Subcategory>;
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** Instruments that protect this category directly (see monitoringBodies for the hierarchy) */
  protectedBy: Array<Protection>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** Figures the documents report about this category (e.g. international migrants, trafficked persons), each with its as-of date and source. Empty when none is held. */
  statusReports: Array<StatusReport>;
};

/** A page of MigrantCategory nodes (Relay cursor connection). */
export type MigrantCategoryConnection = {
  __typename?: 'MigrantCategoryConnection';
  /** The MigrantCategory nodes of this page with their cursors, in the requested order. */
  edges: Array<MigrantCategoryEdge>;
  /** The MigrantCategory nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<MigrantCategory>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One MigrantCategory in a page, with its cursor. */
export type MigrantCategoryEdge = {
  __typename?: 'MigrantCategoryEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The MigrantCategory itself. */
  node: MigrantCategory;
};

/** Migrant categories: filters combine with AND. */
export type MigrantCategoryFilter = {
  /** This category and every category below it (id) */
  within?: InputMaybe<Scalars['ID']['input']>;
};

/** A body or organisation monitors an instrument (MONITORS). */
export type Monitoring = Edge & {
  __typename?: 'Monitoring';
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The instrument it monitors. */
  instrument: Instrument;
  /** How it monitors: as a treaty body, by ILO supervision, a special procedure, peer review... */
  kind: MonitoringKind;
  /** The body or organisation that monitors. */
  monitor: Node;
  /** Procedures used, where sourced (reporting, individual communications, inquiry...) */
  procedures: Array<Scalars['String']['output']>;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** One body or agency that monitors the right for the category, with the reason (basis) and the cited evidence. */
export type MonitoringAnswer = {
  __typename?: 'MonitoringAnswer';
  /** Articles of the instrument that guarantee the right, where sourced */
  articles: Maybe<Array<Scalars['String']['output']>>;
  /** TREATY (it monitors an instrument that guarantees the right and protects the category) or MANDATE (its mandate covers them). */
  basis: MonitoringBasis;
  /** From the asked category up to the category the instrument or mandate covers */
  categoryPath: Array<Scalars['ID']['output']>;
  /** The cited relationships that make the answer, in order from the monitor to the right and category. */
  evidence: Array<EvidenceStep>;
  /** The instrument monitored, as a node (TREATY answers) */
  instrument: Maybe<Instrument>;
  /** The instrument monitored (TREATY answers) */
  instrumentId: Maybe<Scalars['ID']['output']>;
  /** The monitoring body or agency as a node (all its fields and relationships) */
  monitor: Node;
  /** The monitoring body or agency */
  monitorId: Scalars['ID']['output'];
  /** Body or Organization */
  monitorLabel: Scalars['String']['output'];
  /** Name of the monitoring body or agency. */
  monitorName: Scalars['String']['output'];
  /** Kind of monitoring (treaty-body, supervisory, ...) or of mandate (protection, ...) */
  monitoringKind: Maybe<Scalars['String']['output']>;
};

/** Why a body or agency answers monitoringBodies. */
export type MonitoringBasis =
  /** An agency or mechanism whose mandate covers the category (or a broader one) or the right */
  | 'MANDATE'
  /** A body that monitors an instrument which guarantees the right and protects the category */
  | 'TREATY';

/** The answers of monitoringBodies and their evidence as one graph. */
export type MonitoringEvidenceGraph = {
  __typename?: 'MonitoringEvidenceGraph';
  /** One entry per answer of monitoringBodies. */
  answers: Array<EvidenceGraphAnswer>;
  /** The right, the category, every answering body and every node and edge of their evidence */
  graph: Graph;
};

/** Properties of MONITORS. */
export type MonitoringFieldsInput = {
  /** How it monitors: as a treaty body, by ILO supervision, a special procedure, peer review... */
  kind?: InputMaybe<MonitoringKind>;
  /** state-reports, individual-complaints, inquiry, country-visits, communications */
  procedures?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How a body or organisation monitors an instrument. */
export type MonitoringKind =
  /** A conference of the States parties. */
  | 'CONFERENCE_OF_PARTIES'
  /** The ILO supervisory system (CEACR and the Conference Committee). */
  | 'ILO_SUPERVISION'
  /** Another kind of monitoring. */
  | 'OTHER'
  /** Review by peers (e.g. the Universal Periodic Review). */
  | 'PEER_REVIEW'
  /** A Human Rights Council special procedure (e.g. a Special Rapporteur). */
  | 'SPECIAL_PROCEDURE'
  /** Supervisory responsibility outside a treaty body (e.g. UNHCR for the 1951 Convention). */
  | 'SUPERVISORY'
  /** A committee of experts set up by the treaty (e.g. the CMW). */
  | 'TREATY_BODY';

/** A State that is member or founder of several RCPs. */
export type MultiProcessState = {
  __typename?: 'MultiProcessState';
  /** Number of RCPs it is recorded as member or founder of. */
  processCount: Scalars['Int']['output'];
  /** Those RCPs. */
  processes: Array<Node>;
  /** The State. */
  state: State;
};

/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Writes an OPEN proposal through the same validated, audited path as the direct write, in one transaction with its status. Refused (BAD_USER_INPUT) if it is not OPEN or its target changed since it was proposed. Needs the curator role. */
  acceptProposal: ProposalDecision;
  /** Adds a relationship of any type. Needs the curator role. */
  addRelationship: RelationshipWriteResult;
  /** Creates an API key. Needs the admin role. */
  createApiKey: CreatedApiKey;
  /** Creates a node of any kind. Needs the curator role. */
  createNode: NodeWriteResult;
  /** Imports one file's content in one transaction, every change audited under one import id; refused (BAD_USER_INPUT, every problem by line and field, nothing written) when any row has a problem. Needs the curator role. */
  importContent: ImportResult;
  /** Proposes a write: validated exactly as the write would be (same BAD_USER_INPUT problems), nothing written to the graph. Needs the contributor role or above. */
  propose: Proposal;
  /** Proposes a bulk import as one proposal: every row checked as npm run import --dry-run checks it (all problems reported), nothing written to the graph. Needs the contributor role or above. */
  proposeImport: Proposal;
  /** Rejects an OPEN proposal with a reason; nothing is written to the graph. Needs the curator role. */
  rejectProposal: ProposalDecision;
  /** Removes a relationship; the citations say why (recorded in the audit trail). Needs the curator role. */
  removeRelationship: RelationshipWriteResult;
  /**
   * Puts the target back as the change found it, in one transaction, recorded as a change itself.
   * Refused (BAD_USER_INPUT, saying why) when the target was changed again since. Needs the curator role.
   */
  revertChange: RevertResult;
  /** Revokes an API key; it stays listed (the audit trail names it) but opens nothing. Needs the admin role. */
  revokeApiKey: RevokedApiKey;
  /** Changes fields of an existing node. Needs the curator role. */
  updateNode: NodeWriteResult;
  /** Changes properties of a relationship. Needs the curator role. */
  updateRelationship: RelationshipWriteResult;
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationAcceptProposalArgs = {
  id: Scalars['ID']['input'];
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationAddRelationshipArgs = {
  input: RelationshipInput;
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationCreateNodeArgs = {
  input: NodeInput;
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationImportContentArgs = {
  content: Scalars['String']['input'];
  format: Scalars['String']['input'];
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationProposeArgs = {
  input: ProposalInput;
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationProposeImportArgs = {
  content: Scalars['String']['input'];
  format: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationRejectProposalArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationRemoveRelationshipArgs = {
  citations: Array<CitationInput>;
  id: Scalars['ID']['input'];
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationRevertChangeArgs = {
  id: Scalars['ID']['input'];
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationUpdateNodeArgs = {
  input: NodeInput;
};


/** Curation: writes to the graph, each transactional, idempotent, cited and recorded in the audit trail (see changes). Need an API key with the curator (or admin) role. */
export type MutationUpdateRelationshipArgs = {
  input: RelationshipUpdateInput;
};

/** How to sort a list. */
export type NameOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: NameSortField;
};

/** Fields a list can be sorted by. */
export type NameSortField =
  /** By id. */
  | 'ID'
  /** By name. */
  | 'NAME';

/** A neighborhood, as the arguments of the neighborhood query. */
export type NeighborhoodInput = {
  /** How many relationships away to go, 1 to 3. Default 1. */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Id of the node at the centre. */
  id: Scalars['ID']['input'];
  /** Reach only nodes of these kinds (the start node is always included). Omitted: all. */
  kinds?: InputMaybe<Array<NodeKind>>;
  /** Most nodes, nearest first, 1 to 500. Default 200. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Follow and show only these relationship types. Omitted: all. */
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};

/** Anything in the graph. Every node can be asked where it comes from (sources). */
export type Node = {
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
};

/**
 * A node to create, or the changes to one node. The kind comes from the id prefix (state:,
 * instrument:, org:, body:, rcp:, forum:, category:, right:, status:, source:); its own fields go
 * in the section of that name (instrument: { type: TREATY adopted: "1990-12-18" }).
 * In updateNode an omitted field keeps its value, null removes it, and the citations are added
 * to the node's citations.
 */
export type NodeInput = {
  /** Acronym or short form. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Other names it is known by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Fields specific to the kind, for a body id only. */
  body?: InputMaybe<BodyFieldsInput>;
  /** At least one: the documents that say what this write says */
  citations: Array<CitationInput>;
  /** Short summary. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Fields specific to the kind, for a forum id only. */
  forum?: InputMaybe<ForumFieldsInput>;
  /** Id with its kind prefix, e.g. state:MEX, instrument:icrmw; the prefix decides the kind. */
  id: Scalars['ID']['input'];
  /** Fields specific to the kind, for a instrument id only. */
  instrument?: InputMaybe<InstrumentFieldsInput>;
  /** Name as the sources give it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Fields specific to the kind, for a organization id only. */
  organization?: InputMaybe<OrganizationFieldsInput>;
  /** Fields specific to the kind, for a rcp id only. */
  rcp?: InputMaybe<RcpFieldsInput>;
  /** Fields specific to the kind, for a source id only. */
  source?: InputMaybe<SourceFieldsInput>;
  /** Fields specific to the kind, for a state id only. */
  state?: InputMaybe<StateFieldsInput>;
  /** Fields specific to the kind, for a statusReport id only. */
  statusReport?: InputMaybe<StatusReportFieldsInput>;
};

/** The kinds of node in the graph; each is also an id prefix (state:, instrument:, org:...). */
export type NodeKind =
  /** A monitoring body or mechanism (Body). */
  | 'BODY'
  /** A forum, dialogue or meeting (Forum). */
  | 'FORUM'
  /** A treaty, convention, protocol, declaration or other instrument (Instrument). */
  | 'INSTRUMENT'
  /** A category of migrant (MigrantCategory). */
  | 'MIGRANT_CATEGORY'
  /** An agency or organisation (Organization). */
  | 'ORGANIZATION'
  /** A regional consultative process on migration (RCP). */
  | 'RCP'
  /** A right (Right). */
  | 'RIGHT'
  /** A cited document or data set (Source). */
  | 'SOURCE'
  /** A State (State). */
  | 'STATE'
  /** A figure a document reports (StatusReport). */
  | 'STATUS_REPORT';

/** The form for one node kind (createNode/updateNode). */
export type NodeKindForm = {
  __typename?: 'NodeKindForm';
  /** The fields of the kind (all but id). */
  fields: Array<FormField>;
  /** The id prefix of this kind, e.g. state (ids look like state:MEX). */
  idPrefix: Maybe<Scalars['String']['output']>;
  /** The NodeInput section holding the kind's own fields (e.g. instrument); null when it has none. */
  inputSection: Maybe<Scalars['String']['output']>;
  /** The kind as NodeKind names it, e.g. STATE, MIGRANT_CATEGORY. */
  kind: Scalars['String']['output'];
  /** The Neo4j label, e.g. State. */
  label: Scalars['String']['output'];
};

/** What createNode or updateNode did. */
export type NodeWriteResult = {
  __typename?: 'NodeWriteResult';
  /** The audit record (null when UNCHANGED) */
  change: Maybe<Change>;
  /** The node as it now stands */
  node: Node;
  /** CREATED, UPDATED, or UNCHANGED when the graph already held exactly this. */
  outcome: WriteOutcome;
};

/** An agency or organisation: OHCHR, UNHCR, ILO, IOM, UNODC, regional organisations... */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** The instrument, organisation, body or State that established it (ESTABLISHED_BY, outgoing). */
  establishedBy: Array<Establishment>;
  /** Bodies or processes it established (ESTABLISHED_BY, incoming). */
  establishes: Array<Establishment>;
  /** When it was founded, a partial ISO date; null when not recorded. */
  founded: Maybe<Scalars['String']['output']>;
  /** City of its headquarters, e.g. Geneva; null when not recorded. */
  headquarters: Maybe<Scalars['String']['output']>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Mandates it holds, over categories, rights, instruments or processes (HAS_MANDATE, outgoing). */
  mandates: Array<Mandate>;
  /** Data sets that declare a complete list of this organisation's members as of a date (COVERS): only there is "not a member" known */
  memberCoverage: Array<Coverage>;
  /** Its members and other participants (MEMBER_OF, incoming), each with the role the source records; only MEMBER and FOUNDER are membership. */
  members: Array<Membership>;
  /** Groups this one belongs to (MEMBER_OF, outgoing), with its role. */
  memberships: Array<Membership>;
  /** Instruments it monitors, and how (MONITORS, outgoing). */
  monitors: Array<Monitoring>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** What it serves as secretariat of (SECRETARIAT_OF, outgoing). */
  secretariatOf: Array<Secretariat>;
  /** Organisations or bodies serving as its secretariat (SECRETARIAT_OF, incoming). */
  secretariats: Array<Secretariat>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** Figures the documents report about it, each with its as-of date. */
  statusReports: Array<StatusReport>;
  /** The kind of organisation. */
  type: OrganizationType;
};

/** A page of Organization nodes (Relay cursor connection). */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The Organization nodes of this page with their cursors, in the requested order. */
  edges: Array<OrganizationEdge>;
  /** The Organization nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<Organization>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One Organization in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Organization itself. */
  node: Organization;
};

/** Fields of an Organization (id org:<slug>). */
export type OrganizationFieldsInput = {
  /** When it was founded, a partial ISO date; null when not recorded. */
  founded?: InputMaybe<Scalars['String']['input']>;
  /** City of its headquarters, e.g. Geneva; null when not recorded. */
  headquarters?: InputMaybe<Scalars['String']['input']>;
  /** The kind of organisation. */
  type?: InputMaybe<OrganizationType>;
};

/** Organisations: filters combine with AND. */
export type OrganizationFilter = {
  /** Holds a mandate over this category, right, instrument or process (id) */
  hasMandateOver?: InputMaybe<Scalars['ID']['input']>;
  /** Recorded as member, founder, chair or observer of this forum, RCP, organisation or body (id) */
  memberOf?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these organisation types. */
  type?: InputMaybe<Array<OrganizationType>>;
};

/** The kind of an organisation. */
export type OrganizationType =
  /** Another intergovernmental organisation. */
  | 'IGO'
  /** A non-governmental organisation. */
  | 'NGO'
  /** Another kind. */
  | 'OTHER'
  /** A regional organisation of States. */
  | 'REGIONAL_ORGANIZATION'
  /** A UN specialised or related agency. */
  | 'UN_AGENCY'
  /** A UN fund or programme. */
  | 'UN_FUND_PROGRAMME'
  /** A UN regional economic commission. */
  | 'UN_REGIONAL_COMMISSION'
  /** Part of the UN Secretariat. */
  | 'UN_SECRETARIAT';

/** Relay-style page information. Cursors are opaque; pass endCursor as `after` for the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as after for the next page. Null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page (true when after was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** The status of one (State, instrument) pair, by the data held and its coverage (docs/model.md). */
export type PairStatus =
  /** No recorded act, and a complete participant table covers the State: known not party as of its date */
  | 'NOT_PARTY'
  /** A recorded consent to be bound (ratification, accession, succession, acceptance, approval) */
  | 'PARTY'
  /** A recorded signature, no consent to be bound */
  | 'SIGNED_ONLY'
  /** No data covers the pair */
  | 'UNKNOWN';

/** A node is part of a larger one (PART_OF). */
export type PartOf = Edge & {
  __typename?: 'PartOf';
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The part (e.g. a subsidiary body or a subregion process). */
  part: Node;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
  /** What it is part of. */
  whole: Node;
};

/** The status counts of one instrument as of the end of one year (ratificationStatus with asOf: that year). */
export type PartiesInYear = {
  __typename?: 'PartiesInYear';
  /** The date the counts hold for: 31 December of the year */
  asOf: Scalars['String']['output'];
  /** The data sets the counted consents are cited to */
  dataSources: Array<Source>;
  /** States with no consent on or before asOf that are known not party (a complete participant table covers them, or their recorded consent is later). */
  knownNotPartyCount: Scalars['Int']['output'];
  /** States whose consent (chosen by precedence) is dated on or before asOf */
  partyCount: Scalars['Int']['output'];
  /** Counts the documents report with an as-of date in this year, set beside partyCount (they may differ: a different date in the year, or a different source) */
  reportedCounts: Array<StatusReport>;
  /** States that signed on or before asOf and are not counted as party. */
  signedOnlyCount: Scalars['Int']['output'];
  /** The latest as-of date of a complete participant table of this instrument on or before asOf (null: none yet; the counts then rest on later tables' dated acts) */
  statusAsOf: Maybe<Scalars['String']['output']>;
  /** Parties whose recorded date is too coarse to place before or after asOf (not in partyCount) */
  uncertainPartyCount: Scalars['Int']['output'];
  /** Parties with no recorded date (never placed in a year; not in partyCount) */
  undatedPartyCount: Scalars['Int']['output'];
  /** States no data covers: neither party nor not party */
  unknownCount: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** An instrument's status counts year by year (as of 31 December of each year). */
export type PartiesOverTime = {
  __typename?: 'PartiesOverTime';
  /** The data sets that declare what they cover for this instrument, with their as-of dates */
  coverage: Array<Coverage>;
  /** First and last year of the series (null: no per-State data is held and no range was asked) */
  from: Maybe<Scalars['Int']['output']>;
  /** The instrument. */
  instrument: Instrument;
  /** Every count the documents report about the instrument, each with its as-of date and citation (also given per year in years.reportedCounts) */
  reportedCounts: Array<StatusReport>;
  /** Last year of the series (null: no per-State data is held and no range was asked). */
  to: Maybe<Scalars['Int']['output']>;
  /** One entry per year, from first to last */
  years: Array<PartiesInYear>;
};

/** A passage of a cited text */
export type Passage = {
  __typename?: 'Passage';
  /** The nodes and relationships whose citations point at this passage */
  citedBy: Array<PassageCitation>;
  /** source id and locator, e.g. source:refugee-convention-text#art. 33(1) */
  id: Scalars['ID']['output'];
  /** Where it is in its source: art. 33(1), art. 3, preamble (instrument texts) or line 57 (documents) */
  locator: Scalars['String']['output'];
  /** Relevance from the full-text index (higher is better; only comparable within one search) */
  score: Scalars['Float']['output'];
  /** The document or instrument text the passage is from. */
  source: Source;
  /** The passage, verbatim. */
  text: Scalars['String']['output'];
};

/** A fact citing a passage: a node (nodeId) or a relationship (type, fromId, toId) */
export type PassageCitation = {
  __typename?: 'PassageCitation';
  /** Start node id of the citing relationship; null when a node cites. */
  fromId: Maybe<Scalars['ID']['output']>;
  /** The citation's own locator (an article citation covers its paragraphs) */
  locator: Scalars['String']['output'];
  /** Id of the citing node; null when a relationship cites. */
  nodeId: Maybe<Scalars['ID']['output']>;
  /** Short verbatim quote kept with the citation, if any. */
  quote: Maybe<Scalars['String']['output']>;
  /** Type of the citing relationship; null when a node cites. */
  relationshipType: Maybe<RelationshipType>;
  /** End node id of the citing relationship; null when a node cites. */
  toId: Maybe<Scalars['ID']['output']>;
};

/** One path found by `paths`, as ids into the answer's graph */
export type PathInGraph = {
  __typename?: 'PathInGraph';
  /** Edge ids in path order; each edge keeps its own direction */
  edgeIds: Array<Scalars['ID']['output']>;
  /** Number of relationships on the path. */
  length: Scalars['Int']['output'];
  /** Node ids in path order */
  nodeIds: Array<Scalars['ID']['output']>;
};

/** The paths found between two nodes, as one graph. */
export type PathsGraph = {
  __typename?: 'PathsGraph';
  /** The union of all paths found */
  graph: Graph;
  /** Shortest first, then alternatives (no node twice on one path) */
  paths: Array<PathInGraph>;
};

/** One row of a dry run's plan. */
export type PlannedImportRow = {
  __typename?: 'PlannedImportRow';
  /** For UPDATE: the properties it would change, sorted; empty otherwise. */
  changed: Array<Scalars['String']['output']>;
  /** Id of the node or relationship the row writes. */
  id: Scalars['ID']['output'];
  /** Line of the row in the content (CSV: the header is line 1). */
  line: Maybe<Scalars['Int']['output']>;
  /** CREATE, UPDATE or UNCHANGED. */
  outcome: ImportRowOutcome;
};

/** Another process or forum that shares member States or a secretariat with the group. */
export type ProcessOverlap = {
  __typename?: 'ProcessOverlap';
  /** The group asked about. */
  group: Node;
  /** The overlapping RCP or forum. */
  other: Node;
  /** Number of States recorded as member or founder of both. */
  sharedMemberCount: Scalars['Int']['output'];
  /** States recorded as member or founder of both */
  sharedMembers: Array<State>;
  /** Organisations or bodies that are secretariat of both */
  sharedSecretariats: Array<Node>;
};

/** One instrument protecting the category, with the State's status towards it. */
export type ProfileInstrument = {
  __typename?: 'ProfileInstrument';
  /** From the asked category up to the category the instrument protects */
  categoryPath: Array<Scalars['ID']['output']>;
  /** The instrument. */
  instrument: Instrument;
  /** Bodies that monitor the instrument */
  monitors: Array<Monitoring>;
  /** The PROTECTS relationship, with its articles and citations */
  protection: Protection;
  /** The State's ratification (covered only) */
  ratification: Maybe<Ratification>;
  /** Every recorded consent of the State to the instrument, one per data set, in precedence order (the first is ratification); more than one may disagree */
  ratifications: Array<Ratification>;
  /** Rights the instrument guarantees */
  rights: Array<Guarantee>;
  /** The State's signature, when it signed without being recorded as party */
  signature: Maybe<Signature>;
  /** The State's status towards the instrument: party, signed only, known not party, or unknown. */
  status: PairStatus;
  /** For NOT_PARTY and SIGNED_ONLY: the date of the latest complete participant table covering the State (null when none covers it) */
  statusAsOf: Maybe<Scalars['String']['output']>;
};

/** A contributor's proposed write, held apart from the graph until a curator decides. */
export type Proposal = {
  __typename?: 'Proposal';
  /** JSON of the proposed state (for BULK_IMPORT: the planned entries); null for a removal. */
  after: Maybe<Scalars['String']['output']>;
  /** JSON of the target as it stood when proposed ({label, props} or {type, from, to, props}); null if new. */
  before: Maybe<Scalars['String']['output']>;
  /** The audit records written when it was accepted (Change.proposalId is this proposal's id). */
  changes: Array<Change>;
  /** When it was accepted or rejected (ISO 8601, UTC); null while OPEN. */
  decidedAt: Maybe<Scalars['String']['output']>;
  /** The curator who accepted or rejected it; null while OPEN. */
  decidedBy: Maybe<Curator>;
  /** Per field: its value before and after (for BULK_IMPORT: one entry per planned row). */
  diff: Array<FieldDiff>;
  /** For relationships: the start node's id. */
  fromId: Maybe<Scalars['ID']['output']>;
  /** Id of the proposal (pass to acceptProposal, rejectProposal or proposal). */
  id: Scalars['ID']['output'];
  /** For an accepted BULK_IMPORT: the import id its changes carry (changes(importId:)). */
  importId: Maybe<Scalars['ID']['output']>;
  /** The contributor's explanation; null when none. */
  note: Maybe<Scalars['String']['output']>;
  /** The write it asks for. */
  operation: ProposalOperation;
  /** When it was proposed (ISO 8601, UTC). */
  proposedAt: Scalars['String']['output'];
  /** The API key that proposed it. */
  proposedBy: Curator;
  /** The reviewer's reason (required for a rejection). */
  reason: Maybe<Scalars['String']['output']>;
  /** The citations the proposal gives. */
  sources: Array<Citation>;
  /** OPEN, ACCEPTED or REJECTED. */
  status: ProposalStatus;
  /** Node id, or relationship id for update/remove; for a new relationship null until accepted; null for a bulk import. */
  targetId: Maybe<Scalars['ID']['output']>;
  /** Node kind or relationship type; null for a bulk import. */
  targetKind: Maybe<Scalars['String']['output']>;
  /** For relationships: the end node's id. */
  toId: Maybe<Scalars['ID']['output']>;
};

/** A page of proposals, newest first (Relay cursor connection). */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The proposals of this page with their cursors. */
  edges: Array<ProposalEdge>;
  /** The proposals of this page (edges without the cursors). */
  nodes: Array<Proposal>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of proposals matching the filter, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** What acceptProposal or rejectProposal did. */
export type ProposalDecision = {
  __typename?: 'ProposalDecision';
  /** The audit records the acceptance wrote (empty for a rejection). */
  changes: Array<Change>;
  /** The proposal, with its new status. */
  proposal: Proposal;
};

/** One proposal in a page, with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The proposal itself. */
  node: Proposal;
};

/** A proposed write: exactly one of createNode, updateNode, addRelationship, updateRelationship and removeRelationship, with an optional note. */
export type ProposalInput = {
  /** A relationship to add, as addRelationship takes it. */
  addRelationship?: InputMaybe<RelationshipInput>;
  /** A node to create, as createNode takes it. */
  createNode?: InputMaybe<NodeInput>;
  /** The contributor's explanation for the reviewer. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A relationship to remove, as removeRelationship takes it. */
  removeRelationship?: InputMaybe<RemoveRelationshipInput>;
  /** Changes to a node, as updateNode takes them. */
  updateNode?: InputMaybe<NodeInput>;
  /** Changes to a relationship, as updateRelationship takes them. */
  updateRelationship?: InputMaybe<RelationshipUpdateInput>;
};

/** The write a proposal asks for. */
export type ProposalOperation =
  /** addRelationship: a new relationship. */
  | 'ADD_RELATIONSHIP'
  /** A bulk import (CSV or JSON, as npm run import reads) as one proposal. */
  | 'BULK_IMPORT'
  /** createNode: a new node. */
  | 'CREATE_NODE'
  /** removeRelationship: a relationship to remove. */
  | 'REMOVE_RELATIONSHIP'
  /** updateNode: changes to a node. */
  | 'UPDATE_NODE'
  /** updateRelationship: changes to a relationship. */
  | 'UPDATE_RELATIONSHIP';

/** Where a proposal stands. */
export type ProposalStatus =
  /** Accepted by a curator and written to the graph (see changes). */
  | 'ACCEPTED'
  /** Waiting for a curator's review. */
  | 'OPEN'
  /** Rejected by a curator (see reason); nothing was written to the graph. */
  | 'REJECTED';

/** An instrument protects a migrant category (PROTECTS), in the articles given. */
export type Protection = Edge & {
  __typename?: 'Protection';
  /** The articles of the instrument that protect the category (e.g. art. 33); empty when the source names none. */
  articles: Array<Scalars['String']['output']>;
  /** The migrant category protected. */
  category: MigrantCategory;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The instrument that protects the category. */
  instrument: Instrument;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** What protects a migrant category in a State: instruments by status (party, known not party, unknown). */
export type ProtectionProfile = {
  __typename?: 'ProtectionProfile';
  /** The migrant category asked about. */
  category: MigrantCategory;
  /** Instruments the State is party to that protect the category or a broader one */
  covered: Array<ProfileInstrument>;
  /** Instruments that protect the category to which the State is known not to be party: no recorded consent, and a complete participant table covers the State (statusAsOf says as of when) */
  missing: Array<ProfileInstrument>;
  /** The State asked about. */
  state: State;
  /** Instruments that protect the category for which no data covers this State: party or not is unknown (never a gap) */
  unknown: Array<ProfileInstrument>;
};

/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type Query = {
  __typename?: 'Query';
  /** Every API key (without secrets). Needs the admin role. */
  apiKeys: Array<ApiKey>;
  /** Bodies (treaty bodies, special procedures, councils, mechanisms...), 20 a page by default. */
  bodies: BodyConnection;
  /** One change; NOT_FOUND when the id is unknown */
  change: Change;
  /**
   * Changes, newest first. nodeId: changes of that node or of relationships at either end of it;
   * relationshipId: changes of that one relationship; curator: key id or name; since: ISO 8601 date or date-time (changes at or after it);
   * importId: the changes one bulk import recorded.
   */
  changes: ChangeConnection;
  /** The dry run of a bulk import of one file's content, as npm run import --dry-run checks it; writes nothing. Needs the contributor role or above. */
  checkImport: ImportCheck;
  /** What the write validator will say about this citation's quote, with the passage and where the quote is in it. */
  checkQuote: QuoteCheck;
  /** The passage a locator names in a Source's text, or null (the source has no text, or the locator names no passage). */
  citedPassage: Maybe<Scalars['String']['output']>;
  /** The curation form model, derived from the graph model at runtime (docs/explorer.md, Curating). */
  curationModel: CurationModel;
  /** A neighborhood or subgraph as a file for other tools */
  exportGraph: GraphExport;
  /** Global and regional forums and dialogues on migration, and their meetings, 20 a page by default. */
  forums: ForumConnection;
  /**
   * Members of a group (RCP, forum, organisation; recorded MEMBER_OF as member or founder) or of a
   * UN geoscheme region/subregion that are not recorded as party to an instrument. Give group or
   * region. A group whose pages list every member uses its latest complete list (on or before
   * membersAsOf, a partial ISO date such as 2016 or 2015-02, when given).
   */
  gapAnalysis: GapAnalysis;
  /** Instruments (treaties, protocols, ILO conventions and recommendations, declarations, frameworks...), 20 a page by default. */
  instruments: InstrumentConnection;
  /**
   * Mandates filtered by holder, subject and/or kind. For a category subject, mandates over
   * broader categories count too (the category path says through which).
   */
  mandates: Array<MandateAnswer>;
  /** Membership edges across forums, RCPs and organisations, filtered by group, member and/or role. */
  memberships: Array<Membership>;
  /** Facts about the running service and its database (version, counts, schema migration), read on every request. */
  meta: Meta;
  /** Categories of migrants (migrant workers, refugees, trafficked persons...), a hierarchy through Subcategory edges, 20 a page by default. */
  migrantCategories: MigrantCategoryConnection;
  /**
   * Which bodies monitor a right for a migrant category, and why. With state, treaty answers are
   * limited to instruments that State is recorded as party to (only the UN core treaties carry
   * per-State data; see docs/model.md).
   */
  monitoringBodies: Array<MonitoringAnswer>;
  /** The answers of monitoringBodies for the same question and their evidence, as one graph */
  monitoringEvidenceGraph: MonitoringEvidenceGraph;
  /** States a page records as member or founder of at least minProcesses (1-100) RCPs, with those RCPs. */
  multiProcessStates: Array<MultiProcessState>;
  /**
   * The node and what lies within depth (1-3) relationships of it, in either direction, with the
   * edges among them. relationshipTypes limits the relationships followed and shown; kinds limits
   * the nodes reached (the start node is always in). At most limit (1-500) nodes, nearest first.
   */
  neighborhood: Graph;
  /** One node by id. An unknown id is a NOT_FOUND error naming it. */
  node: Node;
  /** Several nodes by id, in the order asked. Any unknown id is a NOT_FOUND error naming it. */
  nodes: Array<Node>;
  /** Organisations (UN agencies, regional and other intergovernmental organisations...), 20 a page by default. */
  organizations: OrganizationConnection;
  /**
   * An instrument's parties year by year, ready for a chart: per year the counts ratificationStatus
   * gives as of 31 December (same precedence and coverage rules), beside the counts the documents
   * report. from/to default to the first year with a recorded act and the year of the latest data
   * set; at most 300 years.
   */
  partiesOverTime: PartiesOverTime;
  /**
   * Full-text search over the cited texts themselves: the five documents (one passage a paragraph
   * line) and the instruments' texts (one passage an article paragraph, an article, or a preamble).
   * Words match as in search. Each passage comes with its source, its locator and the facts citing it.
   */
  passages: Array<Passage>;
  /**
   * The shortest path between two nodes and alternatives (at most limit, 1-20), in either
   * direction, at most maxLength (1-6) relationships each. Empty when none.
   */
  paths: PathsGraph;
  /**
   * Processes and forums that overlap with a group (RCP or forum): States a page records as member
   * or founder of both (any page, any date) and organisations serving as secretariat of both.
   */
  processOverlaps: Array<ProcessOverlap>;
  /** One proposal; NOT_FOUND when the id is unknown. Needs the contributor role or above. */
  proposal: Proposal;
  /** Proposals, newest first, filtered. Needs the contributor role or above. */
  proposals: ProposalConnection;
  /** What protects a category of migrant in a State: instruments it is party to, their rights and monitors, and what is missing. */
  protectionProfile: ProtectionProfile;
  /** Parties to an instrument, with counts; optionally as of a date (partial ISO date, e.g. 2010 or 2010-06-30). */
  ratificationStatus: RatificationStatus;
  /** Regional consultative processes on migration (RCPs), 20 a page by default. */
  rcps: RcpConnection;
  /** Rights guaranteed by the instruments (non-refoulement, fair trial, family unity...), 20 a page by default. */
  rights: RightConnection;
  /**
   * Full-text search over names, acronyms, aliases and ILO designations ("CMW", "Migrant Workers
   * Convention", "Puebla"). Words are matched as typed, as a prefix, and one letter off for words of
   * four or more letters ("Mexiko" finds Mexico); every word must match. Case and accents are ignored
   * ("MÉXICO", "cote d'ivoire"). An ILO designation in any common form ("C143", "C.143", "Convention
   * 143", "Convention No. 143") puts that instrument first. Exact matches and the whole phrase rank first.
   */
  search: Array<SearchHit>;
  /** Shortest connection between two nodes, in either direction, at most maxLength (1-8) relationships; null when none. */
  shortestPath: Maybe<GraphPath>;
  /** The passages a Source's text is cut into, in order: the locators its citations may name. Empty when the source has no text; NOT_FOUND for an unknown id. */
  sourcePassages: Array<SourcePassage>;
  /** The cited documents and data sets every fact points to, 20 a page by default. */
  sources: SourceConnection;
  /** States (UN members, observers and other States), 20 a page by default, sorted by name unless orderBy says otherwise. */
  states: StateConnection;
  /** Figures the sources report about a node (e.g. number of States parties), each with its as-of date, 20 a page by default. */
  statusReports: StatusReportConnection;
  /** The given nodes (1-500 ids) and every edge among them */
  subgraph: Graph;
  /** The key this request presents; null without one */
  whoami: Maybe<Curator>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryChangeArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  curator?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  importId?: InputMaybe<Scalars['ID']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  relationshipId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryCheckImportArgs = {
  content: Scalars['String']['input'];
  format: Scalars['String']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryCheckQuoteArgs = {
  locator: Scalars['String']['input'];
  quote: Scalars['String']['input'];
  source: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryCitedPassageArgs = {
  locator: Scalars['String']['input'];
  source: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryExportGraphArgs = {
  format: GraphExportFormat;
  selection: GraphSelection;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryForumsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ForumFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ForumOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryGapAnalysisArgs = {
  group?: InputMaybe<Scalars['ID']['input']>;
  instrument: Scalars['ID']['input'];
  membersAsOf?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  subregion?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryInstrumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstrumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InstrumentOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryMandatesArgs = {
  holder?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<MandateKind>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryMembershipsArgs = {
  group?: InputMaybe<Scalars['ID']['input']>;
  member?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<MembershipRole>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryMigrantCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MigrantCategoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryMonitoringBodiesArgs = {
  category: Scalars['ID']['input'];
  right: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['ID']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryMonitoringEvidenceGraphArgs = {
  category: Scalars['ID']['input'];
  right: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['ID']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryMultiProcessStatesArgs = {
  minProcesses?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryPartiesOverTimeArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  instrument: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryPassagesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryProcessOverlapsArgs = {
  group: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  operation?: InputMaybe<ProposalOperation>;
  proposedBy?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProposalStatus>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryProtectionProfileArgs = {
  category: Scalars['ID']['input'];
  state: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryRatificationStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  instrument: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryRcpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RcpFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryRightsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RightFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  text: Scalars['String']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QuerySourcePassagesArgs = {
  source: Scalars['ID']['input'];
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryStatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StateOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QueryStatusReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatusReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatusReportOrder>;
};


/** Read-only questions about the migration governance graph. Lists page with first (at most 100) and after; ids are readable and stable, e.g. state:MEX, instrument:icrmw, body:cmw. */
export type QuerySubgraphArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/**
 * What the write validator says about one citation (source, locator, quote). When the cited Source
 * has text in the graph (the five documents, the instrument texts, a Source created with text),
 * the locator must name a passage and the quote must appear in it verbatim, compared ignoring
 * case, markdown emphasis and spacing. A document locator the documents are not cut by (footnote,
 * Box, section, page) is checked against the whole document.
 */
export type QuoteCheck = {
  __typename?: 'QuoteCheck';
  /** Whether the quote appears in the passage (false when no quote was given or nothing could be checked). */
  found: Scalars['Boolean']['output'];
  /** The locator, as asked. */
  locator: Scalars['String']['output'];
  /** Where the match ends in passage (UTF-16 offset, exclusive); null when not found. */
  matchEnd: Maybe<Scalars['Int']['output']>;
  /** Where the match starts in passage (UTF-16 offset), for highlighting; null when not found. */
  matchStart: Maybe<Scalars['Int']['output']>;
  /**
   * The passage the locator names; for a whole-document search, the lines the quote was found in
   * (null when not found there). Null when the source has no text or the locator names no passage.
   */
  passage: Maybe<Scalars['String']['output']>;
  /**
   * Why the validator would refuse this citation ("missing passage: ..." for a locator naming no
   * passage, otherwise a quote not in the passage); null when it would accept it, including when
   * the source has no text (nothing to check against).
   */
  problem: Maybe<Scalars['String']['output']>;
  /** The cited Source's id, as asked. */
  source: Scalars['ID']['output'];
};

/** A regional consultative process on migration (Puebla, Colombo, Bali, Budapest...) */
export type Rcp = Node & {
  __typename?: 'RCP';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** When it was established, a partial ISO date; null when not recorded. */
  established: Maybe<Scalars['String']['output']>;
  /** The instrument, organisation, body or State that established it (ESTABLISHED_BY, outgoing). */
  establishedBy: Array<Establishment>;
  /** Bodies or processes it established (ESTABLISHED_BY, incoming). */
  establishes: Array<Establishment>;
  /** States that hosted it or its meetings (HOSTED_BY, outgoing). */
  hostedBy: Array<Hosting>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Organisations or bodies with a mandate over it (HAS_MANDATE, incoming). */
  mandatedBy: Array<Mandate>;
  /** Its members and other participants (MEMBER_OF, incoming), each with the role the source records; only MEMBER and FOUNDER are membership. */
  members: Array<Membership>;
  /** Groups this one belongs to (MEMBER_OF, outgoing), with its role. */
  memberships: Array<Membership>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** The region it covers, as recorded (e.g. Americas); null when not recorded. */
  region: Maybe<Scalars['String']['output']>;
  /** Organisations or bodies serving as its secretariat (SECRETARIAT_OF, incoming). */
  secretariats: Array<Secretariat>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** Figures the documents report about it, each with its as-of date. */
  statusReports: Array<StatusReport>;
};

/** A page of RCP nodes (Relay cursor connection). */
export type RcpConnection = {
  __typename?: 'RCPConnection';
  /** The RCP nodes of this page with their cursors, in the requested order. */
  edges: Array<RcpEdge>;
  /** The RCP nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<Rcp>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One RCP in a page, with its cursor. */
export type RcpEdge = {
  __typename?: 'RCPEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The RCP itself. */
  node: Rcp;
};

/** A State is party to an instrument (RATIFIED). */
export type Ratification = Edge & {
  __typename?: 'Ratification';
  /** The kind of act by which the State became party (ratification, accession, succession...), or PARTY when the source does not say. */
  action: RatificationAction;
  /** The date the data set this fact comes from holds for (e.g. its scrape date) */
  asOf: Maybe<Scalars['String']['output']>;
  /** For a data set known only to hold for a range of dates: the latest (asOf is the earliest) */
  asOfLatest: Maybe<Scalars['String']['output']>;
  /** When it became party, as precise as the source (see datePrecision) */
  date: Maybe<Scalars['String']['output']>;
  /** How precise date is: YEAR, MONTH or DAY; null when there is no date. */
  datePrecision: Maybe<DatePrecision>;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The instrument it is party to. */
  instrument: Instrument;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** The State that is party. */
  state: State;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** The kind of act by which a State became party to an instrument. */
export type RatificationAction =
  /** Acceptance (same legal effect as ratification). */
  | 'ACCEPTANCE'
  /** Accession: became party without prior signature. */
  | 'ACCESSION'
  /** Approval (same legal effect as ratification). */
  | 'APPROVAL'
  /** Recorded as party without the kind of act (the UN 2022 data set) */
  | 'PARTY'
  /** Ratification after signature. */
  | 'RATIFICATION'
  /** Succession: a successor State took over a predecessor's treaty obligations. */
  | 'SUCCESSION';

/** Properties of RATIFIED. */
export type RatificationFieldsInput = {
  /** The kind of act by which the State became party (ratification, accession, succession...), or PARTY when the source does not say. */
  action?: InputMaybe<RatificationAction>;
  /** The date the data set holds for (e.g. the scrape date of a status table) */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** For a data set known only to hold for a range of dates: the latest */
  asOfLatest?: InputMaybe<Scalars['String']['input']>;
  /** When it became party, as precise as the source (see datePrecision) */
  date?: InputMaybe<Scalars['String']['input']>;
  /** How precise date is: YEAR, MONTH or DAY; null when there is no date. */
  datePrecision?: InputMaybe<DatePrecision>;
};

/** Parties to an instrument and the counts by status, as of a date or as the latest data holds; unknown is never counted as not party. */
export type RatificationStatus = {
  __typename?: 'RatificationStatus';
  /** The date asked for, if any */
  asOf: Maybe<Scalars['String']['output']>;
  /** The data sets that declare what they cover for this instrument, with their as-of dates */
  coverage: Array<Coverage>;
  /** The documents the counted ratifications are cited to (e.g. the UN Treaty Collection data set, with its date) */
  dataSources: Array<Source>;
  /** States whose recorded consents disagree on the date (each record with its source; the first is the one counted) */
  disagreements: Array<StatusDisagreement>;
  /** The instrument. */
  instrument: Instrument;
  /** States with no consent on or before asOf that are known not party (a complete participant table covers them, or their recorded consent is later) */
  knownNotPartyCount: Scalars['Int']['output'];
  /** The counted parties: one Ratification per State (chosen by precedence when data sets disagree). */
  parties: Array<Ratification>;
  /** States recorded as party (on or before asOf, when given) */
  partyCount: Scalars['Int']['output'];
  /** Counts the documents themselves report, each with its as-of date (they may disagree) */
  reportedCounts: Array<StatusReport>;
  /** States that signed and are not counted as party */
  signedOnlyCount: Scalars['Int']['output'];
  /** The latest as-of date of a complete participant table of this instrument (null: none is held) */
  statusAsOf: Maybe<Scalars['String']['output']>;
  /**
   * With asOf: parties whose recorded date is too coarse to place before or after it (a ratification
   * recorded as "2010", asked as of 2010-06-30). Not counted in partyCount.
   */
  uncertainPartyCount: Scalars['Int']['output'];
  /** Parties with no recorded date: counted without asOf, left out with it */
  undatedPartyCount: Scalars['Int']['output'];
  /** States whose status no data covers: neither counted as party nor as not party */
  unknownCount: Scalars['Int']['output'];
};

/** Fields of an RCP (id rcp:<slug>). */
export type RcpFieldsInput = {
  /** When it was established, a partial ISO date; null when not recorded. */
  established?: InputMaybe<Scalars['String']['input']>;
  /** The region it covers, as recorded (e.g. Americas); null when not recorded. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** RCPs: filters combine with AND. */
export type RcpFilter = {
  /** Region as recorded (exact match), e.g. Americas. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Served by this secretariat (id), e.g. org:iom */
  secretariat?: InputMaybe<Scalars['ID']['input']>;
};

/** One pair of node kinds a relationship type may join. */
export type RelationshipEnds = {
  __typename?: 'RelationshipEnds';
  /** Kind of the start node (NodeKind name, e.g. STATE). */
  from: Scalars['String']['output'];
  /** Kind of the end node (NodeKind name, e.g. RCP). */
  to: Scalars['String']['output'];
};

/**
 * A relationship to add. Its properties go in the section named for its type (ratification,
 * signature, membership, mandate, monitoring, protection, guarantee, coverage); the other types have none.
 */
export type RelationshipInput = {
  /** At least one: the documents that say what this write says. */
  citations: Array<CitationInput>;
  /** Properties of a COVERS relationship (only with that type). */
  coverage?: InputMaybe<CoverageFieldsInput>;
  /** Id of the start node; its kind must fit the type. */
  from: Scalars['ID']['input'];
  /** Properties of a GUARANTEES relationship (only with that type). */
  guarantee?: InputMaybe<ArticlesFieldsInput>;
  /** Tells apart the same fact reported by different sources (e.g. untc-2022); part of the edge id */
  key?: InputMaybe<Scalars['String']['input']>;
  /** Properties of a HAS_MANDATE relationship (only with that type). */
  mandate?: InputMaybe<MandateFieldsInput>;
  /** Properties of a MEMBER_OF relationship (only with that type). */
  membership?: InputMaybe<MembershipFieldsInput>;
  /** Properties of a MONITORS relationship (only with that type). */
  monitoring?: InputMaybe<MonitoringFieldsInput>;
  /** Properties of a PROTECTS relationship (only with that type). */
  protection?: InputMaybe<ArticlesFieldsInput>;
  /** Properties of a RATIFIED relationship (only with that type). */
  ratification?: InputMaybe<RatificationFieldsInput>;
  /** Properties of a SIGNED relationship (only with that type). */
  signature?: InputMaybe<SignatureFieldsInput>;
  /** Id of the end node; its kind must fit the type. */
  to: Scalars['ID']['input'];
  /** The relationship type. */
  type: RelationshipType;
};

/** The relationship types of the graph, as stored in Neo4j. */
export type RelationshipType =
  /** Source → instrument, organisation or forum: a data set declaring whose participants it lists, and whether completely (Coverage). */
  | 'COVERS'
  /** Body or process → instrument, organisation or State that established it (Establishment). */
  | 'ESTABLISHED_BY'
  /** Instrument → Right it guarantees (Guarantee). */
  | 'GUARANTEES'
  /** Organisation or body → subject: holds a mandate over it (Mandate). */
  | 'HAS_MANDATE'
  /** Forum or RCP → State that hosted it (Hosting). */
  | 'HOSTED_BY'
  /** State or organisation → group: membership with a role (Membership). */
  | 'MEMBER_OF'
  /** Body or organisation → Instrument: monitors it (Monitoring). */
  | 'MONITORS'
  /** Part → whole (PartOf). */
  | 'PART_OF'
  /** Instrument → MigrantCategory it protects (Protection). */
  | 'PROTECTS'
  /** State → Instrument: party to it (Ratification). */
  | 'RATIFIED'
  /** Organisation or body → RCP, forum, body, instrument or organisation: serves as its secretariat (Secretariat). */
  | 'SECRETARIAT_OF'
  /** State → Instrument: signed it (Signature). */
  | 'SIGNED'
  /** MigrantCategory → broader category (Subcategory). */
  | 'SUBCATEGORY_OF'
  /** Instrument → instrument it supplements (Supplement). */
  | 'SUPPLEMENTS';

/** The form for one relationship type (addRelationship/updateRelationship). */
export type RelationshipTypeForm = {
  __typename?: 'RelationshipTypeForm';
  /** Every pair of node kinds it may join (from → to). */
  ends: Array<RelationshipEnds>;
  /** Its properties. */
  fields: Array<FormField>;
  /** The RelationshipInput section holding its properties (e.g. membership); null when it has none. */
  inputSection: Maybe<Scalars['String']['output']>;
  /** The type, as RelationshipType names it, e.g. MEMBER_OF. */
  type: Scalars['String']['output'];
};

/**
 * Changes to one relationship, named by its id. An omitted property keeps its value, null
 * removes it; the citations are added to the edge's citations. Type, ends and role (all part of
 * the id) are not edited: remove the edge and add the corrected one.
 */
export type RelationshipUpdateInput = {
  /** At least one: the documents that say what this write says. */
  citations: Array<CitationInput>;
  /** Properties of a COVERS relationship (only with that type). */
  coverage?: InputMaybe<CoverageFieldsInput>;
  /** Properties of a GUARANTEES relationship (only with that type). */
  guarantee?: InputMaybe<ArticlesFieldsInput>;
  /** Id of the relationship (Edge.id). */
  id: Scalars['ID']['input'];
  /** Properties of a HAS_MANDATE relationship (only with that type). */
  mandate?: InputMaybe<MandateFieldsInput>;
  /** Properties of a MEMBER_OF relationship (only with that type). */
  membership?: InputMaybe<MembershipFieldsInput>;
  /** Properties of a MONITORS relationship (only with that type). */
  monitoring?: InputMaybe<MonitoringFieldsInput>;
  /** Properties of a PROTECTS relationship (only with that type). */
  protection?: InputMaybe<ArticlesFieldsInput>;
  /** Properties of a RATIFIED relationship (only with that type). */
  ratification?: InputMaybe<RatificationFieldsInput>;
  /** Properties of a SIGNED relationship (only with that type). */
  signature?: InputMaybe<SignatureFieldsInput>;
};

/** What addRelationship, updateRelationship or removeRelationship did. */
export type RelationshipWriteResult = {
  __typename?: 'RelationshipWriteResult';
  /** The audit record (null when UNCHANGED) */
  change: Maybe<Change>;
  /** The relationship as it now stands (null when REMOVED) */
  edge: Maybe<Edge>;
  /** CREATED, UPDATED, REMOVED, or UNCHANGED when the graph already held exactly this. */
  outcome: WriteOutcome;
};

/** The removal of one relationship, as removeRelationship takes it. */
export type RemoveRelationshipInput = {
  /** Why it is removed: at least one citation. */
  citations: Array<CitationInput>;
  /** Id of the relationship to remove (Edge.id). */
  id: Scalars['ID']['input'];
};

/** What revertChange did. */
export type RevertResult = {
  __typename?: 'RevertResult';
  /** The audit record of the revert (the earlier one when UNCHANGED) */
  change: Change;
  /** UPDATED: reverted now; UNCHANGED: it had been reverted already (sent again), nothing written */
  outcome: WriteOutcome;
  /** The change that was reverted */
  reverted: Change;
};

/** A revoked API key. */
export type RevokedApiKey = {
  __typename?: 'RevokedApiKey';
  /** The audit record (null when the key was already revoked) */
  change: Maybe<Change>;
  /** The key, with revokedAt set. */
  key: ApiKey;
};

/** A right guaranteed by instruments (non-refoulement, fair trial, family unity...). */
export type Right = Node & {
  __typename?: 'Right';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** Instruments that guarantee this right, with articles (GUARANTEES, incoming). */
  guaranteedBy: Array<Guarantee>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Organisations or bodies with a mandate over it (HAS_MANDATE, incoming). */
  mandatedBy: Array<Mandate>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
};

/** A page of Right nodes (Relay cursor connection). */
export type RightConnection = {
  __typename?: 'RightConnection';
  /** The Right nodes of this page with their cursors, in the requested order. */
  edges: Array<RightEdge>;
  /** The Right nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<Right>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One Right in a page, with its cursor. */
export type RightEdge = {
  __typename?: 'RightEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Right itself. */
  node: Right;
};

/** Rights: filters combine with AND. */
export type RightFilter = {
  /** Guaranteed by this instrument (id) */
  guaranteedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** What an API key may do. */
export type Role =
  /** May manage API keys (and curate) */
  | 'ADMIN'
  /** May propose changes for curators to review (and read); refused on direct writes */
  | 'CONTRIBUTOR'
  /** May write (and read) */
  | 'CURATOR'
  /** May read when READS_REQUIRE_KEY=true */
  | 'READER';

/** Where an instrument is open for participation. */
export type Scope =
  /** A regional instrument (see Instrument.region). */
  | 'REGIONAL'
  /** Open to all States (global). */
  | 'UNIVERSAL';

/** One search result: a node and its relevance. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node found. */
  node: Node;
  /** Relevance from the full-text index (higher is better; only comparable within one search) */
  score: Scalars['Float']['output'];
};

/** An organisation or body serves as secretariat of a process, forum, body or instrument (SECRETARIAT_OF). */
export type Secretariat = Edge & {
  __typename?: 'Secretariat';
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What it serves: an RCP, forum, body, instrument or organisation. */
  of: Node;
  /** The organisation or body serving as secretariat. */
  secretariat: Node;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** A State signed an instrument (SIGNED). */
export type Signature = Edge & {
  __typename?: 'Signature';
  /** The date the data set this fact comes from holds for */
  asOf: Maybe<Scalars['String']['output']>;
  /** For a data set known only to hold for a range of dates: the latest (asOf is the earliest) */
  asOfLatest: Maybe<Scalars['String']['output']>;
  /** When the State signed, as precise as the source (see datePrecision); null when the source gives no date. */
  date: Maybe<Scalars['String']['output']>;
  /** How precise date is: YEAR, MONTH or DAY; null when there is no date. */
  datePrecision: Maybe<DatePrecision>;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The instrument signed. */
  instrument: Instrument;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** The State that signed. */
  state: State;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** Properties of SIGNED. */
export type SignatureFieldsInput = {
  /** The date the data set this fact comes from holds for */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** For a data set known only to hold for a range of dates: the latest (asOf is the earliest) */
  asOfLatest?: InputMaybe<Scalars['String']['input']>;
  /** When the State signed, as precise as the source (see datePrecision); null when the source gives no date. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** How precise date is: YEAR, MONTH or DAY; null when there is no date. */
  datePrecision?: InputMaybe<DatePrecision>;
};

/** Sort order. */
export type SortDirection =
  /** Ascending: A to Z, oldest first. */
  | 'ASC'
  /** Descending: Z to A, newest first. */
  | 'DESC';

/** A cited document. name is its title. */
export type Source = Node & {
  __typename?: 'Source';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** Author or issuing organisation; null when not recorded. */
  author: Maybe<Scalars['String']['output']>;
  /** Instruments this data set covers (its declared coverage) */
  covers: Array<Coverage>;
  /** Publication date, a partial ISO date; null when not recorded. */
  date: Maybe<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** Always empty: a source is the citation */
  sources: Array<Citation>;
  /** UN document symbol, e.g. A/RES/45/158; null when none. */
  symbol: Maybe<Scalars['String']['output']>;
  /** Title of the document or data set. */
  title: Scalars['String']['output'];
  /** Where the document can be read online; null when not recorded. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of Source nodes (Relay cursor connection). */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The Source nodes of this page with their cursors, in the requested order. */
  edges: Array<SourceEdge>;
  /** The Source nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<Source>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One Source in a page, with its cursor. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Source itself. */
  node: Source;
};

/** Fields of a Source (id source:<slug>): the cited document. A Source has a title instead of a name. */
export type SourceFieldsInput = {
  /** Author or issuing organisation; null when not recorded. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Publication date, a partial ISO date; null when not recorded. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** File name of the document's text in seed/documents/, when the repository holds it. */
  file?: InputMaybe<Scalars['String']['input']>;
  /** UN document symbol, e.g. A/RES/45/158; null when none. */
  symbol?: InputMaybe<Scalars['String']['input']>;
  /**
   * The text citations of this source quote (at most 10,000 characters): cut into passages by
   * article ("art. 3(1)") when it has "Article N" heading lines, else line by line ("line 12"); every
   * quote citing the source is then checked against the passage its locator names. The seed's
   * instrument texts give a file name in seed/treaty-texts/ instead.
   */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Title of the document or data set. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the document can be read online; null when not recorded. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A passage of a Source's text: what a citation's locator names (art. 3(1), line 12...). */
export type SourcePassage = {
  __typename?: 'SourcePassage';
  /** The article a paragraph belongs to (art. 3); null for a text cut by lines. */
  article: Maybe<Scalars['String']['output']>;
  /** Where it is in its source: art. 3(1), art. 3 or preamble for a text with articles, line 12 otherwise. */
  locator: Scalars['String']['output'];
  /** The passage, verbatim. */
  text: Scalars['String']['output'];
};

/** A State (UN member, observer or other), identified by its ISO 3166-1 code: id state:<ISO3>, e.g. state:MEX. */
export type State = Node & {
  __typename?: 'State';
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** Bodies or processes established by this State */
  establishes: Array<Establishment>;
  /** Forums and RCP meetings this State hosted */
  hosts: Array<Hosting>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code, e.g. MX. */
  iso2: Scalars['String']['output'];
  /** ISO 3166-1 alpha-3 code, e.g. MEX (also the end of its id). */
  iso3: Scalars['String']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** Forums, RCPs and organisations it belongs to, with its role */
  memberships: Array<Membership>;
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** What this node is part of (PART_OF, outgoing), e.g. a subregion process within a region. Empty when none is recorded. */
  partOf: Array<PartOf>;
  /** Nodes recorded as part of this one (PART_OF, incoming). Empty when none is recorded. */
  parts: Array<PartOf>;
  /** Instruments this State is recorded as party to */
  ratifications: Array<Ratification>;
  /** UN geoscheme region (world-countries), e.g. Americas */
  region: Maybe<Scalars['String']['output']>;
  /** Instruments this State has signed */
  signatures: Array<Signature>;
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** UN geoscheme subregion (world-countries), e.g. Central America; null when none. */
  subregion: Maybe<Scalars['String']['output']>;
  /** Whether it is a UN Member State (same as unStatus MEMBER). */
  unMember: Scalars['Boolean']['output'];
  /** Its status at the United Nations: member, observer State or neither. */
  unStatus: UnStatus;
};

/** A page of State nodes (Relay cursor connection). */
export type StateConnection = {
  __typename?: 'StateConnection';
  /** The State nodes of this page with their cursors, in the requested order. */
  edges: Array<StateEdge>;
  /** The State nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<State>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** With filter.notPartyTo: the latest as-of date of a complete participant table of the instrument; null when none is held (then no State is listed: all are unknown) */
  statusAsOf: Maybe<Scalars['String']['output']>;
  /** With filter.notPartyTo: the data sets declaring coverage of that instrument (as-of dates); empty otherwise */
  statusCoverage: Array<Coverage>;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One State in a page, with its cursor. */
export type StateEdge = {
  __typename?: 'StateEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The State itself. */
  node: State;
};

/** Fields of a State (id state:<ISO3>). */
export type StateFieldsInput = {
  /** ISO 3166-1 alpha-2 code, e.g. MX. */
  iso2?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 code, e.g. MEX (also the end of its id). */
  iso3?: InputMaybe<Scalars['String']['input']>;
  /** UN geoscheme region (world-countries), e.g. Americas */
  region?: InputMaybe<Scalars['String']['input']>;
  /** UN geoscheme subregion (world-countries), e.g. Central America; null when none. */
  subregion?: InputMaybe<Scalars['String']['input']>;
  /** Whether it is a UN Member State (same as unStatus MEMBER). */
  unMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its status at the United Nations: member, observer State or neither. */
  unStatus?: InputMaybe<UnStatus>;
};

/** States: filters combine with AND. */
export type StateFilter = {
  /** Recorded as member, founder, chair or observer of this RCP, forum or organisation (id); attending a meeting, a governance seat or a candidacy is not membership */
  memberOf?: InputMaybe<Scalars['ID']['input']>;
  /** Known not to be party to this instrument (id): no recorded consent, and a complete participant table covers the State. States no data covers are unknown and not listed; see StateConnection.statusCoverage */
  notPartyTo?: InputMaybe<Scalars['ID']['input']>;
  /** Recorded as party to this instrument (id) */
  partyTo?: InputMaybe<Scalars['ID']['input']>;
  /** UN geoscheme region, e.g. Americas, Africa, Asia, Europe, Oceania */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Signed this instrument (id) */
  signatoryTo?: InputMaybe<Scalars['ID']['input']>;
  /** UN geoscheme subregion, e.g. Central America (exact match). */
  subregion?: InputMaybe<Scalars['String']['input']>;
  /** UN membership status: member, observer or non-member. */
  unStatus?: InputMaybe<UnStatus>;
};

/** How to sort a list. */
export type StateOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: StateSortField;
};

/** Fields a list can be sorted by. */
export type StateSortField =
  /** By id. */
  | 'ID'
  /** By name. */
  | 'NAME'
  /** By UN geoscheme region. */
  | 'REGION';

/** Data sets that give different dates for the same State's consent to an instrument. */
export type StatusDisagreement = {
  __typename?: 'StatusDisagreement';
  /** Every record, in precedence order: the first is the one answers use */
  ratifications: Array<Ratification>;
  /** The State whose records disagree. */
  state: State;
};

/** A figure a document reports (e.g. 47 States parties), with the date it holds for. */
export type StatusReport = Node & {
  __typename?: 'StatusReport';
  /** The node the figure is about */
  about: Maybe<Node>;
  /** Usual acronym or short form (e.g. CMW, ICRMW); null when none is in use. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Other names and forms it is known by (former names, other languages, popular names); search finds them. Empty when none. */
  aliases: Array<Scalars['String']['output']>;
  /** The date the figure holds for, a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: Scalars['String']['output'];
  /** A short curated summary of what it is; null when none was written. */
  description: Maybe<Scalars['String']['output']>;
  /** Readable, stable id with a kind prefix, e.g. state:MEX, instrument:icrmw */
  id: Scalars['ID']['output'];
  /** What kind of node this is (State, Instrument, Body...). */
  kind: NodeKind;
  /** What the figure counts, e.g. states-parties, member-states. */
  measure: Scalars['String']['output'];
  /** Name as the sources give it, in English (official or best-known form). */
  name: Scalars['String']['output'];
  /** Citations for the node itself (its existence, name and properties) */
  sources: Array<Citation>;
  /** The figure as the document gives it (a count is a whole number). */
  value: Scalars['Float']['output'];
};

/** A page of StatusReport nodes (Relay cursor connection). */
export type StatusReportConnection = {
  __typename?: 'StatusReportConnection';
  /** The StatusReport nodes of this page with their cursors, in the requested order. */
  edges: Array<StatusReportEdge>;
  /** The StatusReport nodes of this page, in the requested order (edges without the cursors). */
  nodes: Array<StatusReport>;
  /** Whether more pages exist and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of matches of the filter in the whole graph, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One StatusReport in a page, with its cursor. */
export type StatusReportEdge = {
  __typename?: 'StatusReportEdge';
  /** Opaque cursor of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The StatusReport itself. */
  node: StatusReport;
};

/** Fields of a StatusReport (id status:<slug>): a figure a document reports, with its date. */
export type StatusReportFieldsInput = {
  /** Id of the node the figure is about */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** The date the figure holds for, a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** What the figure counts, e.g. states-parties, member-states. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** The figure as the document gives it (a count is a whole number). */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Status reports: filters combine with AND. */
export type StatusReportFilter = {
  /** About this node (id) */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** What the figure counts (exact match), e.g. states-parties. */
  measure?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a list. */
export type StatusReportOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: StatusReportSortField;
};

/** Fields a list can be sorted by. */
export type StatusReportSortField =
  /** By as-of date of the figure. */
  | 'AS_OF'
  /** By id. */
  | 'ID'
  /** By name. */
  | 'NAME';

/** A migrant category is narrower than another (SUBCATEGORY_OF). */
export type Subcategory = Edge & {
  __typename?: 'Subcategory';
  /** The broader category it belongs to. */
  broader: MigrantCategory;
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** The narrower migrant category. */
  narrower: MigrantCategory;
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** An instrument supplements another, e.g. a protocol its convention (SUPPLEMENTS). */
export type Supplement = Edge & {
  __typename?: 'Supplement';
  /** Id of the node the relationship starts from */
  fromId: Scalars['ID']['output'];
  /** Stable edge id, e.g. state:MEX-[RATIFIED]->instrument:icrmw */
  id: Scalars['ID']['output'];
  /** Citations for this relationship: the documents or data sets that state it. */
  sources: Array<Citation>;
  /** The instrument that supplements (e.g. a protocol). */
  supplement: Instrument;
  /** The instrument it supplements. */
  supplemented: Instrument;
  /** Id of the node the relationship points to */
  toId: Scalars['ID']['output'];
  /** The relationship type, as stored in Neo4j (e.g. RATIFIED). */
  type: RelationshipType;
};

/** Status of a State at the United Nations. */
export type UnStatus =
  /** UN Member State. */
  | 'MEMBER'
  /** Neither member nor observer. */
  | 'NON_MEMBER'
  /** Non-member observer State (e.g. the Holy See, the State of Palestine). */
  | 'OBSERVER';

/** What a write did. */
export type WriteOutcome =
  /** Created anew. */
  | 'CREATED'
  /** Removed. */
  | 'REMOVED'
  /** The graph already held exactly this; nothing was written and no change recorded */
  | 'UNCHANGED'
  /** Changed. */
  | 'UPDATED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiKey: ResolverTypeWrapper<ApiKeyInfo>;
  ArticlesFieldsInput: ArticlesFieldsInput;
  Body: ResolverTypeWrapper<NodeView>;
  BodyConnection: ResolverTypeWrapper<Omit<BodyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BodyEdge']>, nodes: Array<ResolversTypes['Body']> }>;
  BodyEdge: ResolverTypeWrapper<Omit<BodyEdge, 'node'> & { node: ResolversTypes['Body'] }>;
  BodyFieldsInput: BodyFieldsInput;
  BodyFilter: BodyFilter;
  BodyType: BodyType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeView>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ChangeEdge']>, nodes: Array<ResolversTypes['Change']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeOperation: ChangeOperation;
  ChangeTarget: ChangeTarget;
  Citation: ResolverTypeWrapper<CitationView>;
  CitationInput: CitationInput;
  Coverage: ResolverTypeWrapper<EdgeView>;
  CoverageFieldsInput: CoverageFieldsInput;
  CoverageParticipants: CoverageParticipants;
  CreatedApiKey: ResolverTypeWrapper<CreatedKey>;
  CurationModel: ResolverTypeWrapper<CurationModel>;
  Curator: ResolverTypeWrapper<Principal>;
  DatePrecision: DatePrecision;
  Edge: ResolverTypeWrapper<EdgeView>;
  Establishment: ResolverTypeWrapper<EdgeView>;
  EvidenceGraphAnswer: ResolverTypeWrapper<EvidenceGraphAnswer>;
  EvidenceStep: ResolverTypeWrapper<Omit<EvidenceStep, 'citations'> & { citations: Array<ResolversTypes['Citation']> }>;
  FieldDiff: ResolverTypeWrapper<FieldDiff>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormField: ResolverTypeWrapper<FormField>;
  Forum: ResolverTypeWrapper<NodeView>;
  ForumConnection: ResolverTypeWrapper<Omit<ForumConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ForumEdge']>, nodes: Array<ResolversTypes['Forum']> }>;
  ForumEdge: ResolverTypeWrapper<Omit<ForumEdge, 'node'> & { node: ResolversTypes['Forum'] }>;
  ForumFieldsInput: ForumFieldsInput;
  ForumFilter: ForumFilter;
  ForumOrder: ForumOrder;
  ForumSortField: ForumSortField;
  ForumType: ForumType;
  GapAnalysis: ResolverTypeWrapper<Omit<GapAnalysis, 'group' | 'instrument' | 'nonParties' | 'parties' | 'signedOnly' | 'unknown'> & { group?: Maybe<ResolversTypes['Node']>, instrument: ResolversTypes['Instrument'], nonParties: Array<ResolversTypes['State']>, parties: Array<ResolversTypes['State']>, signedOnly: Array<ResolversTypes['State']>, unknown: Array<ResolversTypes['State']> }>;
  Graph: ResolverTypeWrapper<GraphView>;
  GraphEdge: ResolverTypeWrapper<EdgeView>;
  GraphExport: ResolverTypeWrapper<GraphExport>;
  GraphExportFormat: GraphExportFormat;
  GraphNode: ResolverTypeWrapper<NodeView>;
  GraphPath: ResolverTypeWrapper<Omit<GraphPath, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Node']> }>;
  GraphSelection: GraphSelection;
  Guarantee: ResolverTypeWrapper<EdgeView>;
  Hosting: ResolverTypeWrapper<EdgeView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportCheck: ResolverTypeWrapper<ImportCheck>;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRowOutcome: ImportRowOutcome;
  Instrument: ResolverTypeWrapper<NodeView>;
  InstrumentConnection: ResolverTypeWrapper<Omit<InstrumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InstrumentEdge']>, nodes: Array<ResolversTypes['Instrument']> }>;
  InstrumentEdge: ResolverTypeWrapper<Omit<InstrumentEdge, 'node'> & { node: ResolversTypes['Instrument'] }>;
  InstrumentFieldsInput: InstrumentFieldsInput;
  InstrumentFilter: InstrumentFilter;
  InstrumentOrder: InstrumentOrder;
  InstrumentSortField: InstrumentSortField;
  InstrumentType: InstrumentType;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mandate: ResolverTypeWrapper<EdgeView>;
  MandateAnswer: ResolverTypeWrapper<Omit<MandateAnswer, 'mandate'> & { mandate: ResolversTypes['Mandate'] }>;
  MandateFieldsInput: MandateFieldsInput;
  MandateKind: MandateKind;
  Membership: ResolverTypeWrapper<EdgeView>;
  MembershipBasis: MembershipBasis;
  MembershipFieldsInput: MembershipFieldsInput;
  MembershipRole: MembershipRole;
  Meta: ResolverTypeWrapper<Meta>;
  MigrantCategory: ResolverTypeWrapper<NodeView>;
  MigrantCategoryConnection: ResolverTypeWrapper<Omit<MigrantCategoryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MigrantCategoryEdge']>, nodes: Array<ResolversTypes['MigrantCategory']> }>;
  MigrantCategoryEdge: ResolverTypeWrapper<Omit<MigrantCategoryEdge, 'node'> & { node: ResolversTypes['MigrantCategory'] }>;
  MigrantCategoryFilter: MigrantCategoryFilter;
  Monitoring: ResolverTypeWrapper<EdgeView>;
  MonitoringAnswer: ResolverTypeWrapper<Omit<MonitoringAnswer, 'evidence' | 'instrument' | 'monitor'> & { evidence: Array<ResolversTypes['EvidenceStep']>, instrument?: Maybe<ResolversTypes['Instrument']>, monitor: ResolversTypes['Node'] }>;
  MonitoringBasis: MonitoringBasis;
  MonitoringEvidenceGraph: ResolverTypeWrapper<Omit<MonitoringEvidenceGraph, 'graph'> & { graph: ResolversTypes['Graph'] }>;
  MonitoringFieldsInput: MonitoringFieldsInput;
  MonitoringKind: MonitoringKind;
  MultiProcessState: ResolverTypeWrapper<Omit<MultiProcessState, 'processes' | 'state'> & { processes: Array<ResolversTypes['Node']>, state: ResolversTypes['State'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameOrder: NameOrder;
  NameSortField: NameSortField;
  NeighborhoodInput: NeighborhoodInput;
  Node: ResolverTypeWrapper<NodeView>;
  NodeInput: NodeInput;
  NodeKind: NodeKind;
  NodeKindForm: ResolverTypeWrapper<NodeKindForm>;
  NodeWriteResult: ResolverTypeWrapper<NodeWriteModel>;
  Organization: ResolverTypeWrapper<NodeView>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFieldsInput: OrganizationFieldsInput;
  OrganizationFilter: OrganizationFilter;
  OrganizationType: OrganizationType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PairStatus: PairStatus;
  PartOf: ResolverTypeWrapper<EdgeView>;
  PartiesInYear: ResolverTypeWrapper<Omit<PartiesInYear, 'dataSources' | 'reportedCounts'> & { dataSources: Array<ResolversTypes['Source']>, reportedCounts: Array<ResolversTypes['StatusReport']> }>;
  PartiesOverTime: ResolverTypeWrapper<Omit<PartiesOverTime, 'coverage' | 'instrument' | 'reportedCounts' | 'years'> & { coverage: Array<ResolversTypes['Coverage']>, instrument: ResolversTypes['Instrument'], reportedCounts: Array<ResolversTypes['StatusReport']>, years: Array<ResolversTypes['PartiesInYear']> }>;
  Passage: ResolverTypeWrapper<Omit<Passage, 'source'> & { source: ResolversTypes['Source'] }>;
  PassageCitation: ResolverTypeWrapper<PassageCitation>;
  PathInGraph: ResolverTypeWrapper<PathInGraph>;
  PathsGraph: ResolverTypeWrapper<Omit<PathsGraph, 'graph'> & { graph: ResolversTypes['Graph'] }>;
  PlannedImportRow: ResolverTypeWrapper<PlannedImportRow>;
  ProcessOverlap: ResolverTypeWrapper<Omit<ProcessOverlap, 'group' | 'other' | 'sharedMembers' | 'sharedSecretariats'> & { group: ResolversTypes['Node'], other: ResolversTypes['Node'], sharedMembers: Array<ResolversTypes['State']>, sharedSecretariats: Array<ResolversTypes['Node']> }>;
  ProfileInstrument: ResolverTypeWrapper<Omit<ProfileInstrument, 'instrument' | 'monitors' | 'protection' | 'ratification' | 'ratifications' | 'rights' | 'signature'> & { instrument: ResolversTypes['Instrument'], monitors: Array<ResolversTypes['Monitoring']>, protection: ResolversTypes['Protection'], ratification?: Maybe<ResolversTypes['Ratification']>, ratifications: Array<ResolversTypes['Ratification']>, rights: Array<ResolversTypes['Guarantee']>, signature?: Maybe<ResolversTypes['Signature']> }>;
  Proposal: ResolverTypeWrapper<ProposalView>;
  ProposalConnection: ResolverTypeWrapper<Omit<ProposalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProposalEdge']>, nodes: Array<ResolversTypes['Proposal']> }>;
  ProposalDecision: ResolverTypeWrapper<ProposalDecisionModel>;
  ProposalEdge: ResolverTypeWrapper<Omit<ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalInput: ProposalInput;
  ProposalOperation: ProposalOperation;
  ProposalStatus: ProposalStatus;
  Protection: ResolverTypeWrapper<EdgeView>;
  ProtectionProfile: ResolverTypeWrapper<Omit<ProtectionProfile, 'category' | 'covered' | 'missing' | 'state' | 'unknown'> & { category: ResolversTypes['MigrantCategory'], covered: Array<ResolversTypes['ProfileInstrument']>, missing: Array<ResolversTypes['ProfileInstrument']>, state: ResolversTypes['State'], unknown: Array<ResolversTypes['ProfileInstrument']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteCheck: ResolverTypeWrapper<QuoteCheck>;
  RCP: ResolverTypeWrapper<NodeView>;
  RCPConnection: ResolverTypeWrapper<Omit<RcpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RCPEdge']>, nodes: Array<ResolversTypes['RCP']> }>;
  RCPEdge: ResolverTypeWrapper<Omit<RcpEdge, 'node'> & { node: ResolversTypes['RCP'] }>;
  Ratification: ResolverTypeWrapper<EdgeView>;
  RatificationAction: RatificationAction;
  RatificationFieldsInput: RatificationFieldsInput;
  RatificationStatus: ResolverTypeWrapper<Omit<RatificationStatus, 'coverage' | 'dataSources' | 'disagreements' | 'instrument' | 'parties' | 'reportedCounts'> & { coverage: Array<ResolversTypes['Coverage']>, dataSources: Array<ResolversTypes['Source']>, disagreements: Array<ResolversTypes['StatusDisagreement']>, instrument: ResolversTypes['Instrument'], parties: Array<ResolversTypes['Ratification']>, reportedCounts: Array<ResolversTypes['StatusReport']> }>;
  RcpFieldsInput: RcpFieldsInput;
  RcpFilter: RcpFilter;
  RelationshipEnds: ResolverTypeWrapper<RelationshipEnds>;
  RelationshipInput: RelationshipInput;
  RelationshipType: RelationshipType;
  RelationshipTypeForm: ResolverTypeWrapper<RelationshipTypeForm>;
  RelationshipUpdateInput: RelationshipUpdateInput;
  RelationshipWriteResult: ResolverTypeWrapper<RelationshipWriteModel>;
  RemoveRelationshipInput: RemoveRelationshipInput;
  RevertResult: ResolverTypeWrapper<RevertModel>;
  RevokedApiKey: ResolverTypeWrapper<Omit<RevokedApiKey, 'change' | 'key'> & { change?: Maybe<ResolversTypes['Change']>, key: ResolversTypes['ApiKey'] }>;
  Right: ResolverTypeWrapper<NodeView>;
  RightConnection: ResolverTypeWrapper<Omit<RightConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RightEdge']>, nodes: Array<ResolversTypes['Right']> }>;
  RightEdge: ResolverTypeWrapper<Omit<RightEdge, 'node'> & { node: ResolversTypes['Right'] }>;
  RightFilter: RightFilter;
  Role: Role;
  Scope: Scope;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Secretariat: ResolverTypeWrapper<EdgeView>;
  Signature: ResolverTypeWrapper<EdgeView>;
  SignatureFieldsInput: SignatureFieldsInput;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<NodeView>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SourceEdge']>, nodes: Array<ResolversTypes['Source']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFieldsInput: SourceFieldsInput;
  SourcePassage: ResolverTypeWrapper<SourcePassage>;
  State: ResolverTypeWrapper<NodeView>;
  StateConnection: ResolverTypeWrapper<Omit<StateConnection, 'edges' | 'nodes' | 'statusCoverage'> & { edges: Array<ResolversTypes['StateEdge']>, nodes: Array<ResolversTypes['State']>, statusCoverage: Array<ResolversTypes['Coverage']> }>;
  StateEdge: ResolverTypeWrapper<Omit<StateEdge, 'node'> & { node: ResolversTypes['State'] }>;
  StateFieldsInput: StateFieldsInput;
  StateFilter: StateFilter;
  StateOrder: StateOrder;
  StateSortField: StateSortField;
  StatusDisagreement: ResolverTypeWrapper<Omit<StatusDisagreement, 'ratifications' | 'state'> & { ratifications: Array<ResolversTypes['Ratification']>, state: ResolversTypes['State'] }>;
  StatusReport: ResolverTypeWrapper<NodeView>;
  StatusReportConnection: ResolverTypeWrapper<Omit<StatusReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StatusReportEdge']>, nodes: Array<ResolversTypes['StatusReport']> }>;
  StatusReportEdge: ResolverTypeWrapper<Omit<StatusReportEdge, 'node'> & { node: ResolversTypes['StatusReport'] }>;
  StatusReportFieldsInput: StatusReportFieldsInput;
  StatusReportFilter: StatusReportFilter;
  StatusReportOrder: StatusReportOrder;
  StatusReportSortField: StatusReportSortField;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subcategory: ResolverTypeWrapper<EdgeView>;
  Supplement: ResolverTypeWrapper<EdgeView>;
  UnStatus: UnStatus;
  WriteOutcome: WriteOutcome;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKeyInfo;
  ArticlesFieldsInput: ArticlesFieldsInput;
  Body: NodeView;
  BodyConnection: Omit<BodyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BodyEdge']>, nodes: Array<ResolversParentTypes['Body']> };
  BodyEdge: Omit<BodyEdge, 'node'> & { node: ResolversParentTypes['Body'] };
  BodyFieldsInput: BodyFieldsInput;
  BodyFilter: BodyFilter;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeView;
  ChangeConnection: Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ChangeEdge']>, nodes: Array<ResolversParentTypes['Change']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Citation: CitationView;
  CitationInput: CitationInput;
  Coverage: EdgeView;
  CoverageFieldsInput: CoverageFieldsInput;
  CreatedApiKey: CreatedKey;
  CurationModel: CurationModel;
  Curator: Principal;
  Edge: EdgeView;
  Establishment: EdgeView;
  EvidenceGraphAnswer: EvidenceGraphAnswer;
  EvidenceStep: Omit<EvidenceStep, 'citations'> & { citations: Array<ResolversParentTypes['Citation']> };
  FieldDiff: FieldDiff;
  Float: Scalars['Float']['output'];
  FormField: FormField;
  Forum: NodeView;
  ForumConnection: Omit<ForumConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ForumEdge']>, nodes: Array<ResolversParentTypes['Forum']> };
  ForumEdge: Omit<ForumEdge, 'node'> & { node: ResolversParentTypes['Forum'] };
  ForumFieldsInput: ForumFieldsInput;
  ForumFilter: ForumFilter;
  ForumOrder: ForumOrder;
  GapAnalysis: Omit<GapAnalysis, 'group' | 'instrument' | 'nonParties' | 'parties' | 'signedOnly' | 'unknown'> & { group?: Maybe<ResolversParentTypes['Node']>, instrument: ResolversParentTypes['Instrument'], nonParties: Array<ResolversParentTypes['State']>, parties: Array<ResolversParentTypes['State']>, signedOnly: Array<ResolversParentTypes['State']>, unknown: Array<ResolversParentTypes['State']> };
  Graph: GraphView;
  GraphEdge: EdgeView;
  GraphExport: GraphExport;
  GraphNode: NodeView;
  GraphPath: Omit<GraphPath, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Node']> };
  GraphSelection: GraphSelection;
  Guarantee: EdgeView;
  Hosting: EdgeView;
  ID: Scalars['ID']['output'];
  ImportCheck: ImportCheck;
  ImportCounts: ImportCounts;
  ImportProblem: ImportProblem;
  ImportResult: ImportResult;
  Instrument: NodeView;
  InstrumentConnection: Omit<InstrumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InstrumentEdge']>, nodes: Array<ResolversParentTypes['Instrument']> };
  InstrumentEdge: Omit<InstrumentEdge, 'node'> & { node: ResolversParentTypes['Instrument'] };
  InstrumentFieldsInput: InstrumentFieldsInput;
  InstrumentFilter: InstrumentFilter;
  InstrumentOrder: InstrumentOrder;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mandate: EdgeView;
  MandateAnswer: Omit<MandateAnswer, 'mandate'> & { mandate: ResolversParentTypes['Mandate'] };
  MandateFieldsInput: MandateFieldsInput;
  Membership: EdgeView;
  MembershipFieldsInput: MembershipFieldsInput;
  Meta: Meta;
  MigrantCategory: NodeView;
  MigrantCategoryConnection: Omit<MigrantCategoryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MigrantCategoryEdge']>, nodes: Array<ResolversParentTypes['MigrantCategory']> };
  MigrantCategoryEdge: Omit<MigrantCategoryEdge, 'node'> & { node: ResolversParentTypes['MigrantCategory'] };
  MigrantCategoryFilter: MigrantCategoryFilter;
  Monitoring: EdgeView;
  MonitoringAnswer: Omit<MonitoringAnswer, 'evidence' | 'instrument' | 'monitor'> & { evidence: Array<ResolversParentTypes['EvidenceStep']>, instrument?: Maybe<ResolversParentTypes['Instrument']>, monitor: ResolversParentTypes['Node'] };
  MonitoringEvidenceGraph: Omit<MonitoringEvidenceGraph, 'graph'> & { graph: ResolversParentTypes['Graph'] };
  MonitoringFieldsInput: MonitoringFieldsInput;
  MultiProcessState: Omit<MultiProcessState, 'processes' | 'state'> & { processes: Array<ResolversParentTypes['Node']>, state: ResolversParentTypes['State'] };
  Mutation: Record<PropertyKey, never>;
  NameOrder: NameOrder;
  NeighborhoodInput: NeighborhoodInput;
  Node: NodeView;
  NodeInput: NodeInput;
  NodeKindForm: NodeKindForm;
  NodeWriteResult: NodeWriteModel;
  Organization: NodeView;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFieldsInput: OrganizationFieldsInput;
  OrganizationFilter: OrganizationFilter;
  PageInfo: PageInfo;
  PartOf: EdgeView;
  PartiesInYear: Omit<PartiesInYear, 'dataSources' | 'reportedCounts'> & { dataSources: Array<ResolversParentTypes['Source']>, reportedCounts: Array<ResolversParentTypes['StatusReport']> };
  PartiesOverTime: Omit<PartiesOverTime, 'coverage' | 'instrument' | 'reportedCounts' | 'years'> & { coverage: Array<ResolversParentTypes['Coverage']>, instrument: ResolversParentTypes['Instrument'], reportedCounts: Array<ResolversParentTypes['StatusReport']>, years: Array<ResolversParentTypes['PartiesInYear']> };
  Passage: Omit<Passage, 'source'> & { source: ResolversParentTypes['Source'] };
  PassageCitation: PassageCitation;
  PathInGraph: PathInGraph;
  PathsGraph: Omit<PathsGraph, 'graph'> & { graph: ResolversParentTypes['Graph'] };
  PlannedImportRow: PlannedImportRow;
  ProcessOverlap: Omit<ProcessOverlap, 'group' | 'other' | 'sharedMembers' | 'sharedSecretariats'> & { group: ResolversParentTypes['Node'], other: ResolversParentTypes['Node'], sharedMembers: Array<ResolversParentTypes['State']>, sharedSecretariats: Array<ResolversParentTypes['Node']> };
  ProfileInstrument: Omit<ProfileInstrument, 'instrument' | 'monitors' | 'protection' | 'ratification' | 'ratifications' | 'rights' | 'signature'> & { instrument: ResolversParentTypes['Instrument'], monitors: Array<ResolversParentTypes['Monitoring']>, protection: ResolversParentTypes['Protection'], ratification?: Maybe<ResolversParentTypes['Ratification']>, ratifications: Array<ResolversParentTypes['Ratification']>, rights: Array<ResolversParentTypes['Guarantee']>, signature?: Maybe<ResolversParentTypes['Signature']> };
  Proposal: ProposalView;
  ProposalConnection: Omit<ProposalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProposalEdge']>, nodes: Array<ResolversParentTypes['Proposal']> };
  ProposalDecision: ProposalDecisionModel;
  ProposalEdge: Omit<ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposalInput: ProposalInput;
  Protection: EdgeView;
  ProtectionProfile: Omit<ProtectionProfile, 'category' | 'covered' | 'missing' | 'state' | 'unknown'> & { category: ResolversParentTypes['MigrantCategory'], covered: Array<ResolversParentTypes['ProfileInstrument']>, missing: Array<ResolversParentTypes['ProfileInstrument']>, state: ResolversParentTypes['State'], unknown: Array<ResolversParentTypes['ProfileInstrument']> };
  Query: Record<PropertyKey, never>;
  QuoteCheck: QuoteCheck;
  RCP: NodeView;
  RCPConnection: Omit<RcpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RCPEdge']>, nodes: Array<ResolversParentTypes['RCP']> };
  RCPEdge: Omit<RcpEdge, 'node'> & { node: ResolversParentTypes['RCP'] };
  Ratification: EdgeView;
  RatificationFieldsInput: RatificationFieldsInput;
  RatificationStatus: Omit<RatificationStatus, 'coverage' | 'dataSources' | 'disagreements' | 'instrument' | 'parties' | 'reportedCounts'> & { coverage: Array<ResolversParentTypes['Coverage']>, dataSources: Array<ResolversParentTypes['Source']>, disagreements: Array<ResolversParentTypes['StatusDisagreement']>, instrument: ResolversParentTypes['Instrument'], parties: Array<ResolversParentTypes['Ratification']>, reportedCounts: Array<ResolversParentTypes['StatusReport']> };
  RcpFieldsInput: RcpFieldsInput;
  RcpFilter: RcpFilter;
  RelationshipEnds: RelationshipEnds;
  RelationshipInput: RelationshipInput;
  RelationshipTypeForm: RelationshipTypeForm;
  RelationshipUpdateInput: RelationshipUpdateInput;
  RelationshipWriteResult: RelationshipWriteModel;
  RemoveRelationshipInput: RemoveRelationshipInput;
  RevertResult: RevertModel;
  RevokedApiKey: Omit<RevokedApiKey, 'change' | 'key'> & { change?: Maybe<ResolversParentTypes['Change']>, key: ResolversParentTypes['ApiKey'] };
  Right: NodeView;
  RightConnection: Omit<RightConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RightEdge']>, nodes: Array<ResolversParentTypes['Right']> };
  RightEdge: Omit<RightEdge, 'node'> & { node: ResolversParentTypes['Right'] };
  RightFilter: RightFilter;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  Secretariat: EdgeView;
  Signature: EdgeView;
  SignatureFieldsInput: SignatureFieldsInput;
  Source: NodeView;
  SourceConnection: Omit<SourceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SourceEdge']>, nodes: Array<ResolversParentTypes['Source']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFieldsInput: SourceFieldsInput;
  SourcePassage: SourcePassage;
  State: NodeView;
  StateConnection: Omit<StateConnection, 'edges' | 'nodes' | 'statusCoverage'> & { edges: Array<ResolversParentTypes['StateEdge']>, nodes: Array<ResolversParentTypes['State']>, statusCoverage: Array<ResolversParentTypes['Coverage']> };
  StateEdge: Omit<StateEdge, 'node'> & { node: ResolversParentTypes['State'] };
  StateFieldsInput: StateFieldsInput;
  StateFilter: StateFilter;
  StateOrder: StateOrder;
  StatusDisagreement: Omit<StatusDisagreement, 'ratifications' | 'state'> & { ratifications: Array<ResolversParentTypes['Ratification']>, state: ResolversParentTypes['State'] };
  StatusReport: NodeView;
  StatusReportConnection: Omit<StatusReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StatusReportEdge']>, nodes: Array<ResolversParentTypes['StatusReport']> };
  StatusReportEdge: Omit<StatusReportEdge, 'node'> & { node: ResolversParentTypes['StatusReport'] };
  StatusReportFieldsInput: StatusReportFieldsInput;
  StatusReportFilter: StatusReportFilter;
  StatusReportOrder: StatusReportOrder;
  String: Scalars['String']['output'];
  Subcategory: EdgeView;
  Supplement: EdgeView;
};

export type ApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type BodyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  established?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedBy?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  establishes?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  monitors?: Resolver<Array<ResolversTypes['Monitoring']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  secretariatOf?: Resolver<Array<ResolversTypes['Secretariat']>, ParentType, ContextType>;
  secretariats?: Resolver<Array<ResolversTypes['Secretariat']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BodyType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BodyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BodyConnection'] = ResolversParentTypes['BodyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BodyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BodyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BodyEdge'] = ResolversParentTypes['BodyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  curator?: Resolver<ResolversTypes['Curator'], ParentType, ContextType>;
  fromId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  proposalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revertOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revertedBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['ChangeTarget'], ParentType, ContextType>;
  toId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOfLatest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  excludes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['CoverageParticipants'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CurationModelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CurationModel'] = ResolversParentTypes['CurationModel']> = {
  nodeKinds?: Resolver<Array<ResolversTypes['NodeKindForm']>, ParentType, ContextType>;
  relationshipTypes?: Resolver<Array<ResolversTypes['RelationshipTypeForm']>, ParentType, ContextType>;
};

export type CuratorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Curator'] = ResolversParentTypes['Curator']> = {
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  __resolveType: TypeResolveFn<'Coverage' | 'Establishment' | 'Guarantee' | 'Hosting' | 'Mandate' | 'Membership' | 'Monitoring' | 'PartOf' | 'Protection' | 'Ratification' | 'Secretariat' | 'Signature' | 'Subcategory' | 'Supplement', ParentType, ContextType>;
};

export type EstablishmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Establishment'] = ResolversParentTypes['Establishment']> = {
  by?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  established?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceGraphAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceGraphAnswer'] = ResolversParentTypes['EvidenceGraphAnswer']> = {
  basis?: Resolver<ResolversTypes['MonitoringBasis'], ParentType, ContextType>;
  edgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  instrumentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  monitorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EvidenceStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceStep'] = ResolversParentTypes['EvidenceStep']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldDiffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FieldDiff'] = ResolversParentTypes['FieldDiff']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FormFieldResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FormField'] = ResolversParentTypes['FormField']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enumValues?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  inputPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ForumResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Forum'] = ResolversParentTypes['Forum']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedBy?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  establishes?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  hostedBy?: Resolver<Array<ResolversTypes['Hosting']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  mandatedBy?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  memberCoverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  secretariats?: Resolver<Array<ResolversTypes['Secretariat']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ForumType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ForumConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ForumConnection'] = ResolversParentTypes['ForumConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ForumEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Forum']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForumEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ForumEdge'] = ResolversParentTypes['ForumEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Forum'], ParentType, ContextType>;
};

export type GapAnalysisResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GapAnalysis'] = ResolversParentTypes['GapAnalysis']> = {
  group?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membershipAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nonParties?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedOnly?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
  statusAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusDataHeld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subregion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unknown?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
};

export type GraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type GraphExportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphExport'] = ResolversParentTypes['GraphExport']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['GraphExportFormat'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type GraphPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type GuaranteeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Guarantee'] = ResolversParentTypes['Guarantee']> = {
  articles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  right?: Resolver<ResolversTypes['Right'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HostingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Hosting'] = ResolversParentTypes['Hosting']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  hosted?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportCheck'] = ResolversParentTypes['ImportCheck']> = {
  nodes?: Resolver<Array<ResolversTypes['PlannedImportRow']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['PlannedImportRow']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  entry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  importId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adopted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  binding?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  depositary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entryIntoForce?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishes?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  guarantees?: Resolver<Array<ResolversTypes['Guarantee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iloNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  mandatedBy?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  monitoredBy?: Resolver<Array<ResolversTypes['Monitoring']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Ratification']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  protects?: Resolver<Array<ResolversTypes['Protection']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['Scope']>, ParentType, ContextType>;
  secretariats?: Resolver<Array<ResolversTypes['Secretariat']>, ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Signature']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statusCoverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  supplementedBy?: Resolver<Array<ResolversTypes['Supplement']>, ParentType, ContextType>;
  supplements?: Resolver<Array<ResolversTypes['Supplement']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InstrumentType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InstrumentConnection'] = ResolversParentTypes['InstrumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InstrumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstrumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InstrumentEdge'] = ResolversParentTypes['InstrumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MandateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mandate'] = ResolversParentTypes['Mandate']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MandateKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MandateAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MandateAnswer'] = ResolversParentTypes['MandateAnswer']> = {
  categoryPath?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mandate?: Resolver<ResolversTypes['Mandate'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asOfLatest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['MembershipBasis']>, ParentType, ContextType>;
  firstYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  listComplete?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  roleAsWritten?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MetaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meta'] = ResolversParentTypes['Meta']> = {
  neo4jEdition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schemaVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MigrantCategoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MigrantCategory'] = ResolversParentTypes['MigrantCategory']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broader?: Resolver<Array<ResolversTypes['Subcategory']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  mandatedBy?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['Subcategory']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  protectedBy?: Resolver<Array<ResolversTypes['Protection']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MigrantCategoryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MigrantCategoryConnection'] = ResolversParentTypes['MigrantCategoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MigrantCategoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MigrantCategory']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MigrantCategoryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MigrantCategoryEdge'] = ResolversParentTypes['MigrantCategoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MigrantCategory'], ParentType, ContextType>;
};

export type MonitoringResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Monitoring'] = ResolversParentTypes['Monitoring']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MonitoringKind'], ParentType, ContextType>;
  monitor?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  procedures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MonitoringAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonitoringAnswer'] = ResolversParentTypes['MonitoringAnswer']> = {
  articles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['MonitoringBasis'], ParentType, ContextType>;
  categoryPath?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['EvidenceStep']>, ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  instrumentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  monitor?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  monitorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monitorLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monitorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monitoringKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MonitoringEvidenceGraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonitoringEvidenceGraph'] = ResolversParentTypes['MonitoringEvidenceGraph']> = {
  answers?: Resolver<Array<ResolversTypes['EvidenceGraphAnswer']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType>;
};

export type MultiProcessStateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MultiProcessState'] = ResolversParentTypes['MultiProcessState']> = {
  processCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  processes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptProposal?: Resolver<ResolversTypes['ProposalDecision'], ParentType, ContextType, RequireFields<MutationAcceptProposalArgs, 'id'>>;
  addRelationship?: Resolver<ResolversTypes['RelationshipWriteResult'], ParentType, ContextType, RequireFields<MutationAddRelationshipArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name' | 'role'>>;
  createNode?: Resolver<ResolversTypes['NodeWriteResult'], ParentType, ContextType, RequireFields<MutationCreateNodeArgs, 'input'>>;
  importContent?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportContentArgs, 'content' | 'format'>>;
  propose?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationProposeArgs, 'input'>>;
  proposeImport?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationProposeImportArgs, 'content' | 'format'>>;
  rejectProposal?: Resolver<ResolversTypes['ProposalDecision'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'id' | 'reason'>>;
  removeRelationship?: Resolver<ResolversTypes['RelationshipWriteResult'], ParentType, ContextType, RequireFields<MutationRemoveRelationshipArgs, 'citations' | 'id'>>;
  revertChange?: Resolver<ResolversTypes['RevertResult'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokedApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  updateNode?: Resolver<ResolversTypes['NodeWriteResult'], ParentType, ContextType, RequireFields<MutationUpdateNodeArgs, 'input'>>;
  updateRelationship?: Resolver<ResolversTypes['RelationshipWriteResult'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'input'>>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Body' | 'Forum' | 'Instrument' | 'MigrantCategory' | 'Organization' | 'RCP' | 'Right' | 'Source' | 'State' | 'StatusReport', ParentType, ContextType>;
};

export type NodeKindFormResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NodeKindForm'] = ResolversParentTypes['NodeKindForm']> = {
  fields?: Resolver<Array<ResolversTypes['FormField']>, ParentType, ContextType>;
  idPrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inputSection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeWriteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NodeWriteResult'] = ResolversParentTypes['NodeWriteResult']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedBy?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  establishes?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headquarters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  memberCoverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  monitors?: Resolver<Array<ResolversTypes['Monitoring']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  secretariatOf?: Resolver<Array<ResolversTypes['Secretariat']>, ParentType, ContextType>;
  secretariats?: Resolver<Array<ResolversTypes['Secretariat']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartOfResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartOf'] = ResolversParentTypes['PartOf']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  whole?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartiesInYearResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartiesInYear'] = ResolversParentTypes['PartiesInYear']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  knownNotPartyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedCounts?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  signedOnlyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uncertainPartyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undatedPartyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknownCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartiesOverTimeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartiesOverTime'] = ResolversParentTypes['PartiesOverTime']> = {
  coverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  reportedCounts?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['PartiesInYear']>, ParentType, ContextType>;
};

export type PassageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  citedBy?: Resolver<Array<ResolversTypes['PassageCitation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PassageCitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PassageCitation'] = ResolversParentTypes['PassageCitation']> = {
  fromId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipType?: Resolver<Maybe<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
  toId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PathInGraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PathInGraph'] = ResolversParentTypes['PathInGraph']> = {
  edgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PathsGraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PathsGraph'] = ResolversParentTypes['PathsGraph']> = {
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['PathInGraph']>, ParentType, ContextType>;
};

export type PlannedImportRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedImportRow'] = ResolversParentTypes['PlannedImportRow']> = {
  changed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportRowOutcome'], ParentType, ContextType>;
};

export type ProcessOverlapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProcessOverlap'] = ResolversParentTypes['ProcessOverlap']> = {
  group?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  sharedMemberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedMembers?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
  sharedSecretariats?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type ProfileInstrumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProfileInstrument'] = ResolversParentTypes['ProfileInstrument']> = {
  categoryPath?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  monitors?: Resolver<Array<ResolversTypes['Monitoring']>, ParentType, ContextType>;
  protection?: Resolver<ResolversTypes['Protection'], ParentType, ContextType>;
  ratification?: Resolver<Maybe<ResolversTypes['Ratification']>, ParentType, ContextType>;
  ratifications?: Resolver<Array<ResolversTypes['Ratification']>, ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['Guarantee']>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['Signature']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PairStatus'], ParentType, ContextType>;
  statusAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['Curator']>, ParentType, ContextType>;
  diff?: Resolver<Array<ResolversTypes['FieldDiff']>, ParentType, ContextType>;
  fromId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ProposalOperation'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['Curator'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ProposalConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalDecision'] = ResolversParentTypes['ProposalDecision']> = {
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProposalEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProtectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Protection'] = ResolversParentTypes['Protection']> = {
  articles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['MigrantCategory'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProtectionProfileResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProtectionProfile'] = ResolversParentTypes['ProtectionProfile']> = {
  category?: Resolver<ResolversTypes['MigrantCategory'], ParentType, ContextType>;
  covered?: Resolver<Array<ResolversTypes['ProfileInstrument']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['ProfileInstrument']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  unknown?: Resolver<Array<ResolversTypes['ProfileInstrument']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  bodies?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryBodiesArgs, 'first'>>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<QueryChangeArgs, 'id'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  checkImport?: Resolver<ResolversTypes['ImportCheck'], ParentType, ContextType, RequireFields<QueryCheckImportArgs, 'content' | 'format'>>;
  checkQuote?: Resolver<ResolversTypes['QuoteCheck'], ParentType, ContextType, RequireFields<QueryCheckQuoteArgs, 'locator' | 'quote' | 'source'>>;
  citedPassage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryCitedPassageArgs, 'locator' | 'source'>>;
  curationModel?: Resolver<ResolversTypes['CurationModel'], ParentType, ContextType>;
  exportGraph?: Resolver<ResolversTypes['GraphExport'], ParentType, ContextType, RequireFields<QueryExportGraphArgs, 'format' | 'selection'>>;
  forums?: Resolver<ResolversTypes['ForumConnection'], ParentType, ContextType, RequireFields<QueryForumsArgs, 'first'>>;
  gapAnalysis?: Resolver<ResolversTypes['GapAnalysis'], ParentType, ContextType, RequireFields<QueryGapAnalysisArgs, 'instrument'>>;
  instruments?: Resolver<ResolversTypes['InstrumentConnection'], ParentType, ContextType, RequireFields<QueryInstrumentsArgs, 'first'>>;
  mandates?: Resolver<Array<ResolversTypes['MandateAnswer']>, ParentType, ContextType, Partial<QueryMandatesArgs>>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<QueryMembershipsArgs>>;
  meta?: Resolver<ResolversTypes['Meta'], ParentType, ContextType>;
  migrantCategories?: Resolver<ResolversTypes['MigrantCategoryConnection'], ParentType, ContextType, RequireFields<QueryMigrantCategoriesArgs, 'first'>>;
  monitoringBodies?: Resolver<Array<ResolversTypes['MonitoringAnswer']>, ParentType, ContextType, RequireFields<QueryMonitoringBodiesArgs, 'category' | 'right'>>;
  monitoringEvidenceGraph?: Resolver<ResolversTypes['MonitoringEvidenceGraph'], ParentType, ContextType, RequireFields<QueryMonitoringEvidenceGraphArgs, 'category' | 'right'>>;
  multiProcessStates?: Resolver<Array<ResolversTypes['MultiProcessState']>, ParentType, ContextType, RequireFields<QueryMultiProcessStatesArgs, 'minProcesses'>>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  partiesOverTime?: Resolver<ResolversTypes['PartiesOverTime'], ParentType, ContextType, RequireFields<QueryPartiesOverTimeArgs, 'instrument'>>;
  passages?: Resolver<Array<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<QueryPassagesArgs, 'first' | 'text'>>;
  paths?: Resolver<ResolversTypes['PathsGraph'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxLength' | 'to'>>;
  processOverlaps?: Resolver<Array<ResolversTypes['ProcessOverlap']>, ParentType, ContextType, RequireFields<QueryProcessOverlapsArgs, 'group'>>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, RequireFields<QueryProposalsArgs, 'first' | 'status'>>;
  protectionProfile?: Resolver<ResolversTypes['ProtectionProfile'], ParentType, ContextType, RequireFields<QueryProtectionProfileArgs, 'category' | 'state'>>;
  ratificationStatus?: Resolver<ResolversTypes['RatificationStatus'], ParentType, ContextType, RequireFields<QueryRatificationStatusArgs, 'instrument'>>;
  rcps?: Resolver<ResolversTypes['RCPConnection'], ParentType, ContextType, RequireFields<QueryRcpsArgs, 'first'>>;
  rights?: Resolver<ResolversTypes['RightConnection'], ParentType, ContextType, RequireFields<QueryRightsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  sourcePassages?: Resolver<Array<ResolversTypes['SourcePassage']>, ParentType, ContextType, RequireFields<QuerySourcePassagesArgs, 'source'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  states?: Resolver<ResolversTypes['StateConnection'], ParentType, ContextType, RequireFields<QueryStatesArgs, 'first'>>;
  statusReports?: Resolver<ResolversTypes['StatusReportConnection'], ParentType, ContextType, RequireFields<QueryStatusReportsArgs, 'first'>>;
  subgraph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'ids'>>;
  whoami?: Resolver<Maybe<ResolversTypes['Curator']>, ParentType, ContextType>;
};

export type QuoteCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteCheck'] = ResolversParentTypes['QuoteCheck']> = {
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  matchStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RcpResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RCP'] = ResolversParentTypes['RCP']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  established?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishedBy?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  establishes?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  hostedBy?: Resolver<Array<ResolversTypes['Hosting']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  mandatedBy?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretariats?: Resolver<Array<ResolversTypes['Secretariat']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RcpConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RCPConnection'] = ResolversParentTypes['RCPConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RCPEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RCP']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RcpEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RCPEdge'] = ResolversParentTypes['RCPEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RCP'], ParentType, ContextType>;
};

export type RatificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Ratification'] = ResolversParentTypes['Ratification']> = {
  action?: Resolver<ResolversTypes['RatificationAction'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asOfLatest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RatificationStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatificationStatus'] = ResolversParentTypes['RatificationStatus']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  dataSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  disagreements?: Resolver<Array<ResolversTypes['StatusDisagreement']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  knownNotPartyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Ratification']>, ParentType, ContextType>;
  partyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedCounts?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  signedOnlyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uncertainPartyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undatedPartyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknownCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipEndsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipEnds'] = ResolversParentTypes['RelationshipEnds']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationshipTypeFormResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipTypeForm'] = ResolversParentTypes['RelationshipTypeForm']> = {
  ends?: Resolver<Array<ResolversTypes['RelationshipEnds']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FormField']>, ParentType, ContextType>;
  inputSection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationshipWriteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipWriteResult'] = ResolversParentTypes['RelationshipWriteResult']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['Edge']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type RevertResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevertResult'] = ResolversParentTypes['RevertResult']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type RevokedApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevokedApiKey'] = ResolversParentTypes['RevokedApiKey']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type RightResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Right'] = ResolversParentTypes['Right']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guaranteedBy?: Resolver<Array<ResolversTypes['Guarantee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  mandatedBy?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RightConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RightConnection'] = ResolversParentTypes['RightConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RightEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Right']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RightEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RightEdge'] = ResolversParentTypes['RightEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Right'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SecretariatResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Secretariat'] = ResolversParentTypes['Secretariat']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  secretariat?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignatureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Signature'] = ResolversParentTypes['Signature']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asOfLatest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  covers?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourcePassageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourcePassage'] = ResolversParentTypes['SourcePassage']> = {
  article?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishes?: Resolver<Array<ResolversTypes['Establishment']>, ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['Hosting']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iso3?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartOf']>, ParentType, ContextType>;
  ratifications?: Resolver<Array<ResolversTypes['Ratification']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signatures?: Resolver<Array<ResolversTypes['Signature']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  subregion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unStatus?: Resolver<ResolversTypes['UnStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StateConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StateConnection'] = ResolversParentTypes['StateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  statusAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCoverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StateEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StateEdge'] = ResolversParentTypes['StateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type StatusDisagreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusDisagreement'] = ResolversParentTypes['StatusDisagreement']> = {
  ratifications?: Resolver<Array<ResolversTypes['Ratification']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type StatusReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusReport'] = ResolversParentTypes['StatusReport']> = {
  about?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatusReportConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusReportConnection'] = ResolversParentTypes['StatusReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatusReportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusReportEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusReportEdge'] = ResolversParentTypes['StatusReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StatusReport'], ParentType, ContextType>;
};

export type SubcategoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subcategory'] = ResolversParentTypes['Subcategory']> = {
  broader?: Resolver<ResolversTypes['MigrantCategory'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  narrower?: Resolver<ResolversTypes['MigrantCategory'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupplementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Supplement'] = ResolversParentTypes['Supplement']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  supplement?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  supplemented?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  BodyConnection?: BodyConnectionResolvers<ContextType>;
  BodyEdge?: BodyEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  CurationModel?: CurationModelResolvers<ContextType>;
  Curator?: CuratorResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Establishment?: EstablishmentResolvers<ContextType>;
  EvidenceGraphAnswer?: EvidenceGraphAnswerResolvers<ContextType>;
  EvidenceStep?: EvidenceStepResolvers<ContextType>;
  FieldDiff?: FieldDiffResolvers<ContextType>;
  FormField?: FormFieldResolvers<ContextType>;
  Forum?: ForumResolvers<ContextType>;
  ForumConnection?: ForumConnectionResolvers<ContextType>;
  ForumEdge?: ForumEdgeResolvers<ContextType>;
  GapAnalysis?: GapAnalysisResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphExport?: GraphExportResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  Guarantee?: GuaranteeResolvers<ContextType>;
  Hosting?: HostingResolvers<ContextType>;
  ImportCheck?: ImportCheckResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  InstrumentConnection?: InstrumentConnectionResolvers<ContextType>;
  InstrumentEdge?: InstrumentEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mandate?: MandateResolvers<ContextType>;
  MandateAnswer?: MandateAnswerResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Meta?: MetaResolvers<ContextType>;
  MigrantCategory?: MigrantCategoryResolvers<ContextType>;
  MigrantCategoryConnection?: MigrantCategoryConnectionResolvers<ContextType>;
  MigrantCategoryEdge?: MigrantCategoryEdgeResolvers<ContextType>;
  Monitoring?: MonitoringResolvers<ContextType>;
  MonitoringAnswer?: MonitoringAnswerResolvers<ContextType>;
  MonitoringEvidenceGraph?: MonitoringEvidenceGraphResolvers<ContextType>;
  MultiProcessState?: MultiProcessStateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeKindForm?: NodeKindFormResolvers<ContextType>;
  NodeWriteResult?: NodeWriteResultResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartOf?: PartOfResolvers<ContextType>;
  PartiesInYear?: PartiesInYearResolvers<ContextType>;
  PartiesOverTime?: PartiesOverTimeResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  PassageCitation?: PassageCitationResolvers<ContextType>;
  PathInGraph?: PathInGraphResolvers<ContextType>;
  PathsGraph?: PathsGraphResolvers<ContextType>;
  PlannedImportRow?: PlannedImportRowResolvers<ContextType>;
  ProcessOverlap?: ProcessOverlapResolvers<ContextType>;
  ProfileInstrument?: ProfileInstrumentResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalDecision?: ProposalDecisionResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  Protection?: ProtectionResolvers<ContextType>;
  ProtectionProfile?: ProtectionProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteCheck?: QuoteCheckResolvers<ContextType>;
  RCP?: RcpResolvers<ContextType>;
  RCPConnection?: RcpConnectionResolvers<ContextType>;
  RCPEdge?: RcpEdgeResolvers<ContextType>;
  Ratification?: RatificationResolvers<ContextType>;
  RatificationStatus?: RatificationStatusResolvers<ContextType>;
  RelationshipEnds?: RelationshipEndsResolvers<ContextType>;
  RelationshipTypeForm?: RelationshipTypeFormResolvers<ContextType>;
  RelationshipWriteResult?: RelationshipWriteResultResolvers<ContextType>;
  RevertResult?: RevertResultResolvers<ContextType>;
  RevokedApiKey?: RevokedApiKeyResolvers<ContextType>;
  Right?: RightResolvers<ContextType>;
  RightConnection?: RightConnectionResolvers<ContextType>;
  RightEdge?: RightEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Secretariat?: SecretariatResolvers<ContextType>;
  Signature?: SignatureResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourcePassage?: SourcePassageResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  StateConnection?: StateConnectionResolvers<ContextType>;
  StateEdge?: StateEdgeResolvers<ContextType>;
  StatusDisagreement?: StatusDisagreementResolvers<ContextType>;
  StatusReport?: StatusReportResolvers<ContextType>;
  StatusReportConnection?: StatusReportConnectionResolvers<ContextType>;
  StatusReportEdge?: StatusReportEdgeResolvers<ContextType>;
  Subcategory?: SubcategoryResolvers<ContextType>;
  Supplement?: SupplementResolvers<ContextType>;
};

