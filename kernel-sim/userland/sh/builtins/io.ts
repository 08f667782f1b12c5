// Output for builtins: they run inside the shell process and write straight to fds 1 and 2.
// A failed write (closed stdout, EPIPE) is reported as bash does: "echo: write error: ...".

import type { Shell } from "../interp/shell.ts";
import { writeAll } from "../../lib/stdio.ts";
import { shEncode } from "../bytes.ts";
import { Errno, strerror } from "../../../uapi/errno.ts";

/** Write to stdout; false (after the message) when the write failed. */
export async function out(sh: Shell, name: string, s: string): Promise<boolean> {
  if (s === "") return true;
  try {
    await writeAll(sh.sys, 1, shEncode(s));
    return true;
  } catch (e) {
    if (e instanceof Errno) {
      await sh.error(sh.bash ? `${name}: write error: ${strerror(e.errno)}` : `${name}: ${name}: I/O error`); // dash names the builtin twice
      return false;
    }
    throw e;
  }
}

/** "bash: line 1: cd: msg" - an error message from builtin `name`. */
export function berr(sh: Shell, name: string, msg: string): Promise<void> {
  return sh.error(`${name}: ${msg}`);
}

/** bash's usage error for a bad option: "name: -z: invalid option" + usage line; status 2. */
export async function badOption(sh: Shell, name: string, opt: string, usage: string): Promise<number> {
  if (sh.bash) {
    await sh.error(`${name}: ${opt}: invalid option`);
    await sh.writeErr(`${name}: usage: ${usage}\n`);
  } else await sh.error(`${name}: Illegal option ${opt}`);
  return 2;
}
