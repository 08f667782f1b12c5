// chmod(1): octal or symbolic MODE (also "-w"-style modes that look like options), -R, -v,
// -c, -f, --reference. Messages as GNU's describe_change().

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { adjustMode, compileMode, modeString } from "../lib/modes.ts";
import type { ModeChange } from "../lib/modes.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { S_ISDIR, S_ISLNK } from "../../uapi/stat.ts";

interface ChmodOpts {
  recursive: boolean;
  verbose: boolean;
  changes: boolean;
  quiet: boolean;
  umask: number;
}

const octal = (m: number): string => (m & 0o7777).toString(8).padStart(4, "0");
const perms = (m: number): string => modeString(m).slice(1);

async function chmodOne(p: Proc, o: ChmodOpts, path: string, change: ModeChange, top: boolean): Promise<boolean> {
  const sys = p.sys;
  let st;
  try {
    st = top ? sys.stat(path) : sys.lstat(path);
  } catch (e) {
    if (!o.quiet) await p.warn(`cannot access ${quote(path)}: ${errmsg(e)}`);
    return false;
  }
  if (S_ISLNK(st.mode)) return true; // symlinks met in a walk are not followed
  const next = adjustMode(st.mode, change, o.umask);
  let ok = true;
  try {
    if (next !== (st.mode & 0o7777)) sys.chmod(path, next);
  } catch (e) {
    if (!o.quiet) await p.warn(`changing permissions of ${quote(path)}: ${errmsg(e)}`);
    ok = false;
  }
  const changed = next !== (st.mode & 0o7777);
  if (ok && (o.verbose || (o.changes && changed))) {
    const t = st.mode & 0o170000;
    if (changed) await p.out.write(`mode of ${quote(path)} changed from ${octal(st.mode)} (${perms(st.mode)}) to ${octal(next)} (${perms(t | next)})\n`);
    else await p.out.write(`mode of ${quote(path)} retained as ${octal(st.mode)} (${perms(st.mode)})\n`);
  }
  if (o.recursive && S_ISDIR(st.mode)) {
    let names;
    try {
      names = await readdirNames(sys, path);
    } catch (e) {
      if (!o.quiet) await p.warn(`cannot read directory ${quote(path)}: ${errmsg(e)}`);
      return false;
    }
    for (const d of names) if (!(await chmodOne(p, o, joinPath(path, d.name), change, false))) ok = false;
  }
  return ok;
}

export default program(async (p) => {
  // A mode like "-w" or "-rwx" is the mode operand, not options (GNU rewrites these).
  const args = p.argv.slice(1);
  let modeArg: string | undefined;
  const rest: string[] = [];
  for (const a of args) {
    if (modeArg === undefined && /^-[rwxXstugoa=+,0-7-]+$/.test(a) && !/^-[Rcfv]+$/.test(a)) modeArg = a;
    else rest.push(a);
  }
  const parsed = await parseOrUsage({ ...p, argv: [p.argv[0]!, ...rest] }, "Rcfv", [
    { name: "recursive", has: 0, key: "R" },
    { name: "changes", has: 0, key: "c" },
    { name: "silent", has: 0, key: "f" },
    { name: "quiet", has: 0, key: "f" },
    { name: "verbose", has: 0, key: "v" },
    { name: "reference", has: 1, key: "reference" },
    { name: "preserve-root", has: 0, key: "preserve-root" },
    { name: "no-preserve-root", has: 0, key: "no-preserve-root" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: chmod [OPTION]... MODE[,MODE]... FILE...\n  or:  chmod [OPTION]... OCTAL-MODE FILE...\n  or:  chmod [OPTION]... --reference=RFILE FILE...\n", "David MacKenzie and Jim Meyering");
  if (hv !== null) return hv;
  const sys = p.sys;
  const umask = sys.umask(0);
  sys.umask(umask);
  const o: ChmodOpts = { recursive: false, verbose: false, changes: false, quiet: false, umask };
  let reference: string | undefined;
  for (const opt of parsed.opts) {
    if (opt.key === "R") o.recursive = true;
    else if (opt.key === "c") o.changes = true;
    else if (opt.key === "v") o.verbose = true;
    else if (opt.key === "f") o.quiet = true;
    else if (opt.key === "reference") reference = opt.arg;
  }
  const ops = [...parsed.operands];
  let change: ModeChange | null;
  if (reference !== undefined) {
    try {
      change = { octal: sys.stat(reference).mode & 0o7777, octalDigits: 5 };
    } catch (e) {
      await p.warn(`failed to get attributes of ${quote(reference)}: ${errmsg(e)}`);
      return 1;
    }
  } else {
    if (modeArg === undefined) modeArg = ops.shift();
    if (modeArg === undefined) return usageError(p, "missing operand");
    change = compileMode(modeArg);
    if (!change) return usageError(p, `invalid mode: ${quote(modeArg)}`);
  }
  if (ops.length === 0) return usageError(p, modeArg !== undefined ? `missing operand after ${quote(modeArg)}` : "missing operand");
  let status = 0;
  for (const f of ops) if (!(await chmodOne(p, o, f, change, true))) status = 1;
  return status;
});
