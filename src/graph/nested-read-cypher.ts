/**
 * Turns a read plan (read-plan.ts) into Cypher: a list statement of cypher/lists/ whose page
 * also carries the planned relationships, nested as deep as the plan, so a nested listing is one
 * round-trip whatever its depth and page size (issue 15). The text is assembled from the fixed
 * fragments below; the only names in it are relationship types of the model and property names
 * the plan took from the schema's fields (both checked here again), never request text. Values
 * stay parameters. tests/contract/nested-read-cypher.test.ts runs EXPLAIN on the shapes.
 *
 * Each property is read once (into a map that the ordering and the answer share), and nothing is
 * read that the answer can do without: an edge's end ids are the ids of the nodes around it, and
 * the label of the other end is read only where the model allows more than one kind there
 * (bench/profile-nested.ts counts the database hits and compares them with @neo4j/graphql's).
 */
import { cypher } from '../db/query-registry.js';
import { farEndKinds, farEndLabel, kindHasTitle, RELATIONSHIPS } from '../model/model.js';
import { PROPERTY_NAME, type NodePlan, type RelPlan } from './read-plan.js';

/** The last line every cypher/lists/ file ends with: the page as stored properties. */
export const LIST_PAGE_RETURN = 'RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page';

/** The nodes the filter's ids name (id and label of each that exists), so the id check needs no statement of its own. */
const FOUND = `COLLECT { UNWIND $checkIds AS checkId MATCH (c:Entity {id: checkId}) RETURN {id: c.id, label: [l IN labels(c) WHERE l <> 'Entity'][0]} }`;

/**
 * A list file whose page comes back one row per node, projected by the plan instead of
 * `properties(n)`: `totalCount`, `found` (see FOUND) and `node`, with one row whose node is null
 * when the page is empty. Rows rather than one list, so that Neo4j streams the first nodes while
 * it reads the next ones, and no single record holds the whole answer. Each relationship list is
 * a CALL subquery per node, nested as the plan. Parameters: the list file's, $checkIds, and
 * $maxRelationships (a cap per relationship list: one list longer than the result budget fails
 * the request anyway, so the cap never changes an answer that is returned).
 */
export function listStatementWithPlan(listQuery: `lists/${string}`, plan: NodePlan): string {
  const text = cypher(listQuery);
  if (!text.endsWith(LIST_PAGE_RETURN)) throw new Error(`cypher/${listQuery}.cypher does not end with the list page return`);
  const head = text.slice(0, text.length - LIST_PAGE_RETURN.length);
  return (
    `${head}WITH size(matches) AS totalCount, matches[$offset..($offset + $limit)] AS pageNodes, ${FOUND} AS found ` +
    `UNWIND CASE WHEN pageNodes = [] THEN [null] ELSE pageNodes END AS n ` +
    relationshipCalls('n', plan, 0) +
    `RETURN totalCount, found, CASE WHEN n IS NULL THEN null ELSE ${nodeProjection('n', plan, 0)} END AS node`
  );
}

/** The name of the list the CALL subquery for a node's `index`th planned relationship returns. */
const listName = (depth: number, index: number) => `l${depth}_${index}`;

/** One CALL subquery per planned relationship of the node bound to `variable`. */
function relationshipCalls(variable: string, plan: NodePlan, depth: number): string {
  return plan.rels.map((rel, i) => `CALL (${variable}) { ${relationshipList(variable, rel, depth + 1, listName(depth, i))} } `).join('');
}

/**
 * A node as a list, in the layout of read-plan.ts (PlannedEdgeRow in read-plan.ts): the values of the plan's
 * properties, read from `source` (the node or a map projection of it), then its relationship lists.
 */
function nodeProjection(source: string, plan: NodePlan, depth: number): string {
  const values = plan.props.map((prop) => `${source}.${checkedName(prop)}`);
  return `[${[...values, ...plan.rels.map((_rel, i) => listName(depth, i))].join(', ')}]`;
}

/**
 * The relationships of one type and direction of a node as the list `name`, ordered as
 * edges/by-node orders them. Each item is a list (PlannedEdgeRow in read-plan.ts): the edge's selected
 * properties, then the other end's label (where the model allows several kinds, else null) and
 * node when the plan reads it, else only its id.
 */
function relationshipList(from: string, rel: RelPlan, depth: number, name: string): string {
  if (!Object.hasOwn(RELATIONSHIPS, rel.type)) throw new Error(`read plan: no relationship type ${rel.type} in the model`);
  const [r, m, e, p] = [`r${depth}`, `m${depth}`, `e${depth}`, `p${depth}`];
  const pattern = rel.direction === 'out' ? `(${from})-[${r}:${rel.type}]->(${m})` : `(${from})<-[${r}:${rel.type}]-(${m})`;
  // What the sort reads of the other end (its name, else its title where the model has one), besides what the plan reads.
  const otherProps = [...new Set(['id', 'name', ...(farEndKinds(rel.type, rel.direction).some(kindHasTitle) ? ['title'] : []), ...(rel.other?.props ?? [])])];
  // The sort reads the edge's id too; the answer carries it only when selected.
  const edgeProps = [...new Set(['id', ...rel.edgeProps])];
  const edgeValues = rel.edgeProps.map((prop) => `${e}.${checkedName(prop)}`);
  const label = farEndLabel(rel.type, rel.direction) ? 'null' : `[l IN labels(${m}) WHERE l <> 'Entity'][0]`;
  const other = rel.other ? [label, nodeProjection(p, rel.other, depth)] : [`${p}.id`];
  return (
    `MATCH ${pattern} WITH ${m}, ${r} {${propertyList(edgeProps)}} AS ${e}, ${m} {${propertyList(otherProps)}} AS ${p} ` +
    `ORDER BY coalesce(${p}.name, ${p}.title), ${e}.id LIMIT toInteger($maxRelationships) ` +
    (rel.other ? relationshipCalls(m, rel.other, depth) : '') +
    `RETURN collect([${[...edgeValues, ...other].join(', ')}]) AS ${name}`
  );
}

function propertyList(props: string[]): string {
  return props.map((p) => `.${checkedName(p)}`).join(', ');
}

function checkedName(name: string): string {
  if (!PROPERTY_NAME.test(name)) throw new Error(`read plan: "${name}" is not a plain field name`);
  return name;
}
