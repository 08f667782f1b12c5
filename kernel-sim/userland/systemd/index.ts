// The programs of this folder, for the host's /usr/bin.

import type { ProgramMain } from "../lib/sys.ts";
import p_cgls from "./systemd_cgls.ts";
import p_cgtop from "./systemd_cgtop.ts";
import p_run from "./systemd_run.ts";

export const PROGRAMS: Record<string, { path: string; main: ProgramMain }> = {
  "systemd-cgls": { path: "/usr/bin/systemd-cgls", main: p_cgls },
  "systemd-cgtop": { path: "/usr/bin/systemd-cgtop", main: p_cgtop },
  "systemd-run": { path: "/usr/bin/systemd-run", main: p_run },
};
