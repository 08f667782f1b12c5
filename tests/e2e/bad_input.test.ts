// Bad input in the page never costs the learner the machine: an endless loop stops on ^C, a
// flood stops on ^C, binary junk on the screen leaves a working prompt, and a line pasted far
// past the tty's 4096-byte buffer reaches the shell whole.

import { beforeAll, describe, expect, it } from "vitest";
import { after, haveChromium, openApp, run, typeLine, waitScreen, type Page, type PageGlobals } from "./browser.ts";
import { DESKTOP, serveAndLaunch } from "./setup.ts";

describe.skipIf(!haveChromium())("bad input (Chromium)", () => {
  const env = serveAndLaunch();
  let page: Page;
  beforeAll(async () => {
    page = await openApp(await env.browser.newContext(DESKTOP), env.server.url);
  });

  it("stops an endless shell loop on ^C", async () => {
    await typeLine(page, "i=0; while :; do i=$((i+1)); done");
    await page.waitForTimeout(500);
    await page.keyboard.press("Control+KeyC");
    const s = await run(page, 'echo "looped=$((i > 0))"', after("\nlooped=1\n"));
    expect(s).toMatch(/^looped=1$/m);
  });

  it("stops a flood of output on ^C", async () => {
    await typeLine(page, "yes");
    await page.waitForTimeout(500);
    await page.keyboard.press("Control+KeyC");
    await waitScreen(page, /\^C\n[^\n]*# $/);
    expect(await run(page, "clear; echo flood=$?", after("flood=0\n"))).toMatch(/^flood=0$/m);
  });

  it("keeps a working prompt after binary junk on the screen", async () => {
    // Random bytes hold escape sequences: they may scramble the screen's modes, and queries in
    // them make xterm type its answers into the shell, as on a real terminal. ^C drops the
    // line those left, and reset(1) gives the terminal back its defaults.
    await typeLine(page, "head -c 100000 /dev/urandom; echo");
    await page.waitForTimeout(2000);
    await page.keyboard.press("Control+KeyC");
    await typeLine(page, "reset; clear; echo sane");
    await waitScreen(page, /^sane\n[^\n]*# $/m, 20_000);
  });

  it("passes a pasted 20,000-character line to the shell whole", async () => {
    await run(page, "clear", /^[^\n]*# $/);
    await page.evaluate((n) => (globalThis as unknown as PageGlobals).vlab!.tabs.activeView.term.input(`echo ${"x".repeat(n)} | wc -c\r`, true), 20_000);
    expect(await waitScreen(page, /^20001\n[^\n]*# $/m, 30_000)).toMatch(/^20001$/m);
  });
});
