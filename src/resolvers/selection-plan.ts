/**
 * Reads a list field's GraphQL selection (the resolve info, as a tree: selection-tree.ts) into a read plan (src/graph/read-plan.ts), so the list's
 * statement can also return the nested relationships the request asks for. What the plan leaves
 * out (near ends of edges, status reports, hops past MAX_PLANNED_HOPS, dense relationships past
 * the first hop and what is below them, a field name meaning two relationships on two types) is
 * resolved by the DataLoaders as before.
 */
import type { GraphQLNamedType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, GraphQLType } from 'graphql';
import { selectionOf, type SelectionTree as ResolveTree } from './selection-tree.js';
import { CITATION_PROPS, DENSE_RELATIONSHIPS, MAX_PLANNED_HOPS, PROPERTY_NAME, type NodePlan, type RelPlan } from '../graph/read-plan.js';
import { EDGE_TYPES, RELATIONSHIP_FIELDS, type RelationshipField } from '../graph/schema-map.js';
import { kindHasTitle, PREFIX_BY_LABEL } from '../model/model.js';

// The schema's types may come from another graphql instance than this module's (Apollo builds the
// schema through @graphql-tools, which loads graphql's CommonJS build; vitest loads the ESM one),
// so graphql-js's instanceof predicates would refuse them: these read the types' toStringTag.
const tag = (type: unknown) => Object.prototype.toString.call(type);
const isObjectType = (type: unknown): type is GraphQLObjectType => tag(type) === '[object GraphQLObjectType]';
const isAbstractType = (type: unknown): boolean => tag(type) === '[object GraphQLInterfaceType]' || tag(type) === '[object GraphQLUnionType]';
function getNamedType(type: GraphQLType | undefined): GraphQLNamedType | undefined {
  let named: unknown = type;
  while (named && typeof named === 'object' && 'ofType' in named) named = named.ofType;
  return named as GraphQLNamedType | undefined;
}

/** Fields a node view answers without a stored property of that name (or by a loader). */
const NODE_COMPUTED = new Set(['__typename', 'kind', 'statusReports']);
const EDGE_COMPUTED = new Set(['__typename', 'type', 'fromId', 'toId']);

/**
 * The plan for the nodes of a list connection (`nodes { ... }` and `edges { node { ... } }`),
 * or null when the selection reads nothing below them (then the list's own statement suffices).
 */
export function planListNodes(info: GraphQLResolveInfo): NodePlan | null {
  const tree = selectionOf(info);
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return null;
  const nodeType = getNamedType(connection.getFields().nodes?.type);
  const edgeType = getNamedType(connection.getFields().edges?.type);
  if (!isObjectType(nodeType)) return null;
  const nodeTrees: ResolveTree[] = [];
  for (const field of selectedOn(tree, connection.name)) {
    if (field.name === 'nodes') nodeTrees.push(field);
    if (field.name === 'edges' && edgeType) for (const sub of selectedOn(field, edgeType.name)) if (sub.name === 'node') nodeTrees.push(sub);
  }
  if (nodeTrees.length === 0) return null;
  return planNode(info.schema, [nodeType], nodeTrees, 0);
}

/** Fields selected directly or under a fragment on exactly this type. */
const selectedOn = (tree: ResolveTree, typeName: string): ResolveTree[] => [...(tree.fieldsByTypeName[''] ?? []), ...(tree.fieldsByTypeName[typeName] ?? [])];

/** The fields selected on an object type by these trees, merged by name (aliases share one entry). */
function selectedFields(schema: GraphQLSchema, type: GraphQLObjectType, trees: ResolveTree[]): Map<string, ResolveTree[]> {
  const out = new Map<string, ResolveTree[]>();
  for (const tree of trees) {
    for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName)) {
      const condition = typeName === '' ? undefined : schema.getType(typeName);
      const applies =
        typeName === '' || typeName === type.name || (condition !== undefined && isAbstractType(condition) && schema.isSubType(condition as never, type));
      if (!applies) continue;
      for (const field of fields) {
        const list = out.get(field.name) ?? [];
        list.push(field);
        out.set(field.name, list);
      }
    }
  }
  return out;
}

/** A node's name falls back to its title: read it only for kinds the model gives a title (Source), or unknown ones. */
function mayHaveTitle(type: GraphQLObjectType): boolean {
  const kind = PREFIX_BY_LABEL.get(type.name);
  return kind === undefined || kindHasTitle(kind);
}

function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  return isAbstractType(type) ? schema.getPossibleTypes(type as never) : [];
}

function planNode(schema: GraphQLSchema, types: readonly GraphQLObjectType[], trees: ResolveTree[], hops: number): NodePlan {
  const props = new Set(['id', 'name', ...(types.some(mayHaveTitle) ? ['title'] : [])]);
  const rels = new Map<string, { rel: RelationshipField; owner: GraphQLObjectType; trees: ResolveTree[] } | 'conflict'>();
  for (const type of types) {
    const schemaFields = type.getFields();
    for (const [name, fieldTrees] of selectedFields(schema, type, trees)) {
      const rel = RELATIONSHIP_FIELDS[type.name]?.[name];
      if (rel) {
        const seen = rels.get(name);
        if (seen === undefined) rels.set(name, { rel, owner: type, trees: [...fieldTrees] });
        else if (seen !== 'conflict' && (seen.rel.type !== rel.type || seen.rel.direction !== rel.direction)) rels.set(name, 'conflict');
        else if (seen !== 'conflict') seen.trees.push(...fieldTrees);
      } else if (name === 'sources') CITATION_PROPS.forEach((p) => props.add(p));
      else if (!NODE_COMPUTED.has(name) && schemaFields[name] && PROPERTY_NAME.test(name)) props.add(name);
    }
  }
  const planned: RelPlan[] = [];
  if (hops < MAX_PLANNED_HOPS) {
    for (const [field, entry] of rels) {
      if (entry === 'conflict') continue;
      const dense = DENSE_RELATIONSHIPS.has(`${entry.rel.type}:${entry.rel.direction}`);
      if (dense && hops > 0) continue;
      // Below a dense list, only the other end's own properties: its relationships go to the loaders.
      planned.push(planRel(schema, entry.owner, field, entry.rel, entry.trees, dense ? MAX_PLANNED_HOPS : hops + 1));
    }
  }
  return { props: [...props], rels: planned };
}

function planRel(schema: GraphQLSchema, owner: GraphQLObjectType, field: string, rel: RelationshipField, trees: ResolveTree[], hops: number): RelPlan {
  const edgeType = getNamedType(owner.getFields()[field]!.type) as GraphQLObjectType;
  const { fromField, toField } = EDGE_TYPES[rel.type]!;
  // The edge's end on the far side of the node we came from; the near end is that node again,
  // whose view holds the properties of its own selection only, so the node loader answers it.
  const otherFields = rel.direction === 'out' ? [toField, ...(rel.type === 'COVERS' ? ['instrument'] : [])] : [fromField];
  const edgeProps = new Set<string>();
  const otherTrees: ResolveTree[] = [];
  const otherTypes = new Set<GraphQLObjectType>();
  const schemaFields = edgeType.getFields();
  for (const [name, fieldTrees] of selectedFields(schema, edgeType, trees)) {
    if (otherFields.includes(name)) {
      otherTrees.push(...fieldTrees);
      concreteTypes(schema, getNamedType(schemaFields[name]!.type)!).forEach((t) => otherTypes.add(t));
    } else if (name === 'sources') CITATION_PROPS.forEach((p) => edgeProps.add(p));
    else if (!EDGE_COMPUTED.has(name) && name !== fromField && name !== toField && name !== 'instrument' && PROPERTY_NAME.test(name)) edgeProps.add(name);
  }
  const other = otherTrees.length > 0 ? planNode(schema, [...otherTypes], otherTrees, hops) : null;
  return { field, type: rel.type, direction: rel.direction, edgeProps: [...edgeProps], other };
}
