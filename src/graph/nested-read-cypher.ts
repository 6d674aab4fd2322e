/**
 * Turns a read plan (read-plan.ts) into Cypher: a list statement of cypher/lists/ whose page
 * also carries the planned relationships, nested as deep as the plan, so a nested listing is one
 * round-trip whatever its depth and page size (issue 15). The text is assembled from the fixed
 * fragments below; the only names in it are relationship types of the model and property names
 * the plan took from the schema's fields (both checked here again), never request text. Values
 * stay parameters. tests/contract/nested-read-cypher.test.ts runs EXPLAIN on the shapes.
 */
import { cypher } from '../db/query-registry.js';
import { RELATIONSHIPS } from '../model/model.js';
import { PROPERTY_NAME, type NodePlan, type RelPlan } from './read-plan.js';

/** The last line every cypher/lists/ file ends with: the page as stored properties. */
export const LIST_PAGE_RETURN = 'RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page';

/**
 * A list file with its page projected by the plan instead of `properties(n)`, and the nodes the
 * filter's ids name (`found`: id and label of each that exists), so the id check needs no
 * statement of its own. Parameters: the list file's, $checkIds, and $maxRelationships (a cap per
 * relationship list: one list longer than the result budget fails the request anyway, so the
 * cap never changes an answer that is returned).
 */
export function listStatementWithPlan(listQuery: `lists/${string}`, plan: NodePlan): string {
  const text = cypher(listQuery);
  if (!text.endsWith(LIST_PAGE_RETURN)) throw new Error(`cypher/${listQuery}.cypher does not end with the list page return`);
  const head = text.slice(0, text.length - LIST_PAGE_RETURN.length);
  return (
    `${head}RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | ${nodeProjection('n', plan, 0)}] AS page, ` +
    `COLLECT { UNWIND $checkIds AS checkId MATCH (c:Entity {id: checkId}) RETURN {id: c.id, label: [l IN labels(c) WHERE l <> 'Entity'][0]} } AS found`
  );
}

/** `{props: n {.id, ...}, rels: {field: COLLECT {...}, ...}}` for the node bound to `variable`. */
export function nodeProjection(variable: string, plan: NodePlan, depth: number): string {
  const rels = plan.rels.map((rel) => `${checkedName(rel.field)}: ${relationshipList(variable, rel, depth + 1)}`);
  return `{props: ${variable} {${propertyList(plan.props)}}, rels: {${rels.join(', ')}}}`;
}

/** The relationships of one type and direction of a node, ordered as edges/by-node orders them. */
function relationshipList(from: string, rel: RelPlan, depth: number): string {
  if (!Object.hasOwn(RELATIONSHIPS, rel.type)) throw new Error(`read plan: no relationship type ${rel.type} in the model`);
  const r = `r${depth}`;
  const m = `m${depth}`;
  const pattern = rel.direction === 'out' ? `(${from})-[${r}:${rel.type}]->(${m})` : `(${from})<-[${r}:${rel.type}]-(${m})`;
  const other = rel.other ? `, label: [l IN labels(${m}) WHERE l <> 'Entity'][0], node: ${nodeProjection(m, rel.other, depth)}` : '';
  return (
    `COLLECT { MATCH ${pattern} WITH ${r}, ${m} ORDER BY coalesce(${m}.name, ${m}.title), ${r}.id LIMIT toInteger($maxRelationships) ` +
    `RETURN {props: ${r} {${propertyList(rel.edgeProps)}}, fromId: startNode(${r}).id, toId: endNode(${r}).id${other}} }`
  );
}

function propertyList(props: string[]): string {
  return props.map((p) => `.${checkedName(p)}`).join(', ');
}

function checkedName(name: string): string {
  if (!PROPERTY_NAME.test(name)) throw new Error(`read plan: "${name}" is not a plain field name`);
  return name;
}
