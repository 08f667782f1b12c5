// A phone: the key bar gives the keys its keyboard lacks. Tapped, not clicked (touch events),
// and the terminal keeps the focus, so the phone's keyboard would stay open.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { after, haveChromium, launch, openApp, preview, run, typeLine, waitScreen, type Browser, type Page, type Server } from "./browser.ts";

describe.skipIf(!haveChromium())("phone key bar (Chromium)", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await preview();
    browser = await launch();
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    page = await openApp(ctx, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const key = (label: string) => page.locator(".keybar button", { hasText: label }).first();
  const terminalFocused = (): Promise<boolean> => page.evaluate("document.activeElement?.classList.contains('xterm-helper-textarea') ?? false");

  it("is shown on a touch screen, and not on a desktop", async () => {
    expect(await page.locator(".keybar").isVisible()).toBe(true);
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await openApp(desk, server.url);
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
