/** cypher/analyst/: the cross-silo questions. */
import { query, type NoParams, type Props } from './query.js';
import type { Checked, EdgeRow, IdProblem, MonitoringAnswerRow, NodeRow, PathRow, ProfileInstrumentRow } from './rows.js';

type Id = string;
/** The protection profile's projection (src/resolvers/cross-silo/profile-selection.ts): one property list per part. */
type ProfileFieldList =
  'instrumentFields' | 'protectionFields' | 'ratificationFields' | 'signatureFields' | 'guaranteeFields' | 'monitoringFields' | 'rightFields' | 'monitorFields';
/** A list query asks for one row more than it may answer, so a cut list becomes an error. */
type Limited<P> = P & { limit: number };

export const analystQueries = {
  'analyst/gap-analysis': query<
    { instrument: Id; group: Id | null; groupKinds: readonly string[]; region: string | null; subregion: string | null; membersAsOf: string | null },
    {
      /** The ids' check (rows.ts: IdProblem); with one, the other columns mean nothing. */
      idProblem: IdProblem | null;
      instrumentProps: Props;
      groupProps: Props | null;
      groupLabel: string | null;
      instrumentId: Id;
      memberCount: number;
      /** The properties of every State in the lists below (each once). */
      memberProps: Props[];
      partyIds: Id[];
      nonPartyIds: Id[];
      signedOnlyIds: Id[];
      unknownIds: Id[];
      notPartyAsOf: string | null;
      membershipAsOf: string | null;
      statusHeld: boolean;
      groupHasMembers: boolean;
      regionKnown: boolean;
      subregionKnown: boolean;
    }
  >({ instrument: true, group: true, groupKinds: true, region: true, subregion: true, membersAsOf: true }),
  /** Checks holder and subject itself; one row of nulls (edge null) when no mandate answers. */
  'analyst/mandates': query<
    Limited<{ holder: Id | null; subject: Id | null; kind: string | null }>,
    Checked<{ edge: EdgeRow; fromNode: NodeRow; toNode: NodeRow; categoryPath: Id[] }>
  >({ holder: true, subject: true, kind: true, limit: true }),
  /** Checks group and member itself; one row of nulls (edge null) when no membership answers. */
  'analyst/memberships': query<
    Limited<{ group: Id | null; groupKinds: readonly string[]; member: Id | null; role: string | null }>,
    Checked<{ edge: EdgeRow; fromNode: NodeRow; toNode: NodeRow }>
  >({
    group: true,
    groupKinds: true,
    member: true,
    role: true,
    limit: true,
  }),
  'analyst/monitoring-bodies': query<{ right: Id; category: Id; state: Id | null }, Checked<MonitoringAnswerRow>>({ right: true, category: true, state: true }),
  /** The flagship's rows, each with the nodes of its part of the evidence graph (repeated across rows). */
  'analyst/monitoring-evidence-graph': query<{ right: Id; category: Id; state: Id | null }, Checked<MonitoringAnswerRow & { nodes: NodeRow[] }>>({
    right: true,
    category: true,
    state: true,
  }),
  'analyst/multi-process-states': query<Limited<{ minGroups: number }>, { stateId: Id; groupIds: Id[] }>({ minGroups: true, limit: true }),
  /** Checks the group itself; one row with other null when no process overlaps. */
  'analyst/process-overlaps': query<
    Limited<{ group: Id }>,
    Checked<{ groupNode: NodeRow; other: NodeRow; sharedMembers: NodeRow[]; sharedSecretariats: NodeRow[] }>
  >({
    group: true,
    limit: true,
  }),
  'analyst/protection-profile': query<
    { state: Id; category: Id } & Record<ProfileFieldList, readonly string[] | null>,
    Checked<{
      /** The State and category asked about, once (null with an idProblem). */
      stateProps: Props;
      categoryProps: Props;
      /** In name order; empty when no instrument protects the category. */
      instruments: ProfileInstrumentRow[];
    }>
  >({
    state: true,
    category: true,
    instrumentFields: true,
    protectionFields: true,
    ratificationFields: true,
    signatureFields: true,
    guaranteeFields: true,
    monitoringFields: true,
    rightFields: true,
    monitorFields: true,
  }),
  'tables/status-instruments': query<NoParams, { id: Id }>({}),
  'tables/treaty-status-page': query<
    { instruments: readonly Id[]; afterName: string | null; afterId: Id | null; limit: number },
    {
      stateId: Id;
      stateName: string;
      iso3: string | null;
      instrumentId: Id;
      ratifications: Array<EdgeRow & { superseded: boolean }>;
      signatures: EdgeRow[];
      coveredBy: Array<{ sourceId: Id; asOf: string }>;
    }
  >({ instruments: true, afterName: true, afterId: true, limit: true }),
  /**
   * Checks the instrument itself. asOfs null: the year ends from `from` to `to` (a missing end: the
   * span of the data, returned as fromYear/toYear; none when reversed or over maxYears). One row of
   * nulls (asOfIndex null) when no year is counted; the instrument columns are on every row.
   */
  'analyst/ratification-status': query<
    { instrument: Id; asOfs: Array<string | null> | null; from: number | null; to: number | null; maxYears: number; details: boolean },
    Checked<{
      instrumentId: Id;
      instrumentProps: Props;
      /** The range counted when asOfs is null (null otherwise, or when no data gives one). */
      fromYear: number | null;
      toYear: number | null;
      /** The counts the documents report (StatusReport), newest first. */
      reportedCounts: Props[];
      asOfIndex: number;
      asOf: string | null;
      /** Empty unless details. */
      parties: EdgeRow[];
      partyCount: number;
      undatedPartyCount: number;
      uncertainPartyCount: number;
      signedOnlyCount: number;
      knownNotPartyCount: number;
      unknownCount: number;
      /** Empty unless details. */
      disagreements: Array<{ stateId: Id; state: NodeRow; records: EdgeRow[] }>;
      coverage: EdgeRow[];
      dataSourceIds: Id[];
      /** The nodes of dataSourceIds, whole, in the same order. */
      dataSources: NodeRow[];
    }>
  >({ instrument: true, asOfs: true, from: true, to: true, maxYears: true, details: true }),
  /** Checks from and to itself; one row of nulls (length null) when no path answers. */
  'analyst/shortest-path': query<{ from: Id; to: Id; maxLength: number; types: string[] }, Checked<PathRow>>({
    from: true,
    to: true,
    maxLength: true,
    types: true,
  }),
};
