/**
 * The query-limit validation rules without a server: linear in the document (fragments counted
 * once, memoised), so a fragment bomb is measured exactly and at once.
 */
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countFields } from '../../src/graphql/field-count.js';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from '../../src/graphql/query-limits.js';
import { readTypeDefs } from '../../src/schema.js';

const schema = buildSchema(readTypeDefs());

function bomb(levels: number, fanOut = 8): string {
  let fragments = 'fragment F0 on Query { meta { nodeCount } }\n';
  for (let i = 1; i <= levels; i++) fragments += `fragment F${i} on Query { ${`...F${i - 1} `.repeat(fanOut)}}\n`;
  return `query { ...F${levels} }\n${fragments}`;
}

describe('query limit rules', () => {
  it('count the fields of a fragment bomb exactly, without expanding it', () => {
    // 8^12 × 2 fields when expanded: far beyond anything that could be walked one by one.
    const document = parse(bomb(12));
    const fragments = new Map(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])));
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition')!;
    expect(operation.kind === 'OperationDefinition' && countFields(operation.selectionSet, fragments)).toBe(2 * 8 ** 12);
  });

  it('measure depth through fragments, once per fragment', () => {
    const errors = validate(schema, parse(bomb(30, 2)), queryLimitRules({ ...DEFAULT_QUERY_LIMITS, maxDepth: 1 }));
    const depth = errors.find((e) => e.extensions.limit === 'QUERY_MAX_DEPTH');
    expect(depth?.message).toBe('The query is 2 levels deep; the limit is 1 (QUERY_MAX_DEPTH)');
  });

  it('refuse a fragment cycle without looping (graphql names the cycle)', () => {
    const errors = validate(schema, parse('query { ...A } fragment A on Query { meta { nodeCount } ...B } fragment B on Query { ...A }'), [
      ...specifiedRules,
      ...queryLimitRules(DEFAULT_QUERY_LIMITS),
    ]);
    expect(errors.map((e) => e.message).join('\n')).toContain('Cannot spread fragment "A" within itself');
  });

  it('count aliases inside fragments at every spread', () => {
    const query = `query { ...A ...A2 } fragment A on Query { x: meta { nodeCount } y: meta { nodeCount } } fragment A2 on Query { ...A }`;
    const errors = validate(schema, parse(query), queryLimitRules({ ...DEFAULT_QUERY_LIMITS, maxAliases: 3 }));
    expect(errors.find((e) => e.extensions.limit === 'QUERY_MAX_ALIASES')?.message).toBe('The query uses 4 aliases; the limit is 3 (QUERY_MAX_ALIASES)');
  });
});
