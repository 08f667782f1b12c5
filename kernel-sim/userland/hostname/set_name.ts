// hostname.c's setname()/setnname(): sethostname(2) or setdomainname(2), and the messages it
// gives for their errors ("you must be root to change the host name").

import type { Proc } from "../lib/main.ts";
import { Errno, EINVAL, EPERM, strerror } from "../../uapi/errno.ts";

export async function setUtsName(p: Proc, what: "host" | "domain", name: string): Promise<number> {
  try {
    if (what === "host") p.sys.sethostname(name);
    else p.sys.setdomainname(name);
    return 0;
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    if (e.errno === EPERM) await p.err.write(`${p.name}: you must be root to change the ${what} name\n`);
    else if (e.errno === EINVAL) await p.err.write(`${p.name}: name too long\n`);
    else await p.err.write(`${p.name}: ${strerror(e.errno)}\n`);
    return 1;
  }
}
