// bash's select loop (execute_cmd.c execute_select_command/select_query/print_select_list):
// the menu and the PS3 prompt go to stderr, the choice is read into REPLY by `read`, the
// variable gets the chosen word ("" for a bad number), and EOF ends the loop with status 1
// after a newline on stdout. The menu is shown again only when REPLY is left empty.

import type { Shell } from "./shell.ts";
import type { For, List } from "../ast.ts";
import { read } from "../builtins/read.ts";
import { out } from "../builtins/io.ts";

const RP_SPACE = ") ";

function numberLen(n: number): number {
  return String(n).length;
}

/** indent(): tabs then spaces from column `from` to `to` (tab stops every 8). */
function indent(from: number, to: number): string {
  let s = "";
  while (Math.floor(to / 8) > Math.floor(from / 8)) {
    s += "\t";
    from += 8 - (from % 8);
  }
  while (from++ < to) s += " ";
  return s;
}

/** print_select_list(): columns down, as many as COLUMNS (default 80) holds; one row becomes one column. */
function menu(sh: Shell, items: string[]): string {
  const n = items.length;
  const indicesLen = numberLen(n);
  let maxLen = 0;
  for (const w of items) maxLen = Math.max(maxLen, [...w].length);
  maxLen += indicesLen + RP_SPACE.length + 2;
  const colsVar = Number(sh.scalar("COLUMNS") ?? "");
  const COLS = Number.isInteger(colsVar) && colsVar > 0 ? colsVar : 80;
  let cols = Math.floor(COLS / maxLen) || 1;
  let rows = Math.floor(n / cols) + (n % cols !== 0 ? 1 : 0);
  cols = Math.floor(n / rows) + (n % rows !== 0 ? 1 : 0);
  if (rows === 1) {
    rows = cols;
    cols = 1;
  }
  const firstLen = numberLen(rows);
  let s = "";
  for (let row = 0; row < rows; row++) {
    let ind = row;
    let pos = 0;
    for (;;) {
      const w = pos === 0 ? firstLen : indicesLen;
      const word = items[ind]!;
      s += String(ind + 1).padStart(w) + RP_SPACE + word;
      const elemLen = [...word].length + w + RP_SPACE.length;
      ind += rows;
      if (ind >= n) break;
      s += indent(pos + elemLen, pos + maxLen);
      pos += maxLen;
    }
    s += "\n";
  }
  return s;
}

/** select_query(): the chosen word, "" for a bad answer, null at EOF. */
async function query(sh: Shell, items: string[], showMenu: boolean): Promise<string | null> {
  for (;;) {
    if (showMenu) await sh.writeErr(items.length ? menu(sh, items) : "\n");
    await sh.writeErr(sh.scalar("PS3") ?? "#? ");
    if ((await read(sh, ["read"])) !== 0) {
      await out(sh, "select", "\n");
      return null;
    }
    const reply = sh.scalar("REPLY") ?? "";
    if (reply === "") {
      showMenu = true;
      continue;
    }
    if (!/^\s*[+-]?[0-9]+\s*$/.test(reply)) return "";
    const k = Number(reply);
    return k >= 1 && k <= items.length ? items[k - 1]! : "";
  }
}

export async function execSelect(
  sh: Shell,
  cmd: For,
  items: string[],
  runBody: (l: List) => Promise<number>,
  loopSignal: (e: unknown) => "break" | "continue",
): Promise<number> {
  let status = 0;
  let showMenu = true;
  sh.loopDepth++;
  try {
    for (;;) {
      if (sh.sys.need_resched()) await sh.sys.sched_yield();
      const choice = await query(sh, items, showMenu);
      if (choice === null) return 1;
      sh.setVar(cmd.name, choice);
      try {
        status = await runBody(cmd.body);
      } catch (e) {
        if (loopSignal(e) === "break") break;
      }
      // KSH_COMPATIBLE_SELECT: the menu comes back when the body left REPLY empty
      showMenu = (sh.scalar("REPLY") ?? "") === "";
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}
