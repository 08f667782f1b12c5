// `ip netns` (ip/ipnetns.c): named network namespaces under /run/netns. Linux makes a
// name by bind-mounting /proc/self/ns/net of a fresh namespace onto an empty file there; vlab
// pins the namespace to the file with netns_pin (see userland/lib/sys_net.ts), and
// `ip netns delete` unpins and removes it.

import { execvp } from "../lib/exec.ts";
import { Errno, ENOENT, strerror } from "../../uapi/errno.ts";
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
  const sys = ctx.p.sys;
  // mkdir -p /run/netns (0755), as ip does.
  let dir = "";
  for (const part of NETNS_RUN_DIR.split("/").filter(Boolean)) {
    dir += "/" + part;
    try {
      sys.mkdir(dir, 0o755);
    } catch {
      // exists (or /var/run is the /run symlink)
    }
  }
  const path = `${NETNS_RUN_DIR}/${name}`;
  let fd: number;
  try {
    fd = await sys.open(path, O_RDONLY | O_CREAT | O_EXCL, 0);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return die(ctx, `Cannot create namespace file "${path}": ${strerror(e.errno)}`, 1);
  }
  try {
    sys.unshare(CLONE_NEWNET);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    sys.close(fd);
    sys.unlink(path);
    return die(ctx, `Failed to create a new network namespace "${name}": ${strerror(e.errno)}`, 1);
  }
  try {
    sys.netns_pin(fd, -1);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    sys.close(fd);
    sys.unlink(path);
    return die(ctx, `Bind /proc/self/ns/net -> ${path} failed: ${strerror(e.errno)}`, 1);
  }
  sys.close(fd);
  return 0;
}

async function netnsDelete(ctx: IpContext, args: string[]): Promise<number> {
  const name = args[0];
  if (!name) return die(ctx, "No netns name specified", 1);
  const sys = ctx.p.sys;
  const path = `${NETNS_RUN_DIR}/${name}`;
  try {
    sys.netns_unpin(path);
  } catch {
    // umount2(MNT_DETACH) failures are ignored; the unlink reports.
  }
  try {
    sys.unlink(path);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return die(ctx, `Cannot remove namespace file "${path}": ${strerror(e.errno)}`, 1);
  }
  return 0;
}

async function netnsExec(ctx: IpContext, args: string[]): Promise<number> {
  const name = args[0];
  if (!name) return die(ctx, "No netns name specified", 1);
  if (name.includes("/")) return die(ctx, `Invalid netns name "${name}"`, 255);
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
