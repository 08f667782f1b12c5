// `ip netns` (ip/ipnetns.c): named network namespaces under /run/netns. A name is an empty
// file there with /proc/self/ns/net of a fresh namespace bind-mounted on it: the mount keeps
// the namespace alive, and opening the file gives a descriptor setns(2) takes. /run/netns is
// made a shared mount first, so a delete (umount) in one mount namespace reaches the others.

import { execvp } from "../lib/exec.ts";
import { Errno, EINVAL, ENOENT, strerror } from "../../uapi/errno.ts";
import { MNT_DETACH, MS_BIND, MS_REC, MS_SHARED } from "../../uapi/mount.ts";
import { O_CREAT, O_EXCL, O_RDONLY } from "../../uapi/fcntl.ts";
import { CLONE_NEWNET } from "../../uapi/sched.ts";
import { die, matches, namedNetns, NETNS_RUN_DIR, netnsSwitch, unknownCommand, type IpContext } from "./common.ts";

export async function ipNetns(ctx: IpContext, args: string[]): Promise<number> {
  const cmd = args[0] ?? "list";
  const rest = args.slice(1);
  if (matches(cmd, "list") || matches(cmd, "show") || cmd === "lst") return netnsList(ctx);
  if (matches(cmd, "add")) return netnsAdd(ctx, rest);
  if (matches(cmd, "delete")) return netnsDelete(ctx, rest);
  if (matches(cmd, "exec")) return netnsExec(ctx, rest);
  if (matches(cmd, "identify")) return netnsIdentify(ctx, rest);
  if (matches(cmd, "pids")) return netnsPids(ctx, rest);
  return unknownCommand(ctx, cmd, "netns");
}

async function netnsList(ctx: IpContext): Promise<number> {
  let out = "";
  for (const n of await namedNetns(ctx)) {
    const fd = await ctx.p.sys.open(`${NETNS_RUN_DIR}/${n.name}`, O_RDONLY);
    const r = ctx.p.sys.rtnl({ op: "getnsid", netns: { fd } });
    ctx.p.sys.close(fd);
    out += "nsid" in r && r.nsid >= 0 ? `${n.name} (id: ${r.nsid})\n` : `${n.name}\n`;
  }
  await ctx.p.out.write(out);
  return 0;
}

async function netnsAdd(ctx: IpContext, args: string[]): Promise<number> {
  const name = args[0];
  if (!name) return die(ctx, "No netns name specified", 1);
  if (!validName(name)) return die(ctx, `Invalid netns name "${name}"`, 255);
  const sys = ctx.p.sys;
  try {
    sys.mkdir(NETNS_RUN_DIR, 0o755);
  } catch {
    // exists
  }
  // Make /run/netns a shared mount, upgrading it to a mount point (bind on itself) if need be.
  for (let madeMount = false; ; ) {
    try {
      sys.mount("", NETNS_RUN_DIR, "none", MS_SHARED | MS_REC, "");
      break;
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      if (e.errno !== EINVAL || madeMount) return die(ctx, `mount --make-shared ${NETNS_RUN_DIR} failed: ${strerror(e.errno)}`, 1);
    }
    try {
      sys.mount(NETNS_RUN_DIR, NETNS_RUN_DIR, "none", MS_BIND | MS_REC, "");
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      return die(ctx, `mount --bind ${NETNS_RUN_DIR} ${NETNS_RUN_DIR} failed: ${strerror(e.errno)}`, 1);
    }
    madeMount = true;
  }
  const path = `${NETNS_RUN_DIR}/${name}`;
  try {
    sys.close(await sys.open(path, O_RDONLY | O_CREAT | O_EXCL, 0));
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return die(ctx, `Cannot create namespace file "${path}": ${strerror(e.errno)}`, 1);
  }
  // netns_save(): come back to the original namespace afterwards.
  const saved = await sys.open("/proc/self/ns/net", O_RDONLY);
  let failed = "";
  try {
    failed = `Failed to create a new network namespace "${name}"`;
    sys.unshare(CLONE_NEWNET);
    failed = `Bind /proc/self/ns/net -> ${path} failed`;
    sys.mount("/proc/self/ns/net", path, "none", MS_BIND, "");
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    sys.setns(saved, CLONE_NEWNET);
    sys.close(saved);
    removeName(sys, path);
    return die(ctx, `${failed}: ${strerror(e.errno)}`, 1);
  }
  sys.setns(saved, CLONE_NEWNET);
  sys.close(saved);
  return 0;
}

/** on_netns_del(): lazy umount, then unlink (the unlink's failure is the one reported). */
function removeName(sys: IpContext["p"]["sys"], path: string): Errno | null {
  try {
    sys.umount2(path, MNT_DETACH);
  } catch {
    // not mounted (a name left behind): the unlink still removes it
  }
  try {
    sys.unlink(path);
    return null;
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return e;
  }
}

async function netnsDelete(ctx: IpContext, args: string[]): Promise<number> {
  const name = args[0];
  if (!name) return die(ctx, "No netns name specified", 1);
  if (!validName(name)) return die(ctx, `Invalid netns name "${name}"`, 255);
  const path = `${NETNS_RUN_DIR}/${name}`;
  const e = removeName(ctx.p.sys, path);
  if (e) return die(ctx, `Cannot remove namespace file "${path}": ${strerror(e.errno)}`, 1);
  return 0;
}

async function netnsExec(ctx: IpContext, args: string[]): Promise<number> {
  const name = args[0];
  if (!name) return die(ctx, "No netns name specified", 1);
  if (!validName(name)) return die(ctx, `Invalid netns name "${name}"`, 255);
  if (args.length < 2) return die(ctx, "No command specified", 1);
  await netnsSwitch(ctx, name);
  await ctx.p.out.flush();
  try {
    return await execvp(ctx.p.sys, args[1]!, args.slice(1), ctx.p.envp);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return die(ctx, `exec of "${args[1]}" failed: ${strerror(e.errno)}`, e.errno === ENOENT ? 1 : 1);
  }
}

/** The namespace inode of a process (its /proc/PID/ns/net link). */
function netInode(ctx: IpContext, pid: string): number | null {
  try {
    const m = /\[(\d+)\]/.exec(ctx.p.sys.readlink(`/proc/${pid}/ns/net`));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

async function netnsIdentify(ctx: IpContext, args: string[]): Promise<number> {
  const pid = args[0] ?? "self";
  const ino = netInode(ctx, pid);
  if (ino === null) return die(ctx, `Cannot open network namespace: ${strerror(ENOENT)}`, 1);
  // netns_identify_pid(): the names on one line, space separated (an empty line for none).
  const names = (await namedNetns(ctx)).filter((n) => n.ino === ino).map((n) => n.name);
  await ctx.p.out.write(names.join(" ") + "\n");
  return 0;
}

async function netnsPids(ctx: IpContext, args: string[]): Promise<number> {
  const name = args[0];
  if (!name) return die(ctx, "No netns name specified", 1);
  const target = (await namedNetns(ctx)).find((n) => n.name === name);
  if (!target) return die(ctx, `Cannot open network namespace "${name}": ${strerror(ENOENT)}`, 1);
  const sys = ctx.p.sys;
  const fd = await sys.open("/proc", O_RDONLY | 0o200000);
  const pids: number[] = [];
  for (let b = sys.getdents64(fd); b.length > 0; b = sys.getdents64(fd)) for (const d of b) if (/^\d+$/.test(d.name)) pids.push(Number(d.name));
  sys.close(fd);
  let out = "";
  for (const pid of pids.sort((a, b) => a - b)) if (netInode(ctx, String(pid)) === target.ino) out += `${pid}\n`;
  await ctx.p.out.write(out);
  return 0;
}

/** is_netns_name_valid(): one path component, not "." or "..", shorter than NAME_MAX. */
function validName(name: string): boolean {
  return name.length < 255 && !name.includes("/") && name !== "." && name !== "..";
}
