/**
 * Issue 12, item 6: a curator imports a status table for another instrument with its coverage
 * declared (the example of docs/bulk.md), and the coverage rules apply to it: without the COVERS
 * declaration the States it does not name are unknown; with it they are known not party.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/bulk/import-files.js';
import { operatorPrincipal } from '../../src/audit/audit.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetTestGraph } from '../support/test-graph.js';

const curator = operatorPrincipal('cli:test');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-status-import-'));
const file = (name: string, text: string) => {
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await resetTestGraph(api.db);
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const nodes = () =>
  file(
    'example-nodes.csv',
    'id,name,acronym,type,adopted,source,locator\ninstrument:example-convention,Example Convention,EC,treaty,1990-12-18,source:ohchr-2013,Box 1\n',
  );
const dataSet = () =>
  file(
    'example-status.json',
    JSON.stringify({
      nodes: [
        {
          id: 'source:example-depositary-2025',
          title: 'Depositary status table of the Example Convention',
          date: '2025-06-01',
          citations: [{ source: 'source:example-depositary-2025', locator: 'document' }],
        },
      ],
    }),
  );
const status = () =>
  file(
    'example-status.csv',
    [
      'state,instrument,action,date,asOf,key,source,locator',
      'MEX,example-convention,ratification,2001-05-14,2025-06-01,example-2025,source:example-depositary-2025,table line 1',
      'ARG,example-convention,accession,2003-02-20,2025-06-01,example-2025,source:example-depositary-2025,table line 2',
      '',
    ].join('\n'),
  );
const coverage = () =>
  file(
    'example-coverage.csv',
    'type,from,to,complete,participants,asOf,source,locator\nCOVERS,source:example-depositary-2025,instrument:example-convention,true,all,2025-06-01,source:example-depositary-2025,table header\n',
  );

const ASK = `{ states(filter: { notPartyTo: "instrument:example-convention" }, first: 100) { totalCount statusAsOf }
  ratificationStatus(instrument: "instrument:example-convention") { partyCount knownNotPartyCount unknownCount statusAsOf
    parties { state { id } action date datePrecision asOf } } }`;

describe('importing a status table with its coverage (docs/bulk.md)', () => {
  it('without COVERS the States it does not name are unknown; with it they are known not party as of its date', async () => {
    const first = await importFiles(api.db, [nodes(), dataSet(), status()], { curator });
    expect(first.ok).toBe(true);
    const partial = await api.data(ASK);
    expect(partial.states).toEqual({ totalCount: 0, statusAsOf: null });
    expect(partial.ratificationStatus).toMatchObject({ partyCount: 2, knownNotPartyCount: 0, statusAsOf: null });
    expect(partial.ratificationStatus.parties).toContainEqual({
      state: { id: 'state:MEX' },
      action: 'RATIFICATION',
      date: '2001-05-14',
      datePrecision: 'DAY',
      asOf: '2025-06-01',
    });
    const stateCount = partial.ratificationStatus.unknownCount + 2;

    const second = await importFiles(api.db, [coverage()], { curator });
    expect(second.ok).toBe(true);
    const complete = await api.data(ASK);
    expect(complete.states).toEqual({ totalCount: stateCount - 2, statusAsOf: '2025-06-01' });
    expect(complete.ratificationStatus).toMatchObject({ partyCount: 2, knownNotPartyCount: stateCount - 2, unknownCount: 0, statusAsOf: '2025-06-01' });
  });
});
