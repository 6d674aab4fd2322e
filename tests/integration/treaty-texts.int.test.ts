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

  it('rights: all but two are guaranteed by an instrument; the two left (no held text, no document naming an article) are listed', async () => {
    const rows = await db.readText(`MATCH (r:Right) RETURN r.id AS id, COUNT { (:Instrument)-[:GUARANTEES]->(r) } AS guarantors ORDER BY id`, {});
    const unguaranteed = rows.filter((r) => Number(r.guarantors) === 0).map((r) => r.id);
    expect(unguaranteed).toEqual(['right:consular-assistance', 'right:freedom-from-collective-expulsion']);
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
});
