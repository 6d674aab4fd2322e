/**
 * Issue 11, item 5: no input reaches an internal error. The schema is introspected over HTTP and
 * every root Query and Mutation field is called with hostile values for each argument, by type
 * (tests/support/hostile-calls.ts): empty, 10,000 characters, Cypher and Lucene syntax, unicode,
 * NUL, unknown ids and real ids of every kind, extreme numbers, crafted cursors, malformed dates,
 * long lists. Each call is its own small HTTP request to the real server; none may answer 5xx or
 * carry INTERNAL_SERVER_ERROR. Mutations use an admin key (the admin role includes curator), so
 * they get past authorisation to validation; afterAll restores the seeded graph.
 * SWEEP_TIMING=1 prints the slowest calls; SWEEP_REPORT=<file> writes the internal errors found as JSON.
 */
import fs from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { testDatabase } from '../support/database.js';
import { hostileCalls, type HostileCall } from '../support/hostile-calls.js';
import { createTestKey } from '../support/keys.js';
import { resetTestGraph } from '../support/test-graph.js';

let db: Database;
let server: RunningServer;
let adminKey: string;

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as Answer['body'] };
  } catch {
    return { status: res.status, body: { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] } };
  }
}

async function firstId(list: string): Promise<string> {
  const { body } = await post(`{ ${list}(first: 1) { nodes { id } } }`);
  return (body.data as Record<string, { nodes: { id: string }[] }>)[list]!.nodes[0]!.id;
}

/** Runs the calls `width` at a time, in order within each lane. */
async function runAll(calls: HostileCall[], width: number, each: (call: HostileCall) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < calls.length) await each(calls[next++]!);
  };
  await Promise.all(Array.from({ length: width }, lane));
}

beforeAll(async () => {
  db = testDatabase();
  adminKey = (await createTestKey(db, 'admin', 'hostile sweep')).secret;
  server = await startServer({ db, host: '127.0.0.1', port: 0, production: false, logger: silentLogger() });
});

afterAll(async () => {
  await server?.stop();
  await resetTestGraph(db);
  await db.close();
});

describe('hostile inputs to every root field', () => {
  it('never answer INTERNAL_SERVER_ERROR or HTTP 5xx', async () => {
    const introspection = await post(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.body.data as IntrospectionQuery);

    const kinds = ['states', 'instruments', 'organizations', 'bodies', 'rcps', 'forums', 'migrantCategories', 'rights', 'statusReports', 'sources'];
    const realIds = await Promise.all(kinds.map(firstId));
    const state = await firstId('states');
    const citations = [{ source: 'source:ohchr-2013', locator: 'para 1' }];
    const spare = await createTestKey(db, 'reader', 'to revoke');
    const [group] = await db.readText(
      "MATCH (:State)-[m:MEMBER_OF]->(g) WHERE m.role <> 'observer' RETURN g.id AS id, count(*) AS members ORDER BY members DESC, id LIMIT 1",
    );
    const [edge] = await db.readText('MATCH ()-[r:MEMBER_OF]->() RETURN r.id AS id ORDER BY r.id LIMIT 1');
    const createOrg = async (id: string): Promise<string> => {
      const created = await post('mutation($input: NodeInput!) { createNode(input: $input) { change { id } } }', {
        input: { id, name: id, organization: { type: 'IGO' }, citations },
      });
      expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
      return (created.body.data as { createNode: { change: { id: string } } }).createNode.change.id;
    };
    await createOrg('org:hostile-sweep-base');
    // revertChange may run before updateNode (fields come in schema order): it reverts a node of its own.
    const changeId = await createOrg('org:hostile-sweep-reverted');
    // acceptProposal and rejectProposal each get an open proposal of their own.
    const proposeOrg = async (id: string): Promise<string> => {
      const proposed = await post('mutation($input: ProposalInput!) { propose(input: $input) { id } }', {
        input: { createNode: { id, name: id, organization: { type: 'IGO' }, citations } },
      });
      expect(proposed.body.errors, JSON.stringify(proposed.body.errors)).toBeUndefined();
      return (proposed.body.data as { propose: { id: string } }).propose.id;
    };
    const [toAccept, toReject] = [await proposeOrg('org:hostile-proposal-accepted'), await proposeOrg('org:hostile-proposal-rejected')];

    const calls = hostileCalls(schema, {
      realIds,
      plausible: {
        right: 'right:non-refoulement',
        category: 'category:refugees',
        state,
        instrument: 'instrument:icrmw',
        'gapAnalysis.group': group!.id,
        'partiesOverTime.from': 2000,
        'partiesOverTime.to': 2010,
        member: state,
        subject: 'category:refugees',
        from: state,
        to: 'instrument:icrmw',
        id: 'instrument:icrmw',
        ids: ['instrument:icrmw', state],
        text: 'migrant',
        'change.id': changeId,
        'revertChange.id': changeId,
        'revokeApiKey.id': spare.id,
        'removeRelationship.id': edge!.id,
        'removeRelationship.citations': citations,
        'exportGraph.selection': { subgraph: ['instrument:icrmw', state] },
        'createNode.input': { id: 'org:hostile-sweep', name: 'Hostile sweep', organization: { type: 'IGO' }, citations },
        'updateNode.input': { id: 'org:hostile-sweep-base', citations },
        'addRelationship.input': { type: 'MEMBER_OF', from: state, to: 'rcp:puebla-process', membership: { role: 'OBSERVER' }, key: 'sweep', citations },
        'updateRelationship.input': { id: edge!.id, citations },
        'createApiKey.name': 'sweep key',
        'propose.input': { createNode: { id: 'org:hostile-sweep-proposed', name: 'Hostile sweep proposed', organization: { type: 'IGO' }, citations } },
        'proposeImport.format': 'csv',
        'proposeImport.content': `type,from,to,key,role,source,locator\nMEMBER_OF,${state},rcp:puebla-process,sweep-import,observer,source:ohchr-2013,para 1\n`,
        'checkImport.format': 'csv',
        'checkImport.content': `type,from,to,key,role,source,locator\nMEMBER_OF,${state},rcp:puebla-process,sweep-check,observer,source:ohchr-2013,para 1\n`,
        'importContent.format': 'csv',
        'importContent.content': `type,from,to,key,role,source,locator\nMEMBER_OF,${state},rcp:puebla-process,sweep-import-direct,observer,source:ohchr-2013,para 1\n`,
        'acceptProposal.id': toAccept,
        'rejectProposal.id': toReject,
        'rejectProposal.reason': 'hostile sweep',
        'proposal.id': toAccept,
        source: 'source:a-68-283',
        locator: 'para 58',
        quote: 'IOM',
      },
    });

    // A create must not be refused only because an earlier call created the same node or edge.
    calls.forEach((call, i) => {
      const input = call.variables.input as Record<string, unknown> | undefined;
      if (call.label.startsWith('createNode') && input?.id === 'org:hostile-sweep') input.id = `org:hostile-sweep-${i}`;
      if (call.label.startsWith('addRelationship') && input?.key === 'sweep') input.key = `sweep-${i}`;
    });

    const internal: { label: string; status: number; messages: string[] }[] = [];
    const outcomes: Record<string, number> = {};
    const answeredFields = new Set<string>();
    let throttled = 0;
    const baselineRefusals: string[] = [];
    const timing: { label: string; ms: number }[] = [];
    const check = async (call: HostileCall): Promise<void> => {
      const t0 = Date.now();
      const { status, body } = await post(call.query, call.variables);
      timing.push({ label: call.label, ms: Date.now() - t0 });
      const bad = (body.errors ?? []).filter((e) => (e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR');
      const outcome = body.errors?.length ? String(body.errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'answered';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 'answered') answeredFields.add(call.label.split('(')[0]!);
      else if (call.label.endsWith('()')) baselineRefusals.push(`${call.label}: ${body.errors![0]!.message.slice(0, 300)}`);
      if (status === 429) throttled += 1;
      if (status >= 500 || bad.length > 0) internal.push({ label: call.label, status, messages: bad.map((e) => e.message.slice(0, 200)) });
    };
    const started = Date.now();
    // Reads side by side; writes one at a time, as a curator would send them.
    await runAll(
      calls.filter((c) => c.operation === 'query'),
      4,
      check,
    );
    await runAll(
      calls.filter((c) => c.operation === 'mutation'),
      1,
      check,
    );
    const seconds = (Date.now() - started) / 1000;
    if (process.env.SWEEP_TIMING) {
      const byField: Record<string, number> = {};
      for (const t of timing) byField[t.label.split('(')[0]!] = (byField[t.label.split('(')[0]!] ?? 0) + t.ms;
      console.error(JSON.stringify(Object.entries(byField).sort((a, b) => b[1] - a[1])));
      console.error(JSON.stringify(timing.sort((a, b) => b.ms - a.ms).slice(0, 30)));
    }
    const fields = new Set(calls.map((c) => c.label.split('(')[0]));
    console.error(
      `[hostile sweep] ${calls.length} calls over ${fields.size} root fields in ${seconds.toFixed(1)} s; ${internal.length} internal errors; outcomes ${JSON.stringify(outcomes)}`,
    );

    // A sweep refused wholesale (rate limit, cost limit) would find nothing: each field must have answered at least once.
    expect(throttled, 'the sweep was rate-limited: start its server with limits that let ~2,000 requests a minute through').toBe(0);
    expect(
      [...fields].filter((f) => !answeredFields.has(f!)),
      `root fields that never answered; their plausible calls got: ${baselineRefusals.join(' | ')}`,
    ).toEqual([]);
    expect(fields.size).toBe(Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length);
    if (process.env.SWEEP_REPORT) fs.writeFileSync(process.env.SWEEP_REPORT, JSON.stringify(internal, null, 1));
    expect(internal, JSON.stringify(internal, null, 1)).toEqual([]);
  }, 600_000);
});
