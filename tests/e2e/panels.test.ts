// The panels in Chromium, driven by the keyboard as a screen-reader user would: a cgroup made
// and limited in the shell shows in the cgroup tree with its limit, an overlay mount shows as
// its layer stack, and the process rows are reached with the arrow keys and opened with Enter.

import { beforeAll, describe, expect, it } from "vitest";
import { after, haveChromium, openApp, run, type Page, type PageGlobals } from "./browser.ts";
import { DESKTOP, serveAndLaunch } from "./setup.ts";

describe.skipIf(!haveChromium())("panels (Chromium)", () => {
  const env = serveAndLaunch();
  let page: Page;
  beforeAll(async () => {
    page = await openApp(await env.browser.newContext(DESKTOP), env.server.url);
  });

  /** A data- attribute of the focused element (a string expression: this side has no DOM types). */
  const focused = async (key: string): Promise<string | undefined> => page.evaluate(`document.activeElement?.dataset?.${key}`);

  /** Focus the panel's tab strip and move along it with the arrow keys to the named view. */
  async function viewByKeys(view: string): Promise<void> {
    await page.locator("#panels [role=tab][aria-selected=true]").focus();
    for (let i = 0; i < 4; i++) {
      if ((await page.locator("#panels [role=tab][aria-selected=true]").getAttribute("data-view")) === view) break;
      await page.keyboard.press("ArrowRight");
    }
    expect(await focused("view")).toBe(view);
  }

  it("shows a new cgroup and its memory.max the moment the shell writes them", async () => {
    await run(page, "mkdir /sys/fs/cgroup/demo && echo 64M > /sys/fs/cgroup/demo/memory.max && echo $$ > /sys/fs/cgroup/demo/cgroup.procs; echo cg-done", after("\ncg-done\n"));
    await viewByKeys("cgroups");
    const row = page.locator("#panels ul.cgroups li", { has: page.locator(".cg-name", { hasText: /^\/demo\b/ }) });
    await row.waitFor({ timeout: 5000 });
    expect(await row.locator("[role=meter]").first().getAttribute("aria-label")).toMatch(/^memory \S+ \/ 64\.0M$/);
    expect(await row.locator(".cg-name").textContent()).toMatch(/· 1 procs/);
  });

  it("draws an overlay mount as its layer stack", async () => {
    await run(page, "mkdir -p /tmp/o/lower /tmp/o/upper /tmp/o/work /tmp/o/merged && mount -t overlay overlay -o lowerdir=/tmp/o/lower,upperdir=/tmp/o/upper,workdir=/tmp/o/work /tmp/o/merged; echo mnt-done", after("\nmnt-done\n"));
    await viewByKeys("mounts");
    const stack = page.locator('#panels tr[data-fstype="overlay"] ol.layers');
    await stack.waitFor({ timeout: 5000 });
    expect(await stack.locator("li").allTextContents()).toEqual(["merged /tmp/o/merged", "upper /tmp/o/upper", "lower1 /tmp/o/lower"]);
  });

  it("draws at most 500 process rows and says how many more there are", async () => {
    await run(page, "for i in $(seq 600); do sleep 1000 & done 2>/dev/null; clear; echo spawned", after("spawned\n"), 60_000);
    await viewByKeys("processes");
    const more = page.locator("#panels p.more");
    await more.waitFor({ timeout: 10_000 });
    expect(await page.locator("#panels button.proc").count()).toBe(500);
    const total = Number((await run(page, "ps -e --no-headers | wc -l", /\n(\d+)\n[^\n]*# $/)).match(/\n(\d+)\n[^\n]*# $/)![1]) - 2; // not ps and wc
    await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.querySelector("#panels p.more")?.textContent?.includes(`and ${n} more`), total - 500, { timeout: 10_000 });
    await run(page, "kill $(jobs -p); wait 2>/dev/null; echo cleaned", after("\ncleaned\n"), 60_000);
  });

  it("moves between process rows with the arrow keys and opens one with Enter", async () => {
    await viewByKeys("processes");
    await page.keyboard.press("Tab"); // into the panel body
    await page.keyboard.press("ArrowDown"); // the first row: init
    expect(await focused("pid")).toBe("1");
    await page.keyboard.press("ArrowDown");
    const pid = await focused("pid");
    expect(pid).toMatch(/^\d+$/);
    expect(pid).not.toBe("1");
    await page.keyboard.press("Enter");
    const box = page.locator("#panels .status-box");
    await box.waitFor();
    expect(await box.locator("figcaption").textContent()).toBe(`/proc/${pid}/status`);
    expect(await box.locator("pre").textContent()).toMatch(new RegExp(`^Pid:\\s+${pid}$`, "m"));
  });
});
