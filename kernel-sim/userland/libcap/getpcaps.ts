// getpcaps(8), libcap 2.66: "PID: " and each process's capabilities in cap_to_text(3) form.
// --verbose says "Capabilities for 'PID': "; --iab quotes the text and adds the IAB tuple.

import { program } from "../lib/main.ts";
import { Errno, ESRCH, EINVAL, ENOENT, strerror } from "../../uapi/errno.ts";
import { readCapSets } from "./cap_names.ts";
import { capToText, iabToText } from "./cap_text.ts";

const USAGE =
  "usage: getcaps [opts] <pid> [<pid> ...]\n\n" +
  "  This program displays the capabilities on the queried process(es).\n" +
  "  The capabilities are displayed in the cap_from_text(3) format.\n\n" +
  "  Optional arguments:\n" +
  "     --help, -h or --usage display this message.\n" +
  "     --verbose             use a more verbose output format.\n" +
  "     --ugly or --legacy    use the archaic legacy output format.\n" +
  "     --iab                 show IAB of process too.\n" +
  "     --license             display license info\n";

export default program(async (p) => {
  const args = p.argv.slice(1);
  if (args.length === 0 || args.some((a) => a === "--help" || a === "-h" || a === "--usage")) {
    await p.err.write(USAGE);
    return 1;
  }
  let verbose = false;
  let iab = false;
  let status = 0;
  for (const a of args) {
    if (a === "--verbose") verbose = true;
    else if (a === "--iab") iab = true;
    else if (a === "--ugly" || a === "--legacy") continue;
    else if (!/^\d+$/.test(a)) {
      await p.err.write(`Cannot parse pid ${a}: (${strerror(EINVAL)})\n`);
      status = 1;
    } else {
      try {
        const c = await readCapSets(p.sys, Number(a));
        // With --iab, --verbose changes nothing: getpcaps prints PID: "caps" [iab].
        const line = iab ? `${a}: "${capToText(c)}" [${iabToText(c)}]` : verbose ? `Capabilities for '${a}': ${capToText(c)}` : `${a}: ${capToText(c)}`;
        await p.out.write(line + "\n");
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
        const errno = e.errno === ENOENT ? ESRCH : e.errno;
        await p.err.write(`Failed to get cap's for process ${a}: (${strerror(errno)})\n`);
        status = 1;
      }
    }
  }
  return status;
});
