// `ip addr` (ip/ipaddress.c): add / del / flush / show, with -4/-6, -br and -o.

import type { AddrInfo, LinkInfo } from "../lib/sys_net.ts";
import { color, devIndex, die, links, matches, operColor, talk, unknownCommand, type IpContext } from "./common.ts";
import { nsidNames, showFilter } from "./ip_link.ts";
import { displayName, printLink } from "./print_link.ts";

/** get_prefix(): "a.b.c.d[/n]" or an IPv6 address; null if invalid. */
export function parsePrefix(s: string): { family: 4 | 6; addr: string; plen: number } | null {
  const [addr = "", plenText] = s.split("/");
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(addr);
  if (v4) {
    if (v4.slice(1).some((x) => Number(x) > 255)) return null;
    const plen = plenText === undefined ? 32 : /^\d+$/.test(plenText) ? Number(plenText) : NaN;
    if (!(plen >= 0 && plen <= 32)) return null;
    return { family: 4, addr, plen };
  }
  if (addr.includes(":") && /^[0-9a-fA-F:.]+$/.test(addr)) {
    const plen = plenText === undefined ? 128 : /^\d+$/.test(plenText) ? Number(plenText) : NaN;
    if (!(plen >= 0 && plen <= 128)) return null;
    return { family: 6, addr, plen };
  }
  return null;
}

function ip4(s: string): number {
  return s.split(".").reduce((a, b) => ((a << 8) | Number(b)) >>> 0, 0);
}
function ip4s(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export async function ipAddr(ctx: IpContext, args: string[]): Promise<number> {
  const cmd = args[0] ?? "show";
  const rest = args.slice(1);
  if (matches(cmd, "add") || matches(cmd, "replace") || matches(cmd, "change")) return addrModify(ctx, rest, "add");
  if (matches(cmd, "delete")) return addrModify(ctx, rest, "del");
  if (matches(cmd, "flush")) return addrFlush(ctx, rest);
  if (matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst")) return addrShow(ctx, rest);
  return unknownCommand(ctx, cmd, "address");
}

async function addrModify(ctx: IpContext, args: string[], what: "add" | "del"): Promise<number> {
  let dev: string | null = null;
  let local: { family: 4 | 6; addr: string; plen: number } | null = null;
  let plenGiven = true;
  let brd: string | undefined;
  let label: string | undefined;
  let scope: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "dev") dev = args[++i] ?? null;
    else if (a === "brd" || a === "broadcast") brd = args[++i];
    else if (a === "label") label = args[++i];
    else if (a === "scope") scope = args[++i];
    else if (a === "valid_lft" || a === "preferred_lft" || a === "peer" || a === "metric") i++;
    else if (a === "noprefixroute" || a === "nodad" || a === "home") continue;
    else {
      const s = a === "local" ? (args[++i] ?? "") : a;
      local = parsePrefix(s);
      plenGiven = s.includes("/");
      if (!local) return die(ctx, `Error: any valid prefix is expected rather than "${s}".`, 1);
    }
  }
  if (dev === null) return die(ctx, 'Not enough information: "dev" argument is required.', 1);
  const ifindex = await devIndex(ctx, dev);
  if (!local) return die(ctx, "Not enough information: address argument is required.", 1);
  if (what === "del") {
    await talk(ctx, { op: "deladdr", ifindex, family: local.family, local: local.addr, prefixlen: plenGiven ? local.plen : null });
    return 0;
  }
  let broadcast: string | undefined;
  if (brd !== undefined && local.family === 4) {
    const mask = local.plen === 0 ? 0 : (0xffffffff << (32 - local.plen)) >>> 0;
    if (brd === "+") broadcast = ip4s((ip4(local.addr) | ~mask) >>> 0);
    else if (brd === "-") broadcast = ip4s((ip4(local.addr) & mask) >>> 0);
    else broadcast = brd;
  }
  await talk(ctx, { op: "newaddr", ifindex, family: local.family, local: local.addr, prefixlen: local.plen, broadcast, label, scope });
  return 0;
}

async function addrFlush(ctx: IpContext, args: string[]): Promise<number> {
  let dev: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "dev") dev = args[++i] ?? null;
    else dev ??= args[i]!;
  }
  if (dev === null) return die(ctx, "Flush requires arguments.", 1);
  await talk(ctx, { op: "flushaddr", ifindex: await devIndex(ctx, dev), family: ctx.family });
  return 0;
}

function inetLine(ctx: IpContext, a: AddrInfo): string {
  if (a.family === 4) {
    const brd = a.broadcast ? ` brd ${color(ctx, "inet", a.broadcast)}` : "";
    return `    inet ${color(ctx, "inet", a.local)}/${a.prefixlen}${brd} scope ${a.scope}${a.secondary ? " secondary" : ""} ${a.label}`;
  }
  return `    inet6 ${color(ctx, "inet6", a.local)}/${a.prefixlen} scope ${a.scope} `;
}

const LFT = "       valid_lft forever preferred_lft forever";

async function addrShow(ctx: IpContext, args: string[]): Promise<number> {
  const filter = await showFilter(ctx, args);
  const all = links(ctx);
  const r = ctx.p.sys.rtnl({ op: "getaddr" });
  const addrs = "addrs" in r ? r.addrs : [];
  const nsNames = await nsidNames(ctx);
  let out = "";
  for (const l of all) {
    if (!filter(l, all)) continue;
    const mine = addrs.filter((a) => a.ifindex === l.ifindex && (ctx.family === 0 || a.family === ctx.family));
    if (ctx.family !== 0 && mine.length === 0) continue;
    if (ctx.brief) {
      out += briefAddr(ctx, l, all, mine);
      continue;
    }
    if (ctx.oneline) {
      for (const a of mine) out += `${l.ifindex}: ${l.name}${inetLine(ctx, a)}\\${LFT}\n`;
      continue;
    }
    out += printLink(ctx, l, all, "addr", nsNames);
    for (const a of mine) out += `${inetLine(ctx, a)}\n${LFT}\n`;
  }
  await ctx.p.out.write(out);
  return 0;
}

function briefAddr(ctx: IpContext, l: LinkInfo, all: LinkInfo[], mine: AddrInfo[]): string {
  const name = displayName(l, all);
  const state = l.operstate;
  let s = color(ctx, "ifname", name.padEnd(16) + " ");
  s += state === "UNKNOWN" ? state.padEnd(14) + " " : operColor(ctx, state, state.padEnd(14) + " ");
  for (const a of mine) s += `${color(ctx, a.family === 4 ? "inet" : "inet6", a.local)}/${a.prefixlen} `;
  return s + "\n";
}
