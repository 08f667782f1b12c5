// Where the cold start's time goes: the page's marks and resources, and the worker's boot time,
// for a few fresh profiles. Run: npx tsx tests/bench/web_trace.ts (after a build; VLAB_E2E_NO_BUILD=1 skips it).

import { build, launch, preview, type PageGlobals } from "../e2e/browser.ts";

async function main(): Promise<void> {
  if (!process.env.VLAB_E2E_NO_BUILD) build();
  const server = await preview();
  const browser = await launch();
  try {
    for (let i = 0; i < Number(process.env.N ?? 3); i++) {
      const c = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await c.newPage();
      await page.goto(server.url, { waitUntil: "commit" });
      const prompt = await page.waitForFunction(
        () => (/# $/.test((globalThis as unknown as PageGlobals).vlab?.screen().at(-1) ?? "") ? performance.now() : false),
        undefined,
        { polling: "raf", timeout: 20_000 },
      );
      const promptMs = (await prompt.jsonValue()) as number;
      const t = await page.evaluate(async () => {
        const performance = (globalThis as unknown as PageGlobals).performance;
        const marks = Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]));
        const res = performance.getEntriesByType("resource").map((e) => `${e.name.replace(/^.*\//, "")} ${Math.round(e.startTime)}-${Math.round(e.responseEnd ?? NaN)}`);
        const nav = performance.getEntriesByType("navigation")[0]!;
        const boot = await (globalThis as unknown as PageGlobals).vlab!.api.bootReport();
        // The worker's clock starts when the page created it: its times on the page's clock.
        const w = boot.timeline;
        const off = w.origin - performance.timeOrigin;
        const worker = { created: Math.round(off), evaluated: Math.round(off + w.start), booted: Math.round(off + w.booted), ready: Math.round(off + w.ready), terminal: Math.round(off + (w.terminal ?? NaN)), output: Math.round(off + (w.output ?? NaN)) };
        return { marks, worker, res, domContentLoaded: Math.round(nav.domContentLoadedEventEnd ?? NaN), bootMs: Math.round(boot.bootMs) };
      });
      console.log(JSON.stringify({ promptMs: Math.round(promptMs), ...t }));
      await c.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
