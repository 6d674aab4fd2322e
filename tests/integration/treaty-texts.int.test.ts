/**
 * Facts taken from the instruments' own texts (seed/treaty-texts/), on the seeded graph: rights
 * guaranteed with their article, committees established and procedures set up by theirs.
 * The quotes themselves are checked against the articles in tests/unit/seed-quotes.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { edgeCitations as citedBy } from '../support/citations.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
afterAll(() => db.close());

const edgeCitations = (from: string, type: string, to: string) => citedBy(db, from, type, to);

async function procedures(from: string, to: string): Promise<string[]> {
  const [row] = await db.readText('MATCH (:Entity {id: $from})-[m:MONITORS]->(:Entity {id: $to}) RETURN m.procedures AS procedures', { from, to });
  return (row?.procedures as string[] | undefined) ?? [];
}

describe('facts from the treaty texts', () => {
  it('ICCPR-OP1 art. 1: individual complaints to the Human Rights Committee hang on the First Optional Protocol, not the Covenant', async () => {
    expect(await procedures('body:ccpr', 'instrument:iccpr-op1')).toEqual(['individual-complaints']);
    expect(await edgeCitations('body:ccpr', 'MONITORS', 'instrument:iccpr-op1')).toContain('source:iccpr-op1-text art. 1');
    expect(await procedures('body:ccpr', 'instrument:iccpr')).toEqual(['state-reports', 'inter-state-complaints']);
    expect(await edgeCitations('body:ccpr', 'MONITORS', 'instrument:iccpr')).toEqual(
      expect.arrayContaining(['source:iccpr-text art. 40(1)', 'source:iccpr-text art. 41(1)']),
    );
  });

  it('every optional protocol with a held text has a monitoring edge citing it; the CRC communications protocol (no text) is the one without', async () => {
    const rows = await db.readText(
      `MATCH (p:Instrument {type: 'optional-protocol'})
       OPTIONAL MATCH (monitor:Entity)-[m:MONITORS]->(p)
       RETURN p.id AS id, collect(monitor.id) AS monitors, [c IN collect(m.citeSources) | c] AS sources ORDER BY id`,
      {},
    );
    const without = rows.filter((r) => (r.monitors as string[]).length === 0).map((r) => r.id);
    expect(without).toEqual(['instrument:op-crc-ic']);
    for (const r of rows.filter((r) => (r.monitors as string[]).length > 0)) {
      expect(
        (r.sources as string[][]).flat().some((s) => s.endsWith('-text')),
        String(r.id),
      ).toBe(true);
    }
    expect(rows.length).toBeGreaterThanOrEqual(9);
  });

  it('each treaty committee is established by the article of its treaty that says so', async () => {
    const established: Array<[string, string, string]> = [
      ['body:ccpr', 'instrument:iccpr', 'source:iccpr-text art. 28(1)'],
      ['body:cerd', 'instrument:icerd', 'source:icerd-text art. 8(1)'],
      ['body:cedaw-committee', 'instrument:cedaw', 'source:cedaw-text art. 17(1)'],
      ['body:cat', 'instrument:cat', 'source:cat-text art. 17(1)'],
      ['body:crc-committee', 'instrument:crc', 'source:crc-text art. 43(1)'],
      ['body:crpd-committee', 'instrument:crpd', 'source:crpd-text art. 34(1)'],
      ['body:ced', 'instrument:cped', 'source:cped-text art. 26(1)'],
      ['body:spt', 'instrument:opcat', 'source:opcat-text art. 2(1)'],
    ];
    for (const [body, instrument, cite] of established) expect(await edgeCitations(body, 'ESTABLISHED_BY', instrument)).toContain(cite);
  });

  it('rights: all but one are guaranteed by an instrument; collective expulsion is left (ICRMW art. 22 and ECHR Protocol 4 are not held, no document names an article)', async () => {
    const rows = await db.readText(`MATCH (r:Right) RETURN r.id AS id, COUNT { (:Instrument)-[:GUARANTEES]->(r) } AS guarantors ORDER BY id`, {});
    const unguaranteed = rows.filter((r) => Number(r.guarantors) === 0).map((r) => r.id);
    expect(unguaranteed).toEqual(['right:freedom-from-collective-expulsion']);
    expect(rows.length).toBe(33);
    const [fromTexts] = await db.readText(
      `MATCH (:Instrument)-[g:GUARANTEES]->(:Right) WHERE any(s IN g.citeSources WHERE s ENDS WITH '-text') RETURN count(g) AS edges`,
      {},
    );
    expect(Number(fromTexts!.edges)).toBeGreaterThanOrEqual(60);
  });

  it('ILO C97 art. 9 and art. 6(1): transfer of earnings and equality of treatment in employment', async () => {
    expect(await edgeCitations('instrument:ilo-c097', 'GUARANTEES', 'right:transfer-of-earnings')).toEqual(['source:ilo-c097-text art. 9']);
    expect(await edgeCitations('instrument:ilo-c097', 'GUARANTEES', 'right:equal-treatment-in-employment')).toEqual(['source:ilo-c097-text art. 6(1)']);
  });

  it('consular assistance, as far as the held texts go: CPED art. 17(2)(d) (a foreigner deprived of liberty) and the Smuggling Protocol art. 16(5)', async () => {
    expect(await edgeCitations('instrument:cped', 'GUARANTEES', 'right:consular-assistance')).toEqual(['source:cped-text art. 17(2)(d)']);
    expect(await edgeCitations('instrument:smuggling-protocol', 'GUARANTEES', 'right:consular-assistance')).toEqual([
      'source:smuggling-protocol-text art. 16(5)',
    ]);
  });
});

describe('categories protected, from the texts', () => {
  it('each instrument names the category it protects in an article: refugees art. 1, stateless persons art. 1(1), trafficking and smuggling victims, migrant domestic workers', async () => {
    const cases: Array<[string, string, string]> = [
      ['instrument:refugee-convention', 'category:refugees', 'source:refugee-convention-text art. 1'],
      ['instrument:refugee-protocol', 'category:refugees', 'source:refugee-protocol-text art. I(1)'],
      ['instrument:statelessness-convention-1954', 'category:stateless-persons', 'source:statelessness-convention-1954-text art. 1(1)'],
      ['instrument:trafficking-protocol', 'category:trafficked-persons', 'source:trafficking-protocol-text art. 2'],
      ['instrument:smuggling-protocol', 'category:smuggled-migrants', 'source:smuggling-protocol-text art. 5'],
      ['instrument:crc', 'category:migrant-children', 'source:crc-text art. 22(1)'],
      ['instrument:ilo-c097', 'category:migrant-workers', 'source:ilo-c097-text art. 11(1)'],
      ['instrument:ilo-c097', 'category:members-of-migrant-workers-families', 'source:ilo-c097-text art. 8(1)'],
      ['instrument:ilo-c189', 'category:migrant-domestic-workers', 'source:ilo-c189-text art. 8(1)'],
      ['instrument:udhr', 'category:asylum-seekers', 'source:udhr-text art. 14(1)'],
    ];
    for (const [instrument, category, cite] of cases)
      expect(await edgeCitations(instrument, 'PROTECTS', category), `${instrument} -> ${category}`).toContain(cite);
    // The document citations stay beside the text's (a-68-283 para 30 for the 1951 Convention).
    expect(await edgeCitations('instrument:refugee-convention', 'PROTECTS', 'category:refugees')).toContain('source:a-68-283 para 30');
  });

  it('PROTECTS edges citing an instrument text: at least 21, and the articles listed on the edge cover each cited one', async () => {
    const rows = await db.readText(
      `MATCH (:Instrument)-[p:PROTECTS]->(:MigrantCategory) WHERE any(s IN p.citeSources WHERE s ENDS WITH '-text')
       RETURN p.id AS id, [i IN range(0, size(p.citeSources) - 1) WHERE p.citeSources[i] ENDS WITH '-text' | p.citeLocators[i]] AS cited, p.articles AS articles`,
      {},
    );
    expect(rows.length).toBeGreaterThanOrEqual(21);
    const covers = (articles: string[], locator: string) => articles.some((a) => locator === a || locator.startsWith(`${a}(`));
    for (const r of rows)
      for (const locator of r.cited as string[]) expect(covers((r.articles as string[]) ?? [], locator), `${String(r.id)} ${locator}`).toBe(true);
  });
});
