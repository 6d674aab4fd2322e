/**
 * An addRelationship/updateRelationship input turned into a seed-style entry for the shared
 * validator. Type-specific properties sit in one section named for the edge
 * (`ratification: { action, date }`); problems about them carry that path.
 */
import { RELATIONSHIPS, fieldNameOf } from '../model/model.js';
import { mergeCitations, toRawCitations, type CitationInput } from './citation-input.js';
import type { EntryDraft } from './node-input.js';
import { overlaySection } from './node-input.js';
import type { InputProblem } from '../errors/problems.js';
import type { RawCitation } from '../model/stored-entry.js';

/** Relationship type → the input section holding its properties, named for its edge type (RATIFIED → ratification). Types without properties have none. */
export const RELATIONSHIP_SECTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(RELATIONSHIPS)
    .filter(([, spec]) => Object.keys(spec.fields).length > 0)
    .map(([type, spec]) => [type, fieldNameOf(spec.api.typeName)]),
);

export interface RelationshipInput {
  type: string;
  from: string;
  to: string;
  key?: string | null;
  citations: readonly CitationInput[];
  [section: string]: unknown;
}

export function relationshipDraft(input: RelationshipInput, base?: Record<string, unknown>): EntryDraft {
  const spec = RELATIONSHIPS[input.type];
  const section = RELATIONSHIP_SECTIONS[input.type];
  const pathOf = (field: string): string => (section && spec && field in spec.fields ? `${section}.${field}` : field);
  if (!spec) return { problems: [{ field: 'type', reason: `unknown relationship type "${input.type}"` }], pathOf };
  const problems: InputProblem[] = [];
  for (const other of Object.values(RELATIONSHIP_SECTIONS)) {
    if (other !== section && input[other] !== undefined && input[other] !== null) {
      problems.push({ field: other, reason: `"${other}" fields do not apply to ${input.type}${section ? `; use "${section}"` : ' (it has no properties)'}` });
    }
  }
  // A new entry without citations is refused by the validator itself; an update would inherit
  // the stored ones, but the new values need a source of their own.
  if (base && input.citations.length === 0)
    problems.push({ field: 'citations', reason: 'needs at least one citation (source and locator) for the new values' });
  const data: Record<string, unknown> = base ? { ...base } : { type: input.type, from: input.from, to: input.to };
  if (!base && input.key) data.key = input.key;
  if (section) overlaySection(data, input[section], spec.fields);
  const newCitations = toRawCitations(input.citations);
  data.citations = mergeCitations((base?.citations as RawCitation[] | undefined) ?? [], newCitations);
  return { data, problems, pathOf, newCitations };
}
