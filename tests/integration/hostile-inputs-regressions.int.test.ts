/**
 * Issue 11, item 5: the inputs that reached INTERNAL_SERVER_ERROR before, each now a precise
 * BAD_USER_INPUT naming the argument, or a true empty answer. (The sweep in
 * hostile-inputs.int.test.ts finds such inputs; these pin the answers down.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

let api: TestApi;
let curator: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  curator = await startTestApi({ apiKey: (await createTestKey(api.db, 'curator', 'regressions')).secret });
});
afterAll(async () => {
  await curator.close();
  await resetTestGraph(api.db);
  await api.close();
});

const cursor = (text: string) => Buffer.from(text).toString('base64url');
const GAP =
  'query($group: ID, $region: String, $subregion: String) { gapAnalysis(instrument: "instrument:icrmw", group: $group, region: $region, subregion: $subregion) { memberCount parties { id } nonParties { id } signedOnly { id } } }';

describe('inputs that gave INTERNAL_SERVER_ERROR before issue 11', () => {
  it.each(['pos:1e308', 'pos:2147483648', 'pos:9007199254740993'])('a crafted cursor (%s) is BAD_USER_INPUT naming after', async (position) => {
    for (const query of ['query($after: String) { states(after: $after) { totalCount } }', 'query($after: String) { changes(after: $after) { totalCount } }']) {
      const { errors } = await api.ask(query, { after: cursor(position) });
      expect(errors?.[0]).toMatchObject({
        message: `after: "${cursor(position)}" is not a cursor from this API`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      });
    }
  });

  it('a search word over 100 characters is BAD_USER_INPUT naming text and the limit', async () => {
    const { errors } = await api.ask('query($text: String!) { search(text: $text) { score } }', { text: `migrant ${'x'.repeat(1_001)}` });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'text', max: 100 } });
    expect(errors?.[0]!.message).toMatch(/^text: words are at most 100 characters; one has 1001/);
    // 100 characters is still a search (that finds nothing).
    expect(await api.data('query($text: String!) { search(text: $text) { score } }', { text: 'y'.repeat(100) })).toEqual({ search: [] });
  });

  it('gapAnalysis for a group with no recorded State members is refused, not "no members"', async () => {
    // The APC has no membership page (issue 13 loaded members for 20 other processes).
    const { errors, data } = await api.ask(GAP, { group: 'rcp:apc' });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'group' } });
    expect(errors?.[0]!.message).toBe(
      'group: no State is recorded as a member of "rcp:apc" (MEMBER_OF as member or founder), so which members are not party cannot be told',
    );
  });

  it.each([
    ['region', { region: 'Atlantis' }],
    ['subregion', { subregion: 'Lower Atlantis' }],
    ['region', { region: '' }],
  ])('gapAnalysis for an unknown %s is BAD_USER_INPUT naming it', async (argument, args) => {
    const { errors } = await api.ask(GAP, args);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
    expect(errors?.[0]!.message).toMatch(new RegExp(`^${argument}: no State is recorded in ${argument} "`));
  });

  it('gapAnalysis for a known region and subregion that do not overlap is a true empty answer', async () => {
    const { gapAnalysis } = await api.data(GAP, { region: 'Europe', subregion: 'Western Africa' });
    expect(gapAnalysis).toEqual({ memberCount: 0, parties: [], nonParties: [], signedOnly: [] });
    // And a known subregion alone still answers with its States.
    expect((await api.data(GAP, { subregion: 'Western Africa' })).gapAnalysis.memberCount).toBe(16);
  });

  it('writes with text too long for an index are refused with the field named, and write nothing', async () => {
    const before = await graphSnapshot(api.db);
    const citations = [{ source: 'source:ohchr-2013', locator: 'para 1' }];
    const node = await curator.ask('mutation($input: NodeInput!) { createNode(input: $input) { outcome } }', {
      input: { id: 'org:long-name', name: 'x'.repeat(10_000), organization: { type: 'IGO' }, citations },
    });
    expect(node.errors?.[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'name', reason: '"name" is 10000 characters long; at most 1000' }],
    });
    const longId = await curator.ask('mutation($input: NodeInput!) { createNode(input: $input) { outcome } }', {
      input: { id: `org:${'x'.repeat(300)}`, name: 'Long id', organization: { type: 'IGO' }, citations },
    });
    expect(longId.errors?.[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'id' }] });
    expect(longId.errors?.[0]!.message).toMatch(/at most 200 characters in all\), got "org:x{76}\.\.\." \(304 characters\)/);
    const edge = await curator.ask('mutation($input: RelationshipInput!) { addRelationship(input: $input) { outcome } }', {
      input: { type: 'MEMBER_OF', from: 'state:AFG', to: 'rcp:puebla-process', membership: { role: 'OBSERVER' }, key: 'k'.repeat(10_000), citations },
    });
    expect(edge.errors?.[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'key' }] });
    expect(await graphSnapshot(api.db)).toEqual(before);
  });
});
