// `ip route` (ip/iproute.c): show [table T] [dev D] [PREFIX], add/del/replace, get ADDR.

import type { LinkInfo, RouteInfo } from "../lib/sys_net.ts";
import { color, devIndex, die, links, matches, showIndex, talk, unknownCommand, type IpContext } from "./common.ts";
import { parsePrefix } from "./ip_addr.ts";

export async function ipRoute(ctx: IpContext, args: string[]): Promise<number> {
  const cmd = args[0] ?? "show";
  const rest = args.slice(1);
  if (matches(cmd, "add")) return routeModify(ctx, rest, "add");
  if (matches(cmd, "replace")) return routeModify(ctx, rest, "replace");
  if (matches(cmd, "delete")) return routeModify(ctx, rest, "del");
  if (matches(cmd, "get")) return routeGet(ctx, rest);
  if (matches(cmd, "flush")) return routeFlush(ctx, rest);
  if (matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst")) return routeShow(ctx, rest);
  return unknownCommand(ctx, cmd, "route");
}

function routeLine(ctx: IpContext, r: RouteInfo, all: LinkInfo[], hideDev: boolean, showTable: boolean): string {
  let s = r.type === "unicast" ? "" : `${r.type} `;
  s += color(ctx, "inet", r.dst + " ");
  if (r.gateway) s += `via ${color(ctx, "inet", r.gateway + " ")}`;
  if (!hideDev) s += `dev ${color(ctx, "ifname", (all.find((l) => l.ifindex === r.dev)?.name ?? `if${r.dev}`) + " ")}`;
  if (showTable && r.table !== "main") s += `table ${r.table} `;
  if (r.proto !== "boot") s += `proto ${r.proto} `;
  if (r.scope !== "global") s += `scope ${r.scope} `;
  if (r.src) s += `src ${color(ctx, "inet", r.src + " ")}`;
  if (r.metric) s += `metric ${r.metric} `;
  if (r.linkdown) s += "linkdown ";
  return s + "\n";
}

async function routeShow(ctx: IpContext, args: string[]): Promise<number> {
  let table: "main" | "local" | "all" = "main";
  let dev: number | null = null;
  let prefix: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "table") {
      const t = args[++i] ?? "";
      table = t === "local" || t === "255" ? "local" : t === "all" || t === "0" ? "all" : "main";
    } else if (a === "dev") dev = await showIndex(ctx, args[++i] ?? "");
    else if (a === "proto" || a === "scope" || a === "type") i++;
    else prefix = a;
  }
  if (ctx.family === 6) return routeShow6(ctx, dev);
  const r = ctx.p.sys.rtnl({ op: "getroute", table });
  if ("errno" in r) {
    if (r.extack) await die(ctx, `Error: ${r.extack}.\nDump terminated`, 2);
    return die(ctx, "Dump terminated", 2);
  }
  if (!("routes" in r)) return 0;
  const all = links(ctx);
  let out = "";
  for (const rt of r.routes) {
    if (dev !== null && rt.dev !== dev) continue;
    if (prefix !== null && rt.dst !== prefix && !(prefix === "0/0" && rt.dst === "default")) continue;
    out += routeLine(ctx, rt, all, dev !== null, table === "all");
  }
  await ctx.p.out.write(out);
  return 0;
}

async function routeModify(ctx: IpContext, args: string[], what: "add" | "replace" | "del"): Promise<number> {
  let dst: { addr: string; plen: number } | null = null;
  let gateway: string | undefined;
  let ifindex: number | undefined;
  let src: string | undefined;
  let metric: number | undefined;
  let proto: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "via") gateway = args[++i];
    else if (a === "dev" || a === "oif") ifindex = await devIndex(ctx, args[++i] ?? "");
    else if (a === "src") src = args[++i];
    else if (a === "metric" || a === "priority" || a === "preference") metric = Number(args[++i]);
    else if (a === "proto") proto = args[++i];
    else if (a === "table" || a === "scope" || a === "mtu") i++;
    else if (a === "onlink") continue;
    else {
      const s = a === "to" ? (args[++i] ?? "") : a;
      if (s === "default" || s === "all" || s === "any") dst = { addr: "0.0.0.0", plen: 0 };
      else {
        const p = parsePrefix(s);
        if (!p || p.family !== 4) return die(ctx, `Error: any valid prefix is expected rather than "${s}".`, 1);
        dst = { addr: p.addr, plen: p.plen };
      }
    }
  }
  if (!dst) return die(ctx, 'Error: either "to" is duplicate, or "' + (args[0] ?? "") + '" is a garbage.', 1);
  if (what === "del") await talk(ctx, { op: "delroute", dst: dst.addr, prefixlen: dst.plen, gateway, ifindex });
  else await talk(ctx, { op: "newroute", dst: dst.addr, prefixlen: dst.plen, gateway, ifindex, src, metric, proto, replace: what === "replace" });
  return 0;
}

/** iproute_flush(): delete each main-table route the selectors (dev D, PREFIX) match. */
async function routeFlush(ctx: IpContext, args: string[]): Promise<number> {
  if (args.length === 0) return die(ctx, '"ip route flush" requires arguments.', 1);
  let dev: number | null = null;
  let prefix: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "dev") dev = await devIndex(ctx, args[++i] ?? "");
    else if (a === "table" || a === "proto" || a === "scope") i++;
    else prefix = a === "default" || a === "0/0" ? "default" : a;
  }
  const r = ctx.p.sys.rtnl({ op: "getroute", table: "main" });
  if ("errno" in r || !("routes" in r)) return 0;
  for (const rt of r.routes) {
    if (dev !== null && rt.dev !== dev) continue;
    if (prefix !== null && rt.dst !== prefix) continue;
    const [addr, plen] = rt.dst === "default" ? ["0.0.0.0", "0"] : rt.dst.split("/");
    await talk(ctx, { op: "delroute", dst: addr!, prefixlen: Number(plen ?? 32), gateway: rt.gateway ?? undefined, ifindex: rt.dev });
  }
  return 0;
}

async function routeGet(ctx: IpContext, args: string[]): Promise<number> {
  // "from ADDR" asks for the route as if sent from ADDR: iproute prints it after the
  // destination, and the kernel's answer then carries no preferred source.
  let from: string | null = null;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "to") continue;
    if (a === "from") from = args[++i] ?? null;
    else target ??= a;
  }
  if (!target) return die(ctx, "need at least a destination address", 1);
  const p = parsePrefix(target);
  if (!p) return die(ctx, `Error: any valid prefix is expected rather than "${target}".`, 1);
  const r = await talk<{ route: RouteInfo }>(ctx, { op: "routeget", dst: p.addr });
  const rt = r.route;
  const all = links(ctx);
  const devName = all.find((l) => l.ifindex === rt.dev)?.name ?? "";
  let s = rt.type === "local" ? "local " : "";
  s += color(ctx, "inet", rt.dst + " ");
  if (from !== null) s += `from ${color(ctx, "inet", from + " ")}`;
  if (rt.gateway) s += `via ${color(ctx, "inet", rt.gateway + " ")}`;
  s += `dev ${color(ctx, "ifname", devName + " ")}`;
  if (rt.src && from === null) s += `src ${color(ctx, "inet", rt.src + " ")}`;
  s += `uid ${ctx.p.sys.getuid()} \n    cache ${rt.type === "local" ? "<local> " : ""}\n`;
  await ctx.p.out.write(s);
  return 0;
}

/** Expand an IPv6 text to 8 groups (no embedded IPv4). */
function v6Groups(a: string): number[] {
  const [h, t] = a.split("::") as [string, string | undefined];
  const head = h ? h.split(":").map((x) => parseInt(x, 16)) : [];
  const tail = t ? t.split(":").map((x) => parseInt(x, 16)) : [];
  return t === undefined ? head : [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/** RFC 5952 text of 8 groups. */
function v6Text(g: number[]): string {
  let best = -1;
  let len = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > len) [best, len] = [i, j - i];
    i = j > i ? j : i + 1;
  }
  const hex = (xs: number[]): string => xs.map((x) => x.toString(16)).join(":");
  return best < 0 ? hex(g) : `${hex(g.slice(0, best))}::${hex(g.slice(best + len))}`;
}

/** ip -6 route: the prefix routes of the devices' IPv6 addresses (lo's ::1 lives in table local). */
async function routeShow6(ctx: IpContext, dev: number | null): Promise<number> {
  const r = ctx.p.sys.rtnl({ op: "getaddr" });
  if (!("addrs" in r)) return 0;
  const all = links(ctx);
  const seen = new Set<string>();
  const routes: { key: number[]; ifindex: number; text: string }[] = [];
  for (const a of r.addrs) {
    if (a.family !== 6 || a.scope === "host" || (dev !== null && a.ifindex !== dev)) continue;
    const g = v6Groups(a.local);
    const masked = g.map((x, i) => {
      const bits = Math.max(0, Math.min(16, a.prefixlen - i * 16));
      return bits === 0 ? 0 : x & ((0xffff << (16 - bits)) & 0xffff);
    });
    const text = `${v6Text(masked)}/${a.prefixlen}`;
    if (seen.has(`${text}@${a.ifindex}`)) continue;
    seen.add(`${text}@${a.ifindex}`);
    routes.push({ key: masked, ifindex: a.ifindex, text });
  }
  routes.sort((x, y) => {
    for (let i = 0; i < 8; i++) if (x.key[i] !== y.key[i]) return x.key[i]! - y.key[i]!;
    return x.ifindex - y.ifindex;
  });
  let out = "";
  for (const rt of routes) {
    const devPart = dev !== null ? "" : `dev ${color(ctx, "ifname", (all.find((l) => l.ifindex === rt.ifindex)?.name ?? "") + " ")}`;
    out += `${color(ctx, "inet6", rt.text + " ")}${devPart}proto kernel metric 256 pref medium\n`;
  }
  await ctx.p.out.write(out);
  return 0;
}
