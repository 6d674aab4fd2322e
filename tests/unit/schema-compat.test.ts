/**
 * Schema change check: the current SDL may add types, fields and descriptions, or deprecate,
 * but not break clients of the last released snapshot (schema/released/, see docs/api.md).
 */
import { describe, expect, it } from 'vitest';
import { breakingChanges, latestReleasedSchemaFile, readReleasedSchema } from '../../src/graphql/schema-compat.js';
import { readTypeDefs } from '../../src/schema.js';

const current = readTypeDefs();

describe('schema compatibility with the last released snapshot', () => {
  it(`has no breaking change against ${latestReleasedSchemaFile().split('/').pop()}`, async () => {
    const breaking = await breakingChanges(readReleasedSchema(), current);
    expect(breaking.map((c) => `${c.path ?? ''}: ${c.message}`)).toEqual([]);
  });

  // The check itself must be able to fail: a removed field and a narrowed argument are breaking,
  // an added field, a deprecation and a new description are not.
  const released = `
    type Query {
      "old" a(x: Int): Int
      b: String
    }`;

  it('reports a removed field and a newly required argument as breaking', async () => {
    const changed = `
      type Query {
        "old" a(x: Int!): Int
      }`;
    const messages = (await breakingChanges(released, changed)).map((c) => c.message);
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/'b' was removed/);
    expect(messages.join('\n')).toMatch(/'x'.*'Int'.*'Int!'/);
  });

  it('accepts additions, deprecations and description changes', async () => {
    const changed = `
      type Query {
        "new wording" a(x: Int, y: String): Int
        b: String @deprecated(reason: "use a")
        c: Boolean
      }`;
    expect(await breakingChanges(released, changed)).toEqual([]);
  });
});
