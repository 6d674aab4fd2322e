/**
 * The SDL, the graph model (src/model/model.ts) and the resolver tables (src/graph/schema-map.ts)
 * describe the same graph three times; these checks keep them from drifting apart.
 */
import { buildSchema, isEnumType, isInterfaceType, isListType, isNonNullType, isObjectType, type GraphQLOutputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, KIND_BY_LABEL, RELATIONSHIP_FIELDS, STATUS_REPORT_HOLDERS } from '../../src/graph/schema-map.js';
import { toEnumName } from '../../src/graph/views.js';
import { KINDS, RELATIONSHIPS } from '../../src/model/model.js';
import { readTypeDefs } from '../../src/schema.js';

const schema = buildSchema(readTypeDefs());
const named = (type: GraphQLOutputType): string => (isNonNullType(type) || isListType(type) ? named(type.ofType) : type.name);

describe('enumerations', () => {
  const pairs: [string, readonly string[]][] = [
    ['InstrumentType', KINDS.instrument!.fields.type!.values!],
    ['BodyType', KINDS.body!.fields.type!.values!],
    ['OrganizationType', KINDS.org!.fields.type!.values!],
    ['ForumType', KINDS.forum!.fields.type!.values!],
    ['UnStatus', KINDS.state!.fields.unStatus!.values!],
    ['Scope', KINDS.instrument!.fields.scope!.values!],
    ['RatificationAction', RELATIONSHIPS.RATIFIED!.fields.action!.values!],
    ['DatePrecision', RELATIONSHIPS.RATIFIED!.fields.datePrecision!.values!],
    ['MembershipRole', RELATIONSHIPS.MEMBER_OF!.fields.role!.values!],
    ['MandateKind', RELATIONSHIPS.HAS_MANDATE!.fields.kind!.values!],
    ['MonitoringKind', RELATIONSHIPS.MONITORS!.fields.kind!.values!],
    ['RelationshipType', Object.keys(RELATIONSHIPS)],
    ['NodeKind', Object.values(KIND_BY_LABEL).map((k) => k.toLowerCase())],
  ];
  for (const [enumName, values] of pairs) {
    it(`${enumName} has exactly the model's values`, () => {
      const type = schema.getType(enumName);
      expect(isEnumType(type)).toBe(true);
      if (!isEnumType(type)) return;
      expect(
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
      ).toEqual(values.map(toEnumName).sort());
    });
  }
});

describe('node and edge types', () => {
  it('every model kind has an object type implementing Node', () => {
    for (const spec of Object.values(KINDS)) {
      const type = schema.getType(spec.label);
      expect(isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'), spec.label).toBe(true);
    }
  });

  it('every relationship type has an Edge type with the two end fields the resolvers fill', () => {
    expect(Object.keys(EDGE_TYPES).sort()).toEqual(Object.keys(RELATIONSHIPS).sort());
    for (const [relType, map] of Object.entries(EDGE_TYPES)) {
      const type = schema.getType(map.typeName);
      expect(isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Edge'), map.typeName).toBe(true);
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      expect(fields[map.fromField], `${map.typeName}.${map.fromField}`).toBeDefined();
      expect(fields[map.toField], `${map.typeName}.${map.toField}`).toBeDefined();
      // Every stored property of the relationship is a field.
      for (const prop of Object.keys(RELATIONSHIPS[relType]!.fields)) expect(fields[prop], `${map.typeName}.${prop}`).toBeDefined();
    }
  });

  it('the relationship-field table and the SDL name the same fields, with the right edge type and an allowed end', () => {
    const edgeTypeNames = new Set(Object.values(EDGE_TYPES).map((m) => m.typeName));
    for (const label of Object.keys(KIND_BY_LABEL)) {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(label);
      const sdlFields = Object.values(type.getFields()).filter((f) => edgeTypeNames.has(named(f.type)));
      const table = RELATIONSHIP_FIELDS[label] ?? {};
      expect(sdlFields.map((f) => f.name).sort(), label).toEqual(Object.keys(table).sort());
      const kind = Object.keys(KINDS).find((k) => KINDS[k]!.label === label)!;
      for (const field of sdlFields) {
        const rel = table[field.name]!;
        expect(named(field.type), `${label}.${field.name}`).toBe(EDGE_TYPES[rel.type]!.typeName);
        const ends = rel.direction === 'out' ? RELATIONSHIPS[rel.type]!.from : RELATIONSHIPS[rel.type]!.to;
        expect(ends, `${label}.${field.name}: the model lets a ${label} be this end of ${rel.type}`).toContain(kind);
      }
    }
  });

  it('every direction of every relationship the model allows is reachable from the node type at that end', () => {
    for (const [relType, spec] of Object.entries(RELATIONSHIPS)) {
      for (const [direction, kinds] of [
        ['out', spec.from],
        ['in', spec.to],
      ] as const) {
        for (const kind of kinds) {
          const label = KINDS[kind]!.label;
          const fields = Object.values(RELATIONSHIP_FIELDS[label] ?? {});
          expect(
            fields.some((f) => f.type === relType && f.direction === direction),
            `${label} ${direction} ${relType}`,
          ).toBe(true);
        }
      }
    }
  });

  it('statusReports fields match the table', () => {
    for (const label of Object.keys(KIND_BY_LABEL)) {
      const type = schema.getType(label);
      if (!isObjectType(type)) continue;
      expect(Boolean(type.getFields().statusReports), label).toBe(STATUS_REPORT_HOLDERS.includes(label));
    }
    expect(isInterfaceType(schema.getType('Node'))).toBe(true);
  });
});
