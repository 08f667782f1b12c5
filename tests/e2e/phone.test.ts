// A phone: the key bar gives the keys its keyboard lacks. Tapped, not clicked (touch events),
// and the terminal keeps the focus, so the phone's keyboard would stay open.

import { beforeAll, describe, expect, it } from "vitest";
import { after, haveChromium, openApp, run, typeLine, waitScreen, type Page } from "./browser.ts";
import { DESKTOP, serveAndLaunch } from "./setup.ts";

describe.skipIf(!haveChromium())("phone key bar (Chromium)", () => {
  const env = serveAndLaunch();
  let page: Page;
  beforeAll(async () => {
    page = await openApp(await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }), env.server.url);
  });

  const key = (label: string) => page.locator(".keybar button", { hasText: label }).first();
  const terminalFocused = (): Promise<boolean> => page.evaluate("document.activeElement?.classList.contains('xterm-helper-textarea') ?? false");

  it("is shown on a touch screen, and not on a desktop", async () => {
    expect(await page.locator(".keybar").isVisible()).toBe(true);
    const desk = await env.browser.newContext(DESKTOP);
    const p = await openApp(desk, env.server.url);
    expect(await p.locator(".keybar").isVisible()).toBe(false);
    await desk.close();
  });

  it("sends ^C, and a sticky Ctrl makes the next typed letter a control character", async () => {
    await typeLine(page, "sleep 100");
    await key("^C").tap();
    expect(await run(page, "echo s=$?", after("\ns=130\n"))).toMatch(/^s=130$/m);
    expect(await terminalFocused()).toBe(true);
    await typeLine(page, "sleep 100");
    await key("Ctrl").tap();
    expect(await key("Ctrl").getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.type("c");
    expect(await key("Ctrl").getAttribute("aria-pressed")).toBe("false");
    expect(await run(page, "echo t=$?", after("\nt=130\n"))).toMatch(/^t=130$/m);
  });

  it("recalls the previous command with ↑ and completes with Tab", async () => {
    await run(page, "echo recall-me", after("\nrecall-me\n"));
    await key("↑").tap();
    await waitScreen(page, /# echo recall-me$/);
    await page.keyboard.press("Enter");
    await waitScreen(page, /recall-me\n[^\n]*# echo recall-me\nrecall-me\n[^\n]*# $/);
    await page.keyboard.type("ls /etc/hostn");
    await key("Tab").tap();
    await waitScreen(page, /# ls \/etc\/hostname $/);
    expect(await terminalFocused()).toBe(true);
  });
});
