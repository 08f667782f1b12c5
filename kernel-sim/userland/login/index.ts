// The programs of this folder, for the host's /usr/bin and /usr/sbin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  addgroup: { path: "/usr/sbin/addgroup", load: () => import("./adduser.ts").then((m) => m.default) },
  adduser: { path: "/usr/sbin/adduser", load: () => import("./adduser.ts").then((m) => m.default) },
  chpasswd: { path: "/usr/sbin/chpasswd", load: () => import("./chpasswd.ts").then((m) => m.default) },
  chsh: { path: "/usr/bin/chsh", load: () => import("./chsh.ts").then((m) => m.default) },
  delgroup: { path: "/usr/sbin/delgroup", load: () => import("./deluser.ts").then((m) => m.default) },
  deluser: { path: "/usr/sbin/deluser", load: () => import("./deluser.ts").then((m) => m.default) },
  gpasswd: { path: "/usr/bin/gpasswd", load: () => import("./gpasswd.ts").then((m) => m.default) },
  groupadd: { path: "/usr/sbin/groupadd", load: () => import("./groupadd.ts").then((m) => m.default) },
  groupdel: { path: "/usr/sbin/groupdel", load: () => import("./groupdel.ts").then((m) => m.default) },
  passwd: { path: "/usr/bin/passwd", load: () => import("./passwd.ts").then((m) => m.default) },
  su: { path: "/usr/bin/su", load: () => import("./su.ts").then((m) => m.default) },
  sudo: { path: "/usr/bin/sudo", load: () => import("./sudo.ts").then((m) => m.default) },
  useradd: { path: "/usr/sbin/useradd", load: () => import("./useradd.ts").then((m) => m.default) },
  userdel: { path: "/usr/sbin/userdel", load: () => import("./userdel.ts").then((m) => m.default) },
  usermod: { path: "/usr/sbin/usermod", load: () => import("./usermod.ts").then((m) => m.default) },
};
