/**
 * The statements src/graph/nested-read-cypher.ts assembles for nested listings compile against
 * the real schema (EXPLAIN), for every list, every relationship field of its node type (each
 * relationship type and direction is one fragment), and plans as deep as MAX_PLANNED_HOPS.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { listQueryFiles } from '../../src/db/query-registry.js';
import { LIST_PAGE_RETURN, listStatementWithPlan } from '../../src/graph/nested-read-cypher.js';
import { MAX_PLANNED_HOPS, type NodePlan, type RelPlan } from '../../src/graph/read-plan.js';
import { RELATIONSHIP_FIELDS } from '../../src/graph/schema-map.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
afterAll(() => db.close());

const LIST_LABELS: Record<string, string> = {
  'lists/states': 'State',
  'lists/instruments': 'Instrument',
  'lists/organizations': 'Organization',
  'lists/bodies': 'Body',
  'lists/rcps': 'RCP',
  'lists/forums': 'Forum',
  'lists/migrant-categories': 'MigrantCategory',
  'lists/rights': 'Right',
  'lists/status-reports': 'StatusReport',
  'lists/sources': 'Source',
};

const leaf = (): NodePlan => ({ props: ['id', 'name', 'title', 'citeSources', 'citeLocators', 'citeQuotes'], rels: [] });

/** Every relationship field of a label, each with its other end read. */
function allRelsOf(label: string, other: () => NodePlan = leaf): RelPlan[] {
  return Object.entries(RELATIONSHIP_FIELDS[label] ?? {}).map(([field, rel]) => ({
    field,
    type: rel.type,
    direction: rel.direction,
    edgeProps: ['id', 'asOf', 'citeSources', 'citeLocators', 'citeQuotes'],
    other: other(),
  }));
}

/** State → ratifications → instrument → monitoredBy → monitor → monitors → instrument ..., `hops` deep. */
function chain(hops: number): NodePlan {
  const steps: [string, string, 'out' | 'in'][] = [
    ['ratifications', 'RATIFIED', 'out'],
    ['monitoredBy', 'MONITORS', 'in'],
  ];
  let plan: NodePlan = leaf();
  for (let i = hops - 1; i >= 0; i--) {
    const [field, type, direction] = steps[i % 2]!;
    plan = { props: ['id', 'name', 'title'], rels: [{ field, type, direction, edgeProps: ['id'], other: plan }] };
  }
  return plan;
}

const params = { checkIds: ['state:MEX'], maxRelationships: 25_001, offset: 0, limit: 2, sortField: 'name', descending: false };

describe('nested listing statements', () => {
  it('every list file ends with the page return the assembly replaces', () => {
    const lists = listQueryFiles().filter((f) => f.startsWith('lists/'));
    expect(lists.sort()).toEqual(Object.keys(LIST_LABELS).sort());
    for (const list of lists) expect(() => listStatementWithPlan(list as `lists/${string}`, leaf())).not.toThrow();
    expect(LIST_PAGE_RETURN).toContain('properties(n)');
  });

  // StatusReport has no relationship field: its list never takes the planned path (the bare shape is checked anyway).
  it.each(Object.entries(LIST_LABELS))('%s with every relationship field of %s compiles (EXPLAIN)', async (list, label) => {
    const plan: NodePlan = { props: ['id', 'name', 'title'], rels: allRelsOf(label) };
    expect(plan.rels.length > 0).toBe(label !== 'StatusReport');
    await expect(db.readText(`EXPLAIN ${listStatementWithPlan(list as `lists/${string}`, plan)}`, params)).resolves.toBeDefined();
  });

  // Edges whose selection reads no stored property and not the other end (only type, fromId, toId): bare fragments.
  it.each(Object.entries(LIST_LABELS).filter(([, label]) => label !== 'StatusReport'))(
    '%s with every relationship field of %s as bare edges compiles (EXPLAIN)',
    async (list, label) => {
      const rels = allRelsOf(label).map((rel) => ({ ...rel, edgeProps: [], other: null }));
      const plan: NodePlan = { props: ['id', 'name'], rels };
      await expect(db.readText(`EXPLAIN ${listStatementWithPlan(list as `lists/${string}`, plan)}`, params)).resolves.toBeDefined();
    },
  );

  it.each(Array.from({ length: MAX_PLANNED_HOPS }, (_, i) => i + 1))('a plan %i hops deep compiles (EXPLAIN)', async (hops) => {
    await expect(db.readText(`EXPLAIN ${listStatementWithPlan('lists/states', chain(hops))}`, params)).resolves.toBeDefined();
  });

  it('refuses a name that is not a plain identifier', () => {
    const bad: NodePlan = { props: ['id', 'name}) MATCH (x) DETACH DELETE x //'], rels: [] };
    expect(() => listStatementWithPlan('lists/states', bad)).toThrow(/not a plain field name/);
    const badType: NodePlan = { props: ['id'], rels: [{ field: 'x', type: 'NOPE', direction: 'out', edgeProps: ['id'], other: null }] };
    expect(() => listStatementWithPlan('lists/states', badType)).toThrow(/no relationship type NOPE/);
  });
});
