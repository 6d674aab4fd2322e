/**
 * Reads every membership data set (UN admissions, UN regional groups, COW IGO years) into seed
 * entries for the shared validator, the rows it could not attribute (reported), and what the
 * report compares (UN admission dates against COW's first UN member year).
 */
import type { RawEntry } from '../../model/validate.js';
import { stateNameMatcher } from '../status/state-names.js';
import type { SkippedRow } from '../status/status-data.js';
import { readCowIgo, type CowRun } from './cow-igo.js';
import { readRegionalGroups, type MatchedByName } from './regional-groups.js';
import { readUnMembership, type UnMembershipDate } from './un-membership.js';

export interface MembershipData {
  entries: RawEntry[];
  skipped: SkippedRow[];
  unDates: UnMembershipDate[];
  cowRuns: CowRun[];
  matchedByName: MatchedByName[];
}

export function readMembershipData(seedDir: string, nodeEntries: RawEntry[]): MembershipData {
  const matchName = stateNameMatcher(seedDir, nodeEntries);
  const stateIds = new Set(nodeEntries.map((e) => e.data.id).filter((id): id is string => typeof id === 'string' && id.startsWith('state:')));
  const un = readUnMembership(seedDir, matchName);
  const groups = readRegionalGroups(seedDir, stateIds, matchName);
  const cow = readCowIgo(seedDir, stateIds);
  return {
    entries: [...un.entries, ...groups.entries, ...cow.entries],
    skipped: [...un.skipped, ...groups.skipped, ...cow.skipped],
    unDates: un.dates,
    cowRuns: cow.runs,
    matchedByName: groups.byName,
  };
}
