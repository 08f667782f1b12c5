// df(1): one line per mounted file system (from /proc/self/mounts, statfs(2) each), or for
// the file systems holding the FILE operands; -h -H -k -m, -T type, -i inodes, -a all,
// -t/-x TYPE, --output=FIELDS, --total. Columns sized to their widest cell, as GNU does.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { readFileText } from "../lib/input.ts";
import { humanSize } from "../lib/human.ts";
import { canonicalize } from "../lib/canon.ts";
import type { Statfs } from "../../uapi/stat.ts";

interface Mnt {
  source: string;
  target: string;
  fstype: string;
}

const PSEUDO = new Set(["proc", "sysfs", "cgroup", "cgroup2", "devpts", "mqueue", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "configfs", "fusectl", "hugetlbfs", "nsfs", "autofs", "binfmt_misc", "rpc_pipefs"]);

const FIELDS: Record<string, [string, boolean]> = {
  source: ["Filesystem", false],
  fstype: ["Type", false],
  itotal: ["Inodes", true],
  iused: ["IUsed", true],
  iavail: ["IFree", true],
  ipcent: ["IUse%", true],
  size: ["1K-blocks", true],
  used: ["Used", true],
  avail: ["Available", true],
  pcent: ["Use%", true],
  file: ["File", false],
  target: ["Mounted on", false],
};

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "aB:hHiklmPTt:vx:", [
    { name: "all", has: 0, key: "a" },
    { name: "block-size", has: 1, key: "B" },
    { name: "human-readable", has: 0, key: "h" },
    { name: "si", has: 0, key: "H" },
    { name: "inodes", has: 0, key: "i" },
    { name: "local", has: 0, key: "l" },
    { name: "portability", has: 0, key: "P" },
    { name: "print-type", has: 0, key: "T" },
    { name: "type", has: 1, key: "t" },
    { name: "exclude-type", has: 1, key: "x" },
    { name: "output", has: 2, key: "output" },
    { name: "total", has: 0, key: "total" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: df [OPTION]... [FILE]...\nShow information about the file system on which each FILE resides,\nor all file systems by default.\n", "Torbjorn Granlund, David MacKenzie, and Paul Eggert");
  if (hv !== null) return hv;
  let all = false, human = false, si = false, inodes = false, showType = false;
  let unit = 1024;
  const only: string[] = [];
  const exclude: string[] = [];
  let output: string[] | null = null;
  let total = false;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "a": all = true; break;
      case "h": human = true; break;
      case "H": human = si = true; break;
      case "i": inodes = true; break;
      case "k": unit = 1024; break;
      case "m": unit = 1048576; break;
      case "B": unit = Number(o.arg!.replace(/[KMG]$/, "")) * ({ K: 1024, M: 1048576, G: 1073741824 }[o.arg!.slice(-1)] ?? 1) || 1024; break;
      case "T": showType = true; break;
      case "t": only.push(o.arg!); break;
      case "x": exclude.push(o.arg!); break;
      case "total": total = true; break;
      case "output": {
        output = (o.arg ?? "source,fstype,itotal,iused,iavail,ipcent,size,used,avail,pcent,file,target").split(",");
        for (const f of output) if (!(f in FIELDS)) return usageError(p, `option --output: field ${quote(f)} unknown`);
        break;
      }
    }
  }
  const sys = p.sys;
  const text = await readFileText(sys, "/proc/self/mounts").catch(() => readFileText(sys, "/proc/mounts").catch(() => ""));
  const unescape = (s: string): string => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  const mounts: Mnt[] = text
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const f = l.split(" ");
      return { source: unescape(f[0]!), target: unescape(f[1]!), fstype: f[2]! };
    });
  let rows: { m: Mnt; st: Statfs; file: string }[] = [];
  let status = 0;
  if (parsed.operands.length) {
    for (const f of parsed.operands) {
      let path: string;
      try {
        sys.stat(f);
        path = canonicalize(sys, f, "existing");
      } catch (e) {
        await p.warn(`${f}: ${errmsg(e)}`);
        status = 1;
        continue;
      }
      let best: Mnt | null = null;
      for (const m of mounts) if ((path === m.target || path.startsWith(m.target === "/" ? "/" : m.target + "/")) && (!best || m.target.length >= best.target.length)) best = m;
      if (!best) continue;
      // -t / -x also choose among the operands' file systems.
      if ((only.length && !only.includes(best.fstype)) || exclude.includes(best.fstype)) continue;
      rows.push({ m: best, st: sys.statfs(best.target), file: f });
    }
  } else {
    const seen = new Set<string>();
    for (const m of [...mounts].reverse()) {
      if (seen.has(m.target)) continue;
      seen.add(m.target);
      if (!all && PSEUDO.has(m.fstype)) continue;
      if (only.length && !only.includes(m.fstype)) continue;
      if (exclude.includes(m.fstype)) continue;
      try {
        rows.unshift({ m, st: sys.statfs(m.target), file: "-" });
      } catch {
        // vanished or not permitted: skipped, as GNU does for the listing
      }
    }
    if (!all) rows = rows.filter((r) => r.st.blocks > 0 || only.length > 0);
  }
  // Every operand failed: GNU prints only the errors, no header.
  if (parsed.operands.length && rows.length === 0 && status !== 0) return status;
  if (rows.length === 0) {
    await p.warn("no file systems processed");
    return 1;
  }
  const fields = output ?? ["source", ...(showType ? ["fstype"] : []), ...(inodes ? ["itotal", "iused", "iavail", "ipcent"] : ["size", "used", "avail", "pcent"]), "target"];
  const num = (n: number): string => (human ? (n === 0 ? "0" : humanSize(n, si)) : String(Math.ceil(n / unit)));
  const pct = (used: number, avail: number): string => (used + avail === 0 ? "-" : `${Math.ceil((used * 100) / (used + avail))}%`);
  const header = (f: string): string => {
    if (f === "size") return human ? "Size" : unit === 1024 ? "1K-blocks" : unit === 1048576 ? "1M-blocks" : `${unit}B-blocks`;
    if (f === "avail" && human) return "Avail";
    return FIELDS[f]![0];
  };
  const cell = (r: { m: Mnt; st: Statfs; file: string }, f: string): string => {
    const bs = r.st.frsize || r.st.bsize;
    const used = (r.st.blocks - r.st.bfree) * bs;
    switch (f) {
      case "source": return r.m.source;
      case "fstype": return r.m.fstype;
      case "itotal": return String(r.st.files);
      case "iused": return String(r.st.files - r.st.ffree);
      case "iavail": return String(r.st.ffree);
      case "ipcent": return pct(r.st.files - r.st.ffree, r.st.ffree);
      case "size": return num(r.st.blocks * bs);
      case "used": return num(used);
      case "avail": return num(r.st.bavail * bs);
      case "pcent": return pct(used, r.st.bavail * bs);
      case "file": return r.file;
      default: return r.m.target;
    }
  };
  const table = [fields.map(header), ...rows.map((r) => fields.map((f) => cell(r, f)))];
  if (total && rows.length) {
    const sum = (g: (s: Statfs) => number): number => rows.reduce((n, r) => n + g(r.st) * (r.st.frsize || r.st.bsize), 0);
    const used = sum((s) => s.blocks - s.bfree);
    table.push(fields.map((f) => (f === "source" ? "total" : f === "size" ? num(sum((s) => s.blocks)) : f === "used" ? num(used) : f === "avail" ? num(sum((s) => s.bavail)) : f === "pcent" ? pct(used, sum((s) => s.bavail)) : f === "target" ? "-" : "-")));
  }
  // GNU df's minimum column widths (df.c field_data).
  const MIN: Record<string, number> = { source: 14, fstype: 4, file: 4, itotal: 5, iused: 5, iavail: 5, ipcent: 4, size: 5, used: 5, avail: 5, pcent: 4, target: 0 };
  const widths = fields.map((f, k) => Math.max(MIN[f] ?? 0, ...table.map((row) => row[k]!.length)));
  let out = "";
  for (const row of table) {
    out += row
      .map((c, k) => {
        const f = fields[k]!;
        const last = k === fields.length - 1;
        const right = FIELDS[f]![1];
        return right ? c.padStart(widths[k]!) : last ? c : c.padEnd(widths[k]!);
      })
      .join(" ") + "\n";
  }
  await p.out.write(out);
  return status;
});
