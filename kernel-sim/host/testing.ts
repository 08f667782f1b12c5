// For tests: a booted machine's login shell on a pty, as a terminal emulator sees it - the raw
// bytes of the screen (escape sequences and all) and keystrokes in. (editors/pty.test.ts's Term
// draws the screen instead, through a headless xterm.)

import { Host } from "./index.ts";

export interface RawTerminal {
  type(s: string): void;
  /** Everything the terminal received so far. */
  output(): string;
  /** Wait until the output matches (fails after about 10 s, showing its end). */
  until(re: RegExp): Promise<string>;
}

export async function rawTerminal(): Promise<RawTerminal> {
  const host = await Host.boot({ preload: true });
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  let screen = "";
  const { endpoint } = host.openTerminal((b) => (screen += dec.decode(b, { stream: true })));
  const until = async (re: RegExp): Promise<string> => {
    for (let i = 0; i < 2000 && !re.test(screen); i++) await new Promise<void>((r) => setTimeout(() => r(), 5));
    if (!re.test(screen)) throw new Error(`no ${re} in ...${JSON.stringify(screen.slice(-200))}`);
    return screen;
  };
  await until(/# $/);
  return { type: (s) => endpoint.write(enc.encode(s)), output: () => screen, until };
}
