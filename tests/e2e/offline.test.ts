// Offline: after the first visit the service worker has every asset, so a reload with the
// network gone still boots the machine to a working prompt; the manifest makes it installable;
// a new version is offered, not forced, and taking it keeps the disk (even the file of the
// command just before the click).

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, after, haveChromium, swControlled, openApp, preview, run, waitScreen } from "./browser.ts";
import { serveAndLaunch } from "./setup.ts";

/** Make dir (a copy of dist/) the next version: a changed index.html, and its new revision in sw.js's precache list. */
function deployNewVersion(dir: string): void {
  const html = readFileSync(join(dir, "index.html"), "utf8").replace("<head>", '<head>\n    <meta name="vlab-test-version" content="2" />');
  writeFileSync(join(dir, "index.html"), html);
  const sw = readFileSync(join(dir, "sw.js"), "utf8");
  // Minified or not: {url:"index.html",revision:"..."} or "url": "index.html", "revision": "...".
  const next = sw.replace(/("?url"?\s*:\s*"index\.html",\s*"?revision"?\s*:\s*")[0-9a-f]+"/, '$1' + "0123456789abcdef0123456789abcdef" + '"');
  if (next === sw) throw new Error("sw.js has no precache entry for index.html");
  writeFileSync(join(dir, "sw.js"), next);
}

describe.skipIf(!haveChromium())("offline PWA (Chromium)", () => {
  const env = serveAndLaunch();

  it("reloads to a working prompt with the network off", async () => {
    const ctx = await env.browser.newContext();
    const page = await openApp(ctx, env.server.url);
    await swControlled(page);
    // The page says so once everything is cached.
    await page.locator("#offline-status", { hasText: "Works offline now" }).waitFor({ timeout: 15_000 });
    await ctx.setOffline(true);
    await page.reload();
    await waitScreen(page, /# $/, 15_000);
    expect(await run(page, "echo offline-ok", after("\noffline-ok\n"))).toMatch(/^offline-ok$/m);
    // Programs load on their first exec, each its own chunk: the service worker has them all.
    expect(await run(page, "awk 'BEGIN { print 6 * 7 }'; ls -d /usr", after("\n/usr\n"))).toMatch(/^42$/m);
    await ctx.close();
  });

  it("offers a new version, and taking it keeps the disk", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vlab-update-"));
    cpSync(join(ROOT, "dist"), dir, { recursive: true });
    const site = await preview(dir);
    const ctx = await env.browser.newContext();
    try {
      const page = await openApp(ctx, site.url);
      await swControlled(page);
      deployNewVersion(dir);
      await page.reload(); // the browser checks sw.js on navigation and installs the new one
      await waitScreen(page, /# $/, 15_000);
      const reload = page.locator("#banner button");
      await reload.waitFor({ timeout: 15_000 });
      expect(await page.locator("#banner").textContent()).toMatch(/new version/);
      expect(await page.locator('meta[name="vlab-test-version"]').count()).toBe(0); // not forced on the user
      // A file written just before the click, inside the saver's 750 ms quiet time (the page
      // saves on the click and on pagehide; either save may be the one that keeps it).
      await run(page, "echo kept > /root/update-test; echo written", after("\nwritten\n"));
      await reload.click();
      await page.waitForFunction(`document.querySelector('meta[name="vlab-test-version"]') !== null`, undefined, { timeout: 15_000 });
      await waitScreen(page, /booted from the saved disk[\s\S]*# $/, 15_000);
      expect(await run(page, "cat /root/update-test", after("\nkept\n"))).toMatch(/^kept$/m);
    } finally {
      await ctx.close();
      await site.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("serves a manifest with icons (installable)", async () => {
    const r = await fetch(new URL("manifest.webmanifest", env.server.url));
    const m = (await r.json()) as { name: string; display: string; icons: { sizes: string }[] };
    expect(m.display).toBe("standalone");
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    const sw = await fetch(new URL("sw.js", env.server.url));
    expect(await sw.text()).toMatch(/precache/i);
  });
});
