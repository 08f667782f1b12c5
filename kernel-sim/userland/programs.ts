// Every userland program and where the disk image installs it, gathered from each folder's own
// index.ts (name -> { path, main }). The shell is installed as bash and as dash, with sh -> dash
// as Debian has it (a symlink made by the host's image, see host/etc_files.ts).

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

export type ProgramTable = Record<string, { path: string; main: ProgramMain }>;

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
  bash: { path: "/usr/bin/bash", main: shMain },
  dash: { path: "/usr/bin/dash", main: shMain },
};
