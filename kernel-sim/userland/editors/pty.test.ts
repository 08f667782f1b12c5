// A booted machine's terminal for end-to-end tests of the full-screen programs: a login shell
// on a pty, keystrokes in, the screen through @xterm/headless. Other tests import Term from here.

import { describe, expect, it } from "vitest";
import { Host } from "../../host/index.ts";
import { VScreen } from "../lib/readline/screen.test.ts";

export class Term {
  screen: VScreen;
  private constructor(
    readonly host: Host,
    readonly endpoint: { write(b: Uint8Array): void },
    screen: VScreen,
  ) {
    this.screen = screen;
  }

  static async open(rows = 24, cols = 80): Promise<Term> {
    const host = await Host.boot({ clock: "real" });
    const screen = new VScreen(rows, cols);
    const { endpoint } = host.openTerminal((b) => screen.write(b), { rows, cols });
    const t = new Term(host, endpoint, screen);
    await t.waitFor((s) => /[#$]$/.test(s));
    return t;
  }

  type(s: string): void {
    this.endpoint.write(new TextEncoder().encode(s));
  }

  /** Wait until the screen text satisfies pred (or fail after ms). */
  async waitFor(pred: (text: string) => boolean, ms = 5000): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const text = await this.screen.text();
      if (pred(text)) return text;
      if (Date.now() > end) throw new Error(`screen never matched:\n${text}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Type a command line and wait for the prompt after its output. */
  async run(cmd: string): Promise<string> {
    this.type(cmd + "\r");
    return this.waitFor((s) => {
      const l = s.split("\n");
      const at = l.findLastIndex((x) => x.endsWith(" " + cmd));
      return at >= 0 && at < l.length - 1 && /[#$]$/.test(l[l.length - 1]!);
    });
  }

  async lines(): Promise<string[]> {
    return this.screen.lines();
  }
}

describe("Term", () => {
  it("gives a login shell on a pty", async () => {
    const t = await Term.open();
    const s = await t.run("echo hi");
    expect(s).toContain("hi");
  });
});
