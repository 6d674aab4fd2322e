/**
 * Membership of the RCPs, the IOM and the GFMD from cited pages (seed/rcp-membership/): one
 * MEMBER_OF edge per (participant, process, role, page), keyed "<role>.<page>", citing the page
 * (a Source node) with the row's excerpt as the verbatim quote and the page's date as `asOf`.
 * Secretariats that are organisations become SECRETARIAT_OF edges (key "<page>"). A page that
 * lists every member of its process and states a date declares coverage as of that date
 * (`listComplete` on its member edges), so "not a member" is known there and unknown elsewhere.
 * Rows whose participant matches no id are reported (docs/rcp-membership-report.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readTable } from '../status/read-table.js';
import type { RawEntry } from '../../model/validate.js';
import { parseLooseDate } from './loose-date.js';
import { participantMatcher } from './participant-names.js';

export const MEMBERSHIP_DIR = 'rcp-membership';
export const MEMBERSHIP_FILES = ['rcp_membership.csv', 'iom_membership.csv', 'gfmd_participation.csv'] as const;
/** Roles that make a State a member for gap analysis and overlaps (docs/model.md). */
export const MEMBER_ROLES = ['member', 'founder'] as const;

export interface Page {
  id: string;
  url: string;
  title: string;
  dateAsStated: string;
  date?: string;
  completeMemberList?: string;
  completenessPerSources?: string;
}

interface NewNode {
  id: string;
  name: string;
  acronym?: string;
  aliases?: string[];
  region?: string;
  type?: string;
  cite: { file: string; line: number };
}

export interface MembershipRow {
  file: string;
  line: number;
  process: string;
  processId?: string;
  participant: string;
  participantId?: string;
  roleAsWritten: string;
  role?: string;
  page: Page;
  excerpt: string;
}

export interface MembershipIssue {
  file: string;
  line: number;
  process: string;
  name: string;
  reason: string;
}

export interface MembershipData {
  nodes: RawEntry[];
  entries: RawEntry[];
  rows: MembershipRow[];
  issues: MembershipIssue[];
  pages: Page[];
}

export const pageSourceId = (pageId: string) => `source:rcp-page-${pageId}`;

const readYaml = <T>(file: string) => YAML.parse(fs.readFileSync(file, 'utf8')) as T;

export function readRcpMembership(seedDir: string, nodeEntries: RawEntry[]): MembershipData {
  const data: MembershipData = { nodes: [], entries: [], rows: [], issues: [], pages: [] };
  const dir = path.join(seedDir, MEMBERSHIP_DIR);
  if (!fs.existsSync(dir)) return data;
  const pages = readYaml<Page[]>(path.join(dir, 'pages.yaml'));
  const roles = readYaml<Record<string, string>>(path.join(dir, 'roles.yaml'));
  const processes = readYaml<{ ids: Record<string, string>; new: NewNode[] }>(path.join(dir, 'processes.yaml'));
  const organisations = readYaml<NewNode[]>(path.join(dir, 'organizations.yaml'));
  const pageByAddress = new Map(pages.map((p) => [`${p.url}\n${p.title}`, p]));
  const match = participantMatcher(seedDir, nodeEntries);
  data.pages = pages;

  const tables = new Map(MEMBERSHIP_FILES.map((f) => [f, readTable(path.join(dir, f))]));
  const locator = (file: string, line: number, page: Page) => `${MEMBERSHIP_DIR}/${file}, line ${line} (page date as stated: ${page.dateAsStated})`;
  const edges = new Map<string, RawEntry>();

  for (const [file, table] of tables) {
    for (const { line, cells } of table) {
      const page = pageByAddress.get(`${cells.source_url}\n${cells.source_title}`);
      const issue = (reason: string) => data.issues.push({ file, line, process: cells.process ?? '', name: cells.participant ?? '', reason });
      if (!page) {
        issue(`page not in pages.yaml: ${cells.source_url}`);
        continue;
      }
      const row: MembershipRow = {
        file, line, process: cells.process ?? '', processId: processes.ids[cells.process ?? ''], participant: cells.participant ?? '',
        roleAsWritten: cells.role ?? '', role: roles[cells.role ?? ''], page, excerpt: cells.excerpt ?? '',
      };
      data.rows.push(row);
      const who = match(row.participant);
      if (who.kind === 'matched') row.participantId = who.id;
      else issue(who.reason);
      if (!row.processId) issue(`process "${row.process}" not in processes.yaml`);
      if (!row.role) issue(`role "${row.roleAsWritten}" not in roles.yaml`);
      if (!row.participantId || !row.processId || !row.role) continue;
      const since = cells.since ? parseLooseDate(cells.since) : undefined;
      const until = cells.until ? parseLooseDate(cells.until) : undefined;
      if (cells.since && !since) issue(`since "${cells.since}" is not a date; loaded without it`);
      if (cells.until && !until) issue(`until "${cells.until}" is not a date; loaded without it`);
      const secretariat = row.role === 'secretariat' && !row.participantId.startsWith('state:');
      const type = secretariat ? 'SECRETARIAT_OF' : 'MEMBER_OF';
      const key = secretariat ? page.id : `${row.role}.${page.id}`;
      // SECRETARIAT_OF has no role field: its locator keeps the page's wording.
      const where = locator(file, line, page) + (secretariat ? `; role as written: ${row.roleAsWritten}` : '');
      const citation = { source: pageSourceId(page.id), locator: where, quote: row.excerpt };
      const edgeKey = `${row.participantId}|${type}|${key}|${row.processId}`;
      const seen = edges.get(edgeKey);
      if (seen) {
        // The same fact twice on one page (a list naming a State twice, or two wordings of one
        // role): one edge, every row kept as a citation.
        (seen.data.citations as unknown[]).push(citation);
        if (!secretariat && !String(seen.data.roleAsWritten).split(' | ').includes(row.roleAsWritten)) seen.data.roleAsWritten += ` | ${row.roleAsWritten}`;
        continue;
      }
      const listComplete = !!page.completeMemberList && (MEMBER_ROLES as readonly string[]).includes(row.role);
      const entry: RawEntry = {
        file: `${MEMBERSHIP_DIR}/${file}`,
        index: line - 2,
        data: {
          type, from: row.participantId, to: row.processId, key,
          ...(secretariat ? {} : {
            role: row.role, roleAsWritten: row.roleAsWritten,
            ...(since ? { since } : {}), ...(until ? { until } : {}),
            ...(page.date ? { asOf: page.date } : {}),
            ...(listComplete ? { listComplete: true } : {}),
          }),
          citations: [citation],
        },
      };
      edges.set(edgeKey, entry);
    }
  }
  data.entries = [...edges.values()];

  const usedPages = new Set(data.rows.map((r) => r.page.id));
  for (const page of pages.filter((p) => usedPages.has(p.id))) {
    data.nodes.push({
      file: `${MEMBERSHIP_DIR}/pages.yaml`,
      index: 0,
      data: { id: pageSourceId(page.id), title: page.title, url: page.url, ...(page.date ? { date: page.date } : {}), author: `page ${page.id} of seed/${MEMBERSHIP_DIR}/SOURCES.md; date as stated: ${page.dateAsStated}` },
    });
  }
  const citeRow = (spec: NewNode['cite']) => {
    const row = data.rows.find((r) => r.file === spec.file && r.line === spec.line);
    if (!row) throw new Error(`${MEMBERSHIP_DIR}: no row at ${spec.file} line ${spec.line}`);
    return [{ source: pageSourceId(row.page.id), locator: locator(row.file, row.line, row.page), quote: row.excerpt }];
  };
  for (const [file, list] of [['processes.yaml', processes.new], ['organizations.yaml', organisations]] as const) {
    list.forEach(({ cite, asWritten: _asWritten, ...node }: NewNode & { asWritten?: string[] }, index) => {
      data.nodes.push({ file: `${MEMBERSHIP_DIR}/${file}`, index, data: { ...node, citations: citeRow(cite) } });
    });
  }
  return data;
}
