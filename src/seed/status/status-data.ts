/**
 * What every treaty-status reader returns: seed entries for the validator (RATIFIED, SIGNED and
 * COVERS), the rows it could not attribute to a State (reported, never dropped silently), and
 * the per-pair values it read, for the disagreement report.
 */
import type { RawEntry } from '../../model/validate.js';
import type { NameMatch } from './state-names.js';

export interface SkippedRow {
  file: string;
  line: number;
  name: string;
  /** predecessor, not-a-state, unmatched, or another reason a row was not loaded */
  reason: string;
}

/** One data set's statement about a (State, instrument) pair. */
export interface PairValue {
  dataSet: string;
  file: string;
  line: number;
  stateId: string;
  instrumentId: string;
  status: 'party' | 'signed' | 'none';
  action?: string;
  date?: string;
  signatureDate?: string;
}

export interface StatusData {
  entries: RawEntry[];
  skipped: SkippedRow[];
  values: PairValue[];
}

/** The report line for a row whose participant is not a loadable State. */
export function skippedFor(match: NameMatch, file: string, line: number, name: string): SkippedRow {
  const reason =
    match.kind === 'predecessor' ? `predecessor State, not attributed to a successor (${match.rule})`
    : match.kind === 'not-a-state' ? `not a State (${match.rule})`
    : 'name matches no State (add it to seed/status-names.yaml or add the State)';
  return { file, line, name, reason };
}
