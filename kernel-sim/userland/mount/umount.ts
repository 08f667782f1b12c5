// umount(8) from util-linux 2.38: find the operand in /proc/self/mountinfo (as a mount point,
// else as a source), then umount2(2); -l lazy (MNT_DETACH), -f force, -R the whole subtree
// deepest first, -v says so. Messages as libmount's mnt_context_get_umount_excode().

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno, strerror, EBUSY, EINVAL, EPERM } from "../../uapi/errno.ts";
import { MNT_DETACH, MNT_FORCE } from "../../uapi/mount.ts";
import { canonicalPath, readMountinfo, type MountEntry } from "./mountinfo.ts";

const MNT_EX_USAGE = 1;
const MNT_EX_FAIL = 32;

const HELP = `
Usage:
 umount [-hV]
 umount -a [options]
 umount [options] <source> | <directory>

Unmount filesystems.
`;

function exists(p: Proc, path: string): boolean {
  try {
    p.sys.lstat(path);
    return true;
  } catch (e) {
    if (e instanceof Errno) return false;
    throw e;
  }
}

/** The mounts below e (not e itself), deepest and latest first: the order -R takes them down. */
function submounts(all: MountEntry[], e: MountEntry): MountEntry[] {
  const out: MountEntry[] = [];
  const walk = (m: MountEntry): void => {
    const kids = all.filter((c) => c.parent === m.id && c.id !== m.id);
    for (let i = kids.length - 1; i >= 0; i--) {
      walk(kids[i]!);
      out.push(kids[i]!);
    }
  };
  walk(e);
  return out;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "aAcdfhilnO:Rrqt:vVN:", [
      { name: "all", has: 0, key: "a" },
      { name: "all-targets", has: 0, key: "A" },
      { name: "no-canonicalize", has: 0, key: "c" },
      { name: "detach-loop", has: 0, key: "d" },
      { name: "fake", has: 0, key: "fake" },
      { name: "force", has: 0, key: "f" },
      { name: "internal-only", has: 0, key: "i" },
      { name: "no-mtab", has: 0, key: "n" },
      { name: "lazy", has: 0, key: "l" },
      { name: "test-opts", has: 1, key: "O" },
      { name: "recursive", has: 0, key: "R" },
      { name: "read-only", has: 0, key: "r" },
      { name: "types", has: 1, key: "t" },
      { name: "verbose", has: 0, key: "v" },
      { name: "quiet", has: 0, key: "q" },
      { name: "namespace", has: 1, key: "N" },
      { name: "help", has: 0, key: "h" },
      { name: "version", has: 0, key: "V" },
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`${p.name}: ${e.message}\nTry '${p.name} --help' for more information.\n`);
    return MNT_EX_USAGE;
  }
  let flags = 0;
  let recursive = false;
  let verbose = false;
  let quiet = false;
  let fake = false;
  let all = false;
  for (const o of parsed.opts) {
    if (o.key === "h") { await p.out.write(HELP); return 0; }
    if (o.key === "V") { await p.out.write("umount from util-linux 2.38.1 (libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug)\n"); return 0; }
    if (o.key === "l") flags |= MNT_DETACH;
    else if (o.key === "f") flags |= MNT_FORCE;
    else if (o.key === "R") recursive = true;
    else if (o.key === "v") verbose = true;
    else if (o.key === "q") quiet = true;
    else if (o.key === "fake") fake = true;
    else if (o.key === "a") all = true;
  }
  if (all) return 0; // nothing in /etc/fstab the host mounted
  if (parsed.operands.length === 0) {
    await p.err.write(`${p.name}: bad usage\nTry '${p.name} --help' for more information.\n`);
    return MNT_EX_USAGE;
  }
  // umount(8) adds up the operands' exit codes (32 each failure), capped at 255.
  let status = 0;
  for (const arg of parsed.operands) {
    let all: MountEntry[];
    try {
      all = await readMountinfo(p.sys);
    } catch (e) {
      // No /proc (after pivot_root): libmount cannot look anything up.
      if (!(e instanceof Errno)) throw e;
      await p.err.write(`${p.name}: ${arg}: umount failed: ${strerror(e.errno)}.\n`);
      status += MNT_EX_FAIL;
      continue;
    }
    const path = canonicalPath(p.sys, arg);
    let e: MountEntry | undefined;
    for (let i = all.length - 1; i >= 0 && !e; i--) if (all[i]!.target === path) e = all[i];
    for (let i = all.length - 1; i >= 0 && !e; i--) if (all[i]!.source === arg) e = all[i];
    if (!e) {
      if (!quiet) await p.err.write(`${p.name}: ${arg}: ${exists(p, path) ? "not mounted" : "no mount point specified"}.\n`);
      status += MNT_EX_FAIL;
      continue;
    }
    const victims = recursive ? [...submounts(all, e), e] : [e];
    for (const v of victims) {
      const name = v.target;
      // umount_one_if_mounted(): a submount may have gone already, with a peer's umount.
      if (recursive && v !== e && !(await readMountinfo(p.sys)).some((x) => x.id === v.id)) continue;
      try {
        if (!fake) p.sys.umount2(v.target, flags);
        if (verbose) await p.out.write(`${p.name}: ${name} unmounted\n`);
      } catch (err) {
        if (!(err instanceof Errno)) throw err;
        const msg =
          err.errno === EBUSY ? "target is busy"
          : err.errno === EINVAL ? "not mounted"
          : err.errno === EPERM ? "must be superuser to unmount"
          : `umount(2) system call failed: ${strerror(err.errno)}`;
        await p.err.write(`${p.name}: ${name}: ${msg}.\n`);
        status += MNT_EX_FAIL;
        break;
      }
    }
  }
  return Math.min(status, 255);
});
