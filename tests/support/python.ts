/**
 * The Python the tests run: $PYTHON, else the virtual environment scripts/ensure-python.mjs makes
 * (.cache/python, installed by `npm test` and .ci/run), else python3. A missing interpreter or
 * package fails the test that needs it with what to install: never a skip.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';

const run = promisify(execFile);
const VENV_PYTHON = '.cache/python/bin/python';

export function testPython(modules: string[]): string {
  const python = process.env.PYTHON ?? (fs.existsSync(VENV_PYTHON) ? VENV_PYTHON : 'python3');
  const probe = spawnSync(python, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    throw new Error(
      `Python with ${modules.join(', ')} is needed (tried "${python}": ${probe.error?.message ?? probe.stderr.trim().split('\n').pop()}). ` +
        'Run `node scripts/ensure-python.mjs` (a venv in .cache/python from tests/support/python-requirements.txt) or set PYTHON.',
    );
  return python;
}

/**
 * Runs a Python script or -c program; returns stdout, failing with stderr on a non-zero exit.
 * Asynchronous, so a server in this process can answer the script.
 */
export async function runPython(python: string, args: string[], timeoutMs = 120_000): Promise<string> {
  try {
    return (await run(python, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`${python} ${args.join(' ')} failed: ${e.message}\n${e.stderr ?? ''}\n${e.stdout ?? ''}`, { cause: error });
  }
}
