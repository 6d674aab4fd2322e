/**
 * The status of one (State, instrument) pair from its recorded facts (docs/model.md, "Per-State
 * treaty status"): party (the first current consent by precedence), signed only, known not party
 * (a complete participant table covers the State; as of its latest date) or unknown. One rule for
 * protectionProfile and the /data/treaty-status.csv table, so the two cannot drift apart.
 */
import type { PairStatus } from '../generated/graphql.js';
import { byPrecedence } from './consent-precedence.js';
import type { EdgeView } from './views.js';

export interface PairFacts {
  /** Every RATIFIED record of the pair, superseded ones included. */
  ratifications: EdgeView[];
  /** Ids of the records a later complete table overrules (listed, never the State's consent). */
  supersededIds: ReadonlySet<string>;
  signatures: EdgeView[];
  /** As-of dates of the complete participant tables that cover the State for the instrument. */
  coveredAsOf: string[];
}

export interface PairStatusView {
  status: PairStatus;
  /** The consent answers use (PARTY only). */
  ratification: EdgeView | null;
  /** Every record, in precedence order. */
  ratifications: EdgeView[];
  /** The signature answers use (SIGNED_ONLY only). */
  signature: EdgeView | null;
  /** For NOT_PARTY and SIGNED_ONLY: the latest covering table's date; null when none covers the pair. */
  statusAsOf: string | null;
}

export function pairStatus(facts: PairFacts): PairStatusView {
  const ratifications = byPrecedence(facts.ratifications);
  const ratification = ratifications.find((r) => !facts.supersededIds.has(r.id)) ?? null;
  const signature = ratification ? null : (byPrecedence(facts.signatures)[0] ?? null);
  const statusAsOf = ratification ? null : ([...facts.coveredAsOf].sort().at(-1) ?? null);
  const status: PairStatus = ratification ? 'PARTY' : signature ? 'SIGNED_ONLY' : statusAsOf ? 'NOT_PARTY' : 'UNKNOWN';
  return { status, ratification, ratifications, signature, statusAsOf };
}
