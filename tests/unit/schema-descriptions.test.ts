/**
 * Every type, field, argument, input field and enum value of the API carries a description, so
 * introspection (GraphiQL, codegen, docs) explains the schema to an analyst on its own.
 * tests/unit/schema-descriptions.gaps.txt lists the elements still undescribed when this check
 * arrived; it may only shrink: a new element without a description fails here, by coordinate.
 */
import fs from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeCensus } from '../../src/graphql/schema-descriptions.js';
import { readTypeDefs } from '../../src/schema.js';

const gapsFile = new URL('./schema-descriptions.gaps.txt', import.meta.url);
const knownGaps = new Set(
  fs
    .readFileSync(gapsFile, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

describe('schema descriptions', () => {
  const census = describeCensus(buildSchema(readTypeDefs()));

  it('describes every element that was not a known gap', () => {
    expect(census.missing.filter((coordinate) => !knownGaps.has(coordinate))).toEqual([]);
  });

  it('lists no gap that has since been described or removed (delete it from the gaps file)', () => {
    const missing = new Set(census.missing);
    expect([...knownGaps].filter((coordinate) => !missing.has(coordinate))).toEqual([]);
  });

  it('names each undescribed element by its schema coordinate', () => {
    const sample = buildSchema(`
      "Root" type Query {
        "described" a(
          "described" x: Int
          y: Int
        ): Int
        b: String
      }
      "An enum" enum E { "one" ONE TWO }
      input I { f: Int }`);
    expect(describeCensus(sample).missing.sort()).toEqual(['E.TWO', 'I', 'I.f', 'Query.a(y:)', 'Query.b'].sort());
  });
});
