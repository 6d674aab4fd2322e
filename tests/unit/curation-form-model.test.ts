/**
 * The curation form model (curationModel) follows the graph model: every kind and relationship
 * type with its fields, each with the input path the mutations take (checked against the SDL's
 * inputs), and a property added to the model appears in it with no other change. The explorer's
 * form generator then gives that property an input (issue 18 acceptance: "adding a property to a
 * relationship type in the model makes it appear in the form with no UI code change").
 */
import { buildSchema, getNamedType, isEnumType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCurationModel } from '../../src/curation/form-model.js';
import { KINDS, RELATIONSHIPS } from '../../src/model/model.js';
import { readTypeDefs } from '../../src/schema.js';
import { problemPath, relationshipControls, setPath, typesForKind, valueOf } from '../../explorer/src/form-model.js';

const schema = buildSchema(readTypeDefs());
const model = buildCurationModel({ kinds: KINDS, relationships: RELATIONSHIPS }, schema);

/** The SDL input field at a dotted path under an input type, or undefined. */
function inputField(s: GraphQLSchema, root: string, path: string) {
  let type = s.getType(root);
  let field;
  for (const part of path.split('.')) {
    if (!type || !isInputObjectType(type)) return undefined;
    field = type.getFields()[part];
    type = field ? getNamedType(field.type) : undefined;
  }
  return field;
}

describe('curationModel', () => {
  it('has every node kind and relationship type of the model, and every end pair', () => {
    expect(model.nodeKinds.map((k) => k.idPrefix)).toEqual(Object.keys(KINDS));
    expect(model.relationshipTypes.map((t) => t.type)).toEqual(Object.keys(RELATIONSHIPS));
    const memberOf = model.relationshipTypes.find((t) => t.type === 'MEMBER_OF')!;
    expect(memberOf.ends).toContainEqual({ from: 'STATE', to: 'RCP' });
    expect(memberOf.ends).toHaveLength(RELATIONSHIPS.MEMBER_OF!.from.length * RELATIONSHIPS.MEMBER_OF!.to.length);
    expect(model.nodeKinds.find((k) => k.idPrefix === 'category')!.kind).toBe('MIGRANT_CATEGORY');
  });

  it('gives each field the input path the mutations take, its SDL description, and enum values the SDL enum accepts', () => {
    let checked = 0;
    for (const [root, forms] of [
      ['NodeInput', model.nodeKinds],
      ['RelationshipInput', model.relationshipTypes],
    ] as const) {
      for (const form of forms)
        for (const field of form.fields) {
          const sdl = inputField(schema, root, field.inputPath);
          expect(sdl, `${root}.${field.inputPath}`).toBeDefined();
          expect(field.description).toBe(sdl!.description);
          const named = getNamedType(sdl!.type);
          if (field.enumValues) {
            expect(isEnumType(named), field.inputPath).toBe(true);
            if (isEnumType(named)) for (const v of field.enumValues) expect(named.getValue(v), `${field.inputPath} ${v}`).toBeDefined();
          }
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(60);
    const role = model.relationshipTypes.find((t) => t.type === 'MEMBER_OF')!.fields.find((f) => f.name === 'role')!;
    expect(role).toMatchObject({ inputPath: 'membership.role', required: true, type: 'string' });
    expect(role.enumValues).toContain('FORMER_MEMBER');
    expect(model.nodeKinds.find((k) => k.idPrefix === 'instrument')!.fields.find((f) => f.name === 'adopted')!.inputPath).toBe('instrument.adopted');
    expect(model.nodeKinds.find((k) => k.idPrefix === 'state')!.fields.find((f) => f.name === 'name')!.inputPath).toBe('name');
  });

  it('a property added to a relationship type in the model appears in the form model and gets an input from the explorer form generator', () => {
    const changed = {
      kinds: KINDS,
      relationships: {
        ...RELATIONSHIPS,
        MEMBER_OF: {
          ...RELATIONSHIPS.MEMBER_OF!,
          fields: {
            ...RELATIONSHIPS.MEMBER_OF!.fields,
            delegationSize: { type: 'number' as const },
            seatKind: { type: 'string' as const, values: ['full', 'rotating'] },
          },
        },
      },
    };
    const before = relationshipControls(model, 'MEMBER_OF').map((c) => c.path);
    expect(before).not.toContain('membership.delegationSize');
    const form = buildCurationModel(changed, schema);
    const controls = relationshipControls(form, 'MEMBER_OF');
    expect(controls.find((c) => c.path === 'membership.delegationSize')).toMatchObject({ label: 'delegationSize', kind: 'number', required: false });
    expect(controls.find((c) => c.path === 'membership.seatKind')).toMatchObject({ kind: 'select', options: ['FULL', 'ROTATING'] });
    expect(controls.length).toBe(before.length + 2);
    // And what the curator types there goes into the mutation input at that path.
    const input: Record<string, unknown> = {};
    setPath(
      input,
      'membership.delegationSize',
      valueOf(
        controls.find((c) => c.path === 'membership.delegationSize')!,
        '4',
      ),
    );
    expect(input).toEqual({ membership: { delegationSize: 4 } });
  });

  it('a new relationship type appears among the types a node of its kind may take part in', () => {
    const changed = {
      kinds: KINDS,
      relationships: {
        ...RELATIONSHIPS,
        OBSERVES: {
          from: ['state'],
          to: ['rcp'],
          fields: { since: { type: 'date' as const } },
          api: { ...RELATIONSHIPS.HOSTED_BY!.api, typeName: 'Observation' },
        },
      },
    };
    const form = buildCurationModel(changed);
    expect(typesForKind(form, 'STATE').find((t) => t.type === 'OBSERVES')).toEqual({ type: 'OBSERVES', asFrom: ['RCP'], asTo: [] });
    expect(relationshipControls(form, 'OBSERVES').map((c) => c.path)).toEqual(['observation.since']);
    expect(typesForKind(model, 'STATE').some((t) => t.type === 'OBSERVES')).toBe(false);
  });
});

describe('explorer problemPath', () => {
  it('puts a problem next to the input its field names', () => {
    expect(problemPath('membership.role')).toBe('membership.role');
    expect(problemPath('citations[0].quote')).toBe('citations[0].quote');
    expect(problemPath('addRelationship.membership.since')).toBe('membership.since');
    expect(problemPath('citations', 'citation 2: missing locator')).toBe('citations[1].locator');
    expect(problemPath('citations', 'needs at least one citation (source and locator)')).toBe('citations');
  });
});
