/**
 * Every type, field, argument, input field and enum value of the API carries a description, so
 * introspection (GraphiQL, codegen, docs) explains the schema to an analyst on its own. A new
 * element without a description fails here, named by its schema coordinate.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeCensus } from '../../src/graphql/schema-descriptions.js';
import { readTypeDefs } from '../../src/schema.js';

describe('schema descriptions', () => {
  const census = describeCensus(buildSchema(readTypeDefs()));

  it('describes every type, field, argument, input field and enum value', () => {
    expect(census.missing).toEqual([]);
    expect(census.total).toBeGreaterThan(1000);
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
