// The rtnetlink door: one request, one reply (see userland/lib/sys_net.ts). Changes need
// CAP_NET_ADMIN over the namespace (netlink_net_capable), reads are open to everyone.

import type { Task } from "../task/task.ts";
import type { RtnlReply, RtnlRequest } from "../../userland/lib/sys_net.ts";
import { CAP_NET_ADMIN } from "../cred/cred.ts";
import { EINVAL, EPERM } from "../../uapi/errno.ts";
import { netNs, reapNets } from "./netns.ts";
import { dellink, getlink, newlink, setlink } from "./rtnl_link.ts";
import { deladdr, flushaddr, getaddr, newaddr } from "./rtnl_addr.ts";
import { delroute, getroute, newroute, routeget } from "./rtnl_route.ts";
import { resolveNetns, rtnlErr } from "./rtnl_util.ts";

const READS = new Set(["getlink", "getaddr", "getroute", "routeget", "getnsid"]);

export function rtnl(t: Task, req: RtnlRequest): RtnlReply {
  reapNets(t.kernel);
  const ns = netNs(t);
  if (!READS.has(req.op) && !t.cred.capable(CAP_NET_ADMIN, ns.owner)) return rtnlErr(EPERM);
  switch (req.op) {
    case "getlink":
      return getlink(ns);
    case "newlink":
      return newlink(t, ns, req);
    case "setlink":
      return setlink(t, ns, req);
    case "dellink":
      return dellink(ns, req.ifindex);
    case "getaddr":
      return getaddr(ns);
    case "newaddr":
      return newaddr(ns, req);
    case "deladdr":
      return deladdr(ns, req);
    case "flushaddr":
      return flushaddr(ns, req.ifindex, req.family);
    case "getroute":
      return getroute(ns, req.table);
    case "newroute":
      return newroute(ns, req);
    case "delroute":
      return delroute(ns, req);
    case "routeget":
      return routeget(ns, req.dst);
    case "getnsid": {
      const other = resolveNetns(t, req.netns);
      if (!other) return rtnlErr(EINVAL);
      return { nsid: other === ns ? -1 : (ns.nsids.get(other) ?? -1) };
    }
  }
}
