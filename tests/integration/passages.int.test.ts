/** passages(text, first): full-text search over the cited texts, with the facts citing each passage. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PASSAGES = `query ($text: String!, $first: Int) {
  passages(text: $text, first: $first) {
    id locator text score source { id title }
    citedBy { nodeId relationshipType fromId toId locator quote }
  }
}`;

describe('passages', () => {
  it('"refouler" finds the 1951 Convention art. 33(1) and the GUARANTEES edge that cites it', async () => {
    const { passages } = await api.data(PASSAGES, { text: 'refouler' });
    const art33 = passages.find((p: any) => p.id === 'source:refugee-convention-text#art. 33(1)');
    expect(art33).toMatchObject({ locator: 'art. 33(1)', source: { id: 'source:refugee-convention-text' } });
    expect(art33.text).toContain('No Contracting State shall expel or return ("refouler") a refugee');
    expect(art33.citedBy).toContainEqual(
      expect.objectContaining({
        relationshipType: 'GUARANTEES',
        fromId: 'instrument:refugee-convention',
        toId: 'right:non-refoulement',
        locator: 'art. 33(1)',
      }),
    );
    // CPED art. 16(1) uses the word too, and its guarantee cites it.
    const cped = passages.find((p: any) => p.id === 'source:cped-text#art. 16(1)');
    expect(cped.citedBy).toContainEqual(expect.objectContaining({ relationshipType: 'GUARANTEES', fromId: 'instrument:cped', toId: 'right:non-refoulement' }));
  });

  it('finds document passages and the facts whose quotes they hold', async () => {
    const { passages } = await api.data(PASSAGES, { text: 'no legal protection mandate', first: 5 });
    const hit = passages.find((p: any) => p.source.id === 'source:a-68-283');
    expect(hit.locator).toMatch(/^line \d+$/);
    expect(hit.text.toLowerCase()).toContain('protection mandate');
    for (const c of hit.citedBy) expect(hit.text.replace(/\s+/g, ' ').toLowerCase()).toContain(c.quote.replace(/\s+/g, ' ').toLowerCase());
  });

  it('an article citation points at each of its paragraphs; a passage nobody cites says so', async () => {
    const { passages } = await api.data(PASSAGES, { text: 'right of the child to education', first: 20 });
    const crc28 = passages.find((p: any) => p.id === 'source:crc-text#art. 28(1)');
    expect(crc28.citedBy).toContainEqual(expect.objectContaining({ relationshipType: 'GUARANTEES', fromId: 'instrument:crc', toId: 'right:education' }));
    const uncited = await api.data(PASSAGES, { text: 'school discipline', first: 1 });
    expect(uncited.passages[0]).toMatchObject({ id: 'source:crc-text#art. 28(2)', citedBy: [] });
  });

  it('from a fact, the full passage each text citation points at; none for a document citation', async () => {
    const { monitoringBodies } = await api.data(`{ monitoringBodies(right: "right:education", category: "category:migrant-children") {
      monitorId instrumentId evidence { type citations { sourceId locator passage } } } }`);
    const crc = monitoringBodies.find((a: any) => a.monitorId === 'body:crc-committee' && a.instrumentId === 'instrument:crc');
    const cite = crc.evidence.find((e: any) => e.type === 'GUARANTEES').citations.find((c: any) => c.sourceId === 'source:crc-text');
    expect(cite.locator).toBe('art. 28(1)');
    expect(cite.passage).toMatch(/^1\. States Parties recognize the right of the child to education/);
    expect(cite.passage).toContain('a) Make primary education compulsory and available free to all;');
    expect(cite.passage).not.toContain('school discipline');
    const documentCite = crc.evidence.flatMap((e: any) => e.citations).find((c: any) => c.sourceId === 'source:ohchr-2013');
    if (documentCite) expect(documentCite.passage).toBeNull();
    const cescr = monitoringBodies.find((a: any) => a.monitorId === 'body:cescr' && a.instrumentId === 'instrument:icescr');
    const monitors = cescr.evidence.find((e: any) => e.type === 'MONITORS');
    expect(monitors.citations.every((c: any) => c.passage === null || c.sourceId.endsWith('-text'))).toBe(true);
  });

  it('bad input is named', async () => {
    const empty = await api.ask(PASSAGES, { text: '  ?? ' });
    expect(empty.errors?.[0]).toMatchObject({ message: 'text: give at least one letter or digit to search for', extensions: { code: 'BAD_USER_INPUT' } });
    const tooMany = await api.ask(PASSAGES, { text: 'migrant', first: 1000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
