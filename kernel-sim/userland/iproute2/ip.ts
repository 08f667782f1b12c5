// ip(8) from iproute2 6.1: the global options and the object dispatch of ip/ip.c.

import { program } from "../lib/main.ts";
import { IpExit, matches, netnsSwitch, die, type IpContext } from "./common.ts";
import { ipLink } from "./ip_link.ts";
import { ipAddr } from "./ip_addr.ts";
import { ipRoute } from "./ip_route.ts";
import { ipNetns } from "./ip_netns.ts";

const USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

/** The object table of ip.c, in its order (the first prefix match wins). */
const OBJECTS = ["address", "addrlabel", "maddress", "route", "rule", "neighbor", "neighbour", "ntable", "ntbl", "link", "l2tp", "fou", "ila", "macsec", "tunnel", "tuntap", "tap", "token", "tcpmetrics", "tcp_metrics", "monitor", "xfrm", "mroute", "mrule", "netns", "netconf", "vrf", "sr", "nexthop", "mptcp", "ioam", "stats", "help"];

export default program(async (p) => {
  const ctx: IpContext = { p, family: 0, brief: false, color: false, details: false, stats: false, oneline: false };
  try {
    const args = p.argv.slice(1);
    let i = 0;
    for (; i < args.length && args[i]!.startsWith("-") && args[i]!.length > 1; i++) {
      let opt = args[i]!.replace(/^--/, "-");
      if (opt === "-") break;
      const eq = opt.indexOf("=");
      const val = eq >= 0 ? opt.slice(eq + 1) : undefined;
      if (eq >= 0) opt = opt.slice(0, eq);
      const o = opt.slice(1);
      if (o === "4") ctx.family = 4;
      else if (o === "6") ctx.family = 6;
      else if (o === "0") ctx.family = 0;
      else if (matches(o, "brief") && o.length >= 2) ctx.brief = true;
      else if (matches(o, "color")) ctx.color = val !== "never" && !(val === "auto");
      else if (matches(o, "details")) ctx.details = true;
      else if (matches(o, "statistics") || matches(o, "stats")) ctx.stats = true;
      else if (matches(o, "oneline")) ctx.oneline = true;
      else if (matches(o, "family")) {
        const f = args[++i] ?? "";
        ctx.family = f === "inet" ? 4 : f === "inet6" ? 6 : 0;
      } else if (matches(o, "netns")) {
        const name = args[++i];
        if (name === undefined) return await die(ctx, 'Cannot open network namespace "(null)": No such file or directory', 255);
        await netnsSwitch(ctx, name);
      } else if (matches(o, "Version")) {
        await p.out.write("ip utility, iproute2-6.1.0, libbpf 1.1.2\n");
        return 0;
      } else if (matches(o, "help")) {
        await p.err.write(USAGE);
        return 0;
      } else if (matches(o, "json")) ctx.json = true;
      else if (matches(o, "pretty") || matches(o, "resolve") || matches(o, "Numeric") || matches(o, "all") || matches(o, "human-readable") || o === "iec" || matches(o, "timestamp") || matches(o, "tshort")) continue;
      else return await die(ctx, `Option "${args[i]}" is unknown, try "ip -help".`, 255);
    }
    const obj = args[i];
    const rest = args.slice(i + 1);
    if (obj === undefined) return await die(ctx, USAGE.trimEnd(), 255);
    const which = OBJECTS.find((name) => matches(obj, name));
    switch (which) {
      case "address":
        return await ipAddr(ctx, rest);
      case "link":
        return await ipLink(ctx, rest);
      case "route":
        return await ipRoute(ctx, rest);
      case "netns":
        return await ipNetns(ctx, rest);
      case "help":
        await p.err.write(USAGE);
        return 0;
      case "neighbor":
      case "neighbour":
        // The neighbour (ARP) table is not modelled: it is always empty.
        return 0;
      default:
        // Objects this vlab does not model (neigh, rule, tunnel...) read as unknown.
        return await die(ctx, `Object "${obj}" is unknown, try "ip help".`, 1);
    }
  } catch (e) {
    if (e instanceof IpExit) return e.status;
    throw e;
  }
});
