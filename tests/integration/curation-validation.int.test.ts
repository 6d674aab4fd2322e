/**
 * Every validation rule of the write path refuses bad input with a precise problem naming
 * its field, and the database is unchanged afterwards: same node and relationship counts,
 * same content hash, no audit record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ apiKey: (await createTestKey(db, 'curator')).secret });
});
afterAll(async () => {
  await api.close();
  await resetTestGraph(db);
  await db.close();
});

const cite = [{ source: 'source:ohchr-2013', locator: 'Box 1' }];
const CREATE_NODE = 'mutation($input: NodeInput!) { createNode(input: $input) { outcome } }';
const UPDATE_NODE = 'mutation($input: NodeInput!) { updateNode(input: $input) { outcome } }';
const ADD = 'mutation($input: RelationshipInput!) { addRelationship(input: $input) { outcome } }';
const UPDATE_REL = 'mutation($input: RelationshipUpdateInput!) { updateRelationship(input: $input) { outcome } }';
const REMOVE = 'mutation($id: ID!, $citations: [CitationInput!]!) { removeRelationship(id: $id, citations: $citations) { outcome } }';

async function changeCount(): Promise<number> {
  const [row] = await db.readText('MATCH (c:Change) RETURN count(c) AS n');
  return Number(row!.n);
}

/** Runs a write that must be refused; returns the error, having checked that nothing changed. */
async function refused(query: string, variables: Record<string, unknown>, code = 'BAD_USER_INPUT') {
  const before = await graphSnapshot(db, 'entities');
  const changes = await changeCount();
  const result = await api.ask(query, variables);
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  expect(await graphSnapshot(db, 'entities')).toEqual(before);
  expect(await changeCount()).toBe(changes);
  return error;
}

describe('relationships: ids, kinds, self-loops', () => {
  it('an unknown end', async () => {
    const error = await refused(ADD, {
      input: { type: 'MONITORS', from: 'body:cmw', to: 'instrument:no-such-treaty', monitoring: { kind: 'TREATY_BODY' }, citations: cite },
    });
    expect(error.extensions!.problems).toEqual([{ field: 'to', reason: '"to" refers to unknown id "instrument:no-such-treaty"' }]);
  });

  it('an end of the wrong kind for the relationship type', async () => {
    const error = await refused(ADD, {
      input: { type: 'RATIFIED', from: 'org:iom', to: 'instrument:icrmw', ratification: { action: 'RATIFICATION' }, citations: cite },
    });
    expect(error.extensions!.problems).toEqual([{ field: 'from', reason: 'RATIFIED cannot start at a Organization (org:iom)' }]);
    const other = await refused(ADD, { input: { type: 'PROTECTS', from: 'instrument:icrmw', to: 'right:non-refoulement', citations: cite } });
    expect(other.extensions!.problems).toEqual([{ field: 'to', reason: 'PROTECTS cannot end at a Right (right:non-refoulement)' }]);
  });

  it('a self-loop', async () => {
    const error = await refused(ADD, { input: { type: 'SUBCATEGORY_OF', from: 'category:migrants', to: 'category:migrants', citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'to', reason: 'a relationship cannot join a node to itself' }]);
  });

  it('a duplicate edge: the fact is there with other values', async () => {
    const [existing] = await db.readText(
      "MATCH (:Body {id: 'body:cmw'})-[m:MONITORS]->(:Instrument {id: 'instrument:icrmw'}) RETURN m.id AS id, m.kind AS kind, m.procedures AS procedures, m.citeSources AS s, m.citeLocators AS l, m.citeQuotes AS q",
    );
    expect(existing!.kind).toBe('treaty-body');
    // The same citations and procedures as stored, another kind: the problem names just that.
    const citations = (existing!.s as string[]).map((source, i) => ({
      source,
      locator: (existing!.l as string[])[i],
      quote: (existing!.q as string[])[i] || null,
    }));
    const input = {
      type: 'MONITORS',
      from: 'body:cmw',
      to: 'instrument:icrmw',
      monitoring: { kind: 'SUPERVISORY', procedures: existing!.procedures },
      citations,
    };
    const error = await refused(ADD, { input });
    expect(error.extensions!.problems).toEqual([
      { field: 'type', reason: `duplicate relationship: ${String(existing!.id)} already exists with other kind; use updateRelationship to change it` },
    ]);
    // As stored, the same input is accepted and changes nothing.
    const same = await api.data(ADD, { input: { ...input, monitoring: { kind: 'TREATY_BODY', procedures: existing!.procedures } } });
    expect(same.addRelationship.outcome).toBe('UNCHANGED');
  });
});

describe('relationships: properties', () => {
  it('a missing required property (membership role)', async () => {
    const error = await refused(ADD, { input: { type: 'MEMBER_OF', from: 'state:MEX', to: 'rcp:puebla-process', citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'membership.role', reason: 'missing required field "role"' }]);
  });

  it('an enumeration value the schema does not have', async () => {
    const error = await refused(ADD, {
      input: { type: 'RATIFIED', from: 'state:MEX', to: 'instrument:icrmw', ratification: { action: 'ADOPTION' }, citations: cite },
    });
    expect(error.message).toContain('Value "ADOPTION" does not exist in "RatificationAction" enum');
    expect(error.message).toContain('input.ratification.action');
  });

  it.each([['1990-02-30'], ['18 Dec 1990'], ['90']])('a date that is not YYYY[-MM[-DD]]: %s', async (date) => {
    const error = await refused(ADD, { input: { type: 'SIGNED', from: 'state:MEX', to: 'instrument:icrmw', signature: { date }, citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'signature.date', reason: `"date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"` }]);
  });

  it('a ratification dated before the instrument was adopted', async () => {
    const error = await refused(ADD, {
      input: {
        type: 'RATIFIED',
        from: 'state:MEX',
        to: 'instrument:icrmw',
        key: 'test',
        ratification: { action: 'RATIFICATION', date: '1989-06' },
        citations: cite,
      },
    });
    expect(error.extensions!.problems).toEqual([{ field: 'ratification.date', reason: '"date" 1989-06 is before instrument:icrmw was adopted (1990)' }]);
  });

  it('a signature dated before the instrument was adopted', async () => {
    const error = await refused(ADD, { input: { type: 'SIGNED', from: 'state:MEX', to: 'instrument:cat', signature: { date: '1983' }, citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'signature.date', reason: '"date" 1983 is before instrument:cat was adopted (1984)' }]);
  });

  it('a section of another relationship type', async () => {
    const error = await refused(ADD, { input: { type: 'PART_OF', from: 'body:cmw', to: 'org:ohchr', membership: { role: 'MEMBER' }, citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'membership', reason: '"membership" fields do not apply to PART_OF (it has no properties)' }]);
  });

  it('several problems at once, each with its field', async () => {
    const error = await refused(ADD, {
      input: {
        type: 'RATIFIED',
        from: 'state:XXX',
        to: 'instrument:icrmw',
        ratification: { action: 'ACCESSION', date: '2001-13' },
        citations: [{ source: 'source:nowhere', locator: ' ' }],
      },
    });
    expect(error.extensions!.problems).toEqual([
      { field: 'from', reason: '"from" refers to unknown id "state:XXX"' },
      { field: 'ratification.date', reason: '"date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "2001-13"' },
      { field: 'citations', reason: 'citation 1: unknown source "source:nowhere"' },
      { field: 'citations', reason: 'citation 1: missing locator' },
    ]);
  });
});

describe('citations', () => {
  it('none given', async () => {
    const error = await refused(ADD, { input: { type: 'SUBCATEGORY_OF', from: 'category:migrant-workers', to: 'category:everyone', citations: [] } });
    expect(error.extensions!.problems).toEqual([{ field: 'citations', reason: 'needs at least one citation (source and locator)' }]);
  });

  it('an unknown source, or a node that is not a Source', async () => {
    const error = await refused(CREATE_NODE, {
      input: { id: 'right:test-right', name: 'A test right', citations: [{ source: 'instrument:icrmw', locator: 'art. 1' }] },
    });
    expect(error.extensions!.problems).toEqual([{ field: 'citations', reason: 'citation 1: unknown source "instrument:icrmw"' }]);
  });

  it('an update needs its own, even though the node has some', async () => {
    const error = await refused(UPDATE_NODE, { input: { id: 'right:non-refoulement', description: 'Uncited change', citations: [] } });
    expect(error.extensions!.problems).toEqual([{ field: 'citations', reason: 'needs at least one citation (source and locator) for the new values' }]);
  });

  it('removing a relationship needs one too', async () => {
    const error = await refused(REMOVE, { id: 'body:cmw-[MONITORS]->instrument:icrmw', citations: [] });
    expect(error.extensions!.problems).toEqual([{ field: 'citations', reason: 'needs at least one citation (source and locator)' }]);
  });
});

describe('nodes', () => {
  it('an id without a known kind prefix', async () => {
    const error = await refused(CREATE_NODE, { input: { id: 'treaty:x', name: 'X', citations: cite } });
    expect(error.extensions!.problems[0].field).toBe('id');
    expect(error.extensions!.problems[0].reason).toContain('id must be "<kind>:<slug>" with kind one of state, instrument');
  });

  it('a missing required field of the kind, and a missing name', async () => {
    const error = await refused(CREATE_NODE, { input: { id: 'instrument:test-x', instrument: { adopted: '2001' }, citations: cite } });
    expect(error.extensions!.problems).toEqual([
      { field: 'name', reason: 'missing required field "name"' },
      { field: 'instrument.type', reason: 'missing required field "type"' },
    ]);
  });

  it('a section that does not fit the kind', async () => {
    const error = await refused(CREATE_NODE, { input: { id: 'body:test-x', name: 'X', instrument: { type: 'TREATY' }, citations: cite } });
    expect(error.extensions!.problems).toEqual([
      { field: 'instrument', reason: '"instrument" fields do not apply to a Body (the id prefix "body:" makes it one); use "body"' },
      { field: 'body.type', reason: 'missing required field "type"' },
    ]);
  });

  it('a figure about a node that does not exist', async () => {
    const error = await refused(CREATE_NODE, {
      input: {
        id: 'status:test-x',
        name: 'X',
        statusReport: { measure: 'states-parties', value: 3, asOf: '2020', about: 'instrument:nothing' },
        citations: cite,
      },
    });
    expect(error.extensions!.problems).toEqual([{ field: 'statusReport.about', reason: '"about" refers to unknown id "instrument:nothing"' }]);
  });

  it('an id that exists with other values', async () => {
    const error = await refused(CREATE_NODE, { input: { id: 'right:non-refoulement', name: 'Something else', citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'id', reason: 'a node with id "right:non-refoulement" already exists; use updateNode to change it' }]);
  });

  it('an update of a node that does not exist', async () => {
    const error = await refused(UPDATE_NODE, { input: { id: 'right:nothing', name: 'X', citations: cite } }, 'NOT_FOUND');
    expect(error.message).toBe('input.id: no node with id "right:nothing"');
  });

  it('an update that removes a required field', async () => {
    const error = await refused(UPDATE_NODE, { input: { id: 'instrument:icrmw', instrument: { type: null }, citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'instrument.type', reason: 'missing required field "type"' }]);
  });

  it('moving an adoption date after ratifications already recorded names each of them', async () => {
    const [row] = await db.readText("MATCH (:State)-[r:RATIFIED|SIGNED]->(:Instrument {id: 'instrument:icrmw'}) WHERE r.date < '2004' RETURN count(r) AS n");
    const error = await refused(UPDATE_NODE, { input: { id: 'instrument:icrmw', instrument: { adopted: '2004' }, citations: cite } });
    const problems = error.extensions!.problems as { field: string; reason: string }[];
    expect(problems.length).toBe(Number(row!.n));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.field).toBe('instrument.adopted');
      expect(p.reason).toMatch(
        /^state:[A-Z]{3}-\[(RATIFIED|SIGNED)(:[a-z0-9-]+)?\]->instrument:icrmw: "date" \d{4}.* is before instrument:icrmw was adopted \(2004\)$/,
      );
    }
  });
});

describe('relationship updates and removals', () => {
  it('changing the role, which is part of the edge id', async () => {
    const error = await refused(UPDATE_REL, { input: { id: 'org:ilo-[MEMBER_OF:member]->forum:gmg', membership: { role: 'CHAIR' }, citations: cite } });
    expect(error.extensions!.problems).toEqual([
      {
        field: 'membership.role',
        reason: 'the role is part of the relationship id; remove org:ilo-[MEMBER_OF:member]->forum:gmg and add org:ilo-[MEMBER_OF:chair]->forum:gmg instead',
      },
    ]);
  });

  it('an id that is not a relationship id, and one that names no relationship', async () => {
    const bad = await refused(UPDATE_REL, { input: { id: 'body:cmw', citations: cite } });
    expect(bad.extensions!.problems).toEqual([{ field: 'input.id', reason: '"body:cmw" is not a relationship id (<from>-[<TYPE>(:<role or key>)]-><to>)' }]);
    const missing = await refused(REMOVE, { id: 'body:cmw-[MONITORS]->instrument:cat', citations: cite }, 'NOT_FOUND');
    expect(missing.message).toBe('id: no relationship with id "body:cmw-[MONITORS]->instrument:cat"');
  });

  it('an update that dates a ratification before adoption', async () => {
    const [edge] = await db.readText("MATCH (:State {id: 'state:MEX'})-[r:RATIFIED]->(:Instrument {id: 'instrument:icrmw'}) RETURN r.id AS id");
    const error = await refused(UPDATE_REL, { input: { id: edge!.id, ratification: { date: '1980' }, citations: cite } });
    expect(error.extensions!.problems).toEqual([{ field: 'ratification.date', reason: '"date" 1980 is before instrument:icrmw was adopted (1990)' }]);
  });
});
