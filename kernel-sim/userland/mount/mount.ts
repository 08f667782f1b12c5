// mount(8) from util-linux 2.38: list the mounts (no operands), mount a filesystem, bind or
// rbind, move, remount, and change propagation (--make-*), with libmount's sequence of system
// calls (a bind with flags is a bind and then a bind-remount; propagation changes are separate
// calls after the mount) and its messages. Exit status: 0, 1 usage, 32 mount failure.

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { readFileText } from "../lib/input.ts";
import { Errno, EINVAL } from "../../uapi/errno.ts";
import type { Sys } from "../lib/sys.ts";
import { MS_BIND, MS_MOVE, MS_REC, MS_REMOUNT } from "../../uapi/mount.ts";
import { allOptions, canonicalPath, findByTarget, readMountinfo } from "./mountinfo.ts";
import { parseOptions, PROPAGATION, type ParsedOptions } from "./mount_opts.ts";
import { mountErrorMessage, type MountAttempt } from "./mount_errors.ts";

const MNT_EX_USAGE = 1;
const MNT_EX_FAIL = 32;

const HELP = `
Usage:
 mount [-lhV]
 mount -a [options]
 mount [options] [--source] <source> | [--target] <directory>
 mount [options] <source> <directory>
 mount <operation> <mountpoint> [<target>]

Mount a filesystem.
`;

async function usage(p: Proc, msg: string): Promise<number> {
  await p.err.write(`${p.name}: ${msg}\nTry '${p.name} --help' for more information.\n`);
  return MNT_EX_USAGE;
}

/** "mount [-t type]" alone: every mount as "SRC on TARGET type TYPE (OPTIONS)". */
async function list(p: Proc, type: string | null): Promise<number> {
  for (const e of await readMountinfo(p.sys)) {
    if (type !== null && !type.split(",").includes(e.fstype)) continue;
    await p.out.write(`${e.source} on ${e.target} type ${e.fstype} (${allOptions(e)})\n`);
  }
  return 0;
}

/** /etc/fstab's entries, each as [source, target, type, options] (a missing file is no entries). */
async function fstabEntries(p: Proc): Promise<string[][]> {
  let text = "";
  try {
    text = await readFileText(p.sys, "/etc/fstab");
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
  }
  const out: string[][] = [];
  for (const line of text.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length < 2 || f[0]!.startsWith("#")) continue;
    out.push([f[0]!, f[1]!, f[2] ?? "auto", f[3] ?? "defaults"]);
  }
  return out;
}

/** The fstab entry naming spec as source or target. */
async function fstabLookup(p: Proc, spec: string): Promise<string[] | null> {
  return (await fstabEntries(p)).find((f) => f[0] === spec || f[1] === spec) ?? null;
}

/** A -t list ("tmpfs,proc", "notmpfs") or -O list ("no_netdev") matched against one value set. */
function listMatches(list: string, has: (word: string) => boolean): boolean {
  const words = list.split(",");
  if (words.every((w) => w.startsWith("no"))) return words.every((w) => !has(w.slice(2)));
  return words.some((w) => has(w));
}

/**
 * mount -a: every fstab entry not marked noauto, not swap, not mounted yet, and passing -t and -O,
 * mounted in file order. Exit 0 when all went well, 32 when all failed, 64 for some (MNT_EX_SOMEOK).
 */
async function mountAll(p: Proc, types: string | null, testOpts: string | null, verbose: boolean, fake: boolean): Promise<number> {
  let ok = 0;
  let failed = 0;
  for (const [source, tgt, fstype, optstr] of await fstabEntries(p)) {
    const words = optstr!.split(",");
    if (words.includes("noauto") || fstype === "swap" || tgt === "none") continue;
    if (types !== null && !listMatches(types, (t) => t === fstype)) continue;
    if (testOpts !== null && !listMatches(testOpts, (w) => words.includes(w))) continue;
    const target = canonicalPath(p.sys, tgt!);
    if (findByTarget(await readMountinfo(p.sys), target)) continue;
    if (fake) continue;
    const opts: Options = { ...parseOptions(optstr!, 0), given: optstr!, extra: 0 };
    const rc = await doMount(p, source!, target, fstype === "auto" ? "" : fstype!, opts, [...opts.propagation], verbose);
    if (rc === 0) ok++;
    else failed++;
  }
  return failed === 0 ? 0 : ok === 0 ? MNT_EX_FAIL : 64;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "aBcfFhilL:Mno:O:rRsU:vVwt:N:T:", [
      { name: "all", has: 0, key: "a" },
      { name: "bind", has: 0, key: "B" },
      { name: "rbind", has: 0, key: "R" },
      { name: "move", has: 0, key: "M" },
      { name: "fake", has: 0, key: "f" },
      { name: "no-mtab", has: 0, key: "n" },
      { name: "options", has: 1, key: "o" },
      { name: "read-only", has: 0, key: "r" },
      { name: "rw", has: 0, key: "w" },
      { name: "read-write", has: 0, key: "w" },
      { name: "types", has: 1, key: "t" },
      { name: "verbose", has: 0, key: "v" },
      { name: "help", has: 0, key: "h" },
      { name: "version", has: 0, key: "V" },
      { name: "source", has: 1, key: "source" },
      { name: "target", has: 1, key: "target" },
      ...Object.keys(PROPAGATION).map((w) => ({ name: `make-${w}`, has: 0 as const, key: `make-${w}` })),
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    return usage(p, e.message);
  }
  let type: string | null = null;
  let optstr = "";
  let extraFlags = 0;
  const propagation: number[] = [];
  let verbose = false;
  let fake = false;
  let all = false;
  let testOpts: string | null = null;
  let source: string | null = null;
  let target: string | null = null;
  for (const o of parsed.opts) {
    const a = o.arg ?? "";
    if (o.key === "h") { await p.out.write(HELP); return 0; }
    if (o.key === "V") { await p.out.write("mount from util-linux 2.38.1 (libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug)\n"); return 0; }
    if (o.key === "t") type = a;
    else if (o.key === "o") optstr = optstr ? `${optstr},${a}` : a;
    else if (o.key === "B") extraFlags |= MS_BIND;
    else if (o.key === "R") extraFlags |= MS_BIND | MS_REC;
    else if (o.key === "M") extraFlags |= MS_MOVE;
    else if (o.key === "r") optstr = optstr ? `${optstr},ro` : "ro"; // -r is -o ro, so a remount -r beats the current rw
    else if (o.key === "w") optstr = optstr ? `${optstr},rw` : "rw";
    else if (o.key === "v") verbose = true;
    else if (o.key === "f") fake = true;
    else if (o.key === "a") all = true;
    else if (o.key === "O") testOpts = a;
    else if (o.key === "source") source = a;
    else if (o.key === "target") target = a;
    else if (o.key.startsWith("make-")) propagation.push(PROPAGATION[o.key.slice(5)]!);
  }
  const ops = parsed.operands;
  if (all) return mountAll(p, type, testOpts, verbose, fake);
  if (ops.length === 0 && source === null && target === null) return list(p, type);
  if (ops.length > 2) return usage(p, "bad usage");
  const opts: Options = { ...parseOptions(optstr, extraFlags), given: optstr, extra: extraFlags };
  propagation.unshift(...opts.propagation);
  if (ops.length === 2) [source, target] = [ops[0]!, ops[1]!];
  else if (ops.length === 1) {
    if (source !== null) target = ops[0]!;
    else if (target !== null) source = ops[0]!;
    else if (opts.flags & MS_REMOUNT || (propagation.length > 0 && !(opts.flags & (MS_BIND | MS_MOVE)))) target = ops[0]!;
    else {
      const ent = await fstabLookup(p, ops[0]!);
      if (!ent) {
        await p.err.write(`${p.name}: ${canonicalPath(p.sys, ops[0]!)}: can't find in /etc/fstab.\n`);
        return MNT_EX_USAGE;
      }
      [source, target, type] = [ent[0]!, ent[1]!, ent[2]!];
      Object.assign(opts, parseOptions(ent[3]!, opts.flags));
    }
  }
  target = canonicalPath(p.sys, target ?? "");
  if (source !== null && (opts.flags & (MS_BIND | MS_MOVE) || source.includes("/"))) source = canonicalPath(p.sys, source);
  if (fake) return 0;
  return doMount(p, source ?? "", target, type ?? "", opts, propagation, verbose);
});

/** The system calls, in libmount's order, and its messages for the one that fails. */
/** The parsed -o words, and what was given (a remount re-reads them after the current ones). */
interface Options extends ParsedOptions {
  given: string;
  extra: number;
}

async function doMount(p: Proc, source: string, target: string, fstype: string, opts: Options, propagation: number[], verbose: boolean): Promise<number> {
  const sys = p.sys;
  opts = { ...opts, data: await fixUidGid(p, opts.data) };
  let flags = opts.flags;
  const attempt: MountAttempt = { source, target, fstype, flags, applyFlags: false };
  const fail = async (e: unknown): Promise<number> => {
    if (!(e instanceof Errno)) throw e;
    if (e.errno === EINVAL && attempt.flags & MS_MOVE) attempt.sharedTree = await isSharedTree(sys, source);
    await p.err.write(`${p.name}: ${target}: ${mountErrorMessage(sys, e.errno, attempt, sys.geteuid())}.\n`);
    await p.err.write("       dmesg(1) may have more information after failed mount system call.\n");
    return MNT_EX_FAIL;
  };
  const onlyPropagation = propagation.length > 0 && !(flags & (MS_BIND | MS_MOVE | MS_REMOUNT)) && source === "" && fstype === "";
  if (!onlyPropagation) {
    if (flags & MS_REMOUNT) {
      // A remount keeps the mount's other per-mount options (libmount merges them from mountinfo).
      // Later words win, so the user's "rw" undoes the current "ro".
      const cur = findByTarget(await readMountinfo(sys), target);
      if (cur) flags = parseOptions(`${cur.vfsOptions},${opts.given}`, opts.extra).flags;
    }
    try {
      if (flags & MS_BIND && !(flags & MS_REMOUNT) && flags & ~(MS_BIND | MS_REC)) {
        // A bind mount ignores other flags: libmount binds, then bind-remounts with them.
        sys.mount(source, target, "", flags & (MS_BIND | MS_REC), "");
        sys.mount("none", target, "", MS_REMOUNT | MS_BIND | (flags & ~(MS_BIND | MS_REC)), "");
      } else sys.mount(source, target, fstype, flags, opts.data);
    } catch (e) {
      attempt.flags = flags;
      return fail(e);
    }
  }
  for (const pr of propagation) {
    try {
      sys.mount("none", target, "", pr, "");
    } catch (e) {
      attempt.applyFlags = true;
      return fail(e);
    }
  }
  if (verbose) {
    let what: string;
    if (onlyPropagation) what = `${target} propagation flags changed`;
    else if (flags & MS_REMOUNT) what = `${findByTarget(await readMountinfo(sys), target)?.source ?? source} mounted on ${target}`;
    else if (flags & MS_MOVE) what = `${source} moved to ${target}`;
    else if (flags & MS_BIND) what = `${source} bound on ${target}`;
    else what = `${source} mounted on ${target}`;
    await p.out.write(`${p.name}: ${what}.\n`);
  }
  return 0;
}

/** libmount's is_shared_tree(): is the mount holding dir's parent directory shared? */
async function isSharedTree(sys: Sys, dir: string): Promise<boolean> {
  const slash = dir.lastIndexOf("/");
  if (slash < 0) return false;
  let path = slash > 0 ? dir.slice(0, slash) : "/";
  const all = await readMountinfo(sys);
  for (;;) {
    const fs = findByTarget(all, path);
    if (fs) return /(^| )shared:/.test(fs.optFields);
    if (path === "/") return false;
    const i = path.lastIndexOf("/");
    path = i > 0 ? path.slice(0, i) : "/";
  }
}

/**
 * libmount's mnt_optstr_fix_uid/gid: "uid=nobody" and "gid=nogroup" become numbers from
 * /etc/passwd and /etc/group; a name not found is left for the kernel to refuse.
 */
async function fixUidGid(p: Proc, data: string): Promise<string> {
  if (!/(^|,)[ug]id=[^,0-9]/.test(data)) return data;
  const table = async (file: string): Promise<Map<string, string>> => {
    const m = new Map<string, string>();
    try {
      for (const line of (await readFileText(p.sys, file)).split("\n")) {
        const f = line.split(":");
        if (f.length >= 3 && !m.has(f[0]!)) m.set(f[0]!, f[2]!);
      }
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
    }
    return m;
  };
  const users = await table("/etc/passwd");
  const groups = await table("/etc/group");
  return data
    .split(",")
    .map((w) => {
      const m = /^([ug]id)=(.+)$/.exec(w);
      if (!m || /^\d+$/.test(m[2]!)) return w;
      const id = (m[1] === "uid" ? users : groups).get(m[2]!);
      return id === undefined ? w : `${m[1]}=${id}`;
    })
    .join(",");
}
