/**
 * The curators' workspace in the explorer (issue 18), against the real API and Neo4j: a curator
 * signs in with an API key, adds a cited MEMBER_OF edge from a State to an RCP through the form
 * generated from curationModel, sees it in the graph and in the node's history, reverts it and
 * sees it gone; edits a node's property; and every refusal (validation, stale revert, auth) is
 * shown next to what it concerns. The quote check and the proposals queue are in
 * curation-workspace-quotes/-proposals.browser.test.ts (they need those parts of the API).
 * Screenshots: tests/artifacts/browser/workspace-*.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, type BrowserHarness } from '../support/browser.js';
import { createTestKey } from '../support/keys.js';
import { resetTestGraph } from '../support/test-graph.js';
import { addMembership, apiCall, findMembershipCase, openNode, signIn, type MembershipCase } from '../support/workspace.js';

let h: BrowserHarness;
let page: Page;
let curator: { id: string; secret: string };
let fact: MembershipCase;

beforeAll(async () => {
  h = await openExplorer();
  page = h.page;
  curator = await createTestKey(h.db, 'curator', 'workspace curator');
  fact = await findMembershipCase(h.db);
  await page.goto(`${h.server.url}/explorer`);
  await page.evaluate(() => (window as any).explorer.ready);
});
afterAll(async () => {
  if (h) await resetTestGraph(h.db);
  await h?.close();
});

const edgeIds = (p: Page, from: string, to: string) =>
  p.evaluate(
    ([f, t]) =>
      (window as any).explorer.cy
        .edges()
        .filter((e: any) => e.data('source') === f && e.data('target') === t && e.data('type') === 'MEMBER_OF')
        .map((e: any) => e.id()) as string[],
    [from, to],
  );

describe('curators workspace', () => {
  it('signs in with an API key and shows the role', async () => {
    await signIn(page, curator.secret);
    await expect(page.locator('#who').textContent()).resolves.toContain('workspace curator (curator)');
    expect(await page.evaluate(() => sessionStorage.getItem('explorer.apiKey'))).toBe(curator.secret);
  });

  it('shows the validator problems next to the fields they name, and writes nothing', async () => {
    await openNode(page, fact.stateId, fact.stateName);
    await page.click('#curate summary:has-text("Add a relationship")');
    await page.selectOption('#add-relationship select[data-path="type"]', 'MEMBER_OF');
    // No role, a date that is no date, and a citation without a locator.
    await page.fill('#add-relationship [data-path="otherEnd"]', fact.rcpId);
    await page.fill('#add-relationship [data-path="membership.since"]', '2020-13');
    await page.fill('#add-relationship [data-path="citations[0].source"]', fact.source);
    await page.click('#add-relationship button[type=submit]');
    await page.waitForSelector('#add-relationship .problem-note');
    const note = (path: string) => page.locator(`#add-relationship [data-field="${path}"] .problem-note`).textContent();
    await expect(note('membership.role')).resolves.toContain('missing required field "role"');
    await expect(note('membership.since')).resolves.toContain('must be a date');
    await expect(note('citations[0].locator')).resolves.toContain('missing locator');
    expect(await edgeIds(page, fact.stateId, fact.rcpId)).toEqual([]);
    await h.screenshot('workspace-01-validation');
  });

  it('adds a cited MEMBER_OF edge picked by search, sees it in the graph and in the history', async () => {
    await addMembership(page, fact);
    await page.waitForFunction(() => document.querySelector('#add-relationship .form-status')?.textContent?.startsWith('Saved'));
    await expect(page.locator('#add-relationship .form-status').textContent()).resolves.toBe('Saved: CREATED');
    expect(await page.locator('#add-relationship .problem-note').count()).toBe(0);
    await page.waitForFunction(([f, t]) => (window as any).explorer.cy.edges(`[source = "${f}"][target = "${t}"]`).nonempty(), [fact.stateId, fact.rcpId]);
    const [edgeId] = await edgeIds(page, fact.stateId, fact.rcpId);
    const added = page.locator(`#history li.change[data-operation="ADD_RELATIONSHIP"][data-target-id="${edgeId}"]`);
    await added.waitFor();
    await expect(added.textContent()).resolves.toContain('workspace curator (curator)');
    await expect(added.locator('.change-sources').textContent()).resolves.toContain(fact.quote);
    // It is in the database, cited as the form said.
    const [row] = await h.db.readText(
      'MATCH (:State {id: $s})-[m:MEMBER_OF]->(:RCP {id: $r}) RETURN m.role AS role, m.citeSources AS sources, m.citeQuotes AS quotes',
      {
        s: fact.stateId,
        r: fact.rcpId,
      },
    );
    expect(row).toMatchObject({ role: 'member', sources: [fact.source], quotes: [fact.quote] });
    await h.screenshot('workspace-02-added');
  });

  it('reverts it from the history and sees it gone from the graph', async () => {
    const [edgeId] = await edgeIds(page, fact.stateId, fact.rcpId);
    await page.click(`#history li.change[data-operation="ADD_RELATIONSHIP"][data-target-id="${edgeId}"] button.revert`);
    await page.waitForSelector('#history li.change[data-operation="REVERT_CHANGE"]');
    await page.waitForFunction(([f, t]) => (window as any).explorer.cy.edges(`[source = "${f}"][target = "${t}"]`).empty(), [fact.stateId, fact.rcpId]);
    const [row] = await h.db.readText('MATCH (:State {id: $s})-[m:MEMBER_OF]->(:RCP {id: $r}) RETURN count(m) AS n', { s: fact.stateId, r: fact.rcpId });
    expect(Number(row!.n)).toBe(0);
    await expect(page.locator(`#history li.change[data-operation="ADD_RELATIONSHIP"][data-target-id="${edgeId}"] .reverted`).textContent()).resolves.toContain(
      'reverted by',
    );
    await h.screenshot('workspace-03-reverted');
  });

  it('a stale revert (the edge changed since) is refused and shown on that change', async () => {
    await page.click('#add-relationship button[type=submit]'); // the form still holds the fact: add it again
    await page.waitForFunction(() => document.querySelector('#add-relationship .form-status')?.textContent === 'Saved: CREATED');
    await page.waitForFunction(([f, t]) => (window as any).explorer.cy.edges(`[source = "${f}"][target = "${t}"]`).nonempty(), [fact.stateId, fact.rcpId]);
    const [edgeId] = await edgeIds(page, fact.stateId, fact.rcpId);
    expect(edgeId).toBeDefined();
    // Someone else changes it meanwhile.
    await apiCall(h.server.url, curator.secret, 'mutation ($input: RelationshipUpdateInput!) { updateRelationship(input: $input) { outcome } }', {
      input: { id: edgeId, membership: { since: '2012' }, citations: [{ source: fact.source, locator: fact.locator, quote: fact.quote }] },
    });
    await openNode(page, fact.stateId, fact.stateName);
    const add = page.locator(`#history li.change[data-operation="ADD_RELATIONSHIP"][data-target-id="${edgeId}"]:not(:has(.reverted))`);
    await add.locator('button.revert').click();
    await expect.poll(() => add.locator('.problem').textContent()).toContain('Revert refused');
    expect(await edgeIds(page, fact.stateId, fact.rcpId)).toEqual([edgeId]);
    await h.screenshot('workspace-04-stale-revert');
  });

  it('edits a node property through the generated form, with its change in the history', async () => {
    await page.click('#curate summary:has-text("Edit properties")');
    await page.fill('#edit-node [data-path="description"]', 'Edited in the workspace test');
    await page.fill('#edit-node [data-path="citations[0].source"]', fact.source);
    await page.fill('#edit-node [data-path="citations[0].locator"]', fact.locator);
    await page.click('#edit-node button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#edit-node .form-status')?.textContent === 'Saved: UPDATED');
    await page.waitForSelector('#history li.change[data-operation="UPDATE_NODE"]');
    const [row] = await h.db.readText('MATCH (s:State {id: $s}) RETURN s.description AS d, s.name AS name', { s: fact.stateId });
    expect(row).toEqual({ d: 'Edited in the workspace test', name: fact.stateName });
  });

  it('an auth refusal (the key was revoked meanwhile) is shown on the form', async () => {
    const admin = await createTestKey(h.db, 'admin', 'workspace admin');
    await apiCall(h.server.url, admin.secret, 'mutation ($id: ID!) { revokeApiKey(id: $id) { key { id } } }', { id: curator.id });
    await page.fill('#edit-node [data-path="description"]', 'Should not be written');
    await page.click('#edit-node button[type=submit]');
    await expect.poll(() => page.locator('#edit-node .form-problems').textContent()).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const [row] = await h.db.readText('MATCH (s:State {id: $s}) RETURN s.description AS d', { s: fact.stateId });
    expect(row!.d).toBe('Edited in the workspace test');
    await h.screenshot('workspace-05-auth-refusal');
  });

  it('threw no errors in the page besides the refused requests', () => {
    expect(h.pageErrors.filter((e) => !/status of 40[013]/.test(e))).toEqual([]);
  });
});
