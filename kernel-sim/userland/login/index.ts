// The programs of this folder, for the host's /usr/bin and /usr/sbin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_adduser from "./adduser.ts";
import p_chpasswd from "./chpasswd.ts";
import p_chsh from "./chsh.ts";
import p_deluser from "./deluser.ts";
import p_gpasswd from "./gpasswd.ts";
import p_groupadd from "./groupadd.ts";
import p_groupdel from "./groupdel.ts";
import p_passwd from "./passwd.ts";
import p_su from "./su.ts";
import p_sudo from "./sudo.ts";
import p_useradd from "./useradd.ts";
import p_userdel from "./userdel.ts";
import p_usermod from "./usermod.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  addgroup: { main: p_adduser, path: "/usr/sbin/addgroup" },
  adduser: { main: p_adduser, path: "/usr/sbin/adduser" },
  chpasswd: { main: p_chpasswd, path: "/usr/sbin/chpasswd" },
  chsh: { main: p_chsh, path: "/usr/bin/chsh" },
  delgroup: { main: p_deluser, path: "/usr/sbin/delgroup" },
  deluser: { main: p_deluser, path: "/usr/sbin/deluser" },
  gpasswd: { main: p_gpasswd, path: "/usr/bin/gpasswd" },
  groupadd: { main: p_groupadd, path: "/usr/sbin/groupadd" },
  groupdel: { main: p_groupdel, path: "/usr/sbin/groupdel" },
  passwd: { main: p_passwd, path: "/usr/bin/passwd" },
  su: { main: p_su, path: "/usr/bin/su" },
  sudo: { main: p_sudo, path: "/usr/bin/sudo" },
  useradd: { main: p_useradd, path: "/usr/sbin/useradd" },
  userdel: { main: p_userdel, path: "/usr/sbin/userdel" },
  usermod: { main: p_usermod, path: "/usr/sbin/usermod" },
};
