/**
 * Measures the query limits against the attacks of issue 11 on a running server with the seeded
 * graph, as it refuses them by the query limits (start it with RATE_LIMIT_ENABLED=false) or with
 * its default rate limits on (then give the measuring client a key with --key: the attackers
 * send none and are counted, and soon refused, by their address):
 *   - how long the server takes to refuse each attack;
 *   - the latency of a normal query (the flagship monitoringBodies question) alone, and while
 *     attackers send the attacks in a loop.
 *   npx tsx bench/attack-limits.ts [http://127.0.0.1:4000/graphql] [--requests 100] [--attackers 4] [--key <reader key>]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    requests: { type: 'string', default: '100' },
    attackers: { type: 'string', default: '4' },
    key: { type: 'string' },
    'attack-only': { type: 'boolean', default: false },
  },
});
const url = positionals[0] ?? 'http://127.0.0.1:4000/graphql';
const requests = Number(values.requests);
const attackers = Number(values.attackers);

const FLAGSHIP = `{ monitoringBodies(right: "right:non-refoulement", category: "category:refugees") {
  monitorId basis instrumentId articles categoryPath evidence { type from to citations { sourceTitle locator quote } } } }`;

function fragmentBomb(levels = 8, fanOut = 8): string {
  let fragments = 'fragment F0 on Query { meta { nodeCount } }\n';
  for (let i = 1; i <= levels; i++) fragments += `fragment F${i} on Query { ${`...F${i - 1} `.repeat(fanOut)}}\n`;
  return `query { ...F${levels} }\n${fragments}`;
}
const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

const ATTACKS: Record<string, string> = {
  'fragment bomb (8 levels × 8 spreads)': fragmentBomb(),
  '1,000 aliases of monitoringBodies': aliases(1000, () => FLAGSHIP.slice(2, -2)),
  '1,000 aliases of search': aliases(1000, (i) => `search(text: "refugee ${i}", first: 10) { score node { id name } }`),
  '1,000 aliases of neighborhood': aliases(1000, () => 'neighborhood(id: "state:MEX", depth: 2, limit: 500) { nodes { id } edges { id } }'),
  '20,000 __typename': `{ ${'__typename '.repeat(20_000)}}`,
  '30 aliases of monitoringBodies (under the alias limit)': aliases(30, () => FLAGSHIP.slice(2, -2)),
};

async function post(query: string, key?: string): Promise<{ ms: number; status: number; code?: string }> {
  const started = performance.now();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
  const error = body.errors?.[0]?.extensions;
  return { ms: performance.now() - started, status: res.status, code: error ? `${error.code}${error.limit ? ` ${error.limit}` : ''}` : undefined };
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** `requests` flagship questions, 4 at a time; p50 and p95 latency. */
async function flagshipLatency(): Promise<{ p50: number; p95: number; max: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next++ < requests) {
        const r = await post(FLAGSHIP, values.key);
        if (r.status !== 200 || r.code) errors++;
        times.push(r.ms);
      }
    }),
  );
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), errors };
}

/**
 * The attackers run in a child process of their own, so their work does not queue behind the
 * measuring client's (or the other way round) in one event loop. On SIGTERM it prints what the
 * server answered them, as JSON.
 */
async function attackUntilTerminated(): Promise<void> {
  const bodies = Object.values(ATTACKS)
    .slice(0, 5)
    .map((query) => JSON.stringify({ query }));
  const answered: Record<string, number> = {};
  let attacking = true;
  process.on('SIGTERM', () => (attacking = false));
  await Promise.all(
    Array.from({ length: attackers }, async (_, a) => {
      for (let i = a; attacking; i++) {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i % bodies.length] });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
        const error = body.errors?.[0]?.extensions;
        const code = error ? `${error.code}${typeof error.limit === 'string' ? ` ${error.limit}` : ''}` : 'answered';
        answered[code] = (answered[code] ?? 0) + 1;
      }
    }),
  );
  console.log(JSON.stringify(answered));
}

async function underAttack(): Promise<{ latency: Awaited<ReturnType<typeof flagshipLatency>>; answered: Record<string, number> }> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), url, '--attack-only', '--attackers', String(attackers)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 3000)); // the attack is under way
  const latency = await flagshipLatency();
  child.kill('SIGTERM');
  await exited;
  return { latency, answered: JSON.parse(output.trim() || '{}') as Record<string, number> };
}

async function main(): Promise<void> {
  console.log(`# Query limits under attack (${url}; ${requests} flagship requests, 4 at a time; ${attackers} attackers)\n`);
  for (let i = 0; i < 5; i++) await post(FLAGSHIP, values.key); // warm-up: plans, page cache, JIT

  console.log('| attack | bytes | HTTP | code | refusal p50 | max (of 10) |\n| --- | --- | --- | --- | --- | --- |');
  for (const [name, query] of Object.entries(ATTACKS)) {
    const runs: Awaited<ReturnType<typeof post>>[] = [];
    for (let i = 0; i < 10; i++) runs.push(await post(query));
    const times = runs.map((r) => r.ms);
    console.log(
      `| ${name} | ${query.length} | ${runs[0]!.status} | ${runs[0]!.code ?? '(answered)'} | ${fmt(percentile(times, 50))} | ${fmt(Math.max(...times))} |`,
    );
  }

  const quiet = await flagshipLatency();
  const { latency: attacked, answered } = await underAttack();
  const sent = Object.values(answered).reduce((a, b) => a + b, 0);
  console.log(`\n| flagship monitoringBodies | p50 | p95 | max | errors |\n| --- | --- | --- | --- | --- |`);
  console.log(`| alone | ${fmt(quiet.p50)} | ${fmt(quiet.p95)} | ${fmt(quiet.max)} | ${quiet.errors} |`);
  console.log(
    `| while ${attackers} attackers (another process) loop over the first five attacks | ${fmt(attacked.p50)} | ${fmt(attacked.p95)} | ${fmt(attacked.max)} | ${attacked.errors} |`,
  );
  console.log(
    `\nThe ${sent} attacks sent meanwhile were answered: ${Object.entries(answered)
      .map(([code, n]) => `${code} × ${n}`)
      .join(', ')}`,
  );
}

(values['attack-only'] ? attackUntilTerminated() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
