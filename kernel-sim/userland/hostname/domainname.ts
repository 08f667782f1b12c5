// domainname(1), Debian's hostname package (3.23): print the NIS domain name (uname's
// domainname; the kernel's initial value is the literal "(none)"), or set it with
// setdomainname(2), which needs CAP_SYS_ADMIN. -F reads the name from a file.

import { program, type Proc } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";
import { Errno, EINVAL, EPERM, strerror } from "../../uapi/errno.ts";

/** hostname.c's usage(): the same text for hostname, domainname and dnsdomainname. */
const USAGE =
  "Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n" +
  "       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n" +
  "       hostname                                 display host name\n" +
  "\n" +
  "       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)\n" +
  "       {yp,nis,}domainname                      display NIS domain name\n" +
  "\n" +
  "       dnsdomainname                            display dns domain name\n" +
  "\n" +
  "       hostname -V|--version|-h|--help          print info and exit\n" +
  "\n" +
  "Program name:\n" +
  "       {yp,nis,}domainname=hostname -y\n" +
  "       dnsdomainname=hostname -d\n" +
  "\n" +
  "Program options:\n" +
  "    -a, --alias            alias names\n" +
  "    -A, --all-fqdns        all long host names (FQDNs)\n" +
  "    -b, --boot             set default hostname if none available\n" +
  "    -d, --domain           DNS domain name\n" +
  "    -f, --fqdn, --long     long host name (FQDN)\n" +
  "    -F, --file             read host name or NIS domain name from given file\n" +
  "    -i, --ip-address       addresses for the host name\n" +
  "    -I, --all-ip-addresses all addresses for the host\n" +
  "    -s, --short            short host name\n" +
  "    -y, --yp, --nis        NIS/YP domain name\n" +
  "\n" +
  "Description:\n" +
  "   This command can get or set the host name or the NIS domain name. You can\n" +
  "   also get the DNS domain or the FQDN (fully qualified domain name).\n" +
  "   Unless you are using bind or NIS for host lookups you can change the\n" +
  "   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is\n" +
  "   part of the FQDN) in the /etc/hosts file.\n";

/** usage(): to stdout for -h or a bad option, to stderr for a wrong argument count; exit(-1). */
async function usage(p: Proc, toStderr: boolean): Promise<number> {
  await (toStderr ? p.err : p.out).write(USAGE);
  return 255;
}

/** setnname(): hostname.c's messages for the errors of setdomainname(2). */
async function setDomain(p: Proc, name: string): Promise<number> {
  try {
    p.sys.setdomainname(name);
    return 0;
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    if (e.errno === EPERM) await p.err.write(`${p.name}: you must be root to change the domain name\n`);
    else if (e.errno === EINVAL) await p.err.write(`${p.name}: name too long\n`);
    else await p.err.write(`${p.name}: ${strerror(e.errno)}\n`);
    return 1;
  }
}

export default program(async (p) => {
  let file: string | null = null;
  const names: string[] = [];
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-V" || a === "--version") {
      await p.out.write("hostname 3.23\n");
      return 0;
    } else if (a === "-h" || a === "--help") return usage(p, false);
    else if (a === "-y" || a === "--yp" || a === "--nis") continue;
    else if (a === "-F" || a === "--file") {
      if (i + 1 >= args.length) {
        await p.err.write(`${p.name}: option requires an argument -- 'F'\n`);
        return usage(p, false);
      }
      file = args[++i]!;
    } else if (a.startsWith("-") && a.length > 1) {
      await p.err.write(`${p.name}: invalid option -- '${a[1]}'\n`);
      return usage(p, false);
    } else names.push(a);
  }
  if (names.length > 1 || (file !== null && names.length > 0)) return usage(p, true);
  if (file !== null) {
    // hostname.c takes the first line that is not a comment.
    let text: string;
    try {
      text = await readFileText(p.sys, file);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.err.write(`${p.name}: ${file}: ${strerror(e.errno)}\n`);
      return 1;
    }
    const line = text.split("\n").map((l) => l.trim()).find((l) => l !== "" && !l.startsWith("#")) ?? "";
    return setDomain(p, line);
  }
  if (names.length === 1) return setDomain(p, names[0]!);
  await p.out.write(p.sys.uname().domainname + "\n");
  return 0;
});
