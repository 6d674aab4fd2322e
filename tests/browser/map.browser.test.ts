/**
 * The explorer's world map in headless Chromium against the seeded graph: it is the first screen;
 * for the CRC every State's style (path on the map, or row under it for States without a shape)
 * equals the status the API's protectionProfile gives that State, party dates included; unknown
 * is drawn apart from "not party"; the as-of slider agrees with ratificationStatus(asOf); the
 * count mode counts parties; the Graph tab opens on the flagship answer; a click on a country opens its neighbourhood in the graph view.
 * Leaves docs/images/map-crc.png (referenced in docs/explorer.md).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { openExplorer, type BrowserHarness } from '../support/browser.js';

let h: BrowserHarness;
let page: Page;

beforeAll(async () => {
  h = await openExplorer();
  page = h.page;
});
afterAll(async () => {
  await h?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${h.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type Profile = { status: string; ratification: { date: string | null } | null; instrument: { id: string } };

/**
 * Each State's status for one instrument as protectionProfile gives it (the server's per-pair
 * rule, independent of the lists the page combines), 20 States per request (query cost cap).
 */
async function profileStatuses(stateIds: string[], instrument: string, category: string): Promise<Map<string, Profile>> {
  const out = new Map<string, Profile>();
  const fields = '{ instrument { id } status ratification { date } }';
  for (let i = 0; i < stateIds.length; i += 20) {
    const batch = stateIds.slice(i, i + 20);
    const query = `query { ${batch
      .map(
        (id, k) =>
          `s${k}: protectionProfile(state: ${JSON.stringify(id)}, category: ${JSON.stringify(category)}) { covered ${fields} missing ${fields} unknown ${fields} }`,
      )
      .join(' ')} }`;
    const data = await api<Record<string, { covered: Profile[]; missing: Profile[]; unknown: Profile[] }>>(query);
    batch.forEach((id, k) => {
      const profile = data[`s${k}`]!;
      const entry = [...profile.covered, ...profile.missing, ...profile.unknown].find((p) => p.instrument.id === instrument);
      if (entry) out.set(id, entry);
    });
  }
  return out;
}

/** What the page drew: per State, its style's data attributes and tooltip (map path or list row). */
const drawn = (p: Page) =>
  p.evaluate(() => {
    const out: Record<string, { status?: string; count?: string; unknown?: string; fill: string; text: string; shaped: boolean }> = {};
    document.querySelectorAll<SVGPathElement>('#map-svg path[data-state]').forEach((e) => {
      out[e.dataset.state!] = { ...e.dataset, fill: e.getAttribute('fill')!, text: e.querySelector('title')!.textContent!, shaped: true };
    });
    document.querySelectorAll<HTMLLIElement>('#map-unshaped li').forEach((e) => {
      out[e.dataset.state!] = { ...e.dataset, fill: e.querySelector('rect')!.getAttribute('fill')!, text: e.textContent!, shaped: false };
    });
    return out;
  });

const summaryIncludes = (p: Page, text: string) =>
  p.waitForFunction((t) => document.getElementById('map-summary')?.textContent?.includes(t), text, { timeout: 60_000 });

describe('world map', () => {
  let stateIds: string[];

  it('is the first screen: a migration instrument (ICRMW) drawn on load, the graph view hidden', async () => {
    const response = await page.goto(`${h.server.url}/explorer`);
    expect(response?.status()).toBe(200);
    await page.evaluate(() => (window as any).explorer.ready);
    await page.evaluate(() => (window as any).explorer.map().ready);
    expect(await page.locator('#map-view').isVisible()).toBe(true);
    expect(await page.locator('#graph').isHidden()).toBe(true);
    await expect(page.locator('#map-summary').textContent()).resolves.toMatch(
      /^ICRMW, latest data .*: \d+ party, \d+ signed only, \d+ known not party, \d+ no data\.$/,
    );
    await h.screenshot('map-01-first-screen');
  });

  it('draws every State of the graph: a shape, or a row under the map', async () => {
    const data = await api<{ states: { totalCount: number } }>('{ states { totalCount } }');
    const view = await drawn(page);
    stateIds = Object.keys(view).sort();
    expect(stateIds).toHaveLength(data.states.totalCount);
    const shaped = stateIds.filter((id) => view[id]!.shaped).length;
    expect(shaped).toBeGreaterThan(150);
    console.log(`[measured] ${shaped} of ${stateIds.length} States have a shape in the 1:110m atlas; ${stateIds.length - shaped} are listed under the map`);
  });

  it('for the CRC, every State has the style of its protectionProfile status, party dates included', async () => {
    await page.selectOption('#map-instrument', 'instrument:crc');
    await summaryIncludes(page, 'CRC, latest data');
    const view = await drawn(page);
    const expected = await profileStatuses(stateIds, 'instrument:crc', 'category:children');
    expect(expected.size).toBe(stateIds.length);
    const mismatches = stateIds.filter((id) => view[id]!.status !== expected.get(id)!.status);
    expect(mismatches.map((id) => `${id}: map ${view[id]!.status}, API ${expected.get(id)!.status}`)).toEqual([]);
    for (const id of stateIds.filter((s) => expected.get(s)!.status === 'PARTY'))
      expect(view[id]!.text, id).toContain(`party since ${expected.get(id)!.ratification!.date}`);
    // The USA signed and is not party: the one signed-only State of the UN Treaty Collection table.
    expect(view['state:USA']!.status).toBe('SIGNED_ONLY');
    expect(await page.locator('#map-warning').isHidden()).toBe(true);
    await page.screenshot({ path: path.join(projectRoot, 'docs', 'images', 'map-crc.png') });
  });

  it('four distinct styles; unknown is hatched and the legend says "no data"', async () => {
    // ILO C143: a partial list without a complete table, so States it does not list are unknown.
    await page.selectOption('#map-instrument', 'instrument:ilo-c143');
    await summaryIncludes(page, 'latest data');
    const view = await drawn(page);
    const expected = await profileStatuses(stateIds, 'instrument:ilo-c143', 'category:migrant-workers');
    expect(expected.size).toBe(stateIds.length);
    for (const id of stateIds) expect(view[id]!.status, id).toBe(expected.get(id)!.status);
    const unknown = Object.values(view).filter((v) => v.status === 'UNKNOWN');
    expect(unknown.length).toBeGreaterThan(100);
    expect(new Set(unknown.map((v) => v.fill))).toEqual(new Set(['url(#map-no-data)']));
    const fills = await page.evaluate(() => [...document.querySelectorAll('#map-legend rect')].map((r) => r.getAttribute('fill')));
    expect(new Set(fills).size).toBe(4);
    await expect(page.locator('#map-legend').textContent()).resolves.toContain('no data');
    await h.screenshot('map-02-ilo-c143');
  });

  it("the as-of slider draws the CRC at the end of 1992 with ratificationStatus(asOf)'s counts", async () => {
    await page.selectOption('#map-instrument', 'instrument:crc');
    await summaryIncludes(page, 'CRC, latest data');
    await page.locator('#map-asof').evaluate((e: HTMLInputElement) => {
      e.value = '1992';
      e.dispatchEvent(new Event('input'));
      e.dispatchEvent(new Event('change'));
    });
    await summaryIncludes(page, 'CRC, at the end of 1992');
    await expect(page.locator('#map-asof-label').textContent()).resolves.toBe('end of 1992');
    type Counts = Record<'partyCount' | 'signedOnlyCount' | 'knownNotPartyCount' | 'unknownCount' | 'uncertainPartyCount' | 'undatedPartyCount', number>;
    const { ratificationStatus: counts } = await api<{ ratificationStatus: Counts & { parties: { state: { id: string } }[] } }>(
      '{ ratificationStatus(instrument: "instrument:crc", asOf: "1992") { partyCount signedOnlyCount knownNotPartyCount unknownCount uncertainPartyCount undatedPartyCount parties { state { id } } } }',
    );
    const view = await drawn(page);
    const count = (status: string) => Object.values(view).filter((v) => v.status === status).length;
    expect(count('PARTY')).toBe(counts.partyCount);
    expect(count('SIGNED_ONLY')).toBe(counts.signedOnlyCount);
    expect(count('NOT_PARTY')).toBe(counts.knownNotPartyCount);
    expect(count('UNKNOWN')).toBe(counts.unknownCount + counts.uncertainPartyCount + counts.undatedPartyCount);
    expect(counts.partyCount).toBeLessThan(196);
    const parties = counts.parties.map((p) => p.state.id).sort();
    expect(stateIds.filter((id) => view[id]!.status === 'PARTY')).toEqual(parties);
    expect(await page.locator('#map-warning').isHidden()).toBe(true);
    await h.screenshot('map-03-crc-1992');
  });

  it('count mode: per State, the number of chosen instruments it is party to', async () => {
    await page.locator('#map-asof').evaluate((e: HTMLInputElement) => {
      e.value = e.max;
      e.dispatchEvent(new Event('change'));
    });
    await summaryIncludes(page, 'CRC, latest data');
    await page.selectOption('#map-mode', 'count');
    await page.selectOption('#map-instruments', ['instrument:crc', 'instrument:icrmw']);
    await summaryIncludes(page, 'Number of these 2 instruments');
    const partiesOf = async (instrument: string) =>
      new Set(
        (
          await api<{ ratificationStatus: { parties: { state: { id: string } }[] } }>(
            'query ($i: ID!) { ratificationStatus(instrument: $i) { parties { state { id } } } }',
            { i: instrument },
          )
        ).ratificationStatus.parties.map((p) => p.state.id),
      );
    const [crc, icrmw] = await Promise.all([partiesOf('instrument:crc'), partiesOf('instrument:icrmw')]);
    const view = await drawn(page);
    for (const id of stateIds) expect(Number(view[id]!.count), id).toBe(Number(crc.has(id)) + Number(icrmw.has(id)));
    expect(Object.values(view).every((v) => v.status === undefined)).toBe(true);
    await h.screenshot('map-04-count');
  });

  it('the Graph tab on an empty canvas draws the prefilled flagship answer with its evidence', async () => {
    await page.click('#show-graph');
    await page.waitForFunction(() => (window as any).explorer.cy.nodes('.answer').length > 0, undefined, { timeout: 30_000 });
    const { monitoringBodies } = await api<{ monitoringBodies: { monitorId: string }[] }>(
      '{ monitoringBodies(right: "right:non-refoulement", category: "category:refugees") { monitorId } }',
    );
    const answers = await page.evaluate(() => (window as any).explorer.cy.nodes('.answer').map((n: any) => n.id()) as string[]);
    expect(answers.sort()).toEqual([...new Set(monitoringBodies.map((b) => b.monitorId))].sort());
    expect(await page.locator('#map-view').isHidden()).toBe(true);
    await h.screenshot('map-05-graph-tab-flagship');
    await page.click('#show-map');
    expect(await page.locator('#map-view').isVisible()).toBe(true);
  });

  it('a click on a country opens its neighbourhood and details in the graph view', async () => {
    const box = (await page.locator('#map-svg path[data-state="state:DEU"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (window as any).explorer.cy.getElementById('state:DEU').nonempty(), undefined, { timeout: 30_000 });
    expect(await page.locator('#graph').isVisible()).toBe(true);
    expect(await page.locator('#map-view').isHidden()).toBe(true);
    await page.waitForFunction(() => document.getElementById('d-kind')?.textContent?.includes('state:DEU'));
    await expect(page.locator('#d-title').textContent()).resolves.toBe('Germany');
    await h.screenshot('map-06-clicked-germany');
  });

  it('threw no errors in the page', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
