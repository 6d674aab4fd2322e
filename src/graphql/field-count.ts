/**
 * How many fields an operation selects, each fragment counted at every spread, in time linear
 * in the document: a fragment's count is computed once and remembered.
 *
 * Written here rather than taken from a library because the ones we tried either expand a
 * fragment again at every spread (graphql-query-complexity's node count: exponential on
 * "fragment bombs", so it stops at a node limit and cannot say how many fields there are) or
 * fold list sizes into the number (graphql-armor's cost limit). Depth and aliases use
 * graphql-armor's memoised rules (src/graphql/query-limits.ts).
 */
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export function countFields(set: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, memo = new Map<string, number>()): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += 1 + (selection.selectionSet ? countFields(selection.selectionSet, fragments, memo) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += countFields(selection.selectionSet, fragments, memo);
    } else {
      const name = selection.name.value;
      const known = memo.get(name);
      if (known !== undefined) {
        total += known;
        continue;
      }
      const fragment = fragments.get(name);
      if (!fragment) continue; // unknown fragments are reported by graphql's own rules
      memo.set(name, 0); // a cycle (also reported by graphql's own rules) counts nothing
      const fragmentCount = countFields(fragment.selectionSet, fragments, memo);
      memo.set(name, fragmentCount);
      total += fragmentCount;
    }
  }
  return total;
}
