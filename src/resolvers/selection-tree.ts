/**
 * A field's selection as a tree, with fragments and inline fragments unfolded and @skip/@include
 * applied, grouped by the type condition they sit under ('' for fields selected directly, which
 * apply to whatever type the field has). Written with graphql-js's own helpers: the
 * graphql-parse-resolve-info package loads graphql's CommonJS build, a second graphql instance
 * beside the ESM one this project runs (graphql-js then refuses to compare their types).
 */
import { GraphQLIncludeDirective, GraphQLSkipDirective, Kind, getDirectiveValues, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export interface SelectionTree {
  /** The schema field's name (not the alias). */
  name: string;
  /** Sub-selections by type condition; '' for those without one. */
  fieldsByTypeName: Record<string, SelectionTree[]>;
}

/** The selection of the field being resolved (all its occurrences merged). */
export function selectionOf(info: GraphQLResolveInfo): SelectionTree {
  const fieldsByTypeName: Record<string, SelectionTree[]> = {};
  for (const node of info.fieldNodes) if (node.selectionSet) collect(info, node.selectionSet, '', fieldsByTypeName);
  return { name: info.fieldName, fieldsByTypeName };
}

function collect(info: GraphQLResolveInfo, selectionSet: SelectionSetNode, condition: string, out: Record<string, SelectionTree[]>): void {
  for (const selection of selectionSet.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const children: Record<string, SelectionTree[]> = {};
      if (selection.selectionSet) collect(info, selection.selectionSet, '', children);
      (out[condition] ??= []).push({ name: selection.name.value, fieldsByTypeName: children });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(info, selection.selectionSet, selection.typeCondition?.name.value ?? condition, out);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collect(info, fragment.selectionSet, fragment.typeCondition.name.value, out);
    }
  }
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
