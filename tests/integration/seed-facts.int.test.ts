/**
 * A sample of facts from the source documents, each test named after the locator that says it.
 * Reads the seeded graph only.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { edgeCitations as citedBy } from '../support/citations.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
afterAll(() => db.close());

const edgeCitations = (from: string, type: string, to: string) => citedBy(db, from, type, to);

async function statusReport(id: string) {
  const [row] = await db.readText(
    'MATCH (s:StatusReport {id: $id}) RETURN s.value AS value, s.asOf AS asOf, s.about AS about, s.citeSources AS sources, s.citeLocators AS locators',
    { id },
  );
  return row;
}

describe('facts from the source documents', () => {
  it('OHCHR 2013 Box 5: the CMW monitors the ICRMW', async () => {
    expect(await edgeCitations('body:cmw', 'MONITORS', 'instrument:icrmw')).toContain('source:ohchr-2013 Box 5');
  });

  it('OHCHR 2013 footnote 33: UNHCR has a supervisory function over the 1951 Convention', async () => {
    expect(await edgeCitations('body:unhcr-supervision', 'MONITORS', 'instrument:refugee-convention')).toContain('source:ohchr-2013 footnote 33');
    expect(await edgeCitations('body:unhcr-supervision', 'PART_OF', 'org:unhcr')).not.toEqual([]);
  });

  it('OHCHR 2013 footnote 14: CAT art. 3 guarantees non-refoulement', async () => {
    const [row] = await db.readText(
      "MATCH (:Instrument {id: 'instrument:cat'})-[g:GUARANTEES]->(:Right {id: 'right:non-refoulement'}) RETURN g.articles AS articles",
    );
    expect(row?.articles).toEqual(['art. 3']);
    expect(await edgeCitations('instrument:cat', 'GUARANTEES', 'right:non-refoulement')).toContain('source:ohchr-2013 footnote 14');
  });

  it('A/68/283 para 70: the Puebla Process is a regional consultative process', async () => {
    const [row] = await db.readText("MATCH (r:RCP {id: 'rcp:puebla-process'}) RETURN r.citeSources AS s, r.citeLocators AS l");
    expect(row?.s).toContain('source:a-68-283');
    expect(row?.l).toContain('para 70');
  });

  it('ICRMW States Parties kept side by side: 46 (OHCHR 2013 footnote 18), 46 (A/68/283 para 29), 48 (2016 article, Sept 2015)', async () => {
    expect(await statusReport('status:icrmw-states-parties-2013')).toMatchObject({
      value: 46,
      asOf: '2013',
      about: 'instrument:icrmw',
      sources: ['source:ohchr-2013'],
      locators: ['footnote 18'],
    });
    expect(await statusReport('status:icrmw-states-parties-2013-08')).toMatchObject({
      value: 46,
      asOf: '2013-08-07',
      sources: ['source:a-68-283'],
      locators: ['para 29'],
    });
    const latest = await statusReport('status:icrmw-states-parties-2015-09');
    expect(latest).toMatchObject({ value: 48, asOf: '2015-09', about: 'instrument:icrmw' });
    expect(new Set(latest?.sources as string[])).toEqual(new Set(['source:governance-article-2016']));
  });

  it('GMG size disagrees by document: 16 (2012 paper), 15 UN entities plus IOM (A/68/283 para 46), 17 plus IOM (2016 article)', async () => {
    expect((await statusReport('status:gmg-member-count-2012-09'))?.value).toBe(16);
    expect(await statusReport('status:gmg-un-member-count-2013-08')).toMatchObject({ value: 15, locators: ['para 46'] });
    expect((await statusReport('status:gmg-un-member-count-2016'))?.value).toBe(17);
  });

  it('ILO is a GMG member and, separately, its chair in 2014 (two edges, not one overwritten)', async () => {
    const rows = await db.readText(
      "MATCH (:Organization {id: 'org:ilo'})-[m:MEMBER_OF]->(:Forum {id: 'forum:gmg'}) RETURN m.role AS role, m.since AS since ORDER BY role",
    );
    expect(rows).toEqual([
      { role: 'chair', since: '2014' },
      { role: 'member', since: null },
    ]);
  });

  it('UN Treaty Collection 2022, hr_status_icmw.csv: Algeria party to the ICRMW since 2005, year precision only', async () => {
    const [row] = await db.readText(
      "MATCH (:State {id: 'state:DZA'})-[r:RATIFIED]->(:Instrument {id: 'instrument:icrmw'}) WHERE r.citeSources = ['source:un-treaty-collection-2022'] RETURN r.date AS date, r.datePrecision AS precision, r.citeLocators AS loc",
    );
    expect(row).toEqual({ date: '2005', precision: 'year', loc: ['hr_status_icmw.csv, DZ'] });
  });

  it('UN Treaty Collection 2022: a contradictory row (KP, hr_status_crc.csv) is not loaded; the 2026 table states the ratification', async () => {
    // Since issue 12 the 2026 table (day precision) is loaded too: it gives North Korea's CRC
    // ratification and signature. The contradictory 2022 row still yields no edge.
    const rows = await db.readText(
      "MATCH (:State {id: 'state:PRK'})-[r:RATIFIED|SIGNED]->(:Instrument {id: 'instrument:crc'}) RETURN type(r) AS type, r.date AS date, r.citeSources AS sources ORDER BY type",
    );
    expect(rows).toEqual([
      { type: 'RATIFIED', date: '1990-09-21', sources: ['source:untc-core-human-rights-2026'] },
      { type: 'SIGNED', date: '1990-08-23', sources: ['source:untc-core-human-rights-2026'] },
    ]);
  });
});
