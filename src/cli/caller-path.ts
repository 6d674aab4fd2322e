/**
 * `npm run` starts scripts in the project root; a path typed on the command line is meant
 * relative to where the user was (npm passes it as INIT_CWD). Shown relative to the project
 * when it lies inside, so messages stay short.
 */
import path from 'node:path';

export function fromCaller(p: string): string {
  const abs = path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
  const rel = path.relative(process.cwd(), abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}
