// Offline: after the first visit the service worker has every asset, so a reload with the
// network gone still boots the machine to a working prompt; the manifest makes it installable.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { after, haveChromium, swControlled, launch, openApp, preview, run, waitScreen, type Browser, type Server } from "./browser.ts";

describe.skipIf(!haveChromium())("offline PWA (Chromium)", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    server = await preview();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("reloads to a working prompt with the network off", async () => {
    const ctx = await browser.newContext();
    const page = await openApp(ctx, server.url);
    await swControlled(page);
    await ctx.setOffline(true);
    await page.reload();
    await waitScreen(page, /# $/, 15_000);
    expect(await run(page, "echo offline-ok", after("\noffline-ok\n"))).toMatch(/^offline-ok$/m);
    // Programs load on their first exec, each its own chunk: the service worker has them all.
    expect(await run(page, "awk 'BEGIN { print 6 * 7 }'; ls -d /usr", after("\n/usr\n"))).toMatch(/^42$/m);
    await ctx.close();
  });

  it("serves a manifest with icons (installable)", async () => {
    const r = await fetch(new URL("manifest.webmanifest", server.url));
    const m = (await r.json()) as { name: string; display: string; icons: { sizes: string }[] };
    expect(m.display).toBe("standalone");
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    const sw = await fetch(new URL("sw.js", server.url));
    expect(await sw.text()).toMatch(/precache/i);
  });
});
