// The terminal in Chromium: a command's output, copy and paste, wide characters, resize ->
// stty size, several tabs, and the process panel showing a process in a new namespace set.

import { beforeAll, describe, expect, it } from "vitest";
import { after, has, haveChromium, openApp, run, screen, typeLine, waitScreen, type Page, type PageGlobals } from "./browser.ts";
import { DESKTOP, serveAndLaunch } from "./setup.ts";

describe.skipIf(!haveChromium())("terminal (Chromium)", () => {
  const env = serveAndLaunch();
  let page: Page;
  beforeAll(async () => {
    const ctx = await env.browser.newContext(DESKTOP);
    await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url.replace(/\/$/, "") });
    page = await openApp(ctx, env.server.url);
  });

  it("shows a root prompt and a command's output", async () => {
    expect(await screen(page)).toMatch(/^\[vlab\] booted/m);
    const s = await run(page, "echo hello $((6*7)); id -u", after("hello 42\n0\n"));
    expect(s).toMatch(/^hello 42$/m);
  });

  it("copies the selection with Ctrl+Shift+C and pastes with Ctrl+Shift+V (Ctrl+C stays SIGINT)", async () => {
    await run(page, "clear; echo copy-me-$((40+2))", after("copy-me-42\n"));
    // Select the output line (the top row, after clear) as a triple click would.
    await page.evaluate(() => (globalThis as unknown as PageGlobals).vlab!.tabs.activeView.term.selectLines(0, 0));
    await page.keyboard.press("Control+Shift+KeyC");
    expect(await page.evaluate("navigator.clipboard.readText()")).toBe("copy-me-42");
    await page.evaluate("navigator.clipboard.writeText('echo pasted-$((6*7))')");
    await page.keyboard.press("Control+Shift+KeyV");
    await waitScreen(page, /# echo pasted-\$\(\(6\*7\)\)$/); // the paste is asynchronous (the clipboard API)
    await page.keyboard.press("Enter");
    expect(await waitScreen(page, after("\npasted-42\n"))).toMatch(/^pasted-42$/m);
    // Ctrl+C is still the interrupt character: it ends a running sleep.
    await typeLine(page, "sleep 100");
    await page.keyboard.press("Control+KeyC");
    expect(await run(page, "echo status=$?", after("\nstatus=130\n"))).toMatch(/^status=130$/m);
  });

  it("draws CJK and emoji two columns wide (Unicode 11 widths)", async () => {
    await run(page, "clear; printf '%s|\\n' 你好 😀 é", after("\né|\n"));
    // The column of each "|" in xterm's grid: after two wide characters, one emoji, one narrow.
    const bars = await page.evaluate(() => {
      const buf = (globalThis as unknown as PageGlobals).vlab!.tabs.activeView.term.buffer.active;
      const at: number[] = [];
      for (let y = 0; y < 3; y++) {
        const line = buf.getLine(y)!;
        for (let x = 0; x < 10; x++) if (line.getCell(x)?.getChars() === "|") at.push(x);
      }
      return at;
    });
    expect(bars).toEqual([4, 2, 1]);
  });

  it("tells the pty the new size when the window is resized (stty size)", async (ctx) => {
    const cols = (): Promise<number> => page.evaluate(() => (globalThis as unknown as PageGlobals).vlab!.tabs.activeView.term.cols);
    const before = await cols();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.waitForFunction((b) => (globalThis as unknown as PageGlobals).vlab!.tabs.activeView.term.cols !== b, before);
    const { rows, cols: c } = await page.evaluate(() => {
      const term = (globalThis as unknown as PageGlobals).vlab!.tabs.activeView.term;
      return { rows: term.rows, cols: term.cols };
    });
    expect(c).toBeLessThan(before);
    if (!(await has(page, "stty"))) return ctx.skip("stty is not in the machine yet");
    await run(page, "clear", /^[^\n]*# $/);
    const s = await run(page, "stty size", after(`${rows} ${c}\n`));
    expect(s).toContain(`${rows} ${c}`);
  });

  it("opens a second terminal on the same machine", async () => {
    await page.click("#new-tab");
    await waitScreen(page, /# $/);
    const s = await run(page, "tty; echo $$", after("/dev/pts/1\n"));
    expect(s).toMatch(/^\/dev\/pts\/1$/m);
    expect(await page.locator('.bar .tabs [role="tab"]').count()).toBe(2);
    await page.locator('.bar .tabs [role="tab"]').first().click();
    expect(await screen(page)).not.toMatch(/\/dev\/pts\/1/); // the first tab's own screen
  });

  it("shows a process in a different namespace set after unshare", async (ctx) => {
    if (!(await has(page, "unshare"))) return ctx.skip("unshare is not in the machine yet");
    await run(page, "unshare --uts --pid --fork --mount-proc sleep 1000 &", /\[1\] \d+\n[\s\S]*# $/);
    const other = page.locator('#panels button.proc[data-ns="other"]');
    await other.first().waitFor({ timeout: 5000 });
    const text = await other.first().textContent();
    expect(text).toMatch(/\(1\)|sleep/);
  });

  it("shows a process's /proc/PID/status when clicked", async () => {
    const row = page.locator('#panels button.proc[data-pid="1"]');
    await row.click();
    await page.locator("#panels .status-box pre").waitFor();
    expect(await page.locator("#panels .status-box pre").textContent()).toMatch(/^Name:\s+\S+/m);
  });
});
