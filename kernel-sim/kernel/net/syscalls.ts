// The networking system calls (facet userland/lib/sys_net.ts), installed on the Sys handle.

import type { Task } from "../task/task.ts";
import { installSyscalls } from "../syscalls/register.ts";
import type { SysNet } from "../../userland/lib/sys_net.ts";
import { rtnl } from "./rtnl.ts";
import { nsOfFile, pinNamespace, pinnedNamespace, taskNamespace, unpinNamespace } from "../ns/ns_common.ts";
import type { NetNamespace } from "../ns/net.ts";
import { putNet } from "./netns.ts";
import { lookupPath, LOOKUP_FOLLOW } from "../vfs/namei.ts";
import { CAP_SYS_ADMIN } from "../cred/cred.ts";
import { EINVAL, EPERM, Errno } from "../../uapi/errno.ts";
import { S_IFMT, S_IFREG } from "../../uapi/stat.ts";
import { socketCalls } from "./socket_calls.ts";

declare module "../syscalls/sys_impl.ts" {
  interface SysImpl extends SysNet {}
}

function netnsPin(t: Task, fd: number, nsfd: number): void {
  const file = t.files.get(fd);
  const inode = file.fpath?.dentry.inode;
  if (!inode || (inode.mode & S_IFMT) !== S_IFREG) throw new Errno(EINVAL);
  // nsfd -1: the caller's own network namespace (what /proc/self/ns/net names).
  const h = nsfd === -1 ? taskNamespace(t, "net") : nsOfFile(t.files.get(nsfd));
  if (!h || h.type !== "net") throw new Errno(EINVAL);
  // A bind mount needs CAP_SYS_ADMIN over the caller's mount namespace.
  if (!t.cred.capable(CAP_SYS_ADMIN, t.cred.userNs)) throw new Errno(EPERM);
  if (pinnedNamespace(inode)) throw new Errno(EINVAL);
  pinNamespace(inode, h);
  (h.ns as NetNamespace).users++;
}

function netnsUnpin(t: Task, path: string): void {
  const p = lookupPath(t, -100, path, LOOKUP_FOLLOW);
  const h = unpinNamespace(p.dentry.inode);
  if (!h) throw new Errno(EINVAL);
  putNet(t.kernel, h.ns as NetNamespace);
}

function nsInode(t: Task, fd: number): number {
  const h = nsOfFile(t.files.get(fd));
  if (!h) throw new Errno(EINVAL);
  return h.inum;
}

installSyscalls({
  sync: { rtnl, netns_pin: netnsPin, netns_unpin: netnsUnpin, ns_inode: nsInode, ...socketCalls.sync },
  async: { ...socketCalls.async },
});
