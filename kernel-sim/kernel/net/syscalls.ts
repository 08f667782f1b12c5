// The networking system calls (facet userland/lib/sys_net.ts), installed on the Sys handle.

import { installSyscalls } from "../syscalls/register.ts";
import type { SysNet } from "../../userland/lib/sys_net.ts";
import { rtnl } from "./rtnl.ts";
import { socketCalls } from "./socket_calls.ts";

declare module "../syscalls/sys_impl.ts" {
  interface SysImpl extends SysNet {}
}

installSyscalls({
  sync: { rtnl, ...socketCalls.sync },
  async: { ...socketCalls.async },
});
