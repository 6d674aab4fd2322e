import { describe, expect, it } from 'vitest';
import { formatCsvRow, joinList, parseCsv, splitList } from '../../src/formats/csv.js';
import { csvEntries } from '../../src/bulk/csv-entries.js';
import { entryLines } from '../../src/bulk/json-lines.js';

describe('CSV', () => {
  it('records start lines, quoted commas, quotes and line breaks', () => {
    const { records, error } = parseCsv('a,b\r\n1,"x, ""y"""\n\n2,"multi\nline"\n3, padded \n');
    expect(error).toBeUndefined();
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x, "y"'] },
      { line: 4, cells: ['2', 'multi\nline'] },
      { line: 6, cells: ['3', 'padded'] },
    ]);
  });

  it('names the line of a quote that is never closed', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n').error).toEqual({ line: 3, reason: 'a quoted field is never closed' });
  });

  it('writes what it reads back unchanged, quoting only when needed', () => {
    const cells = ['plain', 'a, b', 'say "hi"', ' edge ', 'two\nlines', ''];
    const line = formatCsvRow(cells);
    expect(line).toBe('plain,"a, b","say ""hi"""," edge ","two\nlines",');
    expect(parseCsv(line).records[0]!.cells).toEqual(cells);
  });

  it('lists share a cell with "|", escaped inside items', () => {
    const items = ['Art. 1', 'a|b', 'back\\slash'];
    expect(splitList(joinList(items))).toEqual(items);
    expect(splitList('Art. 1 | Art. 2')).toEqual(['Art. 1', 'Art. 2']);
  });
});

describe('CSV tables → entries', () => {
  const table = (text: string) => csvEntries('t.csv', parseCsv(text).records);

  it('nodes: cells typed by the model, citations from source/locator/quote[_n], empty cells absent', () => {
    const { nodes, problems } = table(
      'id,name,unMember,aliases,iso2,source,locator,quote,source_2,locator_2,quote_2\nstate:AAA,A,true,One|Two,,source:x,p. 1,,source:y,p. 2,"it says"\n',
    );
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      {
        file: 't.csv:2',
        index: 0,
        data: {
          id: 'state:AAA',
          name: 'A',
          unMember: true,
          aliases: ['One', 'Two'],
          citations: [
            { source: 'source:x', locator: 'p. 1' },
            { source: 'source:y', locator: 'p. 2', quote: 'it says' },
          ],
        },
      },
    ]);
  });

  it('a value that does not convert is passed on as text, for the validator to name', () => {
    const { nodes } = table('id,unMember\nstate:AAA,yes\n');
    expect(nodes[0]!.data.unMember).toBe('yes');
  });

  it('treaty-status table: actions become RATIFIED or SIGNED, ids get their prefix, precision follows the date', () => {
    const { relationships, problems } = table(
      'State,Instrument,Action,Date,Source,Locator\nMEX,icrmw,ratification,1999-03-08,source:x,row 1\nstate:ALB,instrument:icrmw,signature,2000,source:x,row 2\nMEX,cat,acceded,1986,source:x,row 3\n',
    );
    expect(relationships.map((r) => [r.file, r.data])).toEqual([
      [
        't.csv:2',
        {
          type: 'RATIFIED',
          from: 'state:MEX',
          to: 'instrument:icrmw',
          action: 'ratification',
          date: '1999-03-08',
          datePrecision: 'day',
          citations: [{ source: 'source:x', locator: 'row 1' }],
        },
      ],
      [
        't.csv:3',
        {
          type: 'SIGNED',
          from: 'state:ALB',
          to: 'instrument:icrmw',
          date: '2000',
          datePrecision: 'year',
          citations: [{ source: 'source:x', locator: 'row 2' }],
        },
      ],
    ]);
    expect(problems).toEqual([
      {
        file: 't.csv:4',
        entry: 'row MEX cat',
        field: 'action',
        reason: '"action" is "acceded", expected one of ratification, accession, succession, acceptance, approval, party, signature',
      },
    ]);
  });

  it('an unknown header shape and a repeated column are reported at line 1', () => {
    expect(table('name,whatever\nx,y\n').problems[0]).toMatchObject({ file: 't.csv:1', reason: expect.stringContaining('nodes need an "id" column') });
    expect(table('id,name,name\nx,y,z\n').problems[0]).toMatchObject({ file: 't.csv:1', field: 'name', reason: 'column "name" appears twice' });
  });
});

describe('JSON entry lines', () => {
  it('finds where each entry of "nodes" and "relationships" starts', () => {
    const text =
      '{\n  "nodes": [\n    {"id": "a", "aliases": ["x", "y"]},\n    {\n      "id": "b"\n    }\n  ],\n  "relationships": [{"type": "T"},\n {"type": "U"}]\n}\n';
    expect(JSON.parse(text)).toBeTruthy();
    expect(entryLines(text)).toEqual(
      new Map([
        ['nodes', [3, 4]],
        ['relationships', [8, 9]],
      ]),
    );
  });

  it('a top-level list, with strings holding brackets and escaped quotes', () => {
    expect(entryLines('[\n{"q": "a [\\"b\\"] {c}"},\n\n{"q": 1}]')).toEqual(new Map([['', [2, 4]]]));
  });
});
