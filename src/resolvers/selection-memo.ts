/**
 * Keeps what a resolver derives from its field's selection (a projection, a read plan) per place
 * in a parsed document, so it is derived once per query text rather than on every request:
 * Apollo's document store hands back the same parsed document for the same query text, so the
 * same field nodes come back with it. A selection (selection-tree.ts) depends on the field's
 * nodes, the document's fragments and, through @skip/@include alone, on the variables; so the key
 * is the merged field nodes, the parent type, and the values of just the variables those
 * directives read (none, for most queries: then a new State or category asked is no new entry).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Derivations kept per field place (the oldest goes first), each for one set of directive variable values. */
const VALUES_PER_PLACE = 64;

interface Place<T> {
  parentType: string;
  nodes: readonly FieldNode[];
  /** Variables read by @skip/@include anywhere in the selection, fragments included. */
  conditionVariables: string[];
  byValues: Map<string, T>;
}

/**
 * `derive`, remembered: it must depend only on the selection (not on the field's arguments or
 * the request), and what it returns is shared by every request asking the same document (frozen
 * by the caller when it could be mutated).
 */
export function memoBySelection<T>(derive: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  // Keyed by the first field node: entries go with the parsed document that holds it.
  const places = new WeakMap<FieldNode, Place<T>[]>();
  return (info) => {
    const first = info.fieldNodes[0]!;
    let list = places.get(first);
    if (!list) places.set(first, (list = []));
    let place = list.find((p) => p.parentType === info.parentType.name && sameNodes(p.nodes, info.fieldNodes));
    if (!place) {
      place = { parentType: info.parentType.name, nodes: [...info.fieldNodes], conditionVariables: conditionVariables(info), byValues: new Map() };
      list.push(place);
    }
    const key =
      place.conditionVariables.length === 0 ? '' : place.conditionVariables.map((name) => JSON.stringify(info.variableValues[name]) ?? '').join('\u0000');
    let derived = place.byValues.get(key);
    if (derived === undefined && !place.byValues.has(key)) {
      derived = derive(info);
      if (place.byValues.size >= VALUES_PER_PLACE) place.byValues.delete(place.byValues.keys().next().value!);
      place.byValues.set(key, derived);
    }
    return derived as T;
  };
}

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]) => a.length === b.length && a.every((node, i) => node === b[i]);

/** Names of the variables that @skip/@include read in the fields' selections (fragments followed once each). */
function conditionVariables(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      for (const directive of selection.directives ?? []) {
        for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (!seenFragments.has(name)) {
          seenFragments.add(name);
          visit(info.fragments[name]?.selectionSet);
        }
      } else visit(selection.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...names];
}
