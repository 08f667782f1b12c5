// pstree(1), psmisc 23.6: the process tree from /proc, in ASCII (the POSIX locale's drawing):
//   sh-+-pstree          a first child on the parent's line, "-+-" when more follow,
//      |-sh---sleep      "---" for an only child, "|-" and "`-" for the rest;
//      `-2*[sleep]       identical subtrees compacted as N*[...] unless -c, -p or -a.
// With -a every process is on its own line with its arguments.

import { gnuProgram as program } from "../lib/gnu.ts";
import { readAllProcs, type ProcInfo } from "../procps/proc.ts";
import { UserDb } from "../lib/pwd.ts";

const USAGE = `Usage: pstree [-acglpsStTuZ] [ -h | -H PID ] [ -n | -N type ]
              [ -A | -G | -U ] [ PID | USER ]
   or: pstree -V

Display a tree of processes.

  -a, --arguments     show command line arguments
  -A, --ascii         use ASCII line drawing characters
  -c, --compact-not   don't compact identical subtrees
  -C, --color=TYPE    color process by attribute
                      (age)
  -g, --show-pgids    show process group ids; implies -c
  -G, --vt100         use VT100 line drawing characters
  -h, --highlight-all highlight current process and its ancestors
  -H PID, --highlight-pid=PID
                      highlight this process and its ancestors
  -l, --long          don't truncate long lines
  -n, --numeric-sort  sort output by PID
  -N TYPE, --ns-sort=TYPE
                      sort output by this namespace type
                              (cgroup, ipc, mnt, net, pid, time, user, uts)
  -p, --show-pids     show PIDs; implies -c
  -s, --show-parents  show parents of the selected process
  -S, --ns-changes    show namespace transitions
  -t, --thread-names  show full thread names
  -T, --hide-threads  hide threads, show only processes
  -u, --uid-changes   show uid transitions
  -U, --unicode       use UTF-8 (Unicode) line drawing characters
  -V, --version       display version information
  -Z, --security-context
                      show security attributes

  PID    start at this PID; default is 1 (init)
  USER   show only trees rooted at processes of this user

`;

const VERSION = `pstree (PSmisc) 23.6
Copyright (C) 1993-2021 Werner Almesberger and Craig Small

PSmisc comes with ABSOLUTELY NO WARRANTY.
This is free software, and you are welcome to redistribute it under
the terms of the GNU General Public License.
For more information about these matters, see the files named COPYING.
`;

interface Opts {
  args: boolean;
  compact: boolean;
  numeric: boolean;
  pids: boolean;
  pgids: boolean;
}

interface Node {
  p: ProcInfo;
  children: Node[];
}

function label(n: Node, o: Opts): string {
  const ids = [o.pids ? String(n.p.pid) : "", o.pgids ? String(n.p.pgrp) : ""].filter(Boolean).join(",");
  if (o.args) {
    const args = n.p.cmdline.length > 0 ? n.p.cmdline.slice(1).join(" ") : "";
    const name = n.p.cmdline.length === 0 ? `(${n.p.comm})` : n.p.comm;
    return `${name}${ids ? "," + ids : ""}${args ? " " + args : ""}`;
  }
  return ids ? `${n.p.comm}(${ids})` : n.p.comm;
}

function sortChildren(nodes: Node[], o: Opts): Node[] {
  return nodes.sort((a, b) => (o.numeric ? a.p.pid - b.p.pid : a.p.comm < b.p.comm ? -1 : a.p.comm > b.p.comm ? 1 : a.p.pid - b.p.pid));
}

/** The lines of n's subtree in the compact layout. */
function render(n: Node, o: Opts): string[] {
  const me = label(n, o);
  let kids = sortChildren(n.children, o).map((c) => render(c, o));
  if (o.compact) {
    // Neighbouring identical subtrees drawn once as "N*[...]" (one-line subtrees only here).
    const merged: string[][] = [];
    for (let i = 0; i < kids.length; ) {
      let j = i + 1;
      while (j < kids.length && kids[j]!.length === 1 && kids[i]!.length === 1 && kids[j]![0] === kids[i]![0]) j++;
      merged.push(j - i > 1 ? [`${j - i}*[${kids[i]![0]}]`] : kids[i]!);
      i = j;
    }
    kids = merged;
  }
  if (kids.length === 0) return [me];
  const pad = " ".repeat(me.length + 1);
  if (kids.length === 1) {
    const [first, ...rest] = kids[0]!;
    return [`${me}---${first}`, ...rest.map((l) => " ".repeat(me.length + 3) + l)];
  }
  const out: string[] = [];
  kids.forEach((k, i) => {
    const last = i === kids.length - 1;
    const [first, ...rest] = k;
    out.push(i === 0 ? `${me}-+-${first}` : `${pad}${last ? "`-" : "|-"}${first}`);
    for (const l of rest) out.push(`${pad}${last ? "  " : "| "}${l}`);
  });
  return out;
}

/** The lines of n's subtree with -a: one process a line, children indented under it. */
function renderArgs(n: Node, o: Opts): string[] {
  const out = [label(n, o)];
  const kids = sortChildren(n.children, o);
  kids.forEach((c, i) => {
    const last = i === kids.length - 1;
    const [first, ...rest] = renderArgs(c, o);
    out.push(`  ${last ? "`-" : "|-"}${first}`);
    for (const l of rest) out.push(`  ${last ? "  " : "| "}${l}`);
  });
  return out;
}

export default program(async (p) => {
  const o: Opts = { args: false, compact: true, numeric: false, pids: false, pgids: false };
  let target: string | undefined;
  const usage = async (): Promise<number> => {
    await p.err.write(USAGE);
    return 1;
  };
  const flags = (letters: string): boolean => {
    for (const c of letters) {
      if (c === "a") o.args = true;
      else if (c === "c") o.compact = false;
      else if (c === "n") o.numeric = true;
      else if (c === "p") o.pids = true;
      else if (c === "g") o.pgids = true;
      else if ("AlTUGhstuZS".includes(c)) continue; // drawing and display choices that change nothing here
      else return false;
    }
    return true;
  };
  for (const a of p.argv.slice(1)) {
    if (a === "-V" || a === "--version") {
      await p.err.write(VERSION);
      return 0;
    }
    const long: Record<string, string> = { "--arguments": "a", "--compact-not": "c", "--numeric-sort": "n", "--show-pids": "p", "--show-pgids": "g", "--ascii": "A", "--long": "l" };
    if (a.startsWith("--")) {
      if (!(a in long)) {
        await p.err.write(`pstree: unrecognized option '${a}'\n`);
        return usage();
      }
      flags(long[a]!);
    } else if (a.startsWith("-") && a.length > 1) {
      for (const c of a.slice(1)) {
        if (!flags(c)) {
          await p.err.write(`pstree: invalid option -- '${c}'\n`);
          return usage();
        }
      }
    } else if (target === undefined) target = a;
    else return usage();
  }
  if (o.pids || o.args || o.pgids) o.compact = false;

  const procs = await readAllProcs(p.sys, true);
  const byPid = new Map<number, Node>(procs.map((q) => [q.pid, { p: q, children: [] }]));
  const roots: Node[] = [];
  for (const n of byPid.values()) {
    const parent = byPid.get(n.p.ppid);
    if (parent && parent !== n) parent.children.push(n);
    else roots.push(n);
  }
  let tops: Node[];
  if (target === undefined) tops = byPid.has(1) ? [byPid.get(1)!] : sortChildren(roots, o);
  else if (/^[0-9]+$/.test(target)) tops = byPid.has(Number(target)) ? [byPid.get(Number(target))!] : [];
  else {
    const user = (await new UserDb(p.sys).load()).byName(target);
    if (!user) {
      await p.err.write(`No such user name: ${target}\n`);
      return 1;
    }
    // Trees rooted at the user's processes whose parent is someone else's.
    tops = procs
      .filter((q) => q.ruid === user.uid && byPid.get(q.ppid)?.p.ruid !== user.uid)
      .map((q) => byPid.get(q.pid)!)
      .sort((a, b) => a.p.pid - b.p.pid);
  }
  for (const t of tops) for (const line of o.args ? renderArgs(t, o) : render(t, o)) await p.out.write(line + "\n");
  return 0;
});
