/**
 * Measures how the explorer page copes with growing graphs: opens /explorer of a running server
 * in headless Chromium and runs the page's own benchmark (explorer/src/bench.ts: same style and
 * fcose layout) on synthetic graphs. Prints a Markdown table (median of RUNS runs per size).
 *
 *   npm start &   # or any running server
 *   EXPLORER_URL=http://127.0.0.1:4000/explorer npm run measure:explorer
 */
import { chromium } from 'playwright-core';

const url = process.env.EXPLORER_URL ?? 'http://127.0.0.1:4000/explorer';
const runs = Number(process.env.RUNS ?? 3);
const sizes: [number, number][] = (process.env.SIZES ?? '100:200,100:400,250:500,250:1000,500:1000,500:2000,1000:2000,1000:4000,2000:8000')
  .split(',')
  .map((s) => s.split(':').map(Number) as [number, number]);

type Result = { nodes: number; edges: number; layoutMs: number; medianFrameMs: number; worstFrameMs: number; clickHighlightMs: number; filterMs: number };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.evaluate(() => (window as any).explorer.ready);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`Chromium ${browser.version()} headless, viewport 1400x900, ${runs} runs per size (median)\n`);
  console.log('| nodes | edges | add + layout + first frame (ms) | frame while zooming, median / worst (ms) | click highlight (ms) | filter toggle (ms) |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const [n, m] of sizes) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) results.push(await page.evaluate(([nodes, edges]) => (window as any).explorer.benchmark(nodes, edges), [n, m]));
    const pick = (k: keyof Result) => median(results.map((r) => r[k]));
    console.log(
      `| ${n} | ${m} | ${pick('layoutMs')} | ${pick('medianFrameMs')} / ${pick('worstFrameMs')} | ${pick('clickHighlightMs')} | ${pick('filterMs')} |`,
    );
  }
  // Real answers, end to end: GraphQL request, drawing and layout, from an empty canvas.
  console.log('\n| real view (seeded graph) | nodes | edges | request + layout (ms) |\n|---|---:|---:|---:|');
  for (const id of (process.env.REAL_IDS ?? 'body:cmw,state:MEX,instrument:icrmw,instrument:cat').split(',')) {
    const times: number[] = [];
    let size = { nodes: 0, edges: 0 };
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate(async (nodeId) => {
        const { cy, expand } = (window as any).explorer;
        cy.elements().remove();
        const t0 = performance.now();
        await expand(nodeId);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return { ms: performance.now() - t0, nodes: cy.nodes().length, edges: cy.edges().length };
      }, id);
      times.push(r.ms);
      size = r;
    }
    console.log(`| neighbourhood of ${id} | ${size.nodes} | ${size.edges} | ${Math.round(median(times))} |`);
  }
} finally {
  await browser.close();
}
