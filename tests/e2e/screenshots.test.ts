// Screenshots at desktop and phone size, for a person to look at (they are written to
// tests/e2e/screenshots/, which git ignores). Also checks the settings the screenshots show:
// ?lang=zh-CN labels, ?a11y=1 puts the terminal's text in the accessibility tree.

import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { after, haveChromium, openApp, run, ROOT, type PageGlobals } from "./browser.ts";
import { serveAndLaunch } from "./setup.ts";

const OUT = `${ROOT}tests/e2e/screenshots`;

describe.skipIf(!haveChromium())("screenshots (Chromium)", () => {
  const env = serveAndLaunch(() => mkdirSync(OUT, { recursive: true }));

  it("desktop, with the panels", async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1366, height: 800 }, deviceScaleFactor: 1 });
    const page = await openApp(ctx, env.server.url);
    await run(page, "ls -l / | head -8; sleep 300 &", after("sleep 300 &\n", /[\s\S]*# $/));
    await run(page, "unshare --uts --pid --fork --mount-proc sleep 1000 &", after("sleep 1000 &\n", /[\s\S]*# $/));
    await page.locator('#panels button.proc:has-text("sleep 300")').waitFor();
    await page.screenshot({ path: `${OUT}/desktop.png` });
    await page.click('#panels [data-view="mounts"]');
    await page.screenshot({ path: `${OUT}/desktop-mounts.png` });
    await ctx.close();
  });

  it("phone, in Chinese", async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await openApp(ctx, env.server.url, "?lang=zh-CN");
    expect(await page.locator("#machine-menu summary").textContent()).toBe("机器");
    await run(page, "uname -a; echo 你好", after("\n你好\n"));
    await page.screenshot({ path: `${OUT}/phone.png` });
    await page.click("#toggle-panels");
    await page.locator("#panels button.proc").first().waitFor();
    await page.screenshot({ path: `${OUT}/phone-panels.png` });
    await ctx.close();
  });

  it("?a11y=1 puts the terminal's text in the accessibility tree", async () => {
    const ctx = await env.browser.newContext();
    const page = await openApp(ctx, env.server.url, "?a11y=1");
    await run(page, "echo spoken-text", after("\nspoken-text\n"));
    await page.locator(".xterm-accessibility-tree").waitFor();
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector(".xterm-accessibility-tree")?.textContent?.includes("spoken-text"));
    const labels = await page.$$eval("button", (bs) => bs.filter((b) => !(b.textContent?.trim() || b.getAttribute("aria-label"))).length);
    expect(labels).toBe(0); // every button has a name
    await ctx.close();
  });
});
