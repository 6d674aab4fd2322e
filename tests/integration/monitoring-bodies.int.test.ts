/** The flagship question on the seeded graph, answered through GraphQL in-process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createContext, type RequestContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { silentLogger } from '../../src/observability/logger.js';
import { createApollo } from '../../src/apollo.js';
import { testDatabase } from '../support/database.js';

let db: Database;
let apollo: ApolloServer<RequestContext>;

beforeAll(async () => {
  db = testDatabase();
  apollo = createApollo(false, silentLogger());
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
});

const QUERY = `query ($right: ID!, $category: ID!, $state: ID) {
  monitoringBodies(right: $right, category: $category, state: $state) {
    monitorId basis instrumentId articles monitoringKind categoryPath
    evidence { type from to citations { sourceId sourceTitle locator } }
  }
}`;

async function ask(variables: Record<string, string>) {
  const response = await apollo.executeOperation({ query: QUERY, variables }, { contextValue: createContext(db, undefined) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as { data?: { monitoringBodies: any[] } | null; errors?: any[] };
}

describe('monitoringBodies', () => {
  it('non-refoulement for refugees: CAT (via everyone) and UNHCR supervision (1951 Convention art. 33), with evidence', async () => {
    const { data, errors } = await ask({ right: 'right:non-refoulement', category: 'category:refugees' });
    expect(errors).toBeUndefined();
    const answers = data!.monitoringBodies;
    const cat = answers.find((a) => a.monitorId === 'body:cat' && a.basis === 'TREATY');
    expect(cat).toMatchObject({ instrumentId: 'instrument:cat', articles: ['art. 3'], monitoringKind: 'treaty-body' });
    expect(cat.categoryPath[0]).toBe('category:refugees');
    expect(cat.categoryPath.at(-1)).toBe('category:everyone');
    const guarantee = cat.evidence.find((e: any) => e.type === 'GUARANTEES');
    expect(guarantee.citations).toContainEqual(
      expect.objectContaining({ sourceId: 'source:ohchr-2013', locator: 'footnote 14', sourceTitle: expect.stringContaining('Migration and human rights') }),
    );
    const unhcr = answers.find((a) => a.monitorId === 'body:unhcr-supervision');
    expect(unhcr).toMatchObject({ basis: 'TREATY', instrumentId: 'instrument:refugee-convention', monitoringKind: 'supervisory' });
    expect(answers.find((a) => a.monitorId === 'org:unhcr')).toMatchObject({ basis: 'MANDATE', monitoringKind: 'protection' });
    // IOM's mandate over migrants is operational (A/68/283 para 58: no legal protection mandate): not a monitor.
    expect(answers.map((a) => a.monitorId)).not.toContain('org:iom');
    // The 1951 Convention's own text backs the guarantee, article 33(1) quoted.
    const refugeeGuarantee = unhcr.evidence.find((e: any) => e.type === 'GUARANTEES');
    expect(refugeeGuarantee.citations).toContainEqual(expect.objectContaining({ sourceId: 'source:refugee-convention-text', locator: 'art. 33(1)' }));
    // Every answer carries cited evidence.
    for (const a of answers) {
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const step of a.evidence) expect(step.citations.length).toBeGreaterThan(0);
    }
  });

  it('education for migrant children: the Committee on the Rights of the Child (CRC art. 28) and the CESCR (ICESCR art. 13), cited to the texts', async () => {
    const { data, errors } = await ask({ right: 'right:education', category: 'category:migrant-children' });
    expect(errors).toBeUndefined();
    const answers = data!.monitoringBodies;
    const crc = answers.find((a) => a.monitorId === 'body:crc-committee' && a.instrumentId === 'instrument:crc');
    expect(crc).toMatchObject({ basis: 'TREATY', articles: ['art. 28(1)'], monitoringKind: 'treaty-body' });
    expect(crc.evidence.find((e: any) => e.type === 'GUARANTEES').citations).toContainEqual(
      expect.objectContaining({ sourceId: 'source:crc-text', locator: 'art. 28(1)', sourceTitle: expect.stringContaining('(text)') }),
    );
    const cescr = answers.find((a) => a.monitorId === 'body:cescr' && a.instrumentId === 'instrument:icescr');
    expect(cescr).toMatchObject({ basis: 'TREATY', articles: ['art. 13(1)'] });
    expect(cescr.evidence.find((e: any) => e.type === 'GUARANTEES').citations).toContainEqual(
      expect.objectContaining({ sourceId: 'source:icescr-text', locator: 'art. 13(1)' }),
    );
    expect(answers.map((a) => a.monitorId)).not.toContain('org:iom');
  });

  it('liberty and security for asylum seekers: the Human Rights Committee through ICCPR art. 9, cited to the text', async () => {
    const { data, errors } = await ask({ right: 'right:liberty-and-security', category: 'category:asylum-seekers' });
    expect(errors).toBeUndefined();
    const ccpr = data!.monitoringBodies.find((a) => a.monitorId === 'body:ccpr' && a.instrumentId === 'instrument:iccpr');
    expect(ccpr).toMatchObject({ basis: 'TREATY', articles: ['art. 9(1)'] });
    expect(ccpr.categoryPath[0]).toBe('category:asylum-seekers');
    expect(ccpr.evidence.find((e: any) => e.type === 'GUARANTEES').citations).toContainEqual(
      expect.objectContaining({ sourceId: 'source:iccpr-text', locator: 'art. 9(1)' }),
    );
  });

  it('with a State, treaty answers are limited to instruments it is recorded as party to', async () => {
    const { data } = await ask({ right: 'right:non-refoulement', category: 'category:refugees', state: 'state:MEX' });
    const treaty = data!.monitoringBodies.filter((a) => a.basis === 'TREATY').map((a) => a.monitorId);
    // Mexico is party to the CAT (UN Treaty Collection 2026) and, by accession on 2000-06-07, to the
    // 1951 Convention (UN Treaty Collection 2013-2015 tables), whose supervision UNHCR holds (art. 35),
    // and to the CPED, whose art. 16(1) (from its text) forbids return where enforced disappearance threatens.
    expect(treaty).toEqual(['body:cat', 'body:ced', 'body:unhcr-supervision']);
  });

  it('unknown ids and wrong kinds are named in the error', async () => {
    const missing = await ask({ right: 'right:flying', category: 'category:refugees' });
    expect(missing.errors?.[0]).toMatchObject({ message: 'right: no node with id "right:flying"', extensions: { code: 'NOT_FOUND' } });
    const wrongKind = await ask({ right: 'right:non-refoulement', category: 'state:MEX' });
    expect(wrongKind.errors?.[0]).toMatchObject({
      message: 'category: "state:MEX" is a State, expected a MigrantCategory',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('monitoringBodies answers', () => {
  it('equal pay for irregular migrant workers: the CMW monitors the ICRMW, which protects them directly', async () => {
    const response = await apollo.executeOperation(
      {
        query: `{ monitoringBodies(right: "right:equal-pay", category: "category:irregular-migrant-workers") {
          monitorId basis categoryPath monitor { name kind } instrument { acronym } evidence { type from to } } }`,
      },
      { contextValue: createContext(db, undefined) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const answers = (response.body.singleResult.data as any).monitoringBodies as any[];
    const cmw = answers.find((a) => a.monitorId === 'body:cmw');
    expect(cmw).toMatchObject({
      basis: 'TREATY',
      categoryPath: ['category:irregular-migrant-workers'],
      instrument: { acronym: 'ICRMW' },
      monitor: { kind: 'BODY' },
    });
    expect(cmw.monitor.name).toContain('Migrant Workers');
    expect(cmw.evidence.map((e: any) => `${e.type} ${e.from} ${e.to}`)).toEqual([
      'PROTECTS instrument:icrmw category:irregular-migrant-workers',
      'GUARANTEES instrument:icrmw right:equal-pay',
      'MONITORS body:cmw instrument:icrmw',
    ]);
  });

  it('never repeat an evidence step', async () => {
    const { data } = await ask({ right: 'right:non-refoulement', category: 'category:refugees' });
    for (const a of data!.monitoringBodies) {
      const steps = a.evidence.map((e: any) => `${e.type} ${e.from} ${e.to}`);
      expect(new Set(steps).size).toBe(steps.length);
    }
  });

  it('name each monitor and instrument once, whatever the number of category paths', async () => {
    const { data } = await ask({ right: 'right:non-refoulement', category: 'category:refugees' });
    const keys = data!.monitoringBodies.map((a) => `${a.basis} ${a.monitorId} ${a.instrumentId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
