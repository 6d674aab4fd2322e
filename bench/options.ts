/** Command-line options of `npm run bench`; a wrong value stops with one line naming it. */
/** Target relationships of each synthetic scale; `seed` is the curated graph itself (npm run seed's data). */
export const SCALES: Record<string, number> = { seed: 0, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

/** The flagship is also measured at each of these concurrencies (issue 15: 1, 8, 32). */
export const DEFAULT_SWEEP = [1, 8, 32];

export interface BenchOptions {
  scales: string[];
  concurrency: number;
  seconds: number;
  rounds: number;
  /** Concurrency levels of the flagship's sweep (empty: no sweep). */
  sweep: number[];
  /** Only rebuild docs/benchmarks.md from bench/results (after editing the intro). */
  renderOnly: boolean;
}

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { scales: ['seed', '10k', '100k'], concurrency: 8, seconds: 6, rounds: 3, sweep: [...DEFAULT_SWEEP], renderOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const number = (min: number, max: number) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} must be a whole number from ${min} to ${max}, got "${value ?? ''}"`);
      return n;
    };
    if (flag === '--render-only') {
      options.renderOnly = true;
      continue;
    }
    switch (flag) {
      case '--scales': {
        const scales = (value ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
        const bad = scales.filter((s) => !(s in SCALES));
        if (scales.length === 0 || bad.length > 0) throw new Error(`--scales takes a list of ${Object.keys(SCALES).join(', ')}, got "${value ?? ''}"`);
        options.scales = scales;
        break;
      }
      case '--sweep': {
        if (value === 'none') {
          options.sweep = [];
          break;
        }
        const levels = (value ?? '').split(',').map((s) => Number(s.trim()));
        if (levels.length === 0 || levels.some((n) => !Number.isInteger(n) || n < 1 || n > 64))
          throw new Error(`--sweep takes concurrencies from 1 to 64 separated by commas, or none, got "${value ?? ''}"`);
        options.sweep = [...new Set(levels)].sort((a, b) => a - b);
        break;
      }
      case '--concurrency':
        options.concurrency = number(1, 64);
        break;
      case '--seconds':
        options.seconds = number(1, 600);
        break;
      case '--rounds':
        options.rounds = number(1, 20);
        break;
      default:
        throw new Error(
          `unknown option "${flag}" (options: --scales seed,10k,100k,1m --concurrency N --seconds N --rounds N --sweep 1,8,32|none --render-only)`,
        );
    }
    i += 1;
  }
  return options;
}
