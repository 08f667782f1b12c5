// One terminal tab: an xterm.js Terminal bound to one login session in the worker. Keys go to
// the pty as typed (xterm encodes them); output arrives in batches; a size change of the page
// refits the grid and tells the pty (TIOCSWINSZ + SIGWINCH, so `stty size` and full-screen
// programs follow).

import { Terminal } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import { WebLinksAddon } from "@xterm/addon-web-links";
import { Unicode11Addon } from "@xterm/addon-unicode11";
import * as Comlink from "comlink";
import type { Remote } from "comlink";
import type { HostApi } from "../worker/host_api.ts";
import { FONT_FAMILY, THEME, fontSize } from "./theme.ts";
import { getLang } from "./i18n.ts";

export class TerminalView {
  readonly term: Terminal;
  readonly element: HTMLDivElement;
  private readonly fit = new FitAddon();
  private id = 0;
  private ready: Promise<number>;
  private observer: ResizeObserver;
  private lastSize = "";
  /** Called after output lands in the terminal (the panels refresh on it). */
  onOutput: () => void = () => {};
  /** What a key sends, on its way to the pty (the key bar's sticky Ctrl). */
  inputFilter: (data: string) => string = (d) => d;

  constructor(
    private readonly api: Remote<HostApi>,
    parent: HTMLElement,
    screenReader: boolean,
  ) {
    this.element = document.createElement("div");
    this.element.className = "term";
    parent.append(this.element);
    this.term = new Terminal({
      theme: THEME,
      fontFamily: FONT_FAMILY,
      fontSize: fontSize(window.innerWidth),
      cursorBlink: true,
      scrollback: 5000,
      allowProposedApi: true,
      screenReaderMode: screenReader,
      macOptionIsMeta: true,
      rightClickSelectsWord: true,
    });
    this.term.loadAddon(this.fit);
    this.term.loadAddon(new WebLinksAddon());
    this.term.loadAddon(new Unicode11Addon());
    this.term.unicode.activeVersion = "11";
    this.term.open(this.element);
    this.fitNow();
    let first = true;
    const onBytes = (b: Uint8Array): void => {
      if (first) {
        first = false;
        performance.mark("vlab:first-output"); // the startup figures of tests/bench/web.ts
      }
      const n = b.length;
      this.term.write(b, () => {
        this.onOutput();
        void this.ready.then((id) => this.api.outputDrawn(id, n));
      });
    };
    this.ready = api.openTerminal(Comlink.proxy(onBytes), this.term.rows, this.term.cols, getLang()).then((id) => (this.id = id));
    this.term.attachCustomKeyEventHandler((e) => this.clipboardKeys(e));
    this.term.onData((d) => {
      const data = this.inputFilter(d);
      void this.ready.then((id) => this.api.write(id, data));
    });
    this.term.onBinary((d) => void this.ready.then((id) => this.api.write(id, d)));
    this.term.onResize(({ rows, cols }) => void this.ready.then((id) => this.api.resize(id, rows, cols)));
    this.observer = new ResizeObserver(() => this.fitNow());
    this.observer.observe(this.element);
  }

  /**
   * Copy and paste as GNOME Terminal does: Ctrl+Shift+C / Ctrl+Shift+V (and Ctrl+Insert /
   * Shift+Insert), so Ctrl+C stays SIGINT. Cmd+C / Cmd+V on a Mac and the browser's own menu
   * work as usual. Returns false for keys it handled, so xterm does not send them on.
   */
  private clipboardKeys(e: KeyboardEvent): boolean {
    if (e.type !== "keydown") return true;
    const copy = (e.ctrlKey && e.shiftKey && e.code === "KeyC") || (e.ctrlKey && e.code === "Insert");
    const paste = (e.ctrlKey && e.shiftKey && e.code === "KeyV") || (e.shiftKey && e.code === "Insert");
    if (copy) {
      const text = this.term.getSelection();
      if (text) void navigator.clipboard?.writeText(text).catch(() => undefined);
      e.preventDefault();
      return false;
    }
    if (paste) {
      void navigator.clipboard
        ?.readText()
        .then((text) => this.term.paste(text))
        .catch(() => undefined);
      e.preventDefault();
      return false;
    }
    return true;
  }

  /** Refit the grid to the element (only when it is shown: a hidden tab measures 0x0). */
  fitNow(): void {
    if (this.element.offsetParent === null || this.element.clientWidth === 0) return;
    const fs = fontSize(window.innerWidth);
    if (this.term.options.fontSize !== fs) this.term.options.fontSize = fs;
    const size = `${this.element.clientWidth}x${this.element.clientHeight}`;
    if (size === this.lastSize) return;
    this.lastSize = size;
    this.fit.fit();
  }

  setScreenReader(on: boolean): void {
    this.term.options.screenReaderMode = on;
  }

  show(on: boolean): void {
    this.element.hidden = !on;
    if (on) {
      this.lastSize = "";
      this.fitNow();
      this.term.focus();
    }
  }

  focus(): void {
    this.term.focus();
  }

  /** The visible text of the screen, for tests: one string per row, trailing blanks trimmed. */
  screenText(): string[] {
    const buf = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < buf.length; y++) out.push(buf.getLine(y)?.translateToString(true) ?? "");
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  }

  dispose(): void {
    this.observer.disconnect();
    void this.ready.then((id) => this.api.closeTerminal(id));
    this.term.dispose();
    this.element.remove();
  }
}
