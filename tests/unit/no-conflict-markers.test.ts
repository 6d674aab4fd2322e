/**
 * No merge-conflict markers in the project's own text files. A merge once left `<<<<<<< HEAD`,
 * `=======` and `>>>>>>> nested` in docs/api.md, and nothing failed: Prettier reads a Markdown
 * file with markers as text, and no test read that paragraph. Walks the tree as .gitignore
 * draws it (dependencies, build output, the launcher's Maven target and local data left out).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.cache', '.data', 'dist', 'target', 'artifacts', 'scratch']);
const TEXT_FILE = /\.(ts|mts|js|mjs|cjs|json|md|cypher|graphql|ya?ml|csv|tsv|txt|html|css|java|xml|py|sh|toml|cff)$|^(Dockerfile|run|node24-tests)$/;
/** Git's markers: seven of a kind at the start of a line; `=======` alone on its line. */
const MARKER = /^(<{7} |>{7} |={7}$)/m;

function textFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) textFiles(file, out);
    } else if (entry.isFile() && TEXT_FILE.test(entry.name)) out.push(file);
  }
  return out;
}

/** The files of `root` with a conflict marker, each with the line it is on. */
function filesWithMarkers(root: string): string[] {
  const found: string[] = [];
  for (const file of textFiles(root)) {
    const text = fs.readFileSync(file, 'utf8');
    const match = MARKER.exec(text);
    if (match) found.push(`${path.relative(root, file)}:${text.slice(0, match.index).split('\n').length}`);
  }
  return found;
}

describe('merge-conflict markers', () => {
  it('are in none of the project text files', () => {
    const files = textFiles(projectRoot);
    expect(files.length).toBeGreaterThan(500);
    expect(filesWithMarkers(projectRoot)).toEqual([]);
  });

  it('are found, with their line, when a file has them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-markers-'));
    try {
      fs.writeFileSync(path.join(dir, 'clean.md'), 'a table\n| a | b |\n| --- | --- |\n\nsetext heading\n=====\n');
      fs.writeFileSync(path.join(dir, 'merged.md'), 'one\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n');
      expect(filesWithMarkers(dir)).toEqual(['merged.md:2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
