// What every iproute2 command shares: talking rtnetlink and reporting its errors the way
// lib/libnetlink.c does ("RTNETLINK answers: File exists", or "Error: <extack>." when the
// kernel gave a reason), the device name cache (ll_map), switching network namespace for
// `ip -n` and `ip netns exec` (lib/namespace.c), and the colors of `ip -c`.

import type { Proc } from "../lib/main.ts";
import type { LinkInfo, RtnlReply, RtnlRequest } from "../lib/sys_net.ts";
import { isRtnlError } from "../lib/sys_net.ts";
import { strerror, Errno } from "../../uapi/errno.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";
import { CLONE_NEWNET } from "../../uapi/sched.ts";

/** Ends the command with a status (iproute2 calls exit() from deep inside). */
export class IpExit {
  constructor(readonly status: number) {}
}

export interface IpContext {
  p: Proc;
  family: 0 | 4 | 6;
  brief: boolean;
  color: boolean;
  details: boolean;
  stats: boolean;
  oneline: boolean;
  /** -j, -json: JSON output (ip link show only; other objects print text). */
  json?: boolean;
}

export const NETNS_RUN_DIR = "/run/netns";

/** Print to stderr and exit (iproute2's fprintf(stderr); exit(n)). */
export async function die(ctx: IpContext, msg: string, status: number): Promise<never> {
  await ctx.p.out.flush();
  await ctx.p.err.write(msg + "\n");
  throw new IpExit(status);
}

/** rtnl_talk(): the reply, or the error printed and exit 2. */
export async function talk<T extends RtnlReply>(ctx: IpContext, req: RtnlRequest): Promise<Exclude<T, { errno: number }>> {
  const r = ctx.p.sys.rtnl(req);
  if (isRtnlError(r)) {
    if (r.extack) return die(ctx, `Error: ${r.extack}.`, 2);
    return die(ctx, `RTNETLINK answers: ${strerror(r.errno)}`, 2);
  }
  return r as Exclude<T, { errno: number }>;
}

export function links(ctx: IpContext): LinkInfo[] {
  const r = ctx.p.sys.rtnl({ op: "getlink" });
  return "links" in r ? r.links : [];
}

/** ll_name_to_index() for commands that change a device: 'Cannot find device "x"'. */
export async function devIndex(ctx: IpContext, name: string): Promise<number> {
  const l = links(ctx).find((x) => x.name === name);
  if (!l) return die(ctx, `Cannot find device "${name}"`, 1);
  return l.ifindex;
}

/** The same for show commands: 'Device "x" does not exist.' */
export async function showIndex(ctx: IpContext, name: string): Promise<number> {
  const l = links(ctx).find((x) => x.name === name);
  if (!l) return die(ctx, `Device "${name}" does not exist.`, 1);
  return l.ifindex;
}

/** "Command "x" is unknown, try "ip link help"." */
export async function unknownCommand(ctx: IpContext, cmd: string, obj: string): Promise<never> {
  return die(ctx, `Command "${cmd}" is unknown, try "ip ${obj} help".`, 255);
}

/** matches(): cmd is a prefix of word (iproute2 accepts abbreviations). */
export function matches(cmd: string, word: string): boolean {
  return cmd.length > 0 && word.startsWith(cmd);
}

/** netns_switch(): enter the named namespace for the rest of this process. */
export async function netnsSwitch(ctx: IpContext, name: string): Promise<void> {
  const sys = ctx.p.sys;
  const path = name.includes("/") ? name : `${NETNS_RUN_DIR}/${name}`;
  let fd: number;
  try {
    fd = await sys.open(path, O_RDONLY);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return die(ctx, `Cannot open network namespace "${name}": ${strerror(e.errno)}`, 255);
  }
  try {
    sys.setns(fd, CLONE_NEWNET);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return die(ctx, `setting the network namespace "${name}" failed: ${strerror(e.errno)}`, 255);
  } finally {
    sys.close(fd);
  }
}

/** The names of /run/netns with the inode number of the namespace each pins. */
export async function namedNetns(ctx: IpContext): Promise<{ name: string; ino: number; fd?: number }[]> {
  const sys = ctx.p.sys;
  let fd: number;
  try {
    fd = await sys.open(NETNS_RUN_DIR, O_RDONLY | 0o200000 /* O_DIRECTORY */);
  } catch {
    return [];
  }
  const names: string[] = [];
  for (let batch = sys.getdents64(fd); batch.length > 0; batch = sys.getdents64(fd)) for (const d of batch) if (d.name !== "." && d.name !== "..") names.push(d.name);
  sys.close(fd);
  const out: { name: string; ino: number }[] = [];
  for (const name of names) {
    try {
      const f = await sys.open(`${NETNS_RUN_DIR}/${name}`, O_RDONLY);
      try {
        // A name's file is an nsfs bind mount: its inode number is the namespace's.
        out.push({ name, ino: sys.fstat(f).ino });
      } catch {
        // unstattable: skipped
      } finally {
        sys.close(f);
      }
    } catch {
      // unreadable: skipped
    }
  }
  return out;
}

// ---- colors (lib/color.c): ip -c ----
const COLORS = { ifname: "\x1b[36m", mac: "\x1b[33m", inet: "\x1b[35m", inet6: "\x1b[34m", up: "\x1b[32m", down: "\x1b[31m", none: "\x1b[0m" };

export function color(ctx: IpContext, kind: keyof typeof COLORS, text: string): string {
  return ctx.color ? `${COLORS[kind]}${text}${COLORS.none}` : text;
}

export function operColor(ctx: IpContext, state: string, text: string): string {
  if (!ctx.color) return text;
  if (state === "UP") return color(ctx, "up", text);
  if (state === "DOWN" || state === "LOWERLAYERDOWN") return color(ctx, "down", text);
  return text;
}
