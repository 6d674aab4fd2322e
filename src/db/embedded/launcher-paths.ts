import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, independent of the current working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const launcherDir = path.join(projectRoot, 'launcher');
export const launcherJar = path.join(launcherDir, 'target', 'neo4j-launcher.jar');
export const launcherPlugins = path.join(launcherDir, 'target', 'plugins');
