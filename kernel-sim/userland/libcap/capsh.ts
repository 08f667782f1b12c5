// capsh(1), libcap 2.66: only --print (the capability state of this process) and the usage
// text; every other option prints the usage, as capsh does for an option it does not know.

import { program, type Proc } from "../lib/main.ts";
import { UserDb } from "../lib/pwd.ts";
import { capList, readCapSets } from "./cap_names.ts";
import { capToText, iabToText } from "./cap_text.ts";

const USAGE =
  "usage: capsh [args ...]\n" +
  "  --addamb=xxx   add xxx,... capabilities to ambient set\n" +
  "  --cap-uid=<n>  use libcap cap_setuid() to change uid\n" +
  "  --caps=xxx     set caps as per cap_from_text()\n" +
  "  --chroot=path  chroot(2) to this path\n" +
  "  --current      show current caps and IAB vectors\n" +
  "  --decode=xxx   decode a hex string to a list of caps\n" +
  "  --delamb=xxx   remove xxx,... capabilities from ambient\n" +
  "  --drop=xxx     drop xxx,... caps from bounding set\n" +
  "  --explain=xxx  explain what capability xxx permits\n" +
  "  --forkfor=<n>  fork and make child sleep for <n> sec\n" +
  "  --gid=<n>      set gid to <n> (hint: id <username>)\n" +
  "  --groups=g,... set the supplemental groups\n" +
  "  --has-a=xxx    exit 1 if capability xxx not ambient\n" +
  "  --has-b=xxx    exit 1 if capability xxx not dropped\n" +
  "  --has-ambient  exit 1 unless ambient vector supported\n" +
  "  --has-i=xxx    exit 1 if capability xxx not inheritable\n" +
  "  --has-p=xxx    exit 1 if capability xxx not permitted\n" +
  "  --has-no-new-privs  exit 1 if privs not limited\n" +
  "  --help, -h     this message (or try 'man capsh')\n" +
  "  --iab=...      use cap_iab_from_text() to set iab\n" +
  "  --inh=xxx      set xxx,.. inheritable set\n" +
  "  --inmode=<xxx> exit 1 if current mode is not <xxx>\n" +
  "  --is-uid=<n>   exit 1 if uid != <n>\n" +
  "  --is-gid=<n>   exit 1 if gid != <n>\n" +
  "  --keep=<n>     set keep-capability bit to <n>\n" +
  "  --killit=<n>   send signal(n) to child\n" +
  "  --license      display license info\n" +
  "  --mode         display current libcap mode\n" +
  "  --mode=<xxx>   set libcap mode to <xxx>\n" +
  "  --modes        list libcap named modes\n" +
  "  --no-new-privs set sticky process privilege limiter\n" +
  "  --noamb        reset (drop) all ambient capabilities\n" +
  "  --noenv        no fixup of env vars (for --user)\n" +
  "  --print        display capability relevant state\n" +
  "  --quiet        if first argument skip max cap check\n" +
  "  --secbits=<n>  write a new value for securebits\n" +
  "  --shell=/xx/yy use /xx/yy instead of /bin/bash for --\n" +
  "  --strict       toggle --caps, --drop and --inh fixups\n" +
  "  --suggest=text search cap descriptions for text\n" +
  "  --supports=xxx exit 1 if capability xxx unsupported\n" +
  "  --uid=<n>      set uid to <n> (hint: id <username>)\n" +
  "  --user=<name>  set uid,gid and groups to that of user\n" +
  "  ==             re-exec(capsh) with args as for --\n" +
  "  =+             cap_launch capsh with args as for -+\n" +
  "  --             remaining arguments are for /bin/bash\n" +
  "  -+             cap_launch /bin/bash with remaining args\n" +
  "                 (without -- [capsh] will simply exit(0))\n";

async function print(p: Proc): Promise<void> {
  const c = await readCapSets(p.sys, "self");
  const db = await new UserDb(p.sys).load();
  const uid = p.sys.getuid(), euid = p.sys.geteuid(), gid = p.sys.getgid();
  const groups = [...p.sys.getgroups()].sort((a, b) => a - b);
  // Securebits are always 0 here: the simulation has no prctl(PR_SET_SECUREBITS).
  await p.out.write(
    `Current: ${capToText(c)}\n` +
      `Bounding set =${capList(c.bnd).join(",")}\n` +
      `Ambient set =${capList(c.amb).join(",")}\n` +
      `Current IAB: ${iabToText(c)}\n` +
      "Securebits: 00/0x0/1'b0 (no-new-privs=0)\n" +
      " secure-noroot: no (unlocked)\n" +
      " secure-no-suid-fixup: no (unlocked)\n" +
      " secure-keep-caps: no (unlocked)\n" +
      " secure-no-ambient-raise: no (unlocked)\n" +
      `uid=${uid}(${db.userName(uid)}) euid=${euid}(${db.userName(euid)})\n` +
      `gid=${gid}(${db.groupName(gid)})\n` +
      `groups=${groups.map((g) => `${g}(${db.groupName(g)})`).join(",")}\n` +
      "Guessed mode: HYBRID (4)\n",
  );
}

export default program(async (p) => {
  // capsh acts on its arguments in order; with no "--" it simply exits 0 after them.
  for (const a of p.argv.slice(1)) {
    if (a === "--print") await print(p);
    else if (a === "--help" || a === "-h") {
      await p.out.write(USAGE);
      return 0;
    } else {
      await p.out.write(USAGE);
      return 1;
    }
  }
  return 0;
});
