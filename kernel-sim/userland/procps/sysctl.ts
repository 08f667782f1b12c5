// sysctl(8) from procps-ng 4.0: read and write kernel parameters under /proc/sys. A name is
// the path below /proc/sys with '.' for '/' (net.ipv4.ip_forward); "name=value" writes (with or
// without -w) and echoes "name = value" unless -q. -n prints values only, -N names only, -e
// ignores unknown keys, -a lists every readable parameter, -p [FILE...] (--load) applies
// "key = value" lines from files (default /etc/sysctl.conf).

import { program, errmsg, type Proc } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";
import { O_DIRECTORY, O_RDONLY, O_WRONLY } from "../../uapi/fcntl.ts";
import { S_IFDIR, S_IFMT } from "../../uapi/stat.ts";
import type { Sys } from "../lib/sys.ts";

const PROC_SYS = "/proc/sys/";

interface Opts {
  values: boolean;
  names: boolean;
  quiet: boolean;
  ignore: boolean;
}

/** An error line, after what stdout holds so far (procps flushes between the two streams). */
async function warn(p: Proc, line: string): Promise<void> {
  await p.out.flush();
  await p.err.write(line);
}

/** "net/ipv4/ip_forward" or "net.ipv4.ip_forward" -> both forms. */
function keyPaths(arg: string): { name: string; path: string } {
  const rel = arg.includes("/") ? arg.replace(/^\/+/, "") : arg.replace(/\./g, "/");
  return { name: rel.replace(/\//g, "."), path: PROC_SYS + rel };
}

function show(o: Opts, name: string, value: string): string {
  if (o.names) return `${name}\n`;
  if (o.values) return `${value}\n`;
  return `${name} = ${value}\n`;
}

export default program(async (p) => {
  const sys = p.sys;
  const o: Opts = { values: false, names: false, quiet: false, ignore: false };
  let write = false;
  let all = false;
  let load = false;
  const keys: string[] = [];
  for (const a of p.argv.slice(1)) {
    if (a.startsWith("-") && a.length > 1 && !a.startsWith("--")) {
      for (const c of a.slice(1)) {
        if (c === "n") o.values = true;
        else if (c === "N") o.names = true;
        else if (c === "q") o.quiet = true;
        else if (c === "e") o.ignore = true;
        else if (c === "w") write = true;
        else if (c === "a" || c === "A" || c === "X") all = true;
        else if (c === "p") load = true;
        else if (c === "o" || c === "x") continue;
        else {
          await warn(p, `sysctl: invalid option -- '${c}'\n`);
          return 1;
        }
      }
    } else if (a === "--values") o.values = true;
    else if (a === "--names") o.names = true;
    else if (a === "--quiet") o.quiet = true;
    else if (a === "--ignore") o.ignore = true;
    else if (a === "--write") write = true;
    else if (a === "--all") all = true;
    else if (a === "--load") load = true;
    else if (a.startsWith("--load=")) {
      load = true;
      keys.push(a.slice(7));
    } else keys.push(a);
  }
  if (load) return loadFiles(p, o, keys.length ? keys : ["/etc/sysctl.conf"]);
  if (all) return listAll(p.sys, o, async (s) => void (await p.out.write(s)));
  if (keys.length === 0) {
    await p.out.write("\nUsage:\n sysctl [options] [variable[=value] ...]\n\nFor more details see sysctl(8).\n");
    return 1;
  }
  let status = 0;
  for (const k of keys) {
    const eq = k.indexOf("=");
    if (eq < 0 && write) {
      await warn(p, "sysctl: command line(0): invalid syntax, continuing...\n");
      status = 1;
      continue;
    }
    const { name, path } = keyPaths(eq < 0 ? k : k.slice(0, eq));
    let mode: number;
    try {
      mode = sys.stat(path).mode;
    } catch (e) {
      if (!o.ignore) await warn(p, `sysctl: cannot stat ${path}: ${errmsg(e)}\n`);
      status = o.ignore ? status : 1;
      continue;
    }
    if (eq < 0) {
      if ((mode & S_IFMT) === S_IFDIR) {
        status = (await listAll(sys, o, async (s) => void (await p.out.write(s)), path + "/")) || status;
        continue;
      }
      try {
        await p.out.write(show(o, name, (await readFileText(sys, path)).replace(/\n$/, "")));
      } catch (e) {
        await warn(p, `sysctl: reading key "${name}": ${errmsg(e)}\n`);
        status = 1;
      }
      continue;
    }
    const value = k.slice(eq + 1);
    status = (await setKey(p, o, name, path, mode, value)) || status;
  }
  return status;
});

/** WriteSetting(): write value to the parameter at path; 1 on failure. */
async function setKey(p: Proc, o: Opts, name: string, path: string, mode: number, value: string): Promise<number> {
  const sys = p.sys;
  // A parameter without an owner write bit is refused before any open (and procps does not
  // count it as a failure).
  if ((mode & 0o200) === 0) {
    await warn(p, `sysctl: setting key "${name}": Invalid argument\n`);
    return 0;
  }
  try {
    const fd = await sys.open(path, O_WRONLY);
    try {
      await sys.write(fd, value);
    } finally {
      sys.close(fd);
    }
  } catch (e) {
    await warn(p, `sysctl: setting key "${name}": ${errmsg(e)}\n`);
    return 1;
  }
  if (!o.quiet) await p.out.write(show(o, name, value));
  return 0;
}

/**
 * Preload(): each file's lines are parsed first ("#" and ";" start comments, a line without
 * "=" is reported and skipped), then applied in order. A key with a leading "-" may fail quietly.
 */
async function loadFiles(p: Proc, o: Opts, files: string[]): Promise<number> {
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFileText(p.sys, file === "-" ? "/dev/stdin" : file);
    } catch (e) {
      await warn(p, `sysctl: cannot open "${file}": ${errmsg(e)}\n`);
      status = 1;
      continue;
    }
    const settings: { key: string; value: string; optional: boolean }[] = [];
    const pending: string[] = []; // syntax errors, reported once the whole file is parsed
    text.split("\n").forEach((raw, i) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
      const eq = line.indexOf("=");
      if (eq < 0) {
        pending.push(`sysctl: ${file}(${i + 1}): invalid syntax, continuing...\n`);
        return;
      }
      let key = line.slice(0, eq).trim();
      const optional = key.startsWith("-");
      if (optional) key = key.slice(1);
      settings.push({ key, value: line.slice(eq + 1).trim(), optional });
    });
    for (const m of pending) await warn(p, m);
    for (const st of settings) {
      const { name, path } = keyPaths(st.key);
      let mode: number;
      try {
        mode = p.sys.stat(path).mode;
      } catch (e) {
        if (!o.ignore) await warn(p, `sysctl: cannot stat ${path}: ${errmsg(e)}\n`);
        if (!o.ignore && !st.optional) status = 1;
        continue;
      }
      const r = await setKey(p, o, name, path, mode, st.value);
      if (!st.optional) status = r || status;
    }
  }
  return status;
}

/** -a: every readable parameter below dir, as "name = value", in sorted order. */
async function listAll(sys: Sys, o: Opts, out: (s: string) => Promise<void>, dir = PROC_SYS): Promise<number> {
  const files: string[] = [];
  const visit = async (d: string): Promise<void> => {
    let fd: number;
    try {
      fd = await sys.open(d, O_RDONLY | O_DIRECTORY);
    } catch {
      return;
    }
    const names: string[] = [];
    try {
      for (;;) {
        const ents = sys.getdents64(fd);
        if (ents.length === 0) break;
        for (const e of ents) if (e.name !== "." && e.name !== "..") names.push(e.name);
      }
    } finally {
      sys.close(fd);
    }
    for (const n of names.sort()) {
      const path = d + n;
      let st;
      try {
        st = sys.stat(path);
      } catch {
        continue;
      }
      if ((st.mode & S_IFMT) === S_IFDIR) await visit(path + "/");
      else files.push(path);
    }
  };
  await visit(dir);
  for (const f of files) {
    const name = f.slice(PROC_SYS.length).replace(/\//g, ".");
    try {
      await out(show(o, name, (await readFileText(sys, f)).replace(/\n$/, "")));
    } catch {
      // Unreadable parameters (write-only, or refused) are skipped, as sysctl -a does quietly.
    }
  }
  return 0;
}
