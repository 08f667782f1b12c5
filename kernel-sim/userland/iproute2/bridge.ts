// bridge(8) from iproute2 6.1, the part labs use: `bridge link [show] [dev DEV]` lists bridge
// ports with their STP state, priority and cost (bridge/link.c).

import { program } from "../lib/main.ts";
import { IpExit, die, links, matches, showIndex, type IpContext } from "./common.ts";
import { linkFlags } from "./print_link.ts";

export default program(async (p) => {
  const ctx: IpContext = { p, family: 0, brief: false, color: false, details: false, stats: false, oneline: false };
  try {
    let args = p.argv.slice(1);
    while (args[0]?.startsWith("-")) args = args.slice(1);
    const obj = args[0] ?? "help";
    if (!matches(obj, "link")) {
      if (matches(obj, "help")) return await die(ctx, "Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { link | fdb | mdb | vlan | vni | monitor }\n       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n                    -o[neline] | -t[imestamp] | -n[etns] name |\n                    -com[pressvlan] -c[olor] -p[retty] -j[son] }", 255);
      return await die(ctx, `Object "${obj}" is unknown, try "bridge help".`, 255);
    }
    const rest = args.slice(1);
    if (rest[0] && !matches(rest[0], "show") && !matches(rest[0], "list")) return await die(ctx, `Command "${rest[0]}" is unknown, try "bridge link help".`, 255);
    const devArg = rest[0] === undefined ? undefined : rest[rest.indexOf("dev") + 1] ?? undefined;
    const dev = rest.includes("dev") && devArg ? await showIndex(ctx, devArg) : null;
    const all = links(ctx);
    let out = "";
    for (const l of all) {
      if (!l.brport || (dev !== null && l.ifindex !== dev)) continue;
      const peer = l.link && l.linkNetnsid < 0 ? (all.find((x) => x.ifindex === l.link)?.flags ?? 0) : null;
      const master = all.find((x) => x.ifindex === l.master);
      // bridge/link.c names IFLA_LINK by its index in this namespace, even for a peer elsewhere.
      const at = l.link ? `@${all.find((x) => x.ifindex === l.link)?.name ?? `if${l.link}`}` : "";
      out += `${l.ifindex}: ${l.name}${at}: ${linkFlags(l, peer)} mtu ${l.mtu} master ${master?.name ?? ""} state ${l.brport.state} priority ${l.brport.priority} cost ${l.brport.cost} \n`;
    }
    await p.out.write(out);
    return 0;
  } catch (e) {
    if (e instanceof IpExit) return e.status;
    throw e;
  }
});
