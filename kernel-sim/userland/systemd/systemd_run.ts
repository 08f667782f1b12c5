// systemd-run(1) (systemd 252), the cgroup part: --scope runs the command in a new transient
// scope (/system.slice/run-rID.scope, or --slice/--unit) with resource properties written to
// its control files (-p MemoryMax=64M -> memory.max, CPUQuota=50% -> cpu.max, TasksMax ->
// pids.max, ... as systemd's cgroup_context_apply does); without --scope the command runs
// detached as a transient service (run-rID.service). There is no service manager: the tool
// does what PID 1 would, through the same files.

import type { Sys } from "../lib/sys.ts";
import { program } from "../lib/main.ts";
import { execvp, pathOf } from "../lib/exec.ts";
import { cgroupRoot, readText, writeText } from "./cgfs.ts";
import { Errno, strerror, ENOENT } from "../../uapi/errno.ts";
import { O_RDWR } from "../../uapi/fcntl.ts";

/** Property -> (control file, value): what systemd writes for it. null: not a valid value. */
function propertyFile(key: string, value: string): { ctl: string; file: string; text: string } | null | undefined {
  const size = (v: string): string | null => {
    if (v === "infinity") return "max";
    const m = /^(\d+(?:\.\d+)?)([KMGTPE]?)$/.exec(v);
    if (!m) return null;
    const shift = { "": 0, K: 10, M: 20, G: 30, T: 40, P: 50, E: 60 }[m[2]!]!;
    return String(Math.floor(Number(m[1]) * 2 ** shift));
  };
  switch (key) {
    case "MemoryMax": case "MemoryHigh": case "MemoryLow": case "MemoryMin": case "MemorySwapMax": {
      const v = size(value);
      const file = { MemoryMax: "memory.max", MemoryHigh: "memory.high", MemoryLow: "memory.low", MemoryMin: "memory.min", MemorySwapMax: "memory.swap.max" }[key];
      return v === null ? null : { ctl: "memory", file, text: v };
    }
    case "TasksMax":
      return value === "infinity" || /^\d+$/.test(value) ? { ctl: "pids", file: "pids.max", text: value === "infinity" ? "max" : value } : null;
    case "CPUWeight":
    case "StartupCPUWeight":
      return /^\d+$/.test(value) ? { ctl: "cpu", file: "cpu.weight", text: value } : null;
    case "CPUQuota": {
      const m = /^(\d+(?:\.\d+)?)%$/.exec(value);
      return m ? { ctl: "cpu", file: "cpu.max", text: `${Math.round(Number(m[1]) * 1000)} 100000` } : null;
    }
    case "AllowedCPUs":
      return { ctl: "cpuset", file: "cpuset.cpus", text: value };
    case "AllowedMemoryNodes":
      return { ctl: "cpuset", file: "cpuset.mems", text: value };
    case "IOWeight":
      return /^\d+$/.test(value) ? { ctl: "io", file: "io.weight", text: `default ${value}` } : null;
    default:
      return undefined;
  }
}

function randomId(sys: Sys): string {
  return [...sys.getrandom(16)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** "a-b.slice" lives in /a.slice/a-b.slice (systemd's slice naming). */
function slicePath(slice: string): string {
  if (slice === "-.slice") return "";
  const parts = slice.replace(/\.slice$/, "").split("-");
  let path = "";
  for (let i = 1; i <= parts.length; i++) path += `/${parts.slice(0, i).join("-")}.slice`;
  return path;
}

/** 15% of the system's task limit: the lesser of threads-max and pid_max - 1, as systemd reads them. */
async function defaultTasksMax(sys: Sys): Promise<number> {
  const num = async (f: string): Promise<number> => Number((await readText(sys, f))?.trim()) || Infinity;
  const limit = Math.min(await num("/proc/sys/kernel/threads-max"), (await num("/proc/sys/kernel/pid_max")) - 1);
  return Math.floor((limit * 15) / 100);
}

async function ensureDir(sys: Sys, path: string): Promise<void> {
  try {
    sys.mkdir(path, 0o755);
  } catch (e) {
    if (!(e instanceof Errno) || e.code !== "EEXIST") throw e;
  }
}

/** Enable ctl in every group's subtree_control from the root down to the unit's parent. */
async function enableUpTo(sys: Sys, root: string, rel: string, ctl: string): Promise<void> {
  const parts = rel.split("/").filter(Boolean);
  let dir = root;
  for (let i = 0; i < parts.length; i++) {
    const have = (await readText(sys, `${dir}/cgroup.subtree_control`)) ?? "";
    if (!have.split(/\s+/).includes(ctl)) await writeText(sys, `${dir}/cgroup.subtree_control`, `+${ctl}`);
    dir += `/${parts[i]}`;
  }
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  let scope = false;
  let quiet = false;
  let wait = false;
  let unit: string | null = null;
  let slice = "system.slice";
  const props: [string, string][] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    const val = (): string => (a.includes("=") && a.startsWith("--") ? a.slice(a.indexOf("=") + 1) : (args[++i] ?? ""));
    if (a === "--scope") scope = true;
    else if (a === "-q" || a === "--quiet") quiet = true;
    else if (a === "--wait" || a === "-W") wait = true;
    else if (a === "-u" || a.startsWith("--unit")) unit = val();
    else if (a.startsWith("--slice")) slice = val();
    else if (a === "-p" || a.startsWith("--property")) {
      const kv = val();
      const eq = kv.indexOf("=");
      if (eq < 0) {
        await p.err.write(`Not an assignment: ${kv}\n`);
        return 1;
      }
      props.push([kv.slice(0, eq), kv.slice(eq + 1)]);
    } else if (a.startsWith("-p")) props.push([a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]);
    else if (a === "--") {
      i++;
      break;
    } else if (a.startsWith("-")) {
      await p.err.write(`${p.name}: unrecognized option '${a}'\n`);
      return 1;
    } else break;
  }
  const cmd = args.slice(i);
  if (cmd.length === 0) {
    await p.err.write("Command line to execute required.\n");
    return 1;
  }
  const writes: { ctl: string; file: string; text: string }[] = [];
  for (const [k, v] of props) {
    const w = propertyFile(k, v);
    if (w === undefined) {
      await p.err.write(`Unknown assignment: ${k}=${v}\n`);
      return 1;
    }
    if (w === null) {
      await p.err.write(`Failed to parse ${k}= value: ${v}\n`);
      return 1;
    }
    writes.push(w);
  }
  // DefaultTasksMax=15% (systemd-system.conf(5)): every unit but a slice gets it unless -p TasksMax says otherwise.
  if (!writes.some((w) => w.file === "pids.max")) writes.push({ ctl: "pids", file: "pids.max", text: String(await defaultTasksMax(p.sys)) });
  // find_executable(): the command must exist before a unit is made for it.
  if (!cmd[0]!.includes("/") && !pathOf(p.envp).split(":").some((d) => exists(p.sys, `${d}/${cmd[0]}`))) {
    await p.err.write(`Failed to find executable ${cmd[0]}: ${strerror(ENOENT)}\n`);
    return 1;
  }
  const name = unit ? (unit.includes(".") ? unit : `${unit}.${scope ? "scope" : "service"}`) : `run-r${randomId(p.sys)}.${scope ? "scope" : "service"}`;
  const root = await cgroupRoot(p.sys);
  const rel = `${slicePath(slice)}/${name}`;
  try {
    let dir = root;
    for (const part of slicePath(slice).split("/").filter(Boolean)) await ensureDir(p.sys, (dir += `/${part}`));
    for (const w of writes) await enableUpTo(p.sys, root, rel, w.ctl);
    try {
      p.sys.mkdir(root + rel, 0o755);
    } catch (e) {
      if (e instanceof Errno && e.code === "EEXIST") {
        await p.err.write(`Failed to start transient ${scope ? "scope" : "service"} unit: Unit ${name} was already loaded or has a fragment file.\n`);
        return 1;
      }
      throw e;
    }
    for (const w of writes) await writeText(p.sys, `${root}${rel}/${w.file}`, w.text);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    await p.err.write(`Failed to start transient ${scope ? "scope" : "service"} unit: ${strerror(e.errno)}\n`);
    return 1;
  }
  if (scope) {
    if (!quiet) await p.err.write(`Running scope as unit: ${name}\n`);
    await p.err.flush();
    await writeText(p.sys, `${root}${rel}/cgroup.procs`, "0");
    try {
      await execvp(p.sys, cmd[0]!, cmd, p.envp);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.err.write(`Failed to execute: ${strerror(e.errno)}\n`);
      return 1;
    }
    return 1;
  }
  if (!quiet) await p.err.write(`Running as unit: ${name}\n`);
  await p.err.flush();
  const child = p.sys.fork(async (cs) => {
    await writeText(cs, `${root}${rel}/cgroup.procs`, "0");
    cs.setsid();
    const fd = await cs.open("/dev/null", O_RDWR);
    for (const n of [0, 1, 2]) cs.dup2(fd, n);
    try {
      await execvp(cs, cmd[0]!, cmd, p.envp);
    } catch {
      return 203; // EXIT_EXEC
    }
    return 0;
  });
  if (!wait) return 0;
  const r = await p.sys.wait4(child, 0);
  const code = (r.status >> 8) & 0xff;
  const sig = r.status & 0x7f;
  await p.err.write(`Finished with result: ${sig || code ? (sig ? "signal" : "exit-code") : "success"}\n`);
  await p.err.write(`Main processes terminated with: ${sig ? `code=killed/status=${sig}` : `code=exited/status=${code}`}\n`);
  return sig || code ? 1 : 0;
});

function exists(sys: Sys, path: string): boolean {
  try {
    sys.stat(path);
    return true;
  } catch {
    return false;
  }
}
