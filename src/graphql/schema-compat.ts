/**
 * Compares the schema built from schema/*.graphql with the last released snapshot
 * (schema/released/schema-<version>.graphql) using @graphql-inspector/core, so clients
 * written against a release keep working: removals must go through @deprecated first.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type * as GraphQL from 'graphql';
import { projectRoot } from '../db/embedded/launcher-paths.js';

// Build schemas with the same copy of graphql the inspector loads (Node resolves it to the
// CommonJS entry; a bundler may hand this module the .mjs one, and graphql refuses to mix them).
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

export const RELEASED_SCHEMA_DIR = path.join(projectRoot, 'schema', 'released');

/** The newest snapshot by semantic version in its file name (schema-1.2.0.graphql). */
export function latestReleasedSchemaFile(dir = RELEASED_SCHEMA_DIR): string {
  const versionOf = (file: string): number[] =>
    file
      .replace(/^schema-|\.graphql$/g, '')
      .split('.')
      .map(Number);
  const files = fs.readdirSync(dir).filter((f) => /^schema-\d+\.\d+\.\d+\.graphql$/.test(f));
  if (files.length === 0) throw new Error(`no released schema snapshot (schema-X.Y.Z.graphql) in ${dir}`);
  files.sort((a, b) => {
    const [va, vb] = [versionOf(a), versionOf(b)];
    for (let i = 0; i < 3; i += 1) if (va[i] !== vb[i]) return va[i]! - vb[i]!;
    return 0;
  });
  return path.join(dir, files[files.length - 1]!);
}

/** Changes that would break a client of the released schema (removed fields, changed types...). */
export async function breakingChanges(releasedSdl: string, currentSdl: string): Promise<Change[]> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

export function readReleasedSchema(file = latestReleasedSchemaFile()): string {
  return fs.readFileSync(file, 'utf8');
}
