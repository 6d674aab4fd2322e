/**
 * Limits that keep one request from asking for the whole graph: page size and query depth.
 * Both fail with a clear BAD_USER_INPUT / validation error naming the limit.
 */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Largest `first` a list or search accepts. */
export const MAX_PAGE_SIZE = 100;

/**
 * Deepest nesting of fields a query may have. The deepest useful question (a listing →
 * ratification → instrument → monitoring → monitor → citations → source) is about 8 levels;
 * 12 leaves room and stops runaway recursive queries (State → ratification → instrument →
 * parties → state → ...).
 */
export const MAX_QUERY_DEPTH = 12;

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection is not data
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // cycles are reported by graphql's own rules
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Validation rule: rejects operations nested deeper than `max` fields. */
export function depthLimit(max: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > max) {
          const name = operation.name ? `Operation "${operation.name.value}"` : 'The query';
          context.reportError(new GraphQLError(`${name} is ${depth} levels deep; the limit is ${max}`, { nodes: [operation] }));
        }
      },
    };
  };
}
