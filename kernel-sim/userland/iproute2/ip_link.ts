// `ip link` (ip/iplink.c): add (type veth [peer name X [netns N]], type bridge), set (up,
// down, master, nomaster, name, mtu, address, netns), delete, show [dev] [type T] [master M] [up].

import type { LinkInfo, NetnsRef } from "../lib/sys_net.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";
import { devIndex, die, links, matches, NETNS_RUN_DIR, namedNetns, showIndex, talk, unknownCommand, type IpContext } from "./common.ts";
import { printLink, printLinkBrief, printLinkJson } from "./print_link.ts";

/** Names of the namespaces this one has ids for (for "link-netns NAME"). */
export async function nsidNames(ctx: IpContext): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const n of await namedNetns(ctx)) {
    const fd = await ctx.p.sys.open(`${NETNS_RUN_DIR}/${n.name}`, O_RDONLY).catch(() => -1);
    if (fd < 0) continue;
    const r = ctx.p.sys.rtnl({ op: "getnsid", netns: { fd } });
    ctx.p.sys.close(fd);
    if ("nsid" in r && r.nsid >= 0) out.set(r.nsid, n.name);
  }
  return out;
}

/** A netns argument: a pid, or a name under /run/netns (opened; the fd is the reference). */
async function netnsRef(ctx: IpContext, arg: string): Promise<NetnsRef> {
  if (/^\d+$/.test(arg)) return { pid: Number(arg) };
  try {
    return { fd: await ctx.p.sys.open(arg.includes("/") ? arg : `${NETNS_RUN_DIR}/${arg}`, O_RDONLY) };
  } catch {
    return die(ctx, `Invalid "netns" value "${arg}"`, 1);
  }
}

export async function ipLink(ctx: IpContext, args: string[]): Promise<number> {
  const cmd = args[0] ?? "show";
  const rest = args.slice(1);
  if (matches(cmd, "add")) return linkAdd(ctx, rest);
  if (matches(cmd, "set") || matches(cmd, "change")) return linkSet(ctx, rest);
  if (matches(cmd, "delete")) return linkDel(ctx, rest);
  if (matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst")) return linkShow(ctx, rest, "link");
  if (matches(cmd, "help")) return die(ctx, LINK_HELP, 255);
  return unknownCommand(ctx, cmd, "link");
}

const LINK_HELP = "Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME\n\t\t    [ txqueuelen PACKETS ]\n\t\t    [ address LLADDR ]\n\t\t    [ mtu MTU ]\n\t\t    type TYPE [ ARGS ]";

async function linkAdd(ctx: IpContext, args: string[]): Promise<number> {
  let name = "";
  let type = "";
  let mtu: number | undefined;
  let address: string | undefined;
  let netns: NetnsRef | undefined;
  let peer: { name: string; netns?: NetnsRef } | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = async (): Promise<string> => {
      if (i + 1 >= args.length) return die(ctx, `Command line is not complete. Try option "help"`, 255);
      return args[++i]!;
    };
    if (a === "type") {
      type = await next();
      // Everything after the type is the type's own arguments (veth: peer name X [netns N]).
      const targs = args.slice(i + 1);
      i = args.length;
      if (type === "veth" && targs.length > 0) {
        if (targs[0] !== "peer") return die(ctx, `Error: argument "${targs[0]}" is wrong: unknown option`, 255);
        peer = { name: "" };
        for (let j = 1; j < targs.length; j++) {
          const t = targs[j]!;
          if (t === "name") peer.name = targs[++j] ?? "";
          else if (t === "netns") peer.netns = await netnsRef(ctx, targs[++j] ?? "");
          else if (!peer.name) peer.name = t;
        }
      }
    } else if (a === "name") name = await next();
    else if (a === "mtu") mtu = Number(await next());
    else if (a === "address") address = await next();
    else if (a === "netns") netns = await netnsRef(ctx, await next());
    else if (a === "txqueuelen" || a === "qlen") await next();
    else if (a === "dev") name = await next();
    else name = a;
  }
  if (!type) return die(ctx, 'Not enough information: "type" argument is required', 1);
  if (name.length > 15) return die(ctx, `Error: argument "${name}" is wrong: "name" not a valid ifname`, 255);
  await talk(ctx, { op: "newlink", name, kind: type, peer, netns, mtu, address });
  return 0;
}

async function linkSet(ctx: IpContext, args: string[]): Promise<number> {
  let dev: string | null = null;
  const req: { op: "setlink"; ifindex: number; up?: boolean; mtu?: number; name?: string; master?: number; address?: string; netns?: NetnsRef } = { op: "setlink", ifindex: 0 };
  let masterName: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = async (): Promise<string> => {
      if (i + 1 >= args.length) return die(ctx, `Command line is not complete. Try option "help"`, 255);
      return args[++i]!;
    };
    if (a === "up") req.up = true;
    else if (a === "down") req.up = false;
    else if (a === "master") masterName = await next();
    else if (a === "nomaster") req.master = 0;
    else if (a === "name") req.name = await next();
    else if (a === "mtu") req.mtu = Number(await next());
    else if (a === "address") {
      req.address = await next();
      // ll_addr_a2n(): colon-separated hex bytes, each one or two digits.
      if (!/^[0-9a-f]{1,2}(:[0-9a-f]{1,2})*$/i.test(req.address)) return die(ctx, `"${req.address}" is invalid lladdr.`, 1);
    }
    else if (a === "netns") req.netns = await netnsRef(ctx, await next());
    else if (a === "dev") dev = await next();
    else if (a === "txqueuelen" || a === "qlen" || a === "alias" || a === "group") await next();
    else if (a === "promisc" || a === "arp" || a === "multicast" || a === "allmulticast") await next();
    else if (dev === null) dev = a;
    else return die(ctx, `Error: either "dev" is duplicate, or "${a}" is a garbage.`, 255);
  }
  if (dev === null) return die(ctx, 'Not enough information: "dev" argument is required.', 255);
  req.ifindex = await devIndex(ctx, dev);
  if (masterName !== null) req.master = await devIndex(ctx, masterName);
  await talk(ctx, req);
  return 0;
}

async function linkDel(ctx: IpContext, args: string[]): Promise<number> {
  let dev: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "dev") dev = args[++i] ?? null;
    else if (a === "type") i++;
    else dev ??= a;
  }
  if (dev === null) return die(ctx, 'Not enough information: "dev" argument is required.', 255);
  await talk(ctx, { op: "dellink", ifindex: await devIndex(ctx, dev) });
  return 0;
}

/** Parse the filters of `ip link show` / `ip addr show`. */
export async function showFilter(ctx: IpContext, args: string[]): Promise<(l: LinkInfo, all: LinkInfo[]) => boolean> {
  let dev: number | null = null;
  let type: string | null = null;
  let master: number | null = null;
  let up = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "dev") dev = await showIndex(ctx, args[++i] ?? "");
    else if (a === "type") type = args[++i] ?? "";
    else if (a === "master") master = await showIndex(ctx, args[++i] ?? "");
    else if (a === "up") up = true;
    else if (a === "scope" || a === "label" || a === "to") i++;
    else if (dev === null) dev = await showIndex(ctx, a);
  }
  return (l) => (dev === null || l.ifindex === dev) && (type === null || l.kind === type) && (master === null || l.master === master) && (!up || (l.flags & 1) === 1);
}

export async function linkShow(ctx: IpContext, args: string[], mode: "link" | "addr"): Promise<number> {
  const filter = await showFilter(ctx, args);
  const all = links(ctx);
  const nsNames = await nsidNames(ctx);
  if (ctx.json && mode === "link" && !ctx.brief) {
    const objs = all.filter((l) => filter(l, all)).map((l) => printLinkJson(l, all));
    await ctx.p.out.write(`[${objs.join(",")}]\n`);
    return 0;
  }
  let out = "";
  for (const l of all) {
    if (!filter(l, all)) continue;
    out += ctx.brief ? printLinkBrief(ctx, l, all) : printLink(ctx, l, all, mode, nsNames);
  }
  await ctx.p.out.write(out);
  return 0;
}
