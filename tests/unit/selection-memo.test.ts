/**
 * memoBySelection (src/resolvers/selection-memo.ts): what a resolver derives from its selection
 * is derived once per place in a parsed document, again only when the selection can differ
 * (another document, another merge of field nodes, another value of a @skip/@include variable),
 * and a bounded number of times per place.
 */
import { buildSchema, execute, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { memoBySelection } from '../../src/resolvers/selection-memo.js';
import { selectionOf } from '../../src/resolvers/selection-tree.js';

const schema = buildSchema(`
  type Query { profile(id: ID!): Profile }
  type Profile { id: ID a: String b: String c: Inner }
  type Inner { x: String y: String }
`);

/** A server whose `profile` resolver notes the derived selection (the field names under it, sorted) of each request. */
function server() {
  let derivations = 0;
  const selected = memoBySelection((info: GraphQLResolveInfo) => {
    derivations += 1;
    const names = (tree: ReturnType<typeof selectionOf>): string[] =>
      Object.values(tree.fieldsByTypeName)
        .flat()
        .flatMap((field) => [field.name, ...names(field).map((name) => `${field.name}.${name}`)]);
    return [...new Set(names(selectionOf(info)))].sort();
  });
  let seen: string[] = [];
  const rootValue = {
    profile: (args: { id: string }, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = selected(info);
      return { id: args.id };
    },
  };
  const ask = async (document: DocumentNode, variableValues: Record<string, unknown> = {}, operationName?: string) => {
    const result = await execute({ schema, document, variableValues, operationName, rootValue });
    expect(result.errors).toBeUndefined();
    return seen;
  };
  return { ask, derivations: () => derivations };
}

describe('memoBySelection', () => {
  it('derives once per document, whatever the arguments (the common case: a new State or category is no new entry)', async () => {
    const { ask, derivations } = server();
    const document = parse('query ($id: ID!) { profile(id: $id) { id a c { x } } }');
    for (const id of ['1', '2', '3', '4']) expect(await ask(document, { id })).toEqual(['a', 'c', 'c.x', 'id']);
    expect(derivations()).toBe(1);
    // The same text parsed again is another document (Apollo's store hands back one per text).
    await ask(parse('query ($id: ID!) { profile(id: $id) { id a c { x } } }'), { id: '1' });
    expect(derivations()).toBe(2);
  });

  it('derives again for each value of a variable that @skip/@include reads, inside fragments too', async () => {
    const { ask, derivations } = server();
    const document = parse(`query ($id: ID!, $withB: Boolean!, $noY: Boolean!) { profile(id: $id) { a b @include(if: $withB) ...C } }
      fragment C on Profile { c { x y @skip(if: $noY) } }`);
    expect(await ask(document, { id: '1', withB: true, noY: false })).toEqual(['a', 'b', 'c', 'c.x', 'c.y']);
    expect(await ask(document, { id: '2', withB: false, noY: false })).toEqual(['a', 'c', 'c.x', 'c.y']);
    expect(await ask(document, { id: '3', withB: true, noY: true })).toEqual(['a', 'b', 'c', 'c.x']);
    expect(await ask(document, { id: '4', withB: true, noY: false })).toEqual(['a', 'b', 'c', 'c.x', 'c.y']);
    expect(derivations()).toBe(3);
  });

  it('tells apart the merges of one field node: a fragment spread alone in one operation, beside more in another', async () => {
    const { ask, derivations } = server();
    const document = parse(`query A { ...F } query B { ...F profile(id: "1") { b } }
      fragment F on Query { profile(id: "1") { a } }`);
    expect(await ask(document, {}, 'A')).toEqual(['a']);
    expect(await ask(document, {}, 'B')).toEqual(['a', 'b']);
    expect(await ask(document, {}, 'A')).toEqual(['a']);
    expect(derivations()).toBe(2);
  });

  it('keeps at most 64 derivations per place, dropping the oldest', async () => {
    const { ask, derivations } = server();
    const document = parse('query ($on: [Boolean!]!, $withB: Boolean!) { profile(id: "1") { a b @include(if: $withB) c @include(if: $withB) { x } } }');
    // 65 values of a variable list that the directives do not read, then of one they do: only the latter count.
    for (let i = 0; i < 65; i++) await ask(document, { on: Array(i).fill(true), withB: true });
    expect(derivations()).toBe(1);
    const wide = parse(
      `query (${Array.from({ length: 7 }, (_, i) => `$v${i}: Boolean!`).join(', ')}) { profile(id: "1") { a ${Array.from({ length: 7 }, (_, i) => `b${i}: b @include(if: $v${i})`).join(' ')} } }`,
    );
    const values = (n: number) => Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`v${i}`, ((n >> i) & 1) === 1]));
    for (let n = 0; n < 65; n++) await ask(wide, values(n));
    expect(derivations()).toBe(1 + 65);
    // The 65th pushed out the first; the second is still kept.
    await ask(wide, values(1));
    expect(derivations()).toBe(66);
    await ask(wide, values(0));
    expect(derivations()).toBe(67);
  });
});
