/**
 * Tables that are GraphQL answers flattened: each runs one fixed operation through the same
 * Apollo server as /graphql (same resolvers, Cypher, argument checks, read-key gate, query
 * limits and relationship budget), then writes one CSV row per citation of each fact the
 * answer rests on. An answer's size is bounded by the API's own caps; rows are written to the
 * response as they are flattened.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read as the documents below select them */
import type { PairStatus } from '../generated/graphql.js';
import { fromEnumName } from '../graph/views.js';
import { STATUS_WORDS } from './treaty-status.js';

export interface AnswerTable {
  /** GraphQL variables, from the URL parameters of the same name. */
  parameters: { name: string; required: boolean }[];
  query: string;
  header: string[];
  rows(data: any): Iterable<unknown[]>;
}

const CITATION = 'sourceId sourceTitle locator quote';
const CITATION_COLUMNS = ['source_id', 'source_title', 'locator', 'quote'];

/** One row per citation; a fact without citations still gets one row, its citation cells empty. */
function* perCitation(cells: unknown[], citations: any[] | null | undefined): Iterable<unknown[]> {
  if (!citations?.length) yield [...cells, '', '', '', ''];
  else for (const c of citations) yield [...cells, c.sourceId, c.sourceTitle, c.locator, c.quote];
}

const enumWord = (value: string | null | undefined): string => (value ? fromEnumName(value) : '');
const list = (items: readonly unknown[] | null | undefined, separator = '; '): string => (items ?? []).join(separator);

export const ANSWER_TABLES: Record<string, AnswerTable> = {
  'instrument-parties': {
    parameters: [
      { name: 'instrument', required: true },
      { name: 'asOf', required: false },
    ],
    query: `query InstrumentPartiesTable($instrument: ID!, $asOf: String) {
      ratificationStatus(instrument: $instrument, asOf: $asOf) {
        parties { state { id name iso3 } action date datePrecision asOf asOfLatest sources { ${CITATION} } }
      }
    }`,
    header: ['state_id', 'state', 'iso3', 'action', 'date', 'date_precision', 'data_as_of', 'data_as_of_latest', ...CITATION_COLUMNS],
    *rows(data) {
      for (const p of data.ratificationStatus.parties) {
        yield* perCitation([p.state.id, p.state.name, p.state.iso3, enumWord(p.action), p.date, enumWord(p.datePrecision), p.asOf, p.asOfLatest], p.sources);
      }
    },
  },
  'group-members': {
    parameters: [
      { name: 'group', required: true },
      { name: 'role', required: false },
    ],
    query: `query GroupMembersTable($group: ID!, $role: MembershipRole) {
      memberships(group: $group, role: $role) {
        member { id name kind } role roleAsWritten since until basis firstYear lastYear asOf asOfLatest listComplete sources { ${CITATION} }
      }
    }`,
    header: [
      'member_id',
      'member',
      'member_kind',
      'role',
      'role_as_written',
      'since',
      'until',
      'basis',
      'first_year',
      'last_year',
      'as_of',
      'as_of_latest',
      'list_complete',
      ...CITATION_COLUMNS,
    ],
    *rows(data) {
      for (const m of data.memberships) {
        yield* perCitation(
          [
            m.member.id,
            m.member.name,
            m.member.kind,
            enumWord(m.role),
            m.roleAsWritten,
            m.since,
            m.until,
            enumWord(m.basis),
            m.firstYear,
            m.lastYear,
            m.asOf,
            m.asOfLatest,
            m.listComplete,
          ],
          m.sources,
        );
      }
    },
  },
  'monitoring-bodies': {
    parameters: [
      { name: 'right', required: true },
      { name: 'category', required: true },
      { name: 'state', required: false },
    ],
    query: `query MonitoringBodiesTable($right: ID!, $category: ID!, $state: ID) {
      monitoringBodies(right: $right, category: $category, state: $state) {
        monitorId monitorName monitorLabel basis instrumentId articles monitoringKind categoryPath
        evidence { type from to citations { ${CITATION} } }
      }
    }`,
    header: [
      'monitor_id',
      'monitor',
      'monitor_kind',
      'basis',
      'instrument_id',
      'articles',
      'monitoring_kind',
      'category_path',
      'evidence_type',
      'evidence_from',
      'evidence_to',
      ...CITATION_COLUMNS,
    ],
    *rows(data) {
      for (const a of data.monitoringBodies) {
        const answer = [
          a.monitorId,
          a.monitorName,
          a.monitorLabel,
          enumWord(a.basis),
          a.instrumentId,
          list(a.articles),
          a.monitoringKind,
          list(a.categoryPath, ' > '),
        ];
        for (const step of a.evidence) yield* perCitation([...answer, step.type, step.from, step.to], step.citations);
      }
    },
  },
  'protection-profile': {
    parameters: [
      { name: 'state', required: true },
      { name: 'category', required: true },
    ],
    query: `query ProtectionProfileTable($state: ID!, $category: ID!) {
      protectionProfile(state: $state, category: $category) {
        covered { ...ProfileRow } missing { ...ProfileRow } unknown { ...ProfileRow }
      }
    }
    fragment ProfileRow on ProfileInstrument {
      instrument { id name } categoryPath status statusAsOf
      protection { type fromId toId articles sources { ${CITATION} } }
      ratification { type fromId toId action date sources { ${CITATION} } }
      signature { type fromId toId date sources { ${CITATION} } }
      rights { toId } monitors { fromId }
    }`,
    header: [
      'list',
      'instrument_id',
      'instrument',
      'status',
      'action',
      'date',
      'status_as_of',
      'category_path',
      'articles',
      'rights',
      'monitors',
      'evidence_type',
      'evidence_from',
      'evidence_to',
      ...CITATION_COLUMNS,
    ],
    *rows(data) {
      const profile = data.protectionProfile;
      for (const listName of ['covered', 'missing', 'unknown'] as const) {
        for (const p of profile[listName]) {
          const act = p.ratification ?? p.signature;
          const entry = [
            listName,
            p.instrument.id,
            p.instrument.name,
            STATUS_WORDS[p.status as PairStatus],
            enumWord(p.ratification?.action),
            act?.date,
            p.statusAsOf,
            list(p.categoryPath, ' > '),
            list(p.protection.articles),
            list(p.rights.map((r: any) => r.toId)),
            list(p.monitors.map((m: any) => m.fromId)),
          ];
          // Why the instrument is in the profile (PROTECTS), then the State's act when there is one.
          for (const fact of [p.protection, act].filter(Boolean)) yield* perCitation([...entry, fact.type, fact.fromId, fact.toId], fact.sources);
        }
      }
    },
  },
};
