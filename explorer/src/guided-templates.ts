/**
 * The guided forms for the known gaps (issue 18, item 5) as data: each template only picks a
 * relationship type, where the State stands, which kinds the other end may be (narrowed from what
 * curationModel allows), and which of the type's fields come first. The fields themselves, their
 * controls and enum values all come from curationModel (form-model.ts), so a property added to
 * the model shows up here with no change. No DOM here: tests/unit/guided-templates.test.ts runs it.
 */
import { controlFor, type Control, type CurationModel } from './form-model.js';

export interface GuidedTemplate {
  id: 'rcp-membership' | 'ilo-ratification' | 'iom-membership';
  title: string;
  intro: string;
  type: string;
  /** The other end's kinds the template wants; only those the model allows opposite a STATE are offered. */
  otherKinds: string[];
  /** A fixed other end (IOM), instead of a search. */
  fixedOther?: string;
  /** Narrow the other end's search to ILO instruments (those with an iloNumber). */
  iloOnly?: boolean;
  otherLabel: string;
  /** Field names shown first, in this order; the type's other fields follow under "More fields". */
  first: string[];
}

export const GUIDED_TEMPLATES: GuidedTemplate[] = [
  {
    id: 'rcp-membership',
    title: 'RCP or forum membership',
    intro: 'A State taking part in a regional consultative process or a forum, as a page (process website, IOM page) lists it.',
    type: 'MEMBER_OF',
    otherKinds: ['RCP', 'FORUM'],
    otherLabel: 'process or forum',
    first: ['role', 'since', 'until', 'roleAsWritten'],
  },
  {
    id: 'ilo-ratification',
    title: 'ILO ratification',
    intro: 'A State ratifying an ILO convention or protocol, as NORMLEX or another status list gives it.',
    type: 'RATIFIED',
    otherKinds: ['INSTRUMENT'],
    iloOnly: true,
    otherLabel: 'ILO convention',
    first: ['action', 'date', 'datePrecision', 'asOf'],
  },
  {
    id: 'iom-membership',
    title: 'IOM membership',
    intro: 'A State becoming a Member State (or observer) of the International Organization for Migration.',
    type: 'MEMBER_OF',
    otherKinds: ['ORGANIZATION'],
    fixedOther: 'org:iom',
    otherLabel: 'organisation',
    first: ['role', 'since', 'until', 'basis', 'roleAsWritten'],
  },
];

/**
 * How the cited source's completeness is declared for a target kind, as the model allows it:
 * a COVERS edge from the Source when the model lets COVERS point at that kind (instruments,
 * organisations, forums); else the fact's own listComplete/asOf fields (RCPs); else not at all.
 */
export interface CoveragePlan {
  mode: 'covers' | 'edge' | 'none';
  controls: Control[];
}

const COVERAGE_EDGE_FIELDS = ['listComplete', 'asOf'];

export function coveragePlan(model: CurationModel, template: GuidedTemplate, otherKind: string): CoveragePlan {
  const covers = model.relationshipTypes.find((t) => t.type === 'COVERS');
  if (covers?.ends.some((e) => e.from === 'SOURCE' && e.to === otherKind)) return { mode: 'covers', controls: covers.fields.map(controlFor) };
  const fields = model.relationshipTypes.find((t) => t.type === template.type)?.fields ?? [];
  const own = COVERAGE_EDGE_FIELDS.map((name) => fields.find((f) => f.name === name));
  if (own.every(Boolean)) return { mode: 'edge', controls: own.map((f) => controlFor(f!)) };
  return { mode: 'none', controls: [] };
}

/** The kinds the other end may be: the template's wish, as far as the model allows them opposite a State. */
export function otherKindsOf(model: CurationModel, template: GuidedTemplate): string[] {
  const ends = model.relationshipTypes.find((t) => t.type === template.type)?.ends ?? [];
  return template.otherKinds.filter((kind) => ends.some((e) => e.from === 'STATE' && e.to === kind));
}

/**
 * The fact's controls from curationModel: the template's first fields in its order, then every
 * other field of the type (`more`). With `edgeCoverage`, the fields the coverage step asks for
 * (listComplete, asOf) are left to that step.
 */
export function guidedControls(model: CurationModel, template: GuidedTemplate, edgeCoverage = false): { first: Control[]; more: Control[] } {
  const fields = model.relationshipTypes.find((t) => t.type === template.type)?.fields ?? [];
  const asked = edgeCoverage ? COVERAGE_EDGE_FIELDS : [];
  const first = template.first.flatMap((name) => fields.filter((f) => f.name === name)).map(controlFor);
  const more = fields.filter((f) => !template.first.includes(f.name) && !asked.includes(f.name)).map(controlFor);
  return { first, more };
}

/** The kind (as NodeKind names it) of an id, from the model's id prefixes: org:iom → ORGANIZATION. */
export function kindOfId(model: CurationModel, id: string): string | null {
  const prefix = id.split(':')[0];
  return model.nodeKinds.find((k) => k.idPrefix === prefix)?.kind ?? null;
}
