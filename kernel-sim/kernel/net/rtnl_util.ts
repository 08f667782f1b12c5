// Helpers every rtnetlink handler shares: the error reply, naming a namespace by fd or pid
// (IFLA_NET_NS_FD / IFLA_NET_NS_PID), and namespace ids (peernet2id_alloc).

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import type { NetnsRef, RtnlError } from "../../userland/lib/sys_net.ts";
import { nsOfFile } from "../ns/ns_common.ts";
import { netNs } from "./netns.ts";

export function rtnlErr(errno: number, extack?: string): RtnlError {
  return extack ? { errno, extack } : { errno };
}

/** The namespace a request names, or null (a bad fd, not a net namespace, no such pid). */
export function resolveNetns(t: Task, ref: NetnsRef): NetNamespace | null {
  if ("fd" in ref) {
    let h;
    try {
      h = nsOfFile(t.files.get(ref.fd));
    } catch {
      return null;
    }
    return h && h.type === "net" ? (h.ns as NetNamespace) : null;
  }
  const target = t.kernel.findTask(ref.pid, t.pidNs);
  return target ? netNs(target) : null;
}

/** peernet2id_alloc(): the id ns uses for peer, allocated on first use (0, 1, ...). */
export function nsidOf(ns: NetNamespace, peer: NetNamespace): number {
  let id = ns.nsids.get(peer);
  if (id === undefined) {
    id = ns.nsids.size;
    ns.nsids.set(peer, id);
  }
  return id;
}
