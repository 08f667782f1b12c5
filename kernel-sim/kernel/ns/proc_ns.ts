// The /proc/PID entries namespaces own, as generated-file nodes for procfs to hang under
// /proc/PID (fs/proc/namespaces.c and the uid_map/gid_map/setgroups files of fs/proc/base.c):
//   ns: () => nsDir(t, `${key}/ns`),  uid_map: () => uidMapFile(t, key), gid_map, setgroups.

import type { Task } from "../task/task.ts";
import type { PDir, PFile, PNode } from "../fs/pseudo/node.ts";
import { symlinkNode, textFile } from "../fs/pseudo/node.ts";
import { NS_LINK_NAMES, nsLinkText, nsfsPath, taskNamespace, type NsLinkName } from "./ns_common.ts";
import { readGidMap, readSetgroups, readUidMap, writeGidMap, writeSetgroups, writeUidMap } from "./user.ts";
import { mayAccess } from "../fs/proc/fd.ts";
import { EACCES, ENOENT, Errno } from "../../uapi/errno.ts";

const dec = new TextDecoder();

/** /proc/PID/ns: one magic link per namespace type ("net -> net:[4026531833]"). */
export function nsDir(t: Task, key: string): PDir {
  const link = (name: NsLinkName): PNode | null => {
    const get = (reader: Task) => {
      if (!mayAccess(reader, t)) throw new Errno(EACCES);
      const h = taskNamespace(t, name);
      if (!h || t.state === "Z" || t.state === "X") throw new Errno(ENOENT);
      return h;
    };
    return {
      ...symlinkNode(`${key}/${name}`, (r) => nsLinkText(get(r)), (r) => nsfsPath(t.kernel, get(r))),
      uid: t.cred.euid,
      gid: t.cred.egid,
    };
  };
  return {
    kind: "dir",
    key,
    mode: 0o511,
    uid: t.cred.euid,
    gid: t.cred.egid,
    list: () => NS_LINK_NAMES.filter((n) => n !== "mnt" || t.nsproxy.mnt),
    get: (name) => ((NS_LINK_NAMES as readonly string[]).includes(name) ? link(name as NsLinkName) : null),
  };
}

function own(t: Task, f: PFile): PFile {
  return { ...f, uid: t.cred.euid, gid: t.cred.egid };
}

/** /proc/PID/uid_map (0644): reads the map as the reader sees it; one write installs it. */
export function uidMapFile(t: Task, key: string): PFile {
  return own(t, textFile(`${key}/uid_map`, (r) => readUidMap(t, r), 0o644, (w, data) => writeUidMap(t, w, dec.decode(data))));
}
export function gidMapFile(t: Task, key: string): PFile {
  return own(t, textFile(`${key}/gid_map`, (r) => readGidMap(t, r), 0o644, (w, data) => writeGidMap(t, w, dec.decode(data))));
}
export function setgroupsFile(t: Task, key: string): PFile {
  return own(t, textFile(`${key}/setgroups`, () => readSetgroups(t), 0o644, (w, data) => writeSetgroups(t, w, dec.decode(data))));
}
