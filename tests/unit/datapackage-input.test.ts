/** The import reads a data package by its descriptor: the CSV resources it lists, inside its directory, and nothing else. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { expandPaths } from '../../src/bulk/read-input.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-datapackage-input-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function packageDir(name: string, resources: unknown): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d);
  fs.writeFileSync(path.join(d, 'datapackage.json'), JSON.stringify({ name, resources }));
  fs.writeFileSync(path.join(d, 'nodes-right.csv'), 'id,name\n');
  fs.writeFileSync(path.join(d, 'stray.csv'), 'id,name\n');
  return d;
}

it('a directory with a datapackage.json stands for the resources it lists, and so does the descriptor', () => {
  const d = packageDir('listed', [{ name: 'nodes-right', path: 'nodes-right.csv' }]);
  expect(expandPaths([d])).toEqual({ files: [path.join(d, 'nodes-right.csv')], problems: [] });
  expect(expandPaths([path.join(d, 'datapackage.json')])).toEqual({ files: [path.join(d, 'nodes-right.csv')], problems: [] });
});

it('names a resource outside the package, not CSV, or a descriptor without resources', () => {
  const outside = packageDir('outside', [{ path: '../listed/nodes-right.csv' }, { path: '/etc/passwd.csv' }, { path: 'notes.txt' }]);
  const { files, problems } = expandPaths([outside]);
  expect(files).toEqual([]);
  expect(problems.map((p) => p.entry)).toEqual(['resources[0]', 'resources[1]', 'resources[2]']);
  expect(problems[0]!.reason).toBe('"path" must be a .csv file inside the package directory');
  const none = packageDir('none', 'nothing');
  expect(expandPaths([none]).problems).toEqual([{ file: path.join(none, 'datapackage.json'), entry: 'resources', reason: '"resources" must be a list' }]);
});
