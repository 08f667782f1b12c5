// A screen for tests: @xterm/headless interprets what a program wrote, so a test asserts what a
// person would see. Other tests import VScreen from here (this file's own test checks it).

import { describe, expect, it } from "vitest";
import xterm from "@xterm/headless";

export class VScreen {
  readonly term: InstanceType<typeof xterm.Terminal>;
  private pending: Promise<void> = Promise.resolve();

  constructor(rows = 24, cols = 80) {
    this.term = new xterm.Terminal({ rows, cols, allowProposedApi: true });
  }

  write(data: string | Uint8Array): void {
    this.pending = this.pending.then(() => new Promise<void>((r) => this.term.write(data, r)));
  }

  /** The rows as text, trailing blanks trimmed (and trailing empty rows dropped). */
  async lines(): Promise<string[]> {
    await this.pending;
    const b = this.term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < this.term.rows; i++) out.push((b.getLine(b.viewportY + i)?.translateToString(true) ?? "").trimEnd());
    while (out.length && out[out.length - 1] === "") out.pop();
    return out;
  }

  async text(): Promise<string> {
    return (await this.lines()).join("\n");
  }

  async cursor(): Promise<{ row: number; col: number }> {
    await this.pending;
    const b = this.term.buffer.active;
    return { row: b.cursorY, col: b.cursorX };
  }
}

describe("VScreen", () => {
  it("shows what was written, wrapped and overwritten", async () => {
    const s = new VScreen(5, 10);
    s.write("hello\r\nabcdefghijkl\rX");
    expect(await s.lines()).toEqual(["hello", "abcdefghij", "Xl"]);
    expect(await s.cursor()).toEqual({ row: 2, col: 1 });
  });
});
