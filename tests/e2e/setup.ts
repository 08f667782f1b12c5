// The set-up every e2e file shares: `vite preview` of the built page and a Chromium for the
// file's tests, started before them and stopped after. Call it inside the file's describe, so
// describe.skipIf(!haveChromium()) skips the hooks too.

import { afterAll, beforeAll } from "vitest";
import { launch, preview, type Browser, type Server } from "./browser.ts";

export interface E2E {
  server: Server;
  browser: Browser;
}

/** The desktop size the tests use unless they test another. */
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

export function serveAndLaunch(before?: () => void): E2E {
  const env = {} as E2E;
  beforeAll(async () => {
    before?.();
    env.server = await preview();
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
