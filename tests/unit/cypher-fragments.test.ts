/**
 * Fragments of cypher/fragments/ spliced into statements by `@include(name)` when the registry
 * reads them (src/db/cypher-fragments.ts): on a folder of its own, so each failure is made on
 * purpose, and on the real cypher/ folder, whose statements must come out with no marker left.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QUERIES } from '../../src/db/queries/index.js';
import { createQueryRegistry, cypher, cypherDir, listQueryFiles } from '../../src/db/query-registry.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-fragments-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.cypher`), text);
}

write('fragments/is-party', '// a comment the statement does not get\nEXISTS { (state)-[:RATIFIED]->(instrument) }');
write('fragments/nested/checked', '// fragments may include fragments\nCALL (state) {\n  RETURN @include(is-party) AS party\n}');
write('fragments/loop-a', '@include(loop-b)');
write('fragments/loop-b', 'RETURN 1 AS one\n@include(loop-a)');
write('questions/party', '// why\nMATCH (state:State {id: $state})\nWITH state, @include(is-party) AS party\nRETURN party');
write('questions/indented', 'MATCH (state:State)\n  @include(nested/checked)\nRETURN party');
write('questions/unknown', 'MATCH (n:State)\n@include(no-such-fragment)\nRETURN n');
write('questions/cycle', 'MATCH (n) @include(loop-a)');
write('questions/malformed', 'MATCH (n) @include no-parentheses RETURN n');
write('questions/outside', 'MATCH (n) @include(../questions/party) RETURN n');
write('migrations/001-x', 'CREATE INDEX x IF NOT EXISTS FOR (n:State) ON (n.name)');

const registry = createQueryRegistry(dir);

describe('@include(name) in a statement', () => {
  it('splices the fragment in, its comment lines stripped, where the marker stands', () => {
    expect(registry.cypher('questions/party')).toBe(
      'MATCH (state:State {id: $state})\nWITH state, EXISTS { (state)-[:RATIFIED]->(instrument) } AS party\nRETURN party',
    );
  });

  it('includes the fragments a fragment includes, each later line indented as its marker', () => {
    expect(registry.cypher('questions/indented')).toBe(
      'MATCH (state:State)\n  CALL (state) {\n    RETURN EXISTS { (state)-[:RATIFIED]->(instrument) } AS party\n  }\nRETURN party',
    );
  });

  it('fails on an unknown fragment, naming the statement and the file looked for', () => {
    expect(() => registry.cypher('questions/unknown')).toThrow(
      'cypher/questions/unknown.cypher: @include(no-such-fragment): no fragment cypher/fragments/no-such-fragment.cypher',
    );
  });

  it('fails on an include cycle, naming every file of it', () => {
    expect(() => registry.cypher('questions/cycle')).toThrow(
      'cypher/fragments/loop-b.cypher: @include(loop-a) makes an include cycle: cypher/questions/cycle.cypher → ' +
        'cypher/fragments/loop-a.cypher → cypher/fragments/loop-b.cypher → cypher/fragments/loop-a.cypher',
    );
  });

  it('fails on a marker that is not @include(name), and on a name that leaves cypher/fragments/', () => {
    expect(() => registry.cypher('questions/malformed')).toThrow('cypher/questions/malformed.cypher: an @include that is not @include(name)');
    expect(() => registry.cypher('questions/outside')).toThrow('cypher/questions/outside.cypher: @include(../questions/party): not a fragment name');
  });

  it('does not read a fragment as a statement', () => {
    expect(() => registry.cypher('fragments/is-party')).toThrow('no Cypher file cypher/fragments/is-party.cypher');
  });

  it('lists statements only: neither fragments nor migrations', () => {
    expect(registry.listQueryFiles()).toEqual([
      'questions/cycle',
      'questions/indented',
      'questions/malformed',
      'questions/outside',
      'questions/party',
      'questions/unknown',
    ]);
  });
});

describe('cypher/', () => {
  const fragments = fs.readdirSync(path.join(cypherDir, 'fragments')).map((file) => file.replace(/\.cypher$/, ''));

  it('has fragments, none of them listed as a statement', () => {
    expect(fragments.length).toBeGreaterThan(0);
    expect(listQueryFiles().filter((name) => name.startsWith('fragments/'))).toEqual([]);
  });

  it.each(fragments)('fragments/%s is included by a statement', (fragment) => {
    const files = listQueryFiles().map((name) => fs.readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8'));
    const fragmentTexts = fragments.map((name) => fs.readFileSync(path.join(cypherDir, 'fragments', `${name}.cypher`), 'utf8'));
    expect([...files, ...fragmentTexts].some((text) => text.includes(`@include(${fragment})`))).toBe(true);
  });

  it.each(Object.keys(QUERIES))('%s reads whole, with no @include left', (name) => {
    expect(cypher(name)).not.toContain('@include');
  });
});
