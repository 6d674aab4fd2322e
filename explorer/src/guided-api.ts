/**
 * The two reads the guided forms need beyond write-api.ts: a search narrowed to ILO instruments
 * (the model tells them apart by iloNumber), and the coverage a source already declares for a
 * target, so the coverage step shows it instead of adding a duplicate COVERS edge.
 */
import type { Hit } from './search.js';
import { call } from './write-api.js';

type InstrumentHit = Hit & { iloNumber?: string | null };

/** Instruments matching the words that carry an ILO designation (C143, P029...). */
export async function searchIloInstruments(text: string): Promise<Hit[]> {
  const d = await call<{ search: { node: InstrumentHit }[] }>(
    'query ($text: String!) { search(text: $text, kinds: [INSTRUMENT], first: 30) { node { id kind name acronym ... on Instrument { iloNumber } } } }',
    { text },
  );
  return d.search
    .map((h) => h.node)
    .filter((n) => n.iloNumber)
    .slice(0, 8)
    .map(({ id, kind, name, iloNumber }) => ({ id, kind, name, acronym: iloNumber ?? null }));
}

export interface DeclaredCoverage {
  id: string;
  complete: boolean;
  participants: string;
  asOf: string;
  note: string | null;
}

/** The COVERS edge from `source` to `target`, when the source already declares one; null when none (or the source is unknown). */
export async function existingCoverage(source: string, target: string): Promise<DeclaredCoverage | null> {
  const d = await call<{ node: { covers?: (DeclaredCoverage & { toId: string })[] } }>(
    'query ($id: ID!) { node(id: $id) { ... on Source { covers { id toId complete participants asOf note } } } }',
    { id: source },
  ).catch(() => null);
  return d?.node.covers?.find((c) => c.toId === target) ?? null;
}
