// devpts: the pty slaves' directory /dev/pts. Analogous to fs/devpts/inode.c: "ptmx" (5,2,
// mode ptmxmode) and one node N (136,N) per open pty pair, owned as the tty layer says.
// Generated from ttyDriver(kernel).ptsIndexes() on every lookup.

import type { Kernel } from "../../kernel.ts";
import type { FileSystemType } from "../../vfs/state.ts";
import type { PDir, PNode } from "../pseudo/node.ts";
import { mountPseudo, emptyStatfs } from "../pseudo/super.ts";
import { ttyDriver } from "../../tty/index.ts";
import { PTS_MAJOR } from "../devtmpfs/tty.ts";
import { DEVPTS_SUPER_MAGIC, makedev } from "../../../uapi/stat.ts";
import { EINVAL, Errno } from "../../../uapi/errno.ts";

interface DevptsOptions {
  mode: number;
  ptmxmode: number;
  gid: number | null;
}

function parse(data: string): DevptsOptions {
  const o: DevptsOptions = { mode: 0o600, ptmxmode: 0, gid: null };
  for (const item of data.split(",")) {
    const [k, v = ""] = item.split("=", 2) as [string, string?];
    if (k === "" || k === "rw" || k === "ro" || k === "newinstance") continue;
    if (k === "mode") o.mode = parseInt(v, 8) & 0o777;
    else if (k === "ptmxmode") o.ptmxmode = parseInt(v, 8) & 0o777;
    else if (k === "gid") o.gid = Number(v);
    else if (k !== "uid" && k !== "max") throw new Errno(EINVAL);
  }
  return o;
}

function root(kernel: Kernel, o: DevptsOptions): PDir {
  const tty = ttyDriver(kernel);
  const pts = (n: number): PNode | null => {
    const a = tty.ptsAttr(n);
    if (!a) return null;
    return { kind: "dev", key: `pts${n}`, mode: a.mode, uid: a.uid, gid: a.gid, rdev: makedev(PTS_MAJOR, n) };
  };
  return {
    kind: "dir",
    key: "",
    mode: 0o755,
    list: () => ["ptmx", ...tty.ptsIndexes().map(String)],
    get(name) {
      if (name === "ptmx") return { kind: "dev", key: "ptmx", mode: o.ptmxmode, rdev: makedev(5, 2) };
      return /^(0|[1-9]\d*)$/.test(name) ? pts(Number(name)) : null;
    },
  };
}

export const devptsType: FileSystemType = {
  name: "devpts",
  nodev: true,
  mount(kernel, _task, _source, _flags, data) {
    const o = parse(data);
    const ops = {
      statfs: (sb: Parameters<typeof emptyStatfs>[1]) => emptyStatfs(DEVPTS_SUPER_MAGIC, sb, 1024),
      showOptions: () => `${o.gid !== null ? `gid=${o.gid},` : ""}mode=${o.mode.toString(8).padStart(3, "0")},ptmxmode=${o.ptmxmode.toString(8).padStart(3, "0")}`,
    };
    const sb = mountPseudo(kernel, "devpts", "devpts", ops, () => root(kernel, o), 1);
    sb.blksize = 1024;
    return sb;
  },
};
