/**
 * A createNode/updateNode input turned into a seed-style entry for the shared validator.
 * The kind comes from the id prefix, as in the seed files; kind-specific fields sit in one
 * section named for the kind (`instrument: { type, adopted }`), and problems about them are
 * reported with that path (`instrument.adopted`). In an update, an omitted field keeps its
 * value and null removes it.
 */
import { fromEnumName } from '../graph/views.js';
import { KINDS, MAX_ID_LENGTH, fieldNameOf, kindOf, ownFieldsOf } from '../model/model.js';
import { mergeCitations, toRawCitations, type CitationInput } from './citation-input.js';
import type { InputProblem } from '../errors/problems.js';
import type { RawCitation } from '../model/stored-entry.js';

/**
 * Model kind (id prefix) → the input section holding its own fields, named for its label
 * (org → organization). Kinds with no fields of their own (categories, rights) have none.
 */
export const NODE_SECTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(KINDS)
    .filter(([kind]) => ownFieldsOf(kind).length > 0)
    .map(([kind, spec]) => [kind, fieldNameOf(spec.label)]),
);

const COMMON_FIELDS = ['name', 'acronym', 'aliases', 'description'] as const;

export interface NodeInput {
  id: string;
  name?: string | null;
  acronym?: string | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  citations: readonly CitationInput[];
  [section: string]: unknown;
}

export interface EntryDraft {
  /** The entry as the validator reads it; undefined when the input is unusable (problems say why). */
  data?: Record<string, unknown>;
  problems: InputProblem[];
  /** Input path of a model field, for problem messages. */
  pathOf(field: string): string;
  /** The citations the input gives (problem `citations[i]` is the input's i-th): their quotes are checked (quote-check.ts). */
  newCitations?: RawCitation[];
}

function overlay(target: Record<string, unknown>, name: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null) delete target[name];
  else target[name] = value;
}

/** Overlays a section's fields, turning GraphQL enum names (OPTIONAL_PROTOCOL) into stored values. */
export function overlaySection(target: Record<string, unknown>, section: unknown, fields: Record<string, { values?: readonly string[] }>): void {
  if (section === null || section === undefined) return;
  for (const [name, value] of Object.entries(section as Record<string, unknown>)) {
    overlay(target, name, fields[name]?.values && typeof value === 'string' ? fromEnumName(value) : value);
  }
}

/** `base` is the stored node as an entry (updates); without it the input is a whole new node. */
export function nodeDraft(input: NodeInput, base?: Record<string, unknown>): EntryDraft {
  const kind = kindOf(input.id);
  const section = kind ? NODE_SECTIONS[kind] : undefined;
  const pathOf = (field: string): string =>
    section && kind && field in KINDS[kind]!.fields && field !== 'id' && !(COMMON_FIELDS as readonly string[]).includes(field) ? `${section}.${field}` : field;
  if (!kind) {
    const got = input.id.length > 80 ? `"${input.id.slice(0, 80)}..." (${input.id.length} characters)` : `"${input.id}"`;
    return {
      problems: [
        {
          field: 'id',
          reason: `id must be "<kind>:<slug>" with kind one of ${Object.keys(KINDS).join(', ')} (slug: letters, digits, . _ + -; at most ${MAX_ID_LENGTH} characters in all), got ${got}`,
        },
      ],
      pathOf,
    };
  }
  const problems: InputProblem[] = [];
  const label = KINDS[kind]!.label;
  for (const other of Object.values(NODE_SECTIONS)) {
    if (other !== section && input[other] !== undefined && input[other] !== null) {
      problems.push({
        field: other,
        reason: `"${other}" fields do not apply to a ${label} (the id prefix "${kind}:" makes it one)${section ? `; use "${section}"` : ''}`,
      });
    }
  }
  // A new entry without citations is refused by the validator itself; an update would inherit
  // the stored ones, but the new values need a source of their own.
  if (base && input.citations.length === 0)
    problems.push({ field: 'citations', reason: 'needs at least one citation (source and locator) for the new values' });
  const data: Record<string, unknown> = base ? { ...base } : { id: input.id };
  for (const name of COMMON_FIELDS) overlay(data, name, input[name]);
  if (section) overlaySection(data, input[section], KINDS[kind]!.fields);
  const newCitations = toRawCitations(input.citations);
  data.citations = mergeCitations((base?.citations as RawCitation[] | undefined) ?? [], newCitations);
  return { data, problems, pathOf, newCitations };
}
