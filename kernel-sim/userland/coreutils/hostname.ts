// hostname(1) (Debian's hostname package): print the node name, or set it (sethostname(2)).
// -s short name (up to the first dot), -f/-A/-d/-i are answered from the name alone.

import { program } from "../lib/main.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  const u = p.sys.uname();
  let short = false;
  let domain = false;
  const names: string[] = [];
  for (const a of args) {
    if (a === "-s" || a === "--short") short = true;
    else if (a === "-d" || a === "--domain") domain = true;
    else if (a === "-f" || a === "--fqdn" || a === "--long" || a === "-A" || a === "--all-fqdns") short = false;
    else if (a === "-i" || a === "-I" || a === "--ip-address" || a === "--all-ip-addresses") {
      await p.out.write(a === "-I" || a === "--all-ip-addresses" ? "\n" : "127.0.1.1\n");
      return 0;
    } else if (a === "-V" || a === "--version") {
      await p.out.write("hostname 3.23+nmu1\n");
      return 0;
    } else if (a.startsWith("-") && a !== "-") {
      await p.err.write(`Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n`);
      return 1;
    } else names.push(a);
  }
  if (names.length) {
    try {
      p.sys.sethostname(names[0]!);
    } catch {
      await p.err.write(`hostname: you must be root to change the host name\n`);
      return 1;
    }
    return 0;
  }
  const n = u.nodename;
  if (domain) await p.out.write((n.includes(".") ? n.slice(n.indexOf(".") + 1) : "") + "\n");
  else await p.out.write((short ? n.split(".")[0] : n) + "\n");
  return 0;
});
