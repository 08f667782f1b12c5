// A line editor in the manner of GNU readline's emacs mode, for the interactive shell (and any
// program that wants one). One readLine() call: the terminal goes raw, the prompt is drawn, keys
// edit the line until Enter, and the terminal's settings are put back. It reads a key's bytes
// and no more (as readline reads a byte at a time), so what is typed ahead stays in the
// terminal for the command the line starts.
//
// Its shape matches the shell's LineSource: readLine(prompt) gives the line, null at end of
// input (^D on an empty line), or "\x03" when ^C abandoned it.

import type { Sys } from "../sys.ts";
import { Errno, EINTR } from "../../../uapi/errno.ts";
import { SIGWINCH } from "../../../uapi/signal.ts";
import { writeAll } from "../stdio.ts";
import { decode } from "../text.ts";
import { KeyDecoder, isPrintable } from "./keys.ts";
import { enterRaw, leaveRaw, winsize } from "./term.ts";
import { Display } from "./display.ts";
import { KillRing, LineBuffer } from "./line.ts";
import { editCommand } from "./bindings.ts";
import { History } from "./history.ts";
import { expandHistory, historyWords } from "./history_expand.ts";
import { IncrementalSearch } from "./search.ts";
import { commonPrefix, formatMatchList, quoteWord, type Completer } from "./complete.ts";
import { readKeyBytes } from "./read_key.ts";

export interface ReadlineOptions {
  /** Tab completion (see complete_shell.ts for bash's). */
  complete?: Completer;
  /** The shell's variables readline reads: HOME, HISTFILE, HISTSIZE, HISTCONTROL. */
  getVar?: (name: string) => string | undefined;
  /** Is history expansion (set -H) on? Default: yes. */
  histExpand?: () => boolean;
  /** Add lines to the history (set -o history)? Default: yes. */
  recordHistory?: () => boolean;
  /** Terminal fds: input and where the prompt and echo go (bash draws on stderr). */
  inFd?: number;
  outFd?: number;
}

/** What a key did: keep editing, or finish with a line / EOF (null). */
type Outcome = undefined | string | null;

export class Readline {
  readonly history = new History();
  private historyLoaded = false;
  private readonly kill = new KillRing();
  private readonly decoder = new KeyDecoder();
  private readonly inFd: number;
  private readonly outFd: number;
  private pending = "";
  /** The line changed since it was last drawn. */
  private dirty = false;
  private display = new Display((s) => void (this.pending += s));
  // State of one readLine() call.
  private prompt = "";
  private line = new LineBuffer();
  private histPos = 0;
  private edits = new Map<number, string>();
  private lastKey = "";
  private lastYank: { from: number; to: number } | null = null;
  private metaNext = false;
  private quotedNext = false;
  private search: { s: IncrementalSearch; start: number; startPoint: number } | null = null;
  private lastSearch = "";
  private winch = false;

  constructor(
    private readonly sys: Sys,
    private readonly opts: ReadlineOptions = {},
  ) {
    this.inFd = opts.inFd ?? 0;
    this.outFd = opts.outFd ?? 2;
  }

  private getVar(name: string): string | undefined {
    return this.opts.getVar?.(name);
  }

  private historyFile(): string | null {
    const f = this.getVar("HISTFILE");
    if (f !== undefined) return f === "" ? null : f;
    const home = this.getVar("HOME");
    return home ? `${home.replace(/\/$/, "")}/.bash_history` : null;
  }

  private async loadHistory(): Promise<void> {
    if (this.historyLoaded) return;
    this.historyLoaded = true;
    const size = Number(this.getVar("HISTSIZE") ?? "500");
    if (Number.isInteger(size)) this.history.size = size < 0 ? -1 : size;
    const f = this.historyFile();
    if (f) await this.history.load(this.sys, f);
  }

  private async flush(): Promise<void> {
    if (this.pending === "") return;
    const s = this.pending;
    this.pending = "";
    await writeAll(this.sys, this.outFd, s).catch(() => {});
  }

  async readLine(prompt: string): Promise<string | null> {
    await this.loadHistory();
    let saved;
    try {
      saved = enterRaw(this.sys, this.inFd);
    } catch {
      return this.readPlain(prompt);
    }
    const oldWinch = this.sys.sigaction(SIGWINCH, { handler: () => void (this.winch = true) });
    try {
      this.display.resize(winsize(this.sys, this.outFd).cols);
      this.prompt = prompt;
      this.line = new LineBuffer();
      this.histPos = this.history.entries.length;
      this.edits.clear();
      this.search = null;
      this.lastKey = "";
      this.display.begin(prompt);
      const result = await this.loop();
      await this.flush();
      return result === null || result === "\x03" ? result : await this.finishLine(result);
    } finally {
      leaveRaw(this.sys, this.inFd, saved);
      this.sys.sigaction(SIGWINCH, oldWinch);
    }
  }

  /** Not a terminal: the prompt, then a line read as is. */
  private async readPlain(prompt: string): Promise<string | null> {
    await writeAll(this.sys, this.outFd, prompt).catch(() => {});
    const bytes: number[] = [];
    for (;;) {
      let b: Uint8Array;
      try {
        b = await this.sys.read(this.inFd, 1);
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) continue;
        return null;
      }
      if (b.length === 0) return bytes.length ? decode(Uint8Array.from(bytes)) : null;
      if (b[0] === 10) return decode(Uint8Array.from(bytes));
      bytes.push(b[0]!);
    }
  }

  /** History expansion and recording of an accepted line. */
  private async finishLine(text: string): Promise<string> {
    let line = text;
    if (this.opts.histExpand?.() ?? true) {
      const x = expandHistory(text, this.history);
      if ("error" in x) {
        await writeAll(this.sys, this.outFd, `bash: ${x.error}\n`).catch(() => {});
        this.recordLine(text);
        return "";
      }
      if (x.changed) {
        line = x.text;
        await writeAll(this.sys, this.outFd, line + "\n").catch(() => {});
      }
    }
    this.recordLine(line);
    return line;
  }

  private recordLine(line: string): void {
    if (!(this.opts.recordHistory?.() ?? true)) return;
    if (this.history.add(line, this.getVar("HISTCONTROL") ?? "")) {
      const f = this.historyFile();
      if (f) void this.history.append(this.sys, f, line);
    }
  }

  private async loop(): Promise<string | null> {
    this.render();
    for (;;) {
      // Redisplay once the typeahead is used up (readline's _rl_any_typein): a paste of a long
      // line is drawn once, not once per character (which made it quadratic).
      if (this.dirty && this.sys.ioctl_fionread(this.inFd) <= 0) this.renderNow();
      await this.flush();
      let bytes: Uint8Array;
      try {
        bytes = await readKeyBytes(this.sys, this.inFd);
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) {
          if (this.winch) {
            this.winch = false;
            this.display.resize(winsize(this.sys, this.outFd).cols);
            this.render();
          }
          continue;
        }
        return null;
      }
      if (bytes.length === 0) return this.line.chars.length ? this.accept() : null;
      for (const key of this.decoder.decode(bytes)) {
        const r = await this.key(key);
        if (r !== undefined) return r;
      }
    }
  }

  /** The line changed: draw it before waiting for the next key (see loop). */
  private render(): void {
    this.dirty = true;
  }

  private renderNow(): void {
    this.dirty = false;
    if (this.search) {
      const v = this.search.s.view();
      this.display.setPrompt(v.prompt);
      this.display.render([...v.line], [...v.line.slice(0, v.point)].length);
    } else this.display.render(this.line.chars, this.line.point);
  }

  private bell(): void {
    this.pending += "\x07";
  }

  private accept(): string {
    this.display.finish(this.line.chars);
    this.pending += "\n";
    return this.line.text;
  }

  /** Act on one key. */
  private async key(rawKey: string): Promise<Outcome> {
    let key = rawKey;
    if (this.quotedNext) {
      this.quotedNext = false;
      this.line.insert(key.startsWith("C-") && key.length === 3 ? String.fromCharCode(key === "C-?" ? 127 : key.charCodeAt(2) & 0x1f) : key.length <= 2 ? key : "");
      this.render();
      return undefined;
    }
    if (this.metaNext) {
      this.metaNext = false;
      if (key !== "Esc" && !key.startsWith("M-")) key = "M-" + key;
    }
    if (this.search) {
      const r = this.searchKey(key);
      if (r !== "pass") return r;
    }
    const prev = this.lastKey;
    this.lastKey = key;
    const l = this.line;
    const wasYank = this.lastYank;
    if (key !== "M-y") this.lastYank = null;
    const killing = prev === "C-k" || prev === "C-u" || prev === "C-w" || prev === "M-d" || prev === "M-C-?" || prev === "M-C-h";
    if (isPrintable(key)) {
      l.insert(key);
      this.render();
      return undefined;
    }
    const edit = { kill: this.kill, killing, wasYank, yank: this.lastYank };
    const r = editCommand(key, l, edit);
    if (r !== "unbound") {
      this.lastYank = edit.yank;
      if (r === "bell") this.bell();
      this.render();
      return undefined;
    }
    switch (key) {
      case "C-m":
      case "C-j":
        return this.accept();
      case "C-c":
        this.display.finish(l.chars);
        this.pending += "^C";
        return "\x03";
      case "C-d":
        if (l.chars.length === 0) return null;
        if (l.point < l.chars.length) l.cut(l.point, l.point + 1);
        break;
      case "M-.":
      case "M-_": {
        const last = this.history.entries[this.history.entries.length - 1];
        const w = last === undefined ? undefined : historyWords(last).pop();
        if (w === undefined) this.bell();
        else l.insert(w);
        break;
      }
      case "C-l":
        this.pending += "\x1b[H\x1b[2J";
        this.display.redrawFrom(this.prompt, l.chars, l.point);
        return undefined;
      case "C-p":
      case "Up":
        this.moveHistory(this.histPos - 1);
        break;
      case "C-n":
      case "Down":
        this.moveHistory(this.histPos + 1);
        break;
      case "M-<":
        this.moveHistory(0);
        break;
      case "M->":
        this.moveHistory(this.history.entries.length);
        break;
      case "C-r":
      case "C-s":
        this.startSearch(key === "C-r");
        break;
      case "C-i":
        await this.complete(prev === "C-i");
        return undefined;
      case "C-v":
        this.quotedNext = true;
        return undefined;
      case "Esc":
        this.metaNext = true;
        return undefined;
      case "C-g":
      default:
        this.bell();
        return undefined;
    }
    this.render();
    return undefined;
  }

  /** Go to history line n (the length of the list is the line being typed); edits are kept. */
  private moveHistory(n: number): void {
    const entries = this.history.entries;
    if (n < 0 || n > entries.length || n === this.histPos) {
      this.bell();
      return;
    }
    this.edits.set(this.histPos, this.line.text);
    this.histPos = n;
    this.line.set(this.edits.get(n) ?? entries[n] ?? "");
  }

  private historyLines(): string[] {
    const lines = this.history.entries.map((e, i) => this.edits.get(i) ?? e);
    lines.push(this.histPos === this.history.entries.length ? this.line.text : this.edits.get(this.history.entries.length) ?? "");
    return lines;
  }

  private startSearch(reverse: boolean): void {
    const lines = this.historyLines();
    lines[this.histPos] = this.line.text;
    const s = new IncrementalSearch(lines, this.histPos, this.line.point, reverse, this.lastSearch);
    this.search = { s, start: this.histPos, startPoint: this.line.point };
  }

  private endSearch(keep: boolean): void {
    const st = this.search!;
    this.search = null;
    if (st.s.query) this.lastSearch = st.s.query;
    this.display.setPrompt(this.prompt);
    if (keep && st.s.index !== this.histPos) {
      this.edits.set(this.histPos, this.line.text);
      this.histPos = st.s.index;
      this.line.set(this.historyLines()[st.s.index] ?? "");
    }
    if (keep) this.line.point = [...(this.historyLines()[this.histPos] ?? "").slice(0, st.s.offset)].length;
  }

  /** A key during ^R: handled here, or "pass" to end the search and act on it normally. */
  private searchKey(key: string): Outcome | "pass" {
    const st = this.search!;
    const s = st.s;
    if (isPrintable(key)) {
      if (!s.add(key)) this.bell();
    } else if (key === "C-r" || key === "C-s") {
      if (!s.again(key === "C-r")) this.bell();
    } else if (key === "C-h" || key === "C-?") {
      s.removeLast(st.start, st.startPoint);
    } else if (key === "C-g") {
      this.endSearch(false);
      this.bell();
    } else if (key === "C-c") {
      this.endSearch(true);
      return "pass";
    } else if (key === "Esc") {
      this.endSearch(true);
    } else {
      this.endSearch(true);
      this.lastKey = "";
      return "pass";
    }
    this.render();
    return undefined;
  }

  /** Tab: complete the word at the point; a second Tab in a row lists the matches. */
  private async complete(listing: boolean): Promise<void> {
    const completer = this.opts.complete;
    if (!completer) {
      this.line.insert("\t");
      this.render();
      return;
    }
    const l = this.line;
    const text = l.text;
    const c = await completer(text, l.point);
    if (!c || c.matches.length === 0) {
      this.bell();
      return;
    }
    const words = c.matches.map((m) => m.word);
    const prefix = commonPrefix(words);
    const quote = c.quote;
    const q = (s: string) => (quote === undefined ? s : quoteWord(s, quote));
    const current = text.slice(c.start, [...text].slice(0, l.point).join("").length);
    if (c.matches.length === 1) {
      const m = c.matches[0]!;
      const close = m.partial ? "" : (quote === "'" || quote === '"' ? quote : "") + " ";
      this.replace(c.start, q(m.word) + close);
      return;
    }
    const inserted = q(prefix);
    if (inserted.length > current.length && inserted !== current) {
      this.replace(c.start, inserted);
      this.bell();
      return;
    }
    if (!listing) {
      this.bell();
      return;
    }
    await this.listMatches(c.matches.map((m) => m.display));
  }

  /** Replace the line from start (a UTF-16 index) to the point with s. */
  private replace(start: number, s: string): void {
    const l = this.line;
    const startChar = [...l.text.slice(0, start)].length;
    l.cut(startChar, l.point);
    l.insert(s);
    this.render();
  }

  private async listMatches(items: string[]): Promise<void> {
    this.display.finish(this.line.chars);
    this.pending += "\n";
    if (items.length >= 100) {
      this.pending += `Display all ${items.length} possibilities? (y or n)`;
      for (;;) {
        await this.flush();
        let b: Uint8Array;
        try {
          b = await readKeyBytes(this.sys, this.inFd);
        } catch {
          continue;
        }
        const k = decode(b);
        if (k === "y" || k === "Y" || k === " ") {
          this.pending += "\n";
          break;
        }
        if (k === "n" || k === "N" || k === "\x7f" || b.length === 0) {
          this.pending += "\n";
          this.display.redrawFrom(this.prompt, this.line.chars, this.line.point);
          return;
        }
        this.bell();
      }
    }
    this.pending += formatMatchList(items, this.display.cols);
    this.display.redrawFrom(this.prompt, this.line.chars, this.line.point);
  }
}
