/**
 * Issue 14's listed data errors, each fixed from its source, and the migration figures the five
 * documents state, kept as dated StatusReport nodes (seed/nodes/status-reports-migration.yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { edgeCitations as citedBy } from '../support/citations.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const edgeCitations = (from: string, type: string, to: string) => citedBy(db, from, type, to);

async function node(id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.readText('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id });
  return row?.p as Record<string, unknown> | undefined;
}

async function mandateKinds(from: string, to: string): Promise<string[]> {
  const rows = await db.readText('MATCH (:Entity {id: $from})-[m:HAS_MANDATE]->(:Entity {id: $to}) RETURN m.kind AS kind', { from, to });
  return rows.map((r) => String(r.kind));
}

describe('issue 14: the listed data errors', () => {
  it('the GAMM is dated by the Communication of 18 November 2011 (A/68/283 footnote 9)', async () => {
    expect((await node('instrument:gamm'))?.adopted).toBe('2011-11-18');
  });

  it("the IGC's long name is one alias, not split at its comma", async () => {
    const aliases = (await node('rcp:igc'))?.aliases as string[];
    expect(aliases).toContain('Intergovernmental Consultations on Asylum, Refugees and Migration Policies in Europe, North America and Australia');
    expect(aliases.every((a) => !a.startsWith(' ') && a !== 'Intergovernmental Consultations on Asylum')).toBe(true);
  });

  it('the Millennium Declaration carries no adoption date (no held source states it); its document date stays in the description', async () => {
    const declaration = await node('instrument:millennium-declaration');
    expect(declaration?.adopted).toBeUndefined();
    expect(declaration?.description).toContain('18 September 2000');
  });

  it('the GCIM was established by the Secretary-General and a group of States (A/68/283 para 17, OHCHR 2013 footnote 6)', async () => {
    expect(await edgeCitations('forum:gcim', 'ESTABLISHED_BY', 'org:un-secretary-general')).toEqual(['source:ohchr-2013 footnote 6']);
    expect(await edgeCitations('forum:gcim', 'ESTABLISHED_BY', 'forum:gcim-founding-states')).toEqual([
      'source:a-68-283 para 17',
      'source:ohchr-2013 footnote 6',
    ]);
  });

  it("UNODC's role is not supervisory: the Conference of the Parties monitors, the Secretary-General serves it (UNTOC art. 33(1)), UNODC supports implementation", async () => {
    const rows = await db.readText(`MATCH (:Organization {id: 'org:unodc'})-[m:HAS_MANDATE]->() RETURN collect(DISTINCT m.kind) AS kinds`, {});
    expect(rows[0]!.kinds).toEqual(['operational']);
    expect(await mandateKinds('org:unodc', 'instrument:trafficking-protocol')).toEqual(['operational']);
    expect(await edgeCitations('org:un-secretary-general', 'SECRETARIAT_OF', 'body:untoc-cop')).toEqual(['source:untoc-text art. 33(1)']);
    expect(await edgeCitations('body:untoc-cop', 'MONITORS', 'instrument:trafficking-protocol')).toEqual(['source:ohchr-2013 Box 5']);
    const { monitoringBodies } = await api.data(`{ monitoringBodies(right: "right:non-refoulement", category: "category:trafficked-persons") { monitorId } }`);
    expect(monitoringBodies.map((a: { monitorId: string }) => a.monitorId)).not.toContain('org:unodc');
  });

  it('ICMPD "monitors" the six dialogues the 2016 article names (its word): no longer their secretariat by that article (pages naming it secretariat stay)', async () => {
    const [row] = await db.readText(
      `MATCH (:Organization {id: 'org:icmpd'})-[s:SECRETARIAT_OF]->() WHERE any(c IN s.citeSources WHERE c IN ['source:governance-article-2016', 'source:a-68-283']) WITH count(s) AS secretariat
       MATCH (:Organization {id: 'org:icmpd'})-[m:HAS_MANDATE {kind: 'coordination'}]->(p:RCP) RETURN secretariat, collect(p.id) AS monitored`,
      {},
    );
    expect(Number(row!.secretariat)).toBe(0);
    expect([...(row!.monitored as string[])].sort()).toEqual(
      ['rcp:africa-eu-mme', 'rcp:budapest-process', 'rcp:euromed-migration-iii', 'rcp:mtm', 'rcp:prague-process', 'rcp:rabat-process'].sort(),
    );
    expect(await edgeCitations('org:icmpd', 'HAS_MANDATE', 'rcp:rabat-process')).toContain(
      'source:governance-article-2016 section 3.2.2 "The role of non-UN intergovernmental organisations (IGOs): the case of International Organisation for Migration"',
    );
  });
});

describe('issue 14: the pass over the five documents', () => {
  it("UNHCR's mandate over internally displaced persons (A/68/283 para 104, the sentence that already gave stateless persons); diaspora communities named", async () => {
    expect(await mandateKinds('org:unhcr', 'category:internally-displaced-persons')).toEqual(['protection']);
    expect(await edgeCitations('org:unhcr', 'HAS_MANDATE', 'category:internally-displaced-persons')).toEqual(['source:a-68-283 para 104']);
    expect((await node('category:diaspora-communities'))?.name).toBe('Diaspora communities');
  });
});

describe('issue 14: the full documents pass (docs/documents-pass.md)', () => {
  const locators = (sources: Array<{ sourceId: string; locator: string }>) => sources.map((c) => `${c.sourceId} ${c.locator}`).sort();

  it('UNICEF holds no mandate: no document states one (OHCHR 2013 Box 4 only names it, A/68/283 para 38 lists its "mandates and expertise"); its GMG membership stays', async () => {
    const { node } = await api.data(`{ node(id: "org:unicef") { ... on Organization { mandates { toId } memberships { toId } } } }`);
    expect(node.mandates).toEqual([]);
    expect(node.memberships.map((m: { toId: string }) => m.toId)).toContain('forum:gmg');
  });

  it('groups the documents name are categories under the parent their sentence gives, each cited', async () => {
    const { node } = await api.data(`{ node(id: "category:migrants") { ... on MigrantCategory { narrower { fromId sources { sourceId locator } } } } }`);
    const narrower = new Map(node.narrower.map((e: any) => [e.fromId, locators(e.sources)]));
    expect(narrower.get('category:economic-migrants')).toEqual(['source:a-68-283 para 97']);
    expect(narrower.get('category:migrants-with-hiv-aids')).toEqual([
      'source:ohchr-2013 section 2 "Governance of migration and human rights within the United Nations: the legal and normative framework"',
    ]);
    expect(narrower.get('category:migrants-in-informal-economy')).toEqual([
      'source:iom-idm-2009 section "Steps towards Implementation of Human Rights of Migrants"',
      'source:ohchr-2013 section 4 C) "Service provision and technical assistance"',
    ]);
    for (const id of [
      'category:detained-migrants',
      'category:returned-migrants',
      'category:migrant-youth',
      'category:minority-migrants',
      'category:migrant-victims-of-torture',
    ]) {
      expect(narrower.has(id), id).toBe(true);
    }
    const { skilled, pregnant } = await api.data(`{
      skilled: node(id: "category:high-skilled-migrant-workers") { ... on MigrantCategory { broader { toId sources { sourceId locator quote } } } }
      pregnant: node(id: "category:pregnant-migrant-women") { ... on MigrantCategory { broader { toId } } }
    }`);
    expect(skilled.broader).toEqual([
      {
        toId: 'category:migrant-workers',
        sources: [{ sourceId: 'source:a-68-283', locator: 'para 88', quote: 'rely on migrant workers, both high- and low-skilled' }],
      },
    ]);
    expect(pregnant.broader.map((e: { toId: string }) => e.toId)).toEqual(['category:migrant-women']);
  });

  it('the ILO Constitution protects migrant workers (OHCHR 2013: its Preamble, footnote 34); the Seasonal Workers Directive addresses low-skilled migrants (2016 article)', async () => {
    const { workers, lowSkilled } = await api.data(`{
      workers: node(id: "category:migrant-workers") { ... on MigrantCategory { protectedBy { fromId articles sources { sourceId locator } } } }
      lowSkilled: node(id: "category:low-skilled-migrant-workers") { ... on MigrantCategory { protectedBy { fromId } } }
    }`);
    const constitution = workers.protectedBy.find((p: { fromId: string }) => p.fromId === 'instrument:ilo-constitution');
    expect(constitution.articles).toEqual(['Preamble']);
    expect(locators(constitution.sources)).toContain('source:ohchr-2013 footnote 34');
    expect(lowSkilled.protectedBy.map((p: { fromId: string }) => p.fromId)).toContain('instrument:eu-seasonal-workers-directive');
  });

  it('OHCHR is secretariat of the special procedures; the 2006 High-level Dialogue was established by GA resolution 58/208; the GMG has its two task forces', async () => {
    const { ohchr, hld, gmg } = await api.data(`{
      ohchr: node(id: "org:ohchr") { ... on Organization { secretariatOf { toId sources { sourceId locator } } } }
      hld: node(id: "forum:hld-2006") { ... on Forum { establishedBy { toId sources { sourceId locator } } } }
      gmg: node(id: "forum:gmg") { ... on Forum { parts { fromId } } }
    }`);
    const specialProcedures = ohchr.secretariatOf.find((e: { toId: string }) => e.toId === 'body:special-procedures');
    expect(locators(specialProcedures.sources)).toEqual([
      'source:ohchr-2013 back cover (about OHCHR)',
      'source:ohchr-2013 section 4 A) "Standard setting and normative oversight"',
    ]);
    expect(hld.establishedBy).toEqual([{ toId: 'instrument:ga-res-58-208', sources: [{ sourceId: 'source:ohchr-gmpa-2012', locator: 'footnote 12' }] }]);
    expect(gmg.parts.map((p: { fromId: string }) => p.fromId)).toEqual(
      expect.arrayContaining(['forum:gmg-tf-migration-decent-work', 'forum:gmg-tf-capacity-development']),
    );
  });

  it('figures held only in a description or not at all are dated figures now: 10-20% irregular (2012), resettlement in 2013, trafficking cases in 2013', async () => {
    const data = await api.data(`{
      irregular: node(id: "category:migrants-in-irregular-situation") { ... on MigrantCategory { statusReports { measure value asOf } } }
      refugees: node(id: "category:refugees") { ... on MigrantCategory { statusReports { measure value asOf sources { locator } } } }
      trafficked: node(id: "category:trafficked-persons") { ... on MigrantCategory { statusReports { measure value asOf } } }
    }`);
    expect(data.irregular.statusReports).toEqual(
      expect.arrayContaining([
        { measure: 'percent-in-irregular-situation-low-estimate', value: 10, asOf: '2012-09-27' },
        { measure: 'percent-in-irregular-situation-high-estimate', value: 20, asOf: '2012-09-27' },
      ]),
    );
    expect(data.refugees.statusReports).toContainEqual({
      measure: 'persons-admitted-for-resettlement',
      value: 98400,
      asOf: '2013',
      sources: [{ locator: 'section 2.2 "The global governance of the refugee regime is increasingly difficult", footnotes' }],
    });
    expect(data.trafficked.statusReports).toEqual(
      expect.arrayContaining([
        { measure: 'victims-identified', value: 44758, asOf: '2013' },
        { measure: 'prosecutions', value: 9460, asOf: '2013' },
        { measure: 'convictions-estimated', value: 5776, asOf: '2013' },
      ]),
    );
  });
});

describe('issue 14: migration figures as dated figures', () => {
  const FIGURES = `query ($about: ID!) {
    statusReports(filter: { about: $about }, orderBy: { field: AS_OF }, first: 50) {
      nodes { id measure value asOf about { id } sources { sourceId locator quote } }
    }
  }`;

  it('international migrants: 214 million (Sept 2012), more than 232 million (A/68/283 para 93, Aug 2013), more than 244 million (2016), each with its date and quote', async () => {
    const { statusReports } = await api.data(FIGURES, { about: 'category:migrants' });
    const byId = new Map(statusReports.nodes.map((n: any) => [n.id, n]));
    expect(byId.get('status:international-migrants-2013-08')).toMatchObject({
      measure: 'international-migrants-more-than',
      value: 232000000,
      asOf: '2013-08-07',
      sources: [{ sourceId: 'source:a-68-283', locator: 'para 93', quote: 'with an estimate of more than 232 million international migrants in the world.' }],
    });
    expect(byId.get('status:international-migrants-2012-09')).toMatchObject({ value: 214000000, asOf: '2012-09-27' });
    expect(byId.get('status:international-migrants-2016')).toMatchObject({ value: 244000000, asOf: '2016' });
    const stock = statusReports.nodes.filter((n: any) => n.measure.startsWith('international-migrants-') && !n.measure.includes('percent'));
    expect(stock.map((n: any) => n.asOf)).toEqual([...stock.map((n: any) => n.asOf)].sort());
  });

  it('a category shows its own figures: trafficked persons (20.9 million, 2016 article), forcibly displaced people at three dates (UNHCR)', async () => {
    const data = await api.data(`{
      trafficked: node(id: "category:trafficked-persons") { ... on MigrantCategory { statusReports { value asOf sources { sourceId } } } }
      displaced: node(id: "category:forcibly-displaced-persons") { ... on MigrantCategory { statusReports { value asOf } } }
    }`);
    expect(data.trafficked.statusReports).toContainEqual({ value: 20900000, asOf: '2016', sources: [{ sourceId: 'source:governance-article-2016' }] });
    expect(data.displaced.statusReports.map((r: any) => [r.asOf, r.value]).sort()).toEqual([
      ['2004-12-31', 37500000],
      ['2013-12-31', 51200000],
      ['2014-12-31', 59500000],
    ]);
  });
});
