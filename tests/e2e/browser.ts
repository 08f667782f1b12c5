// Shared by the e2e tests, the screenshot test and the browser benchmark: build the page once,
// serve dist/ with `vite preview` on 127.0.0.1 (started and stopped here), and drive Debian's
// Chromium through playwright-core.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const CHROMIUM = process.env.VLAB_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function haveChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** vite build into dist/ (skipped when VLAB_E2E_NO_BUILD=1 and dist/ exists). */
export function build(): void {
  if (process.env.VLAB_E2E_NO_BUILD === "1" && existsSync(`${ROOT}dist/index.html`)) return;
  const r = spawnSync(`${ROOT}node_modules/.bin/vite`, ["build", "--logLevel", "error"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => (typeof a === "object" && a ? resolve(a.port) : reject(new Error("no port"))));
    });
  });
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** `vite preview` of dist/ (or of outDir, a copy of it) on a free port; resolves once it answers. */
export async function preview(outDir?: string): Promise<Server> {
  const port = await freePort();
  // --bypass-lock: vite refuses a second preview of one project (a developer's own, or the
  // update test's server of a copy of dist/ beside its file's server).
  const args = ["preview", "--bypass-lock", "--strictPort", "--host", "127.0.0.1", "--port", String(port), ...(outDir ? ["--outDir", outDir] : [])];
  // The vite binary itself (not npx), so killing this pid stops the server (ECOSYSTEM.md pitfall 15).
  const child: ChildProcess = spawn(`${ROOT}node_modules/.bin/vite`, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The page's terminal handle (web/main.ts window.vlab). */
export async function screen(page: Page): Promise<string> {
  return (await page.evaluate(() => (globalThis as unknown as PageGlobals).vlab!.screen())).join("\n");
}

/** Wait until the active terminal's screen matches. */
export async function waitScreen(page: Page, re: RegExp, timeout = 10_000): Promise<string> {
  const t0 = Date.now();
  let last = "";
  while (Date.now() - t0 < timeout) {
    try {
      last = await screen(page);
    } catch {
      // The page is navigating (a reload is a reboot) or the app is not up yet: look again.
      await page.waitForTimeout(50);
      continue;
    }
    if (re.test(last)) return last;
    await page.waitForTimeout(25);
  }
  throw new Error(`screen did not match ${re} within ${timeout} ms; it shows:\n${last}`);
}

/** The prompt of a root login shell, on the last line of the screen. */
export const PROMPT = /# $/;

/** Wait for a fresh prompt after the line that contains marker (so an old prompt does not count). */
export function after(marker: string, then: RegExp = /[\s\S]*# $/): RegExp {
  return new RegExp(marker.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + then.source);
}

/** Does the machine have this command (programs still being written skip their tests)? */
export async function has(page: Page, cmd: string): Promise<boolean> {
  const tag = `has_${Date.now() % 100000}`;
  const s = await run(page, `echo ${tag}=$(command -v ${cmd} >/dev/null && echo Y || echo N)`, new RegExp(`^${tag}=[YN]\\n[\\s\\S]*# $`, "m"));
  return new RegExp(`^${tag}=Y$`, "m").test(s);
}

/** A page of a fresh browser context at the app, with a prompt shown. */
export async function openApp(ctx: BrowserContext, url: string, query = ""): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(url + query);
  await waitScreen(page, PROMPT, 15_000);
  return page;
}

/** Type a command line into the active terminal (through the keyboard, as a user). */
export async function typeLine(page: Page, line: string): Promise<void> {
  await page.locator(".term:not([hidden]) .xterm-helper-textarea").focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

/** Run a command and return the screen once a new prompt follows the given marker output. */
export async function run(page: Page, line: string, expect: RegExp, timeout?: number): Promise<string> {
  await typeLine(page, line);
  return waitScreen(page, expect, timeout);
}

export type { Browser, BrowserContext, Page };

/** xterm's Terminal, as far as the tests use it. */
export interface PageTerm {
  cols: number;
  rows: number;
  input(data: string, wasUserInput: boolean): void;
  selectLines(start: number, end: number): void;
  onWriteParsed(cb: () => void): { dispose(): void };
  buffer: { active: { cursorX: number; cursorY: number; getLine(y: number): { getCell(x: number): { getChars(): string } | undefined } | undefined } };
}

/**
 * The page's globals as the in-page functions use them. This side's tsconfig has no DOM, so a
 * function given to page.evaluate reads them as `(globalThis as unknown as PageGlobals)`.
 */
/** worker/bench_disk.ts's figures, in ms (bytes: the image's size). */
export interface DiskBench {
  saveMs: number;
  serializeMs: number;
  storeMs: number;
  restoreMs: number;
  bytes: number;
}

export interface PageGlobals {
  vlab?: {
    screen(): string[];
    tabs: { activeView: { term: PageTerm } };
    api: {
      benchDisk(extraBytes: number): Promise<DiskBench>;
      bootReport(): Promise<{ bootMs: number; timeline: { origin: number; start: number; booted: number; ready: number; terminal?: number; output?: number } }>;
    };
  };
  performance: {
    timeOrigin: number;
    now(): number;
    getEntriesByType(type: string): { name: string; startTime: number; responseEnd?: number; domContentLoadedEventEnd?: number }[];
  };
  document: { getElementById(id: string): { textContent: string | null; dataset?: Record<string, string | undefined> } | null; querySelector(sel: string): { textContent: string | null } | null };
}

/** Resolves in the page once the service worker controls it (it has precached everything). */
export async function swControlled(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
  })()`);
}
