/**
 * No Docker engine runs here, so this checks the production image's recipe against the code:
 * every file the server reads at run time is copied, and the run stage is production-only,
 * unprivileged and health-checked. (npm run build + node dist/main.js with production
 * dependencies was run by hand against a Neo4j; see docs/operations.md.)
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';

const dockerfile = fs.readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
const runStage = dockerfile.split(/^FROM /m).at(-1)!;
const copied = [...runStage.matchAll(/^COPY (?!--from)(\S+)/gm)].map((m) => m[1]!);

describe('Dockerfile', () => {
  it('runs compiled code with production dependencies, as a non-root user, with a readiness health check', () => {
    expect(dockerfile).toMatch(/^FROM node:(22|24)-\S+ AS build$/m);
    expect(runStage).toMatch(/^node:(22|24)-/);
    expect(runStage).toMatch(/npm ci --omit=dev/);
    expect(runStage).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(runStage).toMatch(/^USER node$/m);
    expect(runStage).toMatch(/^HEALTHCHECK [\s\S]*\/health\/ready/m);
    expect(runStage).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(runStage).not.toMatch(/tsx/);
  });

  it('copies the directories the server reads beside dist/, and every src/ file the explorer bundle imports', async () => {
    for (const dir of ['cypher', 'schema', 'seed', 'explorer']) expect(copied).toContain(dir);
    const result = await esbuild.build({
      entryPoints: [path.join(projectRoot, 'explorer', 'src', 'main.ts')],
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: projectRoot,
    });
    const fromSrc = Object.keys(result.metafile.inputs).filter((file) => file.startsWith('src/'));
    expect(fromSrc.length).toBeGreaterThan(0);
    for (const file of fromSrc) expect(copied, `${file} is bundled into the explorer but not copied`).toContain(file);
  });
});
