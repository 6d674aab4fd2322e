/**
 * The write inputs in schema/curation.graphql and the graph model (src/model/model.ts) must
 * name the same fields: a field the model has and the input lacks could never be written,
 * one the input has and the model lacks would always be refused.
 */
import { buildSchema, isInputObjectType, type GraphQLInputType, isNonNullType, isListType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_SECTIONS } from '../../src/curation/node-input.js';
import { RELATIONSHIP_SECTIONS } from '../../src/curation/relationship-input.js';
import { KINDS, RELATIONSHIPS } from '../../src/model/model.js';
import { readTypeDefs } from '../../src/schema.js';

const schema = buildSchema(readTypeDefs());
const named = (type: GraphQLInputType): string => (isNonNullType(type) || isListType(type) ? named(type.ofType) : type.name);
const COMMON = ['id', 'name', 'acronym', 'aliases', 'description'];

function inputFields(typeName: string): Record<string, string> {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type`);
  return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, named(f.type)]));
}

describe('NodeInput', () => {
  const nodeInput = inputFields('NodeInput');

  it('has the common fields, citations and one section per kind that has fields of its own', () => {
    expect(Object.keys(nodeInput).sort()).toEqual([...COMMON, 'citations', ...Object.values(NODE_SECTIONS)].sort());
    for (const [kind, spec] of Object.entries(KINDS)) {
      const own = Object.keys(spec.fields).filter((f) => !COMMON.includes(f));
      expect(Boolean(NODE_SECTIONS[kind]), kind).toBe(own.length > 0 || kind === 'source');
    }
  });

  it.each(Object.entries(NODE_SECTIONS))("the %s section holds exactly the kind's own fields", (kind, section) => {
    const fields = inputFields(nodeInput[section]!);
    const own = Object.keys(KINDS[kind]!.fields).filter((f) => (kind === 'source' ? f !== 'id' : !COMMON.includes(f)));
    expect(Object.keys(fields).sort()).toEqual(own.sort());
  });
});

describe('RelationshipInput', () => {
  const relInput = inputFields('RelationshipInput');
  const updateInput = inputFields('RelationshipUpdateInput');

  it('has one section per relationship type with properties, in both inputs', () => {
    const withProps = Object.entries(RELATIONSHIPS)
      .filter(([, spec]) => Object.keys(spec.fields).length > 0)
      .map(([type]) => type);
    expect(Object.keys(RELATIONSHIP_SECTIONS).sort()).toEqual(withProps.sort());
    for (const section of Object.values(RELATIONSHIP_SECTIONS)) {
      expect(relInput[section], section).toBeDefined();
      expect(updateInput[section], section).toBe(relInput[section]);
    }
  });

  it.each(Object.entries(RELATIONSHIP_SECTIONS))('the %s section holds exactly its properties', (type, section) => {
    expect(Object.keys(inputFields(relInput[section]!)).sort()).toEqual(Object.keys(RELATIONSHIPS[type]!.fields).sort());
  });
});
