// lsns(8) from util-linux 2.38.1: list namespaces from what /proc/PID/ns/* links say. Each
// namespace is shown with its lowest pid as its representative; the default output is a tree
// where a namespace whose representative's parent represents another namespace of the list
// hangs under it (--tree=process).

import { program } from "../lib/main.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { UserDb } from "../lib/pwd.ts";
import { readAllProcs, type ProcInfo } from "../procps/proc.ts";
import { errx, parseArgs, runTool, versionText } from "./common.ts";
import { formatTable, type Column, type Row } from "./table.ts";

const HELP = `
Usage:
 lsns [options] [<namespace>]

List system namespaces.

Options:
 -J, --json             use JSON output format
 -l, --list             use list format output
 -n, --noheadings       don't print headings
 -o, --output <list>    define which output columns to use
     --output-all       output all columns
 -p, --task <pid>       print process namespaces
 -r, --raw              use the raw output format
 -u, --notruncate       don't truncate text in columns
 -W, --nowrap           don't use multi-line representation
 -t, --type <name>      namespace type (mnt, net, ipc, user, pid, uts, cgroup, time)
 -T, --tree <rel>       use tree format (parent, owner, or process)

 -h, --help             display this help
 -V, --version          display version

Available output columns:
          NS  namespace identifier (inode number)
        TYPE  kind of namespace
        PATH  path to the namespace
      NPROCS  number of processes in the namespace
         PID  lowest PID in the namespace
        PPID  PPID of the PID
     COMMAND  command line of the PID
         UID  UID of the PID
        USER  username of the PID
     NETNSID  namespace ID as used by network subsystem
        NSFS  nsfs mountpoint (usually used network subsystem)
         PNS  parent namespace identifier (inode number)
         ONS  owner namespace identifier (inode number)

For more details see lsns(8).
`;

const LONGOPTS: LongOpt[] = [
  { name: "json", has: 0, key: "J" },
  { name: "help", has: 0, key: "h" },
  { name: "output", has: 1, key: "o" },
  { name: "output-all", has: 0 },
  { name: "notruncate", has: 0, key: "u" },
  { name: "version", has: 0, key: "V" },
  { name: "noheadings", has: 0, key: "n" },
  { name: "nowrap", has: 0, key: "W" },
  { name: "list", has: 0, key: "l" },
  { name: "raw", has: 0, key: "r" },
  { name: "task", has: 1, key: "p" },
  { name: "type", has: 1, key: "t" },
  { name: "tree", has: 2, key: "T" },
];

/** The order lsns reads /proc/PID/ns/* in (ns_names[] in lsns.c). */
const TYPES = ["mnt", "net", "pid", "user", "uts", "ipc", "cgroup", "time"] as const;
type NsType = (typeof TYPES)[number];

const ALL_COLUMNS = ["NS", "TYPE", "PATH", "NPROCS", "PID", "PPID", "COMMAND", "UID", "USER", "NETNSID", "NSFS", "PNS", "ONS"];
const RIGHT = new Set(["NS", "NPROCS", "PID", "PPID", "UID", "NETNSID", "PNS", "ONS"]);

interface Ns {
  id: number;
  type: NsType;
  procs: ProcInfo[];
}

function command(p: ProcInfo): string {
  return p.cmdline.length > 0 ? p.cmdline.join(" ") : p.comm;
}

export default program((p) =>
  runTool(async () => {
    const sys = p.sys;
    const parsed = await parseArgs(p, "Jlno:p:rt:uhVWT::", LONGOPTS);
    let columns: string[] | null = null;
    let extra: string[] = [];
    let types: Set<NsType> | null = null;
    let task: number | null = null;
    let raw = false;
    let list = false;
    let json = false;
    let noheadings = false;
    for (const o of parsed.opts) {
      switch (o.key) {
        case "h":
          await p.out.write(HELP);
          return 0;
        case "V":
          await p.out.write(versionText("lsns"));
          return 0;
        case "o": {
          const names = o.arg!.startsWith("+") ? o.arg!.slice(1) : o.arg!;
          const list2 = names.split(",").map((s) => s.toUpperCase());
          for (const c of list2) if (!ALL_COLUMNS.includes(c)) return errx(p, 1, `unknown column: ${names.split(",")[list2.indexOf(c)]}`);
          if (o.arg!.startsWith("+")) extra = extra.concat(list2);
          else columns = list2;
          break;
        }
        case "output-all":
          columns = ALL_COLUMNS;
          break;
        case "t": {
          if (!(TYPES as readonly string[]).includes(o.arg!)) return errx(p, 1, `unknown namespace type: ${o.arg}`);
          (types ??= new Set()).add(o.arg as NsType);
          break;
        }
        case "p":
          if (!/^\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse pid: '${o.arg}'`);
          task = Number(o.arg);
          break;
        case "r":
          raw = true;
          break;
        case "l":
          list = true;
          break;
        case "J":
          json = true;
          break;
        case "n":
          noheadings = true;
          break;
      }
    }
    const procs = await readAllProcs(sys, true);
    const byType = new Map<string, Ns>();
    const procNs = new Map<number, Map<NsType, number>>();
    for (const pr of procs) {
      const m = new Map<NsType, number>();
      for (const t of TYPES) {
        let text: string;
        try {
          text = sys.readlink(`/proc/${pr.pid}/ns/${t}`);
        } catch {
          continue;
        }
        const id = Number(/\[(\d+)\]/.exec(text)?.[1] ?? NaN);
        if (!Number.isFinite(id)) continue;
        m.set(t, id);
        const key = `${t}:${id}`;
        let ns = byType.get(key);
        if (!ns) byType.set(key, (ns = { id, type: t, procs: [] }));
        ns.procs.push(pr);
      }
      procNs.set(pr.pid, m);
    }
    let namespaces = [...byType.values()].sort((a, b) => a.id - b.id);
    if (types) namespaces = namespaces.filter((n) => types!.has(n.type));
    if (task !== null) {
      const mine = procNs.get(task);
      namespaces = mine ? namespaces.filter((n) => mine.get(n.type) === n.id) : [];
    }
    const db = await new UserDb(sys).load();

    // "lsns NS": the processes of one namespace, as a process tree.
    if (parsed.operands.length > 0) {
      const id = Number(parsed.operands[0]);
      const ns = [...byType.values()].filter((n) => n.id === id);
      if (ns.length === 0) return 1;
      const members = ns[0]!.procs;
      const cols: Column[] = [{ name: "PID", right: true }, { name: "PPID", right: true }, { name: "USER" }, { name: "COMMAND", tree: !raw && !list }];
      const rows: Row[] = members.map((pr) => ({ cells: [String(pr.pid), String(pr.ppid), db.userName(pr.euid), command(pr)], parent: members.findIndex((q) => q.pid === pr.ppid) }));
      await p.out.write(formatTable(cols, rows, { noheadings, raw }));
      return 0;
    }

    let names = columns ?? (types?.has("net") ? ["NS", "TYPE", "NPROCS", "PID", "USER", "NETNSID", "NSFS", "COMMAND"] : ["NS", "TYPE", "NPROCS", "PID", "USER", "COMMAND"]);
    names = names.concat(extra);
    const tree = !raw && !list && !json;
    const cols: Column[] = names.map((n) => ({ name: n, right: RIGHT.has(n), tree: tree && n === "COMMAND" }));
    const rep = (n: Ns): ProcInfo => n.procs.reduce((a, b) => (b.pid < a.pid ? b : a));
    const rows: Row[] = namespaces.map((n) => {
      const pr = rep(n);
      const cell = (c: string): string => {
        switch (c) {
          case "NS":
            return String(n.id);
          case "TYPE":
            return n.type;
          case "PATH":
            return `/proc/${pr.pid}/ns/${n.type}`;
          case "NPROCS":
            return String(n.procs.length);
          case "PID":
            return String(pr.pid);
          case "PPID":
            return String(pr.ppid);
          case "COMMAND":
            return command(pr);
          case "UID":
            return String(pr.euid);
          case "USER":
            return db.userName(pr.euid);
          case "NETNSID":
            return n.type === "net" ? "unassigned" : "";
          default:
            return "";
        }
      };
      return { cells: names.map(cell), parent: -1 };
    });
    if (tree) {
      // --tree=process: under the namespace (of the same type) whose representative is the parent process.
      namespaces.forEach((n, i) => {
        const pr = rep(n);
        rows[i]!.parent = namespaces.findIndex((m) => m.type === n.type && rep(m).pid === pr.ppid);
      });
    }
    if (json) {
      const body = rows
        .map((r, i) => (i === 0 ? "      {\n" : "{\n") + names.map((c, j) => `         "${c.toLowerCase()}": ${RIGHT.has(c) && r.cells[j] !== "" && /^\d+$/.test(r.cells[j]!) ? r.cells[j] : JSON.stringify(r.cells[j])}`).join(",\n") + "\n      }")
        .join(",");
      await p.out.write(`{\n   "namespaces": [\n${body}\n   ]\n}\n`);
      return 0;
    }
    if (rows.length > 0) await p.out.write(formatTable(cols, rows, { noheadings, raw }));
    return 0;
  }),
);
