// systemd-cgls(1) (systemd 252): the cgroup tree with its processes. As show_cgroup_by_path()
// does: a group's own processes first (sorted by pid, padded to the widest), then its
// non-empty child groups in readdir order; "-.slice" names the root. Lines are cut to 80
// columns with "…" unless -l/--full (or COLUMNS says otherwise).

import type { Sys } from "../lib/sys.ts";
import { program } from "../lib/main.ts";
import { cgroupRoot, cmdlineOf, groupPids, subgroups } from "./cgfs.ts";
import { Errno } from "../../uapi/errno.ts";
import { ENOENT } from "../../uapi/errno.ts";
import { strerror } from "../../uapi/errno.ts";

const BRANCH = "├─";
const RIGHT = "└─";
const VERTICAL = "│ ";
const SPACE = "  ";

const HELP = `systemd-cgls [OPTIONS...] [CGROUP...]

Recursively show control group contents.

  -h --help           Show this help
     --version        Show package version
     --no-pager       Do not pipe output into a pager
  -a --all            Show all groups, including empty
  -u --unit           Show the subtrees of specified system units
     --user-unit      Show the subtrees of specified user units
     --xattr=BOOL     Show cgroup extended attributes
     --cgroup-id=BOOL Show cgroup ID
  -l --full           Do not ellipsize output
  -k                  Include kernel threads in output
  -M --machine=       Show container

See the systemd-cgls(1) man page for details.
`;

interface Opts {
  all: boolean;
  full: boolean;
  columns: number;
}

/** cg_is_empty_recursive(): no process here or below. */
async function emptyRecursive(sys: Sys, dir: string): Promise<boolean> {
  if ((await groupPids(sys, dir)).length > 0) return false;
  for (const c of await subgroups(sys, dir)) if (!(await emptyRecursive(sys, `${dir}/${c}`))) return false;
  return true;
}

async function showPids(sys: Sys, out: string[], dir: string, prefix: string, more: boolean, o: Opts): Promise<void> {
  const pids = (await groupPids(sys, dir)).sort((a, b) => a - b);
  if (pids.length === 0) return;
  const width = String(pids[pids.length - 1]).length;
  for (let i = 0; i < pids.length; i++) {
    let cmd = await cmdlineOf(sys, pids[i]!);
    const room = o.columns - [...prefix].length - 2 - width - 1;
    if (!o.full && [...cmd].length > room) cmd = [...cmd].slice(0, Math.max(room - 1, 0)).join("") + "…";
    out.push(`${prefix}${more || i < pids.length - 1 ? BRANCH : RIGHT}${String(pids[i]).padStart(width)} ${cmd}`);
  }
}

/** show_cgroup_by_path(). */
async function showTree(sys: Sys, out: string[], dir: string, prefix: string, o: Opts): Promise<void> {
  let shownPids = false;
  let last: string | null = null;
  for (const name of await subgroups(sys, dir)) {
    const k = `${dir}/${name}`;
    if (!o.all && (await emptyRecursive(sys, k))) continue;
    if (!shownPids) {
      await showPids(sys, out, dir, prefix, true, o);
      shownPids = true;
    }
    if (last) {
      out.push(`${prefix}${BRANCH}${last.slice(last.lastIndexOf("/") + 1)}`);
      await showTree(sys, out, last, prefix + VERTICAL, o);
    }
    last = k;
  }
  if (!shownPids) await showPids(sys, out, dir, prefix, last !== null, o);
  if (last) {
    out.push(`${prefix}${RIGHT}${last.slice(last.lastIndexOf("/") + 1)}`);
    await showTree(sys, out, last, prefix + SPACE, o);
  }
}

export default program(async (p) => {
  const o: Opts = { all: false, full: false, columns: Number(p.getenv("COLUMNS")) || 80 };
  const names: string[] = [];
  for (const a of p.argv.slice(1)) {
    if (a === "-h" || a === "--help") {
      await p.out.write(HELP);
      return 0;
    } else if (a === "--version") {
      await p.out.write("systemd 252 (252.39-1~deb12u2)\n");
      return 0;
    } else if (a === "-a" || a === "--all") o.all = true;
    else if (a === "-l" || a === "--full") o.full = true;
    else if (a === "--no-pager" || a === "-k") continue;
    else if (a.startsWith("-") && a !== "-") {
      await p.err.write(`${p.name}: unrecognized option '${a}'\n`);
      return 1;
    } else names.push(a);
  }
  const root = await cgroupRoot(p.sys);
  if (names.length === 0) names.push("/");
  let status = 0;
  for (let i = 0; i < names.length; i++) {
    let name = names[i]!;
    if (name.startsWith(root + "/") || name === root) name = name.slice(root.length) || "/";
    const dir = name === "/" ? root : `${root}${name.startsWith("/") ? "" : "/"}${name}`;
    const lines: string[] = [`${i > 0 ? "\n" : ""}Control group ${name}:`];
    try {
      p.sys.stat(dir);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.out.write(lines.join("\n") + "\n");
      await p.out.flush();
      await p.err.write(`Failed to list cgroup tree: ${strerror(e.errno === ENOENT ? ENOENT : e.errno)}\n`);
      status = 1;
      continue;
    }
    if (name === "/") lines.push("-.slice");
    await showTree(p.sys, lines, dir, "", o);
    await p.out.write(lines.join("\n") + "\n");
  }
  return status;
});
