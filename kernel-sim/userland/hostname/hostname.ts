// hostname(1), Debian's hostname package (3.23): print the host name in one of its forms, or
// set it with sethostname(2) (from an operand or the first non-comment line of -F FILE).
// The forms that need the resolver (-f -d -a -i) look the name up in /etc/hosts, as glibc's
// files backend does for gethostbyname() (a name it lacks would go to DNS, which no vlab
// network reaches: "Temporary failure in name resolution"); -I lists the addresses of the interfaces that are up.

import { program, type Proc } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";
import { readHosts } from "../lib/hosts.ts";
import { isRtnlError } from "../lib/sys_net.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { USAGE } from "./usage.ts";
import { setUtsName } from "./set_name.ts";

type Form = "name" | "short" | "fqdn" | "domain" | "alias" | "ip" | "allip" | "allfqdn" | "nis";

const SHORT: Record<string, Form | "boot" | "file"> = {
  s: "short", f: "fqdn", d: "domain", a: "alias", i: "ip", I: "allip", A: "allfqdn", y: "nis", b: "boot", F: "file",
};
const LONG: Record<string, Form | "boot" | "file"> = {
  short: "short", fqdn: "fqdn", long: "fqdn", domain: "domain", alias: "alias", "ip-address": "ip",
  "all-ip-addresses": "allip", "all-fqdns": "allfqdn", yp: "nis", nis: "nis", boot: "boot", file: "file",
};

/** hostname.c's check_name(): letters, digits, '-' and '.', no '-' or '.' at either end, no "..", "-.", ".-". */
function validName(n: string): boolean {
  if (!/^[A-Za-z0-9.-]+$/.test(n)) return false;
  if (/^[.-]|[.-]$/.test(n)) return false;
  return !/\.\.|\.-|-\./.test(n);
}

interface HostEntry {
  addrs: string[];
  canonical: string;
  aliases: string[];
}

/** gethostbyname() over /etc/hosts: the first line naming it gives the names; every such line an address. */
async function lookup(p: Proc, name: string): Promise<HostEntry | null> {
  let entry: HostEntry | null = null;
  for (const l of await readHosts(p.sys)) {
    if (!l.names.includes(name)) continue;
    if (entry === null) entry = { addrs: [], canonical: l.names[0]!, aliases: l.names.slice(1) };
    if (!entry.addrs.includes(l.addr)) entry.addrs.push(l.addr);
  }
  return entry;
}

/** getifaddrs(): addresses of the interfaces that are up, but not loopback or IPv6 link-local. */
function interfaceAddrs(p: Proc): string[] {
  const links = p.sys.rtnl({ op: "getlink" });
  const addrs = p.sys.rtnl({ op: "getaddr" });
  if (isRtnlError(links) || !("links" in links) || isRtnlError(addrs) || !("addrs" in addrs)) return [];
  const IFF_UP = 1;
  const up = new Set(links.links.filter((l) => l.kind !== "loopback" && (l.flags & IFF_UP) !== 0).map((l) => l.ifindex));
  return addrs.addrs.filter((a) => up.has(a.ifindex) && !(a.family === 6 && a.local.startsWith("fe80:"))).map((a) => a.local);
}

/** setname(): a name check_name() accepts, then sethostname(2). */
async function setName(p: Proc, name: string): Promise<number> {
  if (!validName(name)) {
    await p.err.write(`${p.name}: the specified hostname is invalid\n`);
    return 1;
  }
  return setUtsName(p, "host", name);
}

async function show(p: Proc, form: Form): Promise<number> {
  const u = p.sys.uname();
  const name = u.nodename;
  switch (form) {
    case "name":
      await p.out.write(name + "\n");
      return 0;
    case "short":
      await p.out.write(name.split(".")[0] + "\n");
      return 0;
    case "nis":
      if (u.domainname === "(none)" || u.domainname === "") {
        await p.err.write(`${p.name}: Local domain name not set\n`);
        return 1;
      }
      await p.out.write(u.domainname + "\n");
      return 0;
    case "allip":
      await p.out.write(interfaceAddrs(p).map((a) => a + " ").join("") + "\n");
      return 0;
    case "allfqdn":
      // Reverse lookups of each interface address: /etc/hosts names none of them here.
      await p.out.write("\n");
      return 0;
  }
  const h = await lookup(p, name);
  if (h === null) {
    await p.err.write(`${p.name}: Temporary failure in name resolution\n`);
    return 1;
  }
  if (form === "fqdn") await p.out.write(h.canonical + "\n");
  else if (form === "domain") {
    const dot = h.canonical.indexOf(".");
    if (dot >= 0) await p.out.write(h.canonical.slice(dot + 1) + "\n");
  } else if (form === "alias") await p.out.write(h.aliases.join(" ") + "\n");
  else await p.out.write(h.addrs.join(" ") + "\n");
  return 0;
}

async function usage(p: Proc, toStderr: boolean): Promise<number> {
  await (toStderr ? p.err : p.out).write(USAGE);
  return 255;
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  let form: Form = "name";
  let boot = false;
  let file: string | null = null;
  const names: string[] = [];
  let opts = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let keys: (Form | "boot" | "file")[] = [];
    if (!opts || a === "-" || !a.startsWith("-")) {
      names.push(a);
      continue;
    }
    if (a === "--") {
      opts = false;
      continue;
    }
    if (a === "-V" || a === "--version") {
      await p.out.write("hostname 3.23\n");
      return 0;
    }
    if (a === "-h" || a === "--help") return usage(p, false);
    if (a.startsWith("--")) {
      const k = LONG[a.slice(2)];
      if (!k) {
        await p.err.write(`${p.name}: unrecognized option '${a}'\n`);
        return usage(p, false);
      }
      keys = [k];
    } else {
      for (const c of a.slice(1)) {
        const k = SHORT[c];
        if (!k) {
          await p.err.write(`${p.name}: invalid option -- '${c}'\n`);
          return usage(p, false);
        }
        keys.push(k);
      }
    }
    for (const k of keys) {
      if (k === "boot") boot = true;
      else if (k === "file") {
        if (i + 1 >= args.length) {
          await p.err.write(`${p.name}: option requires an argument -- 'F'\n`);
          return usage(p, false);
        }
        file = args[++i]!;
      } else form = k;
    }
  }
  if (names.length > 1 || (file !== null && names.length > 0)) return usage(p, true);
  if (file !== null) {
    let text: string;
    try {
      text = await readFileText(p.sys, file);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.err.write(`${p.name}: ${strerror(e.errno)}\n`);
      return 1;
    }
    const line = text.split("\n").map((l) => l.trim()).find((l) => l !== "" && !l.startsWith("#"));
    if (line === undefined) return boot ? setName(p, "localhost") : 0;
    return setName(p, line);
  }
  if (names.length === 1) return setName(p, names[0]!);
  // -b with nothing to set: keep a name that is there, else "localhost".
  if (boot) {
    const n = p.sys.uname().nodename;
    if (n === "" || n === "(none)") return setName(p, "localhost");
  }
  return show(p, form);
});
