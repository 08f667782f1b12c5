// sudo's credential cache (the sudoers timestamp): after a user authenticates, sudo does not ask
// again for timestamp_timeout (15 minutes) on the same terminal ("tty_tickets", Debian's
// default). A record per user under /run/sudo/ts, as sudo 1.9 keeps it there, holding which
// terminal (or, without one, which parent process) it was made for; -k and -K remove it.

import type { Sys } from "../lib/sys.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import { readFileText } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import { isatty } from "../lib/stdio.ts";

const TS_DIR = "/run/sudo/ts";
const TIMEOUT_NS = 15n * 60n * 1_000_000_000n;

/** What the record is bound to: the terminal device and its session, else the parent pid. */
function ticket(sys: Sys): string {
  if (isatty(sys, 0)) return `tty ${sys.fstat(0).rdev} ${sys.getsid(0)}`;
  return `ppid ${sys.getppid()}`;
}

/** Is there a fresh record for name on this terminal? */
export async function tsValid(sys: Sys, name: string): Promise<boolean> {
  const path = `${TS_DIR}/${name}`;
  try {
    const st = sys.stat(path);
    if (sys.clock_gettime(CLOCK_REALTIME) - BigInt(st.mtimeNs) > TIMEOUT_NS) return false;
    return (await readFileText(sys, path)) === ticket(sys) + "\n";
  } catch {
    return false;
  }
}

/** Record a successful authentication (needs euid 0). */
export async function tsUpdate(sys: Sys, name: string): Promise<void> {
  for (const [d, mode] of [["/run/sudo", 0o711], [TS_DIR, 0o700]] as const) {
    try {
      sys.mkdir(d, mode);
    } catch {
      // exists already
    }
  }
  try {
    const fd = await sys.open(`${TS_DIR}/${name}`, O_WRONLY | O_CREAT | O_TRUNC, 0o600);
    try {
      await writeAll(sys, fd, ticket(sys) + "\n");
    } finally {
      sys.close(fd);
    }
  } catch {
    // no cache then: sudo asks again next time
  }
}

/** sudo -k / -K: forget the user's record. */
export function tsRemove(sys: Sys, name: string): void {
  try {
    sys.unlink(`${TS_DIR}/${name}`);
  } catch {
    // nothing cached
  }
}
