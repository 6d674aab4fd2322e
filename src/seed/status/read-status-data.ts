/**
 * Reads every treaty-status data set besides the 2022 compilation (src/seed/treaty-status.ts):
 * UN Treaty Collection 2026 and 2015, ILO partial. One matcher for participant names, so every
 * data set follows the same rules and reports what it could not attribute.
 */
import type { RawEntry } from '../../model/validate.js';
import { readIloPartial } from './ilo-partial.js';
import { stateNameMatcher } from './state-names.js';
import type { StatusData } from './status-data.js';
import { readUntc2015 } from './untc-2015.js';
import { readUntc2026 } from './untc-2026.js';

export function readStatusData(seedDir: string, nodeEntries: RawEntry[]): StatusData {
  const matchName = stateNameMatcher(seedDir, nodeEntries);
  const stateIds = new Set(nodeEntries.map((e) => e.data.id).filter((id): id is string => typeof id === 'string' && id.startsWith('state:')));
  const parts = [readUntc2026(seedDir, matchName), readUntc2015(seedDir, matchName), readIloPartial(seedDir, stateIds, matchName)];
  return {
    entries: parts.flatMap((p) => p.entries),
    skipped: parts.flatMap((p) => p.skipped),
    values: parts.flatMap((p) => p.values),
  };
}
