/** Steps the curators' workspace browser tests share: sign in, open a node, fill the add-relationship form. */
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/database.js';

/** A State–RCP membership the graph lacks, and a citation the graph already gives that RCP's membership (its page, row and words). */
export interface MembershipCase {
  stateId: string;
  stateName: string;
  rcpId: string;
  rcpName: string;
  source: string;
  locator: string;
  quote: string;
}

/**
 * The RCP membership data set cites each row's page (a Source) with the row's line and the page's
 * own words as the quote; the test cites the same page, line and words for a State the page does
 * not list (a fact made up for the test, removed again by resetTestGraph).
 */
export async function findMembershipCase(db: Database): Promise<MembershipCase> {
  const [row] = await db.readText(`
    MATCH (r:RCP)<-[m:MEMBER_OF]-(:State)
    WHERE m.citeSources[0] STARTS WITH 'source:rcp-page-' AND size(m.citeQuotes[0]) < 400
    WITH r, m ORDER BY r.id, m.citeLocators[0] LIMIT 1
    MATCH (s:State) WHERE NOT (s)-[:MEMBER_OF]-(r)
    RETURN s.id AS stateId, s.name AS stateName, r.id AS rcpId, r.name AS rcpName,
           m.citeSources[0] AS source, m.citeLocators[0] AS locator, m.citeQuotes[0] AS quote
    ORDER BY s.name LIMIT 1`);
  if (!row) throw new Error('the test graph holds no RCP membership cited to an RCP page');
  return row as unknown as MembershipCase;
}

export async function apiCall(url: string, secret: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

export async function signIn(page: Page, secret: string): Promise<void> {
  await page.click('#sign-in');
  await page.waitForSelector('#key-form', { state: 'visible' });
  await page.fill('#api-key', secret);
  await page.click('#key-form button[type=submit]');
  await page.waitForFunction(() => document.getElementById('who')?.textContent?.startsWith('Signed in'));
}

/** Finds the node with the header search and selects it: the details panel then holds the workspace. */
export async function openNode(page: Page, id: string, name: string): Promise<void> {
  await page.fill('#search', name);
  await page.waitForSelector(`#suggestions li[data-id="${id}"]`);
  await page.click(`#suggestions li[data-id="${id}"]`);
  await page.waitForFunction((nodeId) => document.getElementById('curate')?.dataset.for === nodeId, id);
  // Signed in as an editor, the panel holds the two forms (generated once the form model is in) and the history.
  const ready = await page
    .waitForFunction(
      () => document.querySelectorAll('#curate .curate-form').length === 2 && document.querySelector('#history ol, #history p:not(.loading)'),
      undefined,
      { timeout: 60_000 },
    )
    .then(() => true)
    .catch(() => false);
  if (!ready)
    throw new Error(
      `the workspace did not render for ${id}: #who "${await page.locator('#who').textContent()}", #curate: ${(await page.locator('#curate').innerHTML()).slice(0, 500)}`,
    );
}

/** Fills the add-relationship form (already open on the State) with the membership, picking the RCP and the source by search, and submits it. */
export async function addMembership(page: Page, fact: MembershipCase, quote = fact.quote): Promise<void> {
  const form = '#add-relationship';
  await page.selectOption(`${form} select[data-path="type"]`, 'MEMBER_OF');
  await page.fill(`${form} [data-path="otherEnd"]`, fact.rcpName);
  await page.click(`${form} .suggestions li[data-id="${fact.rcpId}"]`);
  await page.selectOption(`${form} [data-path="membership.role"]`, 'MEMBER');
  await page.fill(`${form} [data-path="membership.since"]`, '');
  await page.fill(`${form} [data-path="citations[0].source"]`, fact.source.replace('source:', ''));
  await page.click(`${form} .suggestions li[data-id="${fact.source}"]`);
  await page.fill(`${form} [data-path="citations[0].locator"]`, fact.locator);
  await page.fill(`${form} [data-path="citations[0].quote"]`, quote);
  await page.click(`${form} button[type=submit]`);
}
