// The history list (GNU history(3)): lines numbered from 1, HISTCONTROL's ignorespace and
// ignoredups, HISTSIZE, and the history file (~/.bash_history). Bash writes the file when the
// shell exits; here each accepted line is appended at once, because a simulated machine's
// shell is often never exited (the tab is closed): the file is the same either way.

import type { Sys } from "../sys.ts";
import { O_APPEND, O_CREAT, O_RDONLY, O_WRONLY } from "../../../uapi/fcntl.ts";
import { readAll, writeAll } from "../stdio.ts";
import { decode } from "../text.ts";

export class History {
  readonly entries: string[] = [];
  /** history_base: the number of entries[0] (grows when HISTSIZE drops old lines). */
  base = 1;
  size = 500;

  /** Add a line as bash does: HISTCONTROL=ignorespace|ignoredups|ignoreboth|erasedups. */
  add(line: string, histControl = ""): boolean {
    if (line === "") return false;
    const ctl = histControl.split(":");
    const both = ctl.includes("ignoreboth");
    if ((both || ctl.includes("ignorespace")) && (line[0] === " " || line[0] === "\t")) return false;
    if ((both || ctl.includes("ignoredups")) && this.entries[this.entries.length - 1] === line) return false;
    if (ctl.includes("erasedups")) {
      for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i] === line) this.entries.splice(i, 1);
    }
    this.entries.push(line);
    this.trim();
    return true;
  }

  private trim(): void {
    if (this.size >= 0 && this.entries.length > this.size) {
      const drop = this.entries.length - this.size;
      this.entries.splice(0, drop);
      this.base += drop;
    }
  }

  /** Entry number n (history numbering), or undefined. */
  get(n: number): string | undefined {
    return this.entries[n - this.base];
  }

  get last(): number {
    return this.base + this.entries.length - 1;
  }

  /** `history` output: five-wide numbers, two spaces, the line. */
  format(count = this.entries.length): string {
    let s = "";
    const from = Math.max(0, this.entries.length - count);
    for (let i = from; i < this.entries.length; i++) s += `${String(this.base + i).padStart(5)}  ${this.entries[i]}\n`;
    return s;
  }

  /** Read a history file; a missing or unreadable file is an empty history. */
  async load(sys: Sys, path: string): Promise<void> {
    let fd: number;
    try {
      fd = await sys.open(path, O_RDONLY);
    } catch {
      return;
    }
    try {
      const text = decode(await readAll(sys, fd));
      for (const line of text.split("\n")) {
        // "#1700000000" lines are HISTTIMEFORMAT's timestamps, not commands.
        if (line !== "" && !/^#\d+$/.test(line)) this.entries.push(line);
      }
      this.trim();
    } catch {
      // a directory or an I/O error: no history
    } finally {
      sys.close(fd);
    }
  }

  /** Append one line to the history file, made 0600 as bash makes it. */
  async append(sys: Sys, path: string, line: string): Promise<void> {
    try {
      const fd = await sys.open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600);
      try {
        await writeAll(sys, fd, line + "\n");
      } finally {
        sys.close(fd);
      }
    } catch {
      // a read-only home: bash keeps the history in memory only
    }
  }
}
