/**
 * The model (src/model/model.ts) is the one declaration of node kinds and relationship types.
 * What derives from it imports it; what cannot (Cypher migrations, the explorer's hand-picked
 * styles, the relationship-field names of the API) is checked here, each failure naming the
 * file to change. The SDL itself is checked in schema-model-sync.test.ts and
 * curation-schema-sync.test.ts; the edge query in edge-query-branches.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir, stripComments } from '../../src/db/query-registry.js';
import { GROUP_LABELS, KINDS, PREFIX_BY_LABEL, RELATIONSHIPS, endFieldName, fieldNameOf, nodeKindEnumOf, relationshipEnds } from '../../src/model/model.js';
import { KIND_STYLE } from '../../explorer/src/style.js';

const migrationsDir = path.join(cypherDir, 'migrations');
const migrations = readdirSync(migrationsDir)
  .filter((f) => f.endsWith('.cypher'))
  .sort()
  .map((f) => ({ file: `cypher/migrations/${f}`, text: stripComments(readFileSync(path.join(migrationsDir, f), 'utf8')) }));
const labels = Object.values(KINDS).map((spec) => spec.label);

/** Labels that are not model kinds but have a schema of their own (audit, keys, migrations, passages, proposals). */
const NON_MODEL_LABELS = ['Entity', 'SchemaMigration', 'ApiKey', 'Change', 'Passage', 'Proposal', 'GraphVersion'];

describe('model → Neo4j schema (cypher/migrations)', () => {
  const idConstraints = new Set(
    migrations.flatMap(({ text }) => [...text.matchAll(/CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(\w+:(\w+)\) REQUIRE \w+\.id IS UNIQUE/g)].map((m) => m[1]!)),
  );

  it.each(labels)('label %s has an id uniqueness constraint', (label) => {
    expect(
      idConstraints.has(label),
      `no "CREATE CONSTRAINT <name> IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE" in cypher/migrations/: add it in a new numbered migration file (never edit an applied one)`,
    ).toBe(true);
  });

  it('every label and relationship type a migration names is in the model (a rename must update the migrations)', () => {
    for (const { file, text } of migrations) {
      for (const m of text.matchAll(/FOR \(\w+:(\w+)\)/g)) {
        expect([...labels, ...NON_MODEL_LABELS], `${file}: label ${m[1]} is not a kind in src/model/model.ts`).toContain(m[1]);
      }
      for (const m of text.matchAll(/FOR \(\)-\[\w+:(\w+)\]-\(\)/g)) {
        expect(Object.keys(RELATIONSHIPS), `${file}: relationship type ${m[1]} is not in src/model/model.ts RELATIONSHIPS`).toContain(m[1]);
      }
    }
  });
});

describe('model → explorer (explorer/src/style.ts)', () => {
  it.each(labels)('kind %s has a node style', (label) => {
    expect(
      KIND_STYLE[label],
      `explorer/src/style.ts KIND_STYLE has no colour and shape for ${label}: add one (a colour and a shape no other kind uses)`,
    ).toBeDefined();
  });

  it('styles only model kinds, each with its own colour and shape', () => {
    for (const label of Object.keys(KIND_STYLE))
      expect(labels, `explorer/src/style.ts styles ${label}, which src/model/model.ts does not declare`).toContain(label);
    const colours = Object.values(KIND_STYLE).map((s) => s.color);
    const shapes = Object.values(KIND_STYLE).map((s) => s.shape);
    expect(new Set(colours).size, 'explorer/src/style.ts: two kinds share a colour').toBe(colours.length);
    expect(new Set(shapes).size, 'explorer/src/style.ts: two kinds share a shape (kinds must differ without colour too)').toBe(shapes.length);
  });
});

describe('the model declaration itself (src/model/model.ts)', () => {
  it('labels, id prefixes, edge type names and end fields are unique', () => {
    expect(PREFIX_BY_LABEL.size, 'src/model/model.ts: two kinds share a label').toBe(Object.keys(KINDS).length);
    const enums = labels.map(nodeKindEnumOf);
    expect(new Set(enums).size, 'src/model/model.ts: two labels give the same NodeKind value').toBe(enums.length);
    const typeNames = Object.values(RELATIONSHIPS).map((spec) => spec.api.typeName);
    expect(new Set(typeNames).size, 'src/model/model.ts: two relationship types share an api.typeName').toBe(typeNames.length);
    for (const kind of Object.keys(KINDS)) expect(kind, `src/model/model.ts: kind ${kind} (the id prefix) must be lower-case letters`).toMatch(/^[a-z]+$/);
    for (const type of Object.keys(RELATIONSHIPS)) expect(type, `src/model/model.ts: relationship type ${type} must be UPPER_SNAKE`).toMatch(/^[A-Z][A-Z_]*$/);
    expect(fieldNameOf('RCP')).toBe('rcp');
    expect(nodeKindEnumOf('MigrantCategory')).toBe('MIGRANT_CATEGORY');
  });

  it('relationship ends are declared kinds, and every end kind has a field name', () => {
    for (const { type, direction, kind } of relationshipEnds()) {
      expect(KINDS[kind], `src/model/model.ts: ${type} names an unknown kind "${kind}"`).toBeDefined();
      expect(
        endFieldName(type, direction, kind),
        `src/model/model.ts: ${type}.api.${direction === 'out' ? 'outField' : 'inField'} has no name for "${kind}"`,
      ).toBeTruthy();
    }
  });

  it('one field per node type, relationship and direction: no end field name is used twice on a type', () => {
    const seen = new Map<string, string>();
    for (const { type, direction, kind } of relationshipEnds()) {
      const key = `${KINDS[kind]!.label}.${endFieldName(type, direction, kind)}`;
      expect(seen.get(key), `src/model/model.ts: ${key} would follow both ${seen.get(key)} and ${type} ${direction}`).toBeUndefined();
      seen.set(key, `${type} ${direction}`);
    }
  });

  it('group labels are the ends of MEMBER_OF', () => {
    expect(GROUP_LABELS).toEqual(['RCP', 'Forum', 'Organization', 'Body']);
  });
});
