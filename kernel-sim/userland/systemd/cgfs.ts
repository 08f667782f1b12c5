// Reading and writing the cgroup2 filesystem the way systemd's tools do (src/basic/cgroup-util.c):
// the mount point from /proc/self/mounts, groups as directories listed in readdir order,
// control files as text.

import type { Sys } from "../lib/sys.ts";
import { readAll, writeAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";
import { O_DIRECTORY, O_RDONLY, O_WRONLY } from "../../uapi/fcntl.ts";
import { DT_DIR } from "../../uapi/stat.ts";
import { Errno } from "../../uapi/errno.ts";

/** Where cgroup2 is mounted (/sys/fs/cgroup on a unified host). */
export async function cgroupRoot(sys: Sys): Promise<string> {
  const mounts = await readText(sys, "/proc/self/mounts");
  for (const line of (mounts ?? "").split("\n")) {
    const f = line.split(" ");
    if (f[2] === "cgroup2") return f[1]!;
  }
  return "/sys/fs/cgroup";
}

/** A file's text, or null when it cannot be read. */
export async function readText(sys: Sys, path: string): Promise<string | null> {
  let fd: number;
  try {
    fd = await sys.open(path, O_RDONLY);
  } catch (e) {
    if (e instanceof Errno) return null;
    throw e;
  }
  try {
    return decode(await readAll(sys, fd));
  } catch (e) {
    if (e instanceof Errno) return null;
    throw e;
  } finally {
    sys.close(fd);
  }
}

/** Write text to a control file (one write, as echo does); throws the Errno. */
export async function writeText(sys: Sys, path: string, text: string): Promise<void> {
  const fd = await sys.open(path, O_WRONLY);
  try {
    await writeAll(sys, fd, text);
  } finally {
    sys.close(fd);
  }
}

/** The child groups of a directory, in readdir order (cg_enumerate_subgroups). */
export async function subgroups(sys: Sys, dir: string): Promise<string[]> {
  let fd: number;
  try {
    fd = await sys.open(dir, O_RDONLY | O_DIRECTORY);
  } catch (e) {
    if (e instanceof Errno) return [];
    throw e;
  }
  const out: string[] = [];
  try {
    for (;;) {
      const batch = sys.getdents64(fd);
      if (batch.length === 0) break;
      for (const d of batch) if (d.type === DT_DIR && d.name !== "." && d.name !== "..") out.push(d.name);
    }
  } finally {
    sys.close(fd);
  }
  return out;
}

/** The pids in a group's cgroup.procs. */
export async function groupPids(sys: Sys, dir: string): Promise<number[]> {
  const t = await readText(sys, `${dir}/cgroup.procs`);
  if (!t) return [];
  return t.split("\n").filter((l) => l !== "").map(Number);
}

/** A process's command line as ps -o args shows it ([comm] when it has none). */
export async function cmdlineOf(sys: Sys, pid: number): Promise<string> {
  const c = await readText(sys, `/proc/${pid}/cmdline`);
  if (c) return c.replace(/\0$/, "").split("\0").join(" ");
  const comm = await readText(sys, `/proc/${pid}/comm`);
  return `[${(comm ?? "").trim()}]`;
}
