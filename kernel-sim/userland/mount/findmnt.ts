// findmnt(8) from util-linux 2.38, over /proc/self/mountinfo: the mount tree (default), a list
// (-l), raw (-r), key="value" pairs (-P), JSON (-J); filters by target or source (operands,
// -T, -M, -S), by type (-t, "no" negates) and by options (-O); -R for the submounts of a match;
// columns by -o. Exit status 1 when nothing matched, as the real one.

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { allOptions, canonicalPath, propagationOf, readMountinfo, sourceWithRoot, type MountEntry } from "./mountinfo.ts";
import { renderTable, utf8Locale, type Column, type Row } from "./table.ts";
import { readFileText } from "../lib/input.ts";
import { Errno } from "../../uapi/errno.ts";
import type { Sys } from "../lib/sys.ts";

interface Opts {
  list: boolean;
  raw: boolean;
  pairs: boolean;
  json: boolean;
  noHeadings: boolean;
  submounts: boolean;
  first: boolean;
  noFsroot: boolean;
  bytes: boolean;
  types: string[] | null;
  options: string[] | null;
}

const DEFAULT_COLS = ["TARGET", "SOURCE", "FSTYPE", "OPTIONS"];
const DF_COLS = ["SOURCE", "FSTYPE", "SIZE", "USED", "AVAIL", "USE%", "TARGET"];
const RIGHT = new Set(["ID", "PARENT", "MAJ:MIN", "SIZE", "AVAIL", "USED", "USE%", "TID", "FREQ", "PASSNO"]);
/** The absolute width hints of findmnt's column table (infos[] in findmnt.c). */
const WHINT: Record<string, number> = { AVAIL: 5, SIZE: 5, USED: 5, "USE%": 3, ID: 2, PARENT: 2, "MAJ:MIN": 6, TID: 4, UUID: 36, PARTUUID: 36 };
const KNOWN = new Set([
  "SOURCE", "TARGET", "FSTYPE", "OPTIONS", "VFS-OPTIONS", "FS-OPTIONS", "FSROOT", "ID", "PARENT", "MAJ:MIN",
  "PROPAGATION", "OPT-FIELDS", "SIZE", "AVAIL", "USED", "USE%", "SOURCES", "LABEL", "UUID", "PARTLABEL", "PARTUUID",
  "TID", "USER-OPTIONS", "FREQ", "PASSNO", "ACTION", "OLD-TARGET", "OLD-OPTIONS", "UNIQ-ID",
]);

const HELP = `
Usage:
 findmnt [options]
 findmnt [options] <device> | <mountpoint>
 findmnt [options] <device> <mountpoint>
 findmnt [options] [--source <device>] [--target <path> | --mountpoint <dir>]

Find a (mounted) filesystem.
`;

/** One cell of a column (get_data in findmnt.c). */
async function cell(p: Proc, e: MountEntry, col: string, o: Opts): Promise<string> {
  switch (col) {
    case "SOURCE":
      return o.noFsroot ? e.source : sourceWithRoot(e);
    case "SOURCES":
      return e.source;
    case "TARGET":
      return e.target;
    case "FSTYPE":
      return e.fstype;
    case "OPTIONS":
      return allOptions(e);
    case "VFS-OPTIONS":
      return e.vfsOptions;
    case "FS-OPTIONS":
      return e.fsOptions;
    case "FSROOT":
      return e.root;
    case "ID":
      return String(e.id);
    case "PARENT":
      return String(e.parent);
    case "MAJ:MIN": {
      const [maj, min] = e.majmin.split(":");
      return o.raw || o.pairs || o.json ? e.majmin : `${maj!.padStart(3)}:${min!.padEnd(3)}`;
    }
    case "PROPAGATION":
      return propagationOf(e);
    case "OPT-FIELDS":
      return e.optFields;
    case "SIZE":
    case "AVAIL":
    case "USED":
    case "USE%": {
      let st;
      try {
        st = p.sys.statfs(e.target);
      } catch {
        return "";
      }
      const size = st.blocks * st.frsize;
      const avail = st.bavail * st.frsize;
      const used = (st.blocks - st.bfree) * st.frsize;
      const n = col === "SIZE" ? size : col === "AVAIL" ? avail : used;
      if (col === "USE%") return st.blocks === 0 ? "-" : `${Math.round(((st.blocks - st.bfree) / st.blocks) * 100)}%`;
      return o.bytes ? String(n) : sizeToHuman(n);
    }
    default:
      return "";
  }
}

/** -t: "tmpfs,proc" or "notmpfs,noproc" (mnt_match_fstype). */
function typeMatches(types: string[], t: string): boolean {
  const neg = types.every((x) => x.startsWith("no"));
  if (neg) return !types.some((x) => x.slice(2) === t);
  return types.includes(t);
}

/** -O: every listed option present ("noX" requires X absent). */
function optionsMatch(wanted: string[], e: MountEntry): boolean {
  const have = new Set(allOptions(e).split(","));
  return wanted.every((w) => (w.startsWith("no") && !have.has(w) ? !have.has(w.slice(2)) : have.has(w)));
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "AabcDd:ehiJfF:o:O:lLmM:nN:PrRsS:T:uUvwxkt:V", [
      { name: "all", has: 0, key: "A" },
      { name: "bytes", has: 0, key: "b" },
      { name: "df", has: 0, key: "D" },
      { name: "first-only", has: 0, key: "f" },
      { name: "json", has: 0, key: "J" },
      { name: "kernel", has: 0, key: "k" },
      { name: "list", has: 0, key: "l" },
      { name: "mountpoint", has: 1, key: "M" },
      { name: "noheadings", has: 0, key: "n" },
      { name: "nofsroot", has: 0, key: "v" },
      { name: "notruncate", has: 0, key: "u" },
      { name: "options", has: 1, key: "O" },
      { name: "output", has: 1, key: "o" },
      { name: "output-all", has: 0, key: "output-all" },
      { name: "pairs", has: 0, key: "P" },
      { name: "raw", has: 0, key: "r" },
      { name: "submounts", has: 0, key: "R" },
      { name: "source", has: 1, key: "S" },
      { name: "target", has: 1, key: "T" },
      { name: "types", has: 1, key: "t" },
      { name: "task", has: 1, key: "N" },
      { name: "fstab", has: 0, key: "s" },
      { name: "mtab", has: 0, key: "m" },
      { name: "real", has: 0, key: "real" },
      { name: "pseudo", has: 0, key: "pseudo" },
      { name: "help", has: 0, key: "h" },
      { name: "version", has: 0, key: "V" },
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`${p.name}: ${e.message}\nTry '${p.name} --help' for more information.\n`);
    return 1;
  }
  const o: Opts = { list: false, raw: false, pairs: false, json: false, noHeadings: false, submounts: false, first: false, noFsroot: false, bytes: false, types: null, options: null };
  let cols: string[] | null = null;
  let source: string | null = null;
  let target: string | null = null;
  let containing: string | null = null;
  let df = false;
  let task = "self";
  let fstab = false;
  // --real / --pseudo: keep only filesystems libmount does (not) count as pseudo.
  let pseudo: boolean | null = null;
  if (parsed.opts.some((x) => x.key === "real") && parsed.opts.some((x) => x.key === "pseudo")) {
    await p.err.write(`${p.name}: mutually exclusive arguments: --pseudo --real\n`);
    return 1;
  }
  for (const x of parsed.opts) {
    const a = x.arg ?? "";
    switch (x.key) {
      case "h":
        await p.out.write(HELP);
        return 0;
      case "V":
        await p.out.write("findmnt from util-linux 2.38.1\n");
        return 0;
      case "l": o.list = true; break;
      case "r": o.raw = true; o.list = true; break;
      case "P": o.pairs = true; o.list = true; break;
      case "J": o.json = true; break;
      case "n": o.noHeadings = true; break;
      case "R": o.submounts = true; break;
      case "f": o.first = true; break;
      case "v": o.noFsroot = true; break;
      case "b": o.bytes = true; break;
      case "D": df = true; o.list = true; break;
      case "o": cols = [...(cols ?? (a.startsWith("+") ? DEFAULT_COLS : [])), ...a.replace(/^\+/, "").split(",").map((c) => c.toUpperCase())]; break;
      case "t": o.types = a.split(","); break;
      case "O": o.options = a.split(","); break;
      case "S": source = a; break;
      case "M": target = a; break;
      case "T": containing = a; break;
      case "N": task = a; break;
      case "s": fstab = true; break;
      case "real": pseudo = false; break;
      case "pseudo": pseudo = true; break;
    }
  }
  cols ??= df ? DF_COLS : DEFAULT_COLS;
  for (const c of cols) {
    if (!KNOWN.has(c)) {
      await p.err.write(`${p.name}: unknown column: ${c}\n`);
      return 1;
    }
  }
  const ops = parsed.operands;
  if (ops.length === 1) target = ops[0]!;
  else if (ops.length >= 2) (source = ops[0]!), (target = ops[1]!);

  const all = fstab ? await readFstab(p) : await readMountinfo(p.sys, task);
  // -T of a path that does not exist finds nothing (libmount stats it first): status 1.
  if (containing !== null) {
    if (!pathExists(p.sys, containing)) return 1;
    target = mountpointContaining(all, canonicalPath(p.sys, containing));
  }
  const oneOperand = ops.length === 1 && source === null;
  const canonTarget = target === null ? null : canonicalPath(p.sys, target);
  const matches = (e: MountEntry): boolean => {
    if (o.types && !typeMatches(o.types, e.fstype)) return false;
    if (o.options && !optionsMatch(o.options, e)) return false;
    if (pseudo !== null && PSEUDO_FS.has(e.fstype) !== pseudo) return false;
    if (oneOperand) return e.target === canonTarget || e.source === target;
    if (canonTarget !== null && e.target !== canonTarget) return false;
    if (source !== null && e.source !== source) return false;
    return true;
  };
  const byParent = new Map<number, MountEntry[]>();
  for (const e of all) {
    const l = byParent.get(e.parent);
    if (l) l.push(e);
    else byParent.set(e.parent, [e]);
  }
  const ids = new Set(all.map((e) => e.id));
  const toRow = async (e: MountEntry, children: Row[]): Promise<Row> => ({ cells: await Promise.all(cols!.map((c) => cell(p, e, c, o))), children });
  // Rows for e's subtree: a node that does not match passes its children up to its parent line.
  const subtree = async (e: MountEntry, filter: boolean): Promise<Row[]> => {
    const kids: Row[] = [];
    for (const c of byParent.get(e.id) ?? []) if (c.id !== e.id) kids.push(...(await subtree(c, filter)));
    return !filter || matches(e) ? [await toRow(e, kids)] : kids;
  };
  const filtered = target !== null || source !== null;
  let rows: Row[] = [];
  let tree = !o.list && !o.json && !fstab;
  if (o.submounts && filtered) {
    for (const e of all) {
      if (!matches(e)) continue;
      rows.push(...(await subtree(e, false)));
      if (o.first) break;
    }
  } else if (filtered || o.first || df) {
    tree = false;
    for (const e of all) {
      if (!matches(e)) continue;
      rows.push(await toRow(e, []));
      if (o.first) break;
    }
  } else if (tree) {
    for (const e of all) if (!ids.has(e.parent) || e.parent === e.id) rows.push(...(await subtree(e, true)));
  } else {
    for (const e of all) if (matches(e)) rows.push(await toRow(e, []));
  }
  // The whole tree is printed even when nothing in it matched -t/-O (status 0); a search for
  // a target or source that finds nothing is status 1 (add_matching_lines).
  if (rows.length === 0) return tree && !filtered && !o.first && !df ? 0 : 1;
  if (o.pairs) {
    const flat = (rs: Row[]): Row[] => rs.flatMap((r) => [r, ...flat(r.children)]);
    for (const r of flat(rows)) await p.out.write(cols.map((c, i) => `${c.replace(/[^A-Za-z0-9_]/g, "_")}="${r.cells[i]}"`).join(" ") + "\n");
    return 0;
  }
  if (o.json) {
    // -J -l: a flat array, the children listed after their parent.
    const flat = (rs: Row[]): Row[] => rs.flatMap((r) => [{ cells: r.cells, children: [] }, ...flat(r.children)]);
    await p.out.write(renderJson(cols, o.list ? flat(rows) : rows));
    return 0;
  }
  const columns: Column[] = cols.map((c) => ({ name: c, right: RIGHT.has(c), whint: WHINT[c], tree: c === "TARGET" }));
  await p.out.write(renderTable(columns, rows, { tree, raw: o.raw, noHeadings: o.noHeadings, utf8: utf8Locale(p.getenv) }));
  return 0;
});

/** libmount's mnt_fstype_is_pseudofs() list (the kinds this machine can mount and more). */
const PSEUDO_FS = new Set([
  "anon_inodefs", "apparmorfs", "autofs", "bdev", "binder", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs",
  "cpuset", "debugfs", "devfs", "devpts", "devtmpfs", "dlmfs", "efivarfs", "fuse.gvfs-fuse-daemon", "fusectl",
  "hugetlbfs", "mqueue", "nfsd", "none", "nsfs", "overlay", "pipefs", "proc", "pstore", "ramfs", "rootfs",
  "rpc_pipefs", "securityfs", "selinuxfs", "smackfs", "sockfs", "spufs", "sysfs", "tmpfs", "tracefs",
]);

/** -s: /etc/fstab's entries, as rows of the same shape (no ids, so no tree). */
async function readFstab(p: Proc): Promise<MountEntry[]> {
  let text = "";
  try {
    text = await readFileText(p.sys, "/etc/fstab");
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
  }
  const out: MountEntry[] = [];
  for (const line of text.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length < 2 || f[0]!.startsWith("#")) continue;
    const [source, target, fstype = "auto", opts = "defaults"] = f;
    out.push({ id: 0, parent: 0, majmin: "", root: "", target: target!, vfsOptions: opts, optFields: "", fstype, source: source!, fsOptions: "" });
  }
  return out;
}

function pathExists(sys: Sys, path: string): boolean {
  try {
    sys.stat(path);
    return true;
  } catch (e) {
    if (e instanceof Errno) return false;
    throw e;
  }
}

/** -T: the mountpoint of the filesystem holding path (the longest target prefix). */
function mountpointContaining(all: MountEntry[], path: string): string {
  let best = "/";
  for (const e of all) {
    const t = e.target;
    if ((path === t || path.startsWith(t === "/" ? "/" : t + "/")) && t.length >= best.length) best = t;
  }
  return best;
}

/** -J, as libsmartcols prints it (3-space indents, "},{" between siblings). */
function renderJson(cols: string[], rows: Row[]): string {
  const esc = (s: string): string => JSON.stringify(s);
  const obj = (r: Row, ind: string): string => {
    const fields = cols.map((c, i) => `${ind}   ${esc(c.toLowerCase())}: ${esc(r.cells[i]!)}`);
    if (r.children.length) fields.push(`${ind}   "children": [\n${list(r.children, ind + "      ")}\n${ind}   ]`);
    return `${ind}{\n${fields.join(",\n")}\n${ind}}`;
  };
  const list = (rs: Row[], ind: string): string => rs.map((r, i) => (i === 0 ? obj(r, ind) : obj(r, ind).trimStart())).join(",");
  return `{\n   "filesystems": [\n${list(rows, "      ")}\n   ]\n}\n`;
}

/** util-linux's size_to_human_string(SIZE_SUFFIX_1LETTER): "11.8G", "512M", "0". */
export function sizeToHuman(bytes: number): string {
  let exp = 0;
  while (exp < 60 && bytes >= 2 ** (exp + 10)) exp += 10;
  if (exp === 0) return String(bytes);
  let dec = Math.floor(bytes / 2 ** exp);
  let frac = bytes % 2 ** exp;
  if (frac) {
    frac = Math.floor((Math.floor(frac / 2 ** (exp - 10)) + 50) / 100);
    if (frac === 10) (dec++, (frac = 0));
  }
  return (frac ? `${dec}.${frac}` : String(dec)) + "BKMGTPE"[exp / 10];
}
