// The saved disk in Chromium: survives a reload, two tabs do not clobber it, a damaged disk
// gives a message and a choice (not a blank page), reset and export/import.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { after, haveChromium, openApp, run, screen, waitScreen, type BrowserContext, type Page, type PageGlobals } from "./browser.ts";
import { serveAndLaunch } from "./setup.ts";

/** The page's clock now (the worker stamps saves with the same clock). */
async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}

/** Wait for a save of the disk as it was at `since` or later (the debounced save after a command). */
async function waitSaved(page: Page, since: number): Promise<void> {
  await page.waitForFunction((t) => Number((globalThis as unknown as PageGlobals).document.getElementById("disk-status")?.dataset?.savedAt ?? 0) >= t, since, { timeout: 10_000 });
}

/** Put bytes where the saved disk's image is, as a damaged browser profile would have it. */
async function damageDisk(page: Page): Promise<void> {
  // A string, so this Node-side file needs no DOM types for the page's IndexedDB.
  await page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open("vlab");
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction("disk", "readwrite");
      const st = tx.objectStore("disk");
      const get = st.get("current");
      get.onsuccess = () => st.put(new TextEncoder().encode("VLABDISK\\x01\\x00\\x00\\x00garbage"), "image:" + get.result.gen);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  })`);
}

describe.skipIf(!haveChromium())("saved disk (Chromium)", () => {
  const env = serveAndLaunch();
  let ctx: BrowserContext;

  it("keeps a file across a reload", async () => {
    ctx = await env.browser.newContext();
    const page = await openApp(ctx, env.server.url);
    expect(await screen(page)).toMatch(/booted with a fresh disk/);
    await run(page, "echo x > /root/f; echo done", after("\ndone\n"));
    await waitSaved(page, await pageNow(page));
    // The first save asks the browser to keep the site's storage (the answer is the browser's).
    await page.waitForFunction(() => /^(true|false)$/.test((globalThis as unknown as PageGlobals).document.getElementById("disk-status")?.dataset?.persisted ?? ""));
    await page.reload();
    await waitScreen(page, /# $/);
    expect(await screen(page)).toMatch(/booted from the saved disk/);
    const s = await run(page, "cat /root/f", after("cat /root/f\n"));
    expect(s).toMatch(/^x$/m);
  });

  it("lets one tab own the disk; a second tab says so and does not save", async () => {
    const first = ctx.pages()[0]!;
    const second = await openApp(ctx, env.server.url);
    expect(await second.locator("#banner").textContent()).toMatch(/another tab/);
    await run(second, "echo two > /root/g; echo ok2", after("\nok2\n"));
    await run(first, "echo one > /root/f; echo ok1", after("\nok1\n"));
    await waitSaved(first, await pageNow(first));
    await first.close();
    // The owner is gone: the second tab offers a reload instead of saving its own copy over it.
    await second.locator("#banner button").waitFor();
    expect(await second.locator("#banner").textContent()).toMatch(/other tab has closed/);
    await second.close();
    const again = await openApp(ctx, env.server.url);
    expect(await again.locator("dialog[open]").count()).toBe(0);
    const s = await run(again, "cat /root/f; ls /root/g", after("ls /root/g\n", /[\s\S]*# $/));
    expect(s).toMatch(/^one$/m);
    expect(s).toMatch(/cannot access '\/root\/g': No such file or directory/);
  });

  it("shows a message, not a blank page, for a damaged disk, and keeps it for export", async () => {
    // Damage it while no app page is open (an open one would save over the damage on unload).
    for (const p of ctx.pages()) await p.close();
    const blank = await ctx.newPage();
    await blank.goto(new URL("manifest.webmanifest", env.server.url).href);
    await damageDisk(blank);
    await blank.close();
    const page = await ctx.newPage();
    await page.goto(env.server.url);
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.textContent()).toMatch(/could not be read/);
    const download = page.waitForEvent("download");
    await page.click('dialog button[value="export"]');
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 8).toString()).toBe("VLABDISK");
    await page.click('dialog button[value="fresh"]');
    await waitScreen(page, /# $/);
    const s = await run(page, "echo alive", after("\nalive\n"));
    expect(s).toMatch(/could not be read/);
  });

  it("says so when the browser's storage is full, offers the export, and saves again once there is room", async () => {
    const full = await env.browser.newContext();
    try {
      const page = await openApp(full, env.server.url);
      // A 6 MB quota for the site, as a nearly full profile has: an 8 MB random file cannot be kept.
      const cdp = await full.newCDPSession(page);
      await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(env.server.url).origin, quotaSize: 6 * 1024 * 1024 });
      await run(page, "head -c 8000000 /dev/urandom > /root/big; echo made", after("\nmade\n"));
      const banner = page.locator("#banner");
      await page.waitForFunction(() => /storage for this site is full/.test((globalThis as unknown as PageGlobals).document.getElementById("banner")?.textContent ?? ""), undefined, { timeout: 10_000 });
      expect(await page.locator("#disk-status").textContent()).toBe("not saved");
      expect(await banner.locator("button").textContent()).toBe("Export disk");
      const download = page.waitForEvent("download");
      await banner.locator("button").click();
      expect(readFileSync(await (await download).path()).length).toBeGreaterThan(8_000_000); // the work is in the file
      const since = await pageNow(page);
      await run(page, "rm /root/big; echo freed", after("\nfreed\n"));
      await waitSaved(page, since);
      expect(await banner.isHidden()).toBe(true);
      expect(await page.locator("#disk-status").textContent()).toMatch(/^Disk saved/);
    } finally {
      await full.close();
    }
  });

  it("exports the disk as one file, imports it back, and resets", async () => {
    const page = ctx.pages()[0]!;
    await run(page, "echo kept > /root/k; echo ok3", after("\nok3\n"));
    await page.click("#machine-menu summary");
    const download = page.waitForEvent("download");
    await page.click("#export-disk");
    const exported = await (await download).path();

    await page.click("#machine-menu summary");
    await page.click("#reset-disk");
    await Promise.all([page.waitForEvent("load"), page.click('dialog button[value="yes"]')]);
    await waitScreen(page, /booted with a fresh disk[\s\S]*# $/);
    expect(await run(page, "ls /root/k", after("ls /root/k\n"))).toMatch(/No such file/);

    await page.setInputFiles("#import-file", exported);
    await Promise.all([page.waitForEvent("load"), page.click('dialog button[value="yes"]')]);
    await waitScreen(page, /booted from the saved disk[\s\S]*# $/);
    expect(await run(page, "cat /root/k", after("cat /root/k\n"))).toMatch(/^kept$/m);
  });
});
