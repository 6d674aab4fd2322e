/**
 * Explicit matching of the membership rows' participant names (as the pages write them: Spanish,
 * French, Swedish, typos) to graph ids: seed/rcp-names.yaml first (exact text), then the
 * treaty-status matcher (a State's name or aliases, seed/status-names.yaml). Names reviewed and
 * deliberately not attributed carry their reason; anything else is "not reviewed". Both are
 * reported (docs/rcp-membership-report.md), never dropped silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { stateNameMatcher } from '../status/state-names.js';
import type { RawEntry } from '../../model/validate.js';

export type ParticipantMatch = { kind: 'matched'; id: string; how: 'table' | 'state name' } | { kind: 'unmatched'; reason: string };

interface NamesFile {
  states?: Record<string, string>;
  organisations?: Record<string, string>;
  other?: Record<string, string>;
  unmatched?: Record<string, string>;
}

export const NOT_REVIEWED = 'name matches nothing and is not reviewed (add it to seed/rcp-names.yaml)';

export function participantMatcher(seedDir: string, nodeEntries: RawEntry[]): (name: string) => ParticipantMatch {
  const names = YAML.parse(fs.readFileSync(path.join(seedDir, 'rcp-names.yaml'), 'utf8')) as NamesFile;
  const table = new Map(Object.entries({ ...names.states, ...names.organisations, ...names.other }));
  const unmatched = new Map(Object.entries(names.unmatched ?? {}));
  const matchState = stateNameMatcher(seedDir, nodeEntries);
  return (raw) => {
    const name = raw.trim();
    const id = table.get(name);
    if (id) return { kind: 'matched', id, how: 'table' };
    const reason = unmatched.get(name);
    if (reason) return { kind: 'unmatched', reason };
    const state = matchState(name);
    if (state.kind === 'state') return { kind: 'matched', id: state.stateId, how: 'state name' };
    return { kind: 'unmatched', reason: NOT_REVIEWED };
  };
}
