// Every userland program and where the disk image installs it, gathered from each folder's own
// index.ts (name -> { path, load }). A program's code is loaded on its first exec (binfmt_vlab in
// kernel/task/exec.ts): `load` is a dynamic import, so the browser build splits each program into
// its own chunk and the worker starts without them. The shell is the exception: the first prompt
// needs them, so the shell and `id` (which /etc/profile runs) are imported statically: they are in
// the worker's main chunk and their first exec does not wait. The shell is installed as bash and
// as dash, with sh -> dash as Debian has it (a symlink made by host/etc_files.ts).

import type { ProgramMain } from "./lib/sys.ts";
import { PROGRAMS as coreutils } from "./coreutils/index.ts";
import { PROGRAMS as procps } from "./procps/index.ts";
import { PROGRAMS as findutils } from "./findutils/index.ts";
import { PROGRAMS as text } from "./text/index.ts";
import { PROGRAMS as mount } from "./mount/index.ts";
import { PROGRAMS as attr } from "./attr/index.ts";
import { PROGRAMS as utilLinux } from "./util-linux/index.ts";
import { PROGRAMS as iproute2 } from "./iproute2/index.ts";
import { PROGRAMS as iputils } from "./iputils/index.ts";
import { PROGRAMS as netutils } from "./netutils/index.ts";
import { PROGRAMS as editors } from "./editors/index.ts";
import { PROGRAMS as pager } from "./pager/index.ts";
import { PROGRAMS as man } from "./man/index.ts";
import { PROGRAMS as login } from "./login/index.ts";
import { PROGRAMS as stress } from "./stress/index.ts";
import { PROGRAMS as systemd } from "./systemd/index.ts";
import { PROGRAMS as psmisc } from "./psmisc/index.ts";
import { PROGRAMS as libcap } from "./libcap/index.ts";
import { PROGRAMS as hostname } from "./hostname/index.ts";
import { PROGRAMS as utilLinuxExtra } from "./util-linux-extra/index.ts";
import shMain from "./sh/main.ts";
import idMain from "./coreutils/id.ts";

/** One program of the image: where its executable file goes, and how to get its code. */
export interface ProgramEntry {
  path: string;
  /** Import the program's module (each call may return the same promise; the kernel caches the result). */
  load: () => Promise<ProgramMain>;
}

export type ProgramTable = Record<string, ProgramEntry>;

const loadShell = (): Promise<ProgramMain> => Promise.resolve(shMain);
const loadId = (): Promise<ProgramMain> => Promise.resolve(idMain);

export const PROGRAMS: ProgramTable = {
  ...coreutils,
  ...procps,
  ...findutils,
  ...text,
  ...mount,
  ...attr,
  ...utilLinux,
  ...iproute2,
  ...iputils,
  ...netutils,
  ...editors,
  ...pager,
  ...man,
  ...login,
  ...stress,
  ...systemd,
  ...psmisc,
  ...libcap,
  ...hostname,
  ...utilLinuxExtra,
  id: { path: "/usr/bin/id", load: loadId },
  bash: { path: "/usr/bin/bash", load: loadShell },
  dash: { path: "/usr/bin/dash", load: loadShell },
};
