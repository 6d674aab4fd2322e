/**
 * The curation form model: what the explorer's edit forms show, derived from the graph model
 * (src/model/model.ts) each time it is asked, never listed by hand. Each field carries the input
 * path the curation mutations take (`membership.role`, `instrument.adopted`, `name`), which is
 * also the `field` a refusal's problems name, so a form can put a problem next to its input.
 * Enumerated values are given as the GraphQL enum names the mutations accept (FORMER_MEMBER).
 */
import type { GraphQLSchema } from 'graphql';
import { toEnumName } from '../graph/views.js';
import type { CurationModel, FormField, NodeKindForm, RelationshipTypeForm } from './curation-model-types.js';
import { COMMON_FIELD_NAMES, fieldNameOf, nodeKindEnumOf, type FieldSpec, type KindSpec, type RelationshipSpec } from '../model/model.js';

export type { CurationModel, FormField, NodeKindForm, RelationshipTypeForm } from './curation-model-types.js';

/** The model the form follows; tests pass a changed one to show the form follows it. */
export interface ModelSource {
  kinds: Record<string, KindSpec>;
  relationships: Record<string, RelationshipSpec>;
}

/** The fields of an input object type, read by shape rather than graphql's instanceof checks (which throw when the schema was built by another copy of the graphql package, as under vitest). */
type InputFieldLike = { description?: string | null; type: unknown };
function inputFieldsOf(type: unknown): Record<string, InputFieldLike> | undefined {
  const t = type as { getFields?: () => Record<string, InputFieldLike>; getInterfaces?: unknown; astNode?: { kind?: string } } | undefined;
  return t?.getFields && t.astNode?.kind !== 'ObjectTypeDefinition' && !t.getInterfaces ? t.getFields() : undefined;
}
const namedTypeOf = (type: unknown): unknown => {
  let t = type as { ofType?: unknown };
  while (t.ofType) t = t.ofType as { ofType?: unknown };
  return t;
};

/** The description the SDL gives an input field at `path` under `root` (e.g. RelationshipInput, membership.role). */
function describeInput(schema: GraphQLSchema | undefined, root: string, path: string): string | null {
  let type: unknown = schema?.getType(root);
  let description: string | null = null;
  for (const part of path.split('.')) {
    const field = inputFieldsOf(type)?.[part];
    if (!field) return null;
    description = field.description ?? null;
    type = namedTypeOf(field.type);
  }
  return description;
}

function formField(name: string, spec: FieldSpec, inputPath: string, description: string | null): FormField {
  return {
    name,
    type: spec.type,
    required: spec.required ?? false,
    enumValues: spec.values ? spec.values.map(toEnumName) : null,
    description,
    inputPath,
  };
}

/** The input section of a kind with fields of its own (org → organization), as src/curation/node-input.ts names it. */
const nodeSection = (spec: KindSpec): string | null =>
  Object.keys(spec.fields).some((f) => f !== 'id' && !COMMON_FIELD_NAMES.includes(f)) ? fieldNameOf(spec.label) : null;

/** The input section of a type with properties (MEMBER_OF → membership), as src/curation/relationship-input.ts names it. */
const relationshipSection = (spec: RelationshipSpec): string | null => (Object.keys(spec.fields).length > 0 ? fieldNameOf(spec.api.typeName) : null);

export function buildCurationModel(model: ModelSource, schema?: GraphQLSchema): CurationModel {
  const enumOfKind = (kind: string) => nodeKindEnumOf(model.kinds[kind]!.label);
  const nodeKinds = Object.entries(model.kinds).map(([kind, spec]): NodeKindForm => {
    const section = nodeSection(spec);
    return {
      kind: enumOfKind(kind),
      label: spec.label,
      idPrefix: kind,
      inputSection: section,
      fields: Object.entries(spec.fields)
        .filter(([name]) => name !== 'id')
        .map(([name, field]) => {
          const path = COMMON_FIELD_NAMES.includes(name) || !section ? name : `${section}.${name}`;
          return formField(name, field, path, describeInput(schema, 'NodeInput', path));
        }),
    };
  });
  const relationshipTypes = Object.entries(model.relationships).map(([type, spec]): RelationshipTypeForm => {
    const section = relationshipSection(spec);
    return {
      type,
      ends: spec.from.flatMap((from) => spec.to.map((to) => ({ from: enumOfKind(from), to: enumOfKind(to) }))),
      inputSection: section,
      fields: Object.entries(spec.fields).map(([name, field]) => {
        const path = `${section}.${name}`;
        return formField(name, field, path, describeInput(schema, 'RelationshipInput', path));
      }),
    };
  });
  return { nodeKinds, relationshipTypes };
}
