// chroot(1) from GNU coreutils 9.1: chroot(2) to NEWROOT, chdir("/") unless --skip-chdir, then
// run COMMAND (default: $SHELL -i, else /bin/sh -i). Status 125 for chroot's own failures,
// 126 when the command cannot run, 127 when it is not found. (--userspec and --groups are
// accepted but not applied: setuid/setgid are not in Sys yet.)

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { execvp, execFailureStatus } from "../lib/exec.ts";

const EXIT_CANCELED = 125;

export default program(async (p) => {
  const parsed = await parseOrUsage(
    p,
    "+",
    [
      { name: "userspec", has: 1, key: "userspec" },
      { name: "groups", has: 1, key: "groups" },
      { name: "skip-chdir", has: 0, key: "skip-chdir" },
      ...STD_LONGOPTS,
    ],
    EXIT_CANCELED,
  );
  if (!parsed) return EXIT_CANCELED;
  const hv = await helpVersion(p, parsed, CHROOT_HELP, "Roland McGrath");
  if (hv !== null) return hv;
  const skipChdir = parsed.opts.some((o) => o.key === "skip-chdir");
  const [newRoot, ...cmd] = parsed.operands;
  if (newRoot === undefined) return usageError(p, "missing operand", EXIT_CANCELED);
  if (skipChdir && newRoot !== "/") {
    await p.warn("option --skip-chdir only permitted if NEWROOT is old '/'");
    return usageError(p, null, EXIT_CANCELED);
  }
  try {
    p.sys.chroot(newRoot);
  } catch (e) {
    await p.warn(`cannot change root directory to ${quote(newRoot)}: ${errmsg(e)}`);
    return EXIT_CANCELED;
  }
  if (!skipChdir) {
    try {
      p.sys.chdir("/");
    } catch (e) {
      await p.warn(`cannot chdir to root directory: ${errmsg(e)}`);
      return EXIT_CANCELED;
    }
  }
  const argv = cmd.length > 0 ? cmd : [p.getenv("SHELL") || "/bin/sh", "-i"];
  await p.out.flush();
  try {
    return await execvp(p.sys, argv[0]!, argv, p.envp);
  } catch (e) {
    await p.warn(`failed to run command ${quote(argv[0]!)}: ${errmsg(e)}`);
    return execFailureStatus(e);
  }
});

// GNU's --help, without the online-help footer (as the other coreutils here).
const CHROOT_HELP = `Usage: chroot [OPTION] NEWROOT [COMMAND [ARG]...]
  or:  chroot OPTION
Run COMMAND with root directory set to NEWROOT.

      --groups=G_LIST        specify supplementary groups as g1,g2,..,gN
      --userspec=USER:GROUP  specify user and group (ID or name) to use
      --skip-chdir           do not change working directory to '/'
      --help        display this help and exit
      --version     output version information and exit

If no command is given, run '"$SHELL" -i' (default: '/bin/sh -i').

`;
