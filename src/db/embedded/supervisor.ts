/**
 * Keeps the embedded Neo4j this process started running: when it dies, start it again on the
 * same port and data directory, with back-off (1 s, 2 s, 4 s ... up to 30 s; back to 1 s after
 * a minute of good health). While it is down, `state()` says 'restarting' so requests and
 * readiness fail at once instead of waiting on the driver.
 */
import type { EmbeddedNeo4jConfig } from '../settings.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j.js';

export interface BackOff {
  initialMs: number;
  maxMs: number;
  /** Up this long, the next failure starts the back-off from initialMs again. */
  healthyAfterMs: number;
}

export const DEFAULT_BACK_OFF: BackOff = { initialMs: 1_000, maxMs: 30_000, healthyAfterMs: 60_000 };

export interface SupervisedNeo4j {
  uri: string;
  startupMs: number;
  /** The launcher pid of the Neo4j running now (changes with each restart). */
  pid(): number;
  state(): 'running' | 'restarting' | 'stopped';
  restarts(): number;
  stop(): Promise<void>;
}

type Start = (config: EmbeddedNeo4jConfig, log: (line: string) => void) => Promise<EmbeddedNeo4j>;

export async function superviseEmbeddedNeo4j(
  config: EmbeddedNeo4jConfig,
  log: (line: string) => void,
  backOff: BackOff = DEFAULT_BACK_OFF,
  start: Start = startEmbeddedNeo4j,
): Promise<SupervisedNeo4j> {
  let current = await start(config, log);
  let startedAt = Date.now();
  let state: 'running' | 'restarting' | 'stopped' = 'running';
  let restarts = 0;
  let failures = 0;
  let starting: Promise<EmbeddedNeo4j> | undefined;
  let wake: (() => void) | undefined;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async (died: EmbeddedNeo4j, code: number | null, signal: NodeJS.Signals | null): Promise<void> => {
    const diedAt = Date.now();
    state = 'restarting';
    if (diedAt - startedAt >= backOff.healthyAfterMs) failures = 0;
    log(`Embedded Neo4j (pid ${died.pid}) exited unexpectedly (code ${code}, signal ${signal}); restarting it.`);
    while (state === 'restarting') {
      const delay = Math.min(backOff.maxMs, backOff.initialMs * 2 ** failures);
      failures += 1;
      log(`Embedded Neo4j restart attempt ${failures} in ${(delay / 1000).toFixed(1)} s ...`);
      await sleep(delay);
      if (state !== 'restarting') return;
      try {
        starting = start(config, log);
        current = await starting;
      } catch (error) {
        log(`Embedded Neo4j restart attempt ${failures} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        continue;
      } finally {
        starting = undefined;
      }
      if (state !== 'restarting') return void (await current.stop());
      state = 'running';
      startedAt = Date.now();
      restarts += 1;
      log(
        `Embedded Neo4j restarted (pid ${current.pid}) ${((startedAt - diedAt) / 1000).toFixed(1)} s after it died; Neo4j itself started in ${(current.startupMs / 1000).toFixed(1)} s.`,
      );
      watch(current);
    }
  };

  const watch = (neo4j: EmbeddedNeo4j): void => {
    void neo4j.exited.then(({ code, signal }) => {
      if (state === 'stopped' || neo4j !== current) return;
      void restart(neo4j, code, signal);
    });
  };
  watch(current);

  return {
    uri: current.uri,
    startupMs: current.startupMs,
    pid: () => current.pid,
    state: () => state,
    restarts: () => restarts,
    async stop() {
      state = 'stopped';
      wake?.();
      // A start in progress finishes first, then is stopped like the running one.
      const pending = starting?.catch(() => undefined);
      const late = pending ? await pending : undefined;
      await late?.stop();
      await current.stop();
    },
  };
}
