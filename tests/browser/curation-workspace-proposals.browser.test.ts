/**
 * Contributors' proposals in the workspace (issue 18 item 3): a contributor's form submits
 * `propose` (nothing written to the graph), the proposal appears in the review queue with its
 * diff, a curator accepts it and it lands in the graph with an audited change linking back to the
 * proposal; a rejected one needs a reason and leaves the graph as it was. Needs the `proposals`
 * part of the API (Role CONTRIBUTOR, propose, proposals, accept/rejectProposal, Change.proposalId):
 * until it is merged these cases fail. Screenshots: tests/artifacts/browser/workspace-proposal-*.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '../../src/auth/roles.js';
import { openExplorer, type BrowserHarness } from '../support/browser.js';
import { createTestKey } from '../support/keys.js';
import { resetTestGraph } from '../support/test-graph.js';
import { addMembership, apiCall, findMembershipCase, openNode, signIn, type MembershipCase } from '../support/workspace.js';

let h: BrowserHarness;
let page: Page;
let fact: MembershipCase;
let curator: { id: string; secret: string };
let contributor: { id: string; secret: string };

beforeAll(async () => {
  h = await openExplorer();
  page = h.page;
  // The contributor role comes with the proposals part of the API (src/auth/roles.ts there).
  contributor = await createTestKey(h.db, 'contributor' as Role, 'workspace contributor');
  curator = await createTestKey(h.db, 'curator', 'workspace reviewer');
  fact = await findMembershipCase(h.db);
  await page.goto(`${h.server.url}/explorer`);
  await page.evaluate(() => (window as any).explorer.ready);
  await signIn(page, contributor.secret);
});
afterAll(async () => {
  if (h) await resetTestGraph(h.db);
  await h?.close();
});

const countEdges = async () =>
  Number((await h.db.readText('MATCH (:State {id: $s})-[m:MEMBER_OF]->(:RCP {id: $r}) RETURN count(m) AS n', { s: fact.stateId, r: fact.rcpId }))[0]!.n);

describe('proposals in the workspace', () => {
  it("a contributor's form proposes instead of writing", async () => {
    await expect(page.locator('#who').textContent()).resolves.toContain('(contributor)');
    await openNode(page, fact.stateId, fact.stateName);
    await page.click('#curate summary:has-text("Add a relationship")');
    await expect(page.locator('#add-relationship button[type=submit]').textContent()).resolves.toBe('Propose for review');
    await page.fill('#add-relationship textarea[placeholder^="Note"]', 'Seen on the process page');
    await addMembership(page, fact);
    await page.waitForFunction(() => document.querySelector('#add-relationship .form-status')?.textContent?.startsWith('Proposed for review'));
    expect(await countEdges()).toBe(0);
  });

  it('the proposal appears in the queue with its diff, and a curator accepts it: it lands, audited, linked to the proposal', async () => {
    await signIn(page, curator.secret);
    await page.click('#show-queue');
    const item = page.locator('#queue-list li.proposal[data-status="OPEN"]', { hasText: fact.rcpId });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('workspace contributor');
    expect(await item.locator('table.diff tr').count()).toBeGreaterThan(1);
    await h.screenshot('workspace-proposal-01-queue');
    const id = await item.getAttribute('data-proposal-id');
    await item.locator('button.accept').click();
    await expect.poll(countEdges).toBe(1);
    await openNode(page, fact.stateId, fact.stateName);
    const change = page.locator('#history li.change[data-operation="ADD_RELATIONSHIP"]');
    await change.waitFor();
    await expect(change.locator('a.proposal-link').textContent()).resolves.toContain(id!);
    await h.screenshot('workspace-proposal-02-accepted');
  });

  it('rejecting needs a reason; a rejected proposal leaves the graph unchanged', async () => {
    const edgesBefore = await countEdges();
    // A second proposal, sent through the API as the contributor's form would send it: an observer role for the same pair.
    await apiCall(h.server.url, contributor.secret, 'mutation ($input: ProposalInput!) { propose(input: $input) { id } }', {
      input: {
        addRelationship: {
          type: 'MEMBER_OF',
          from: fact.stateId,
          to: fact.rcpId,
          membership: { role: 'OBSERVER' },
          citations: [{ source: fact.source, locator: fact.locator, quote: fact.quote }],
        },
        note: 'to be rejected',
      },
    });
    await page.click('#show-queue');
    await page.selectOption('#q-status', 'OPEN');
    await page.click('#queue-filters button[type=submit]');
    const item = page.locator('#queue-list li.proposal[data-status="OPEN"]', { hasText: 'to be rejected' });
    await item.waitFor();
    await item.locator('button.reject').click(); // no reason given
    await expect.poll(() => item.locator('.problem').textContent()).toContain('Refused');
    await item.locator('input.reject-reason').fill('The page lists no observers');
    await item.locator('button.reject').click();
    await page.selectOption('#q-status', 'REJECTED');
    await page.click('#queue-filters button[type=submit]');
    await page.locator('#queue-list li.proposal[data-status="REJECTED"]', { hasText: 'The page lists no observers' }).waitFor();
    expect(await countEdges()).toBe(edgesBefore);
    await h.screenshot('workspace-proposal-03-rejected');
  });
});
