/**
 * Issue 12, item 5 (history): partiesOverTime and asOf at day precision, on the seeded graph.
 * The derived counts asserted here were counted by hand from the data files (seed/treaty-status-2026/
 * un_hr_ratifications.csv, seed/treaty-status-2015/*.csv: rows with a consent dated on or before
 * the day); the reported counts are the StatusReport nodes of seed/nodes/status-reports-instruments.yaml.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SERIES = `query ($i: ID!, $from: Int, $to: Int) { partiesOverTime(instrument: $i, from: $from, to: $to) {
  from to
  years { year asOf partyCount signedOnlyCount uncertainPartyCount undatedPartyCount knownNotPartyCount unknownCount
    statusAsOf dataSources { id } reportedCounts { id value asOf sources { sourceId locator } } }
  reportedCounts { id measure value asOf }
  coverage { source { id } complete asOf } } }`;
const STATUS = `query ($i: ID!, $asOf: String) { ratificationStatus(instrument: $i, asOf: $asOf) {
  partyCount signedOnlyCount uncertainPartyCount undatedPartyCount knownNotPartyCount unknownCount dataSources { id } } }`;

const year = (series: any, y: number) => series.years.find((e: any) => e.year === y);

describe('partiesOverTime: derived counts beside the counts the documents report', () => {
  it('ICRMW: 47 parties at the end of 2013 and 48 at the end of 2015 (2026 table), beside the reported 46 (2013, 2013-08-07) and 48 (2015-09)', async () => {
    const { partiesOverTime: s } = await api.data(SERIES, { i: 'instrument:icrmw' });
    // Default range: the first recorded act (signatures of 1991... first consents 1993) to the 2026 table.
    expect(s.to).toBe(2026);
    expect(s.years.length).toBe(s.to - s.from + 1);
    expect(s.years.map((e: any) => e.year)).toEqual(Array.from({ length: s.years.length }, (_, k) => s.from + k));
    // By hand from un_hr_ratifications.csv (treaty_id cmw): consents dated <= 2013-12-31: 47, <= 2015-12-31: 48, all: 60.
    const in2013 = year(s, 2013);
    expect(in2013).toMatchObject({ asOf: '2013-12-31', partyCount: 47, uncertainPartyCount: 0, unknownCount: 0 });
    expect(in2013.reportedCounts.map((r: any) => [r.value, r.asOf]).sort()).toEqual([
      [18, '2013'],
      [46, '2013'],
      [46, '2013-08-07'],
    ]);
    expect(in2013.reportedCounts.find((r: any) => r.asOf === '2013-08-07').sources[0]).toMatchObject({ sourceId: 'source:a-68-283', locator: 'para 29' });
    const in2015 = year(s, 2015);
    expect(in2015).toMatchObject({ asOf: '2015-12-31', partyCount: 48 });
    expect(in2015.reportedCounts.map((r: any) => [r.value, r.asOf])).toEqual([[48, '2015-09']]);
    expect(year(s, 2026)).toMatchObject({ partyCount: 60, statusAsOf: '2026-02-03' });
    expect(year(s, 2026).dataSources.map((d: any) => d.id)).toContain('source:untc-core-human-rights-2026');
    // No complete table is dated on or before 2013: the counts rest on the dated acts of later tables.
    expect(in2013.statusAsOf).toBeNull();
    // Every reported figure is returned once at the top, with its own date.
    expect(
      s.reportedCounts
        .filter((r: any) => r.measure === 'states-parties')
        .map((r: any) => [r.value, r.asOf])
        .sort(),
    ).toEqual([
      [46, '2013'],
      [46, '2013-08-07'],
      [48, '2015-09'],
    ]);
  });

  it('the 1951 Convention: 145 derived for 2013 (2013-07-06 table) beside the 144 OHCHR reports; the Trafficking Protocol 158 beside 155 (2013) and 159 (2016)', async () => {
    const { partiesOverTime: refugee } = await api.data(SERIES, { i: 'instrument:refugee-convention', from: 2000, to: 2016 });
    expect(refugee).toMatchObject({ from: 2000, to: 2016 });
    // By hand from treaty-status-2015/5-2.csv: 136 consents dated <= 2000-12-31, 145 <= 2013-12-31.
    expect(year(refugee, 2000).partyCount).toBe(136);
    expect(year(refugee, 2013)).toMatchObject({ partyCount: 145, statusAsOf: '2013-07-06', unknownCount: 0 });
    expect(year(refugee, 2013).reportedCounts.map((r: any) => [r.value, r.asOf])).toEqual([[144, '2013']]);
    // The table ends in 2015: later years repeat its counts, and say as of which table.
    expect(year(refugee, 2016)).toMatchObject({ partyCount: 145, statusAsOf: '2013-07-06' });

    const { partiesOverTime: trafficking } = await api.data(SERIES, { i: 'instrument:trafficking-protocol', from: 2012, to: 2016 });
    // 18-12-a.csv: 159 consents, one of them the European Union's (not a State); 153 dated <= 2012, 158 <= 2013.
    expect(year(trafficking, 2012).partyCount).toBe(153);
    expect(year(trafficking, 2013).partyCount).toBe(158);
    expect(year(trafficking, 2013).reportedCounts.map((r: any) => [r.value, r.asOf])).toEqual([[155, '2013']]);
    expect(year(trafficking, 2016)).toMatchObject({ partyCount: 158 });
    expect(year(trafficking, 2016).reportedCounts.map((r: any) => [r.value, r.asOf])).toEqual([[159, '2016']]);
  });

  it('every year equals ratificationStatus(asOf: that year): one rule for both (ICRMW, ICCPR-OP1 with a superseded record, C189, C143 partial)', async () => {
    for (const [instrument, years] of [
      ['instrument:icrmw', [1990, 1995, 2003, 2013, 2022, 2026]],
      ['instrument:iccpr-op1', [1980, 1992, 2000, 2022, 2023, 2026]],
      ['instrument:ilo-c189', [2011, 2013, 2020, 2021]],
      ['instrument:ilo-c143', [1980, 2000, 2020]],
    ] as const) {
      const { partiesOverTime: s } = await api.data(SERIES, { i: instrument, from: years[0], to: years.at(-1) });
      for (const y of years) {
        const { ratificationStatus: r } = await api.data(STATUS, { i: instrument, asOf: String(y) });
        const { year: _year, asOf: _asOf, statusAsOf: _statusAsOf, reportedCounts: _reported, ...counts } = year(s, y);
        expect(counts, `${instrument} ${y}`).toEqual(r);
      }
    }
  });

  it('an instrument without per-State data: no series unless asked, and then every State unknown, never not party', async () => {
    const { partiesOverTime: none } = await api.data(SERIES, { i: 'instrument:echr' });
    expect(none).toMatchObject({ from: null, to: null, years: [], coverage: [] });
    const { partiesOverTime: asked } = await api.data(SERIES, { i: 'instrument:echr', from: 2010, to: 2011 });
    for (const e of asked.years) expect(e).toMatchObject({ partyCount: 0, knownNotPartyCount: 0, statusAsOf: null });
    expect(asked.years[0].unknownCount).toBeGreaterThan(190);
  });

  it('refuses a bad range with a message naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ from: 2010, to: 2000 }, 'from', /2010 is after to \(2000\)/],
      [{ from: 1, to: 2000 }, 'from', /1 is not a four-digit year/],
      [{ from: 1700, to: 2026 }, 'to', /327 years asked, at most 300/],
    ];
    for (const [range, argument, message] of cases) {
      const result = await api.ask(SERIES, { i: 'instrument:icrmw', ...range });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    const wrongKind = await api.ask(SERIES, { i: 'state:MEX' });
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('asOf at day precision', () => {
  it('ICRMW (2026 data): 46 parties on 2013-08-07, the date A/68/283 reports 46 for', async () => {
    const { ratificationStatus: r } = await api.data(STATUS, { i: 'instrument:icrmw', asOf: '2013-08-07' });
    expect(r.partyCount).toBe(46);
  });

  it('the 1951 Convention (2013-2015 data): Mexico (accession 2000-06-07) counts from that day, not the day before', async () => {
    const q = `query ($asOf: String) { ratificationStatus(instrument: "instrument:refugee-convention", asOf: $asOf) {
      partyCount uncertainPartyCount parties { state { id } } } }`;
    const before = (await api.data(q, { asOf: '2000-06-06' })).ratificationStatus;
    const on = (await api.data(q, { asOf: '2000-06-07' })).ratificationStatus;
    // By hand from 5-2.csv: 134 consents dated <= 2000-06-06, 135 <= 2000-06-07 (Mexico's alone that day).
    expect([before.partyCount, on.partyCount]).toEqual([134, 135]);
    expect(before.uncertainPartyCount + on.uncertainPartyCount).toBe(0);
    expect(before.parties.map((p: any) => p.state.id)).not.toContain('state:MEX');
    expect(on.parties.map((p: any) => p.state.id)).toContain('state:MEX');
  });
});
