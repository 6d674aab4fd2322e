/**
 * The membership part of the loader report (docs/status-data-report.md): what was loaded per data
 * set, rows and keys not attributed to a State, the countries matched by name, and where COW IGO
 * v3's UN member years disagree with the UN Treaty Collection's admission dates (both are kept).
 * Built from the files alone, like the treaty-status part.
 */
import type { RelationshipRecord } from '../../model/validate.js';
import { COW_LAST_YEAR } from './cow-igo.js';
import type { MembershipData } from './read-membership-data.js';
import { UN_ID } from './un-membership.js';

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['(none)'];
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)];
}

export function membershipReport(data: MembershipData, relationships: RelationshipRecord[]): string {
  const out: string[] = ['', '# Membership data: loader report', '', 'Rules: docs/model.md ("Membership"). UN admissions (seed/un-membership/), UN regional groups (seed/un-regional-groups/), IOM, UN and ILO member years (seed/cow-igo/).', ''];
  const counts = new Map<string, number>();
  for (const r of relationships) {
    if (r.type !== 'MEMBER_OF' && r.type !== 'COVERS') continue;
    const source = String((r.props.citeSources as string[])[0]);
    if (!['source:untc-status-2015', 'source:worldcountrygroups-0.5.0', 'source:cow-igo-v3'].includes(source)) continue;
    if (r.type === 'COVERS' && r.to.startsWith('instrument:')) continue;
    const key = `${source} ${r.type} ${r.to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  out.push('## Facts loaded per data set', '');
  out.push(...table(['source', 'relationship', 'organisation or group', 'count'], [...counts].sort().map(([k, n]) => [...k.split(' '), String(n)] as string[])));

  out.push('', '## Rows and keys not attributed to a State', '', 'COW keys are listed once per organisation with their row count and first line.', '');
  out.push(...table(['file:line', 'name or key', 'reason'], data.skipped.map((s) => [`${s.file}:${s.line}`, s.name, s.reason])));

  out.push('', '## Regional groups: matched by name, listed twice, observers', '');
  out.push('Rows with an empty ISO code, matched by name (seed/status-names.yaml):', '');
  out.push(...table(['file', 'name', 'State'], data.matchedByName.map((m) => [m.file, m.name, m.stateId])));
  const groupsOf = new Map<string, string[]>();
  for (const e of data.entries) {
    if (e.data.type !== 'MEMBER_OF' || !String(e.data.to).startsWith('forum:un-')) continue;
    const label = `${String(e.data.to)}${e.data.role === 'observer' ? ' (observer)' : ''}`;
    groupsOf.set(String(e.data.from), [...(groupsOf.get(String(e.data.from)) ?? []), label]);
  }
  const special = [...groupsOf].filter(([, g]) => g.length > 1 || g.some((x) => x.endsWith('(observer)')));
  out.push('', 'States in more than one group, or listed as observers:', '');
  out.push(...table(['State', 'groups'], special.sort().map(([s, g]) => [s, g.join(', ')])));

  // COW's UN member years against the UN Treaty Collection's date.
  const unDate = new Map(data.unDates.map((d) => [d.stateId, d]));
  const cowUn = new Map<string, { firstYear: number; lastYear: number }[]>();
  for (const r of data.cowRuns.filter((x) => x.orgId === UN_ID)) cowUn.set(r.stateId, [...(cowUn.get(r.stateId) ?? []), r].sort((a, b) => a.firstYear - b.firstYear));
  const differs: string[][] = [];
  const gaps: string[][] = [];
  let agree = 0;
  for (const [stateId, d] of [...unDate].sort()) {
    const runs = cowUn.get(stateId);
    const year = Number(d.date.slice(0, 4));
    const runText = runs?.map((r) => `${r.firstYear}-${r.lastYear}`).join(', ') ?? 'no UN member year';
    if (runs && runs.length > 1) gaps.push([stateId, `${d.file}:${d.line}: ${d.basis} ${d.date}`, runText]);
    if (runs && runs[0]!.firstYear === year && runs.at(-1)!.lastYear === COW_LAST_YEAR) agree++;
    else if (!runs || runs[0]!.firstYear !== year) differs.push([stateId, `${d.file}:${d.line}: ${d.basis} ${d.date}`, runText]);
  }
  const cowOnly = [...cowUn].filter(([s]) => !unDate.has(s)).map(([s, runs]) => [s, runs.map((r) => `${r.firstYear}-${r.lastYear}`).join(', ')]);
  out.push('', '## COW IGO v3 UN member years against the UN Treaty Collection (2013-2015)', '');
  out.push(`${unDate.size} UN Members with a Charter ratification or admission date; ${agree} have one COW run from that year to ${COW_LAST_YEAR}. Both are kept (MEMBER_OF with basis admission or charter-ratification, and basis member-in-years); COW years are never read as an admission date.`, '');
  out.push(`- COW's first UN member year is not the year of the UN date (or COW has no UN year): ${differs.length}`);
  out.push(`- more than one COW run of UN membership (a gap, or two COW keys such as wgermany and germany): ${gaps.length}`);
  out.push(`- COW UN member years for a State with no UN date in the table: ${cowOnly.length}`, '');
  out.push('### First COW year differs from the UN date', '', ...table(['State', 'UN Treaty Collection', 'COW UN member years'], differs));
  out.push('', '### More than one COW run of UN membership', '', ...table(['State', 'UN Treaty Collection', 'COW UN member years'], gaps));
  out.push('', '### COW UN member years without a UN date', '', ...table(['State', 'COW UN member years'], cowOnly));
  const iomLast = data.cowRuns.filter((r) => r.orgId === 'org:iom' && r.lastYear === COW_LAST_YEAR).length;
  out.push('', `IOM full members in ${COW_LAST_YEAR} according to COW IGO v3 (States attributed): ${iomLast}; A/68/283 para 58 reports 151 in 2013.`, '');
  return out.join('\n');
}
