// overlayfs superblocks: mount options, the kernel's checks and their dmesg lines, the layers,
// statfs and the options mountinfo shows. Analogous to fs/overlayfs/params.c and super.c of
// Linux 6.18 (ovl_parse_param, ovl_fs_params_verify, ovl_fill_super, ovl_show_options). See
// README.md beside this file for the model (layers, lookup, copy-up, whiteouts).

import type { Kernel } from "../../kernel.ts";
import type { Task } from "../../task/task.ts";
import type { Path } from "../../vfs/mount.ts";
import type { Dentry } from "../../vfs/dentry.ts";
import type { Inode } from "../../vfs/inode.ts";
import type { FileSystemType } from "../../vfs/state.ts";
import type { Cred } from "../../cred/cred.ts";
import type { OvlInode } from "./inode.ts";
import { SuperBlock, SB_RDONLY } from "../../vfs/inode.ts";
import { vfsState } from "../../vfs/state.ts";
import { lookupPath, LOOKUP_FOLLOW } from "../../vfs/namei.ts";
import { isSubdir } from "../../vfs/dir_ops.ts";
import { KERN_ERR, KERN_INFO, KERN_WARNING } from "../../printk.ts";
import { EINVAL, Errno } from "../../../uapi/errno.ts";
import { AT_FDCWD } from "../../../uapi/fcntl.ts";
import { makeRoot, prepareWorkdir } from "./inode.ts";

/** OVERLAYFS_SUPER_MAGIC (statfs f_type, "overlayfs" in stat -f). */
export const OVERLAYFS_SUPER_MAGIC = 0x794c7630;

/** One layer: where it is (a private reference to the path given at mount time) and its st_dev on overlay. */
export interface Layer {
  path: Path;
  /** As given in the options: mountinfo shows it back. */
  name: string;
  /** st_dev of its non-directories when the layers are on different filesystems (ofs->fs[].pseudo_dev). */
  pseudoDev: number;
}

/** Per-superblock state. Analogous to struct ovl_fs. */
export class OvlSuper {
  /** Lower layers, topmost first. */
  readonly lowers: Layer[] = [];
  upper: Layer | null = null;
  work: Layer | null = null;
  /** workdir/work, made at mount: copy-up staging and the shared whiteout live there. */
  workDir: Dentry | null = null;
  /** Every layer on one filesystem: st_dev is the overlay's and st_ino the real one (ovl_same_fs). */
  sameFs = false;
  /** The overlay inode standing for each real inode (by its copy-up origin; see inode.ts). */
  readonly inodes = new Map<Inode, OvlInode>();
  /** trusted.overlay.origin: the lower inode an upper inode was copied up from, and its layer. */
  readonly origin = new WeakMap<Inode, { inode: Inode; layer: Layer }>();
  /** The whiteout every new whiteout is a hard link of (ofs->whiteout). */
  whiteout: Dentry | null = null;
  /** ofs->last_ino: inode numbers of directories on a multi-filesystem overlay. */
  lastIno = 1;
  /** uuid=on shows in the options when this mount gave the upper layer its uuid. */
  showUuid = false;
  /** redirect_dir=on (Debian's default is off: renaming a lower directory is EXDEV). */
  redirectDir = false;

  constructor(
    readonly kernel: Kernel,
    /** Who mounted it: copy-up and whiteouts are made with these credentials (ovl_override_creds). */
    readonly mounterCred: Cred,
    /** A task for the real filesystems' lookups when an operation comes without one. */
    readonly mounter: Task,
  ) {}
}

export function ovlSuper(sb: SuperBlock): OvlSuper {
  return sb.priv as OvlSuper;
}

interface Config {
  lowers: Array<{ name: string; path: Path }>;
  upper: { name: string; path: Path } | null;
  work: { name: string; path: Path } | null;
  /** redirect_dir=on: a lower directory may be renamed (trusted.overlay.redirect). */
  redirectDir: boolean;
}

/** Split on unescaped c ("a\:b:c" is two layers), removing the escapes. */
function splitEscaped(s: string, c: string, keepEscapes = false): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) cur += keepEscapes ? s[i]! + s[++i]! : s[++i];
    else if (s[i] === c) (out.push(cur), (cur = ""));
    else cur += s[i];
  }
  out.push(cur);
  return out;
}

const FLAG_PARAMS = new Set(["default_permissions", "volatile", "userxattr", "nfs_export"]);
const ENUM_PARAMS: Record<string, string[]> = {
  redirect_dir: ["on", "off", "follow", "nofollow"],
  index: ["on", "off"],
  uuid: ["on", "off", "null", "auto"],
  xino: ["on", "off", "auto"],
  metacopy: ["on", "off"],
  verity: ["on", "off", "require"],
  nfs_export: ["on", "off"],
};

/** ovl_parse_param() for each option, in order; layer paths are resolved as they come. */
function parseOptions(kernel: Kernel, task: Task, data: string): Config {
  const log = kernel.log;
  const fail = (msg: string, errno = EINVAL, prefix = "overlayfs"): never => {
    log.printk(KERN_ERR, `${prefix}: ${msg}`);
    throw new Errno(errno);
  };
  const resolve = (name: string): Path => {
    try {
      return lookupPath(task, AT_FDCWD, name, LOOKUP_FOLLOW);
    } catch (e) {
      if (e instanceof Errno) fail(`failed to resolve '${name}': -${e.errno}`, e.errno);
      throw e;
    }
  };
  const dirOnly = (name: string, p: Path): Path => (p.dentry.inode.isDir ? p : fail(`${name} is not a directory`, EINVAL, "overlay"));
  const cfg: Config = { lowers: [], upper: null, work: null, redirectDir: false };
  // ovl_next_opt() keeps the backslashes: lowerdir splits at unescaped ':' next, then each
  // path is unescaped (ovl_unescape), so 'a\\:b' names the directory "a:b".
  const unescape = (v: string): string => splitEscaped(v, "\0")[0]!;
  for (const opt of splitEscaped(data, ",", true)) {
    if (opt === "") continue;
    const eq = opt.indexOf("=");
    const key = eq < 0 ? opt : opt.slice(0, eq);
    const val = eq < 0 ? "" : opt.slice(eq + 1);
    if (key === "lowerdir") {
      cfg.lowers = [];
      for (const name of splitEscaped(val, ":")) if (name !== "") cfg.lowers.push({ name, path: dirOnly(name, resolve(name)) });
    } else if (key === "upperdir") cfg.upper = { name: unescape(val), path: dirOnly(unescape(val), resolve(unescape(val))) };
    else if (key === "workdir") cfg.work = { name: unescape(val), path: dirOnly(unescape(val), resolve(unescape(val))) };
    else if (FLAG_PARAMS.has(key) && eq < 0) continue;
    else if (key === "redirect_dir" && ENUM_PARAMS[key]!.includes(val)) cfg.redirectDir = val === "on";
    else if (ENUM_PARAMS[key]?.includes(val)) continue;
    else if (ENUM_PARAMS[key]) fail(`Bad value for '${key}'`, EINVAL, "overlay");
    else fail(`Unknown parameter '${key}'`, EINVAL, "overlay");
  }
  return cfg;
}

/** Is p the upperdir or workdir of a mounted overlay already (ovl_inuse_trylock)? */
const inUse = new WeakSet<Inode>();

/** ovl_fs_params_verify() and ovl_fill_super()'s checks, then the superblock. */
function mountOverlay(kernel: Kernel, task: Task | null, _source: string, _flags: number, data: string): SuperBlock {
  if (!task) throw new Errno(EINVAL);
  const log = kernel.log;
  const fail = (msg: string): never => {
    log.printk(KERN_ERR, `overlayfs: ${msg}`);
    throw new Errno(EINVAL);
  };
  const cfg = parseOptions(kernel, task, data);
  if (cfg.lowers.length === 0) fail("missing 'lowerdir'");
  if (cfg.upper && !cfg.work) fail("missing 'workdir'");
  if (!cfg.upper && cfg.work) {
    log.printk(KERN_INFO, `overlayfs: option "workdir=${cfg.work.name}" is useless in a non-upper mount, ignore`);
    cfg.work = null;
  }
  if (cfg.upper && cfg.work) {
    if (cfg.upper.path.mnt !== cfg.work.path.mnt) fail("workdir and upperdir must reside under the same mount");
    const u = cfg.upper.path.dentry;
    const w = cfg.work.path.dentry;
    if (isSubdir(u, w) || isSubdir(w, u)) fail("workdir and upperdir must be separate subtrees");
  }
  if (!cfg.upper && cfg.lowers.length === 1) fail("at least 2 lowerdir are needed while upperdir nonexistent");
  for (const [what, l] of [["upperdir", cfg.upper], ["workdir", cfg.work]] as const) {
    if (l && inUse.has(l.path.dentry.inode)) {
      log.printk(KERN_WARNING, `overlayfs: ${what} is in-use as upperdir/workdir of another mount, accessing files from both mounts will result in undefined behavior.`);
    }
  }

  const state = vfsState(kernel);
  const s = new OvlSuper(kernel, task.cred, task);
  const sb = new SuperBlock(kernel, "overlay", state.allocAnonDev(), { statfs: () => ovlStatfs(s), showOptions: () => showOptions(s) }, "overlay");
  sb.volatile = true; // lookups merge the layers afresh: they change underneath
  sb.priv = s;
  const realSbs = [cfg.upper, ...cfg.lowers].filter((l) => l !== null).map((l) => l.path.dentry.inode.sb);
  s.sameFs = realSbs.every((x) => x === realSbs[0]);
  // Each distinct filesystem gets a pseudo st_dev for its non-directories (upper's first).
  const devs = new Map<SuperBlock, number>();
  const devOf = (x: SuperBlock): number => {
    if (s.sameFs) return sb.dev;
    let d = devs.get(x);
    if (d === undefined) devs.set(x, (d = state.allocAnonDev()));
    return d;
  };
  if (cfg.upper) {
    s.upper = { ...cfg.upper, pseudoDev: devOf(cfg.upper.path.dentry.inode.sb) };
    s.work = { ...cfg.work!, pseudoDev: 0 };
    inUse.add(cfg.upper.path.dentry.inode);
    inUse.add(cfg.work!.path.dentry.inode);
  } else sb.flags |= SB_RDONLY;
  for (const l of cfg.lowers) s.lowers.push({ ...l, pseudoDev: devOf(l.path.dentry.inode.sb) });
  if (s.work) prepareWorkdir(s, task);
  if (s.upper) s.showUuid = claimUuid(kernel, s.upper.path.dentry.inode);
  s.redirectDir = cfg.redirectDir && s.upper !== null;
  sb.root = makeRoot(s, sb);
  return sb;
}

const OVL_UUID = "trusted.overlay.uuid";

/**
 * uuid=auto: the first mount of an upper layer stores a random uuid in trusted.overlay.uuid on
 * its root (and reports uuid=on); later mounts find it there and report nothing.
 */
function claimUuid(kernel: Kernel, root: Inode): boolean {
  if (root.ops.getxattr?.(root, OVL_UUID)) return false;
  const uuid = new Uint8Array(16);
  // A uuid only has to differ between layers; derive it from the clock rather than Math.random (tests replay).
  let x = Number(kernel.clock.realtime() % 4294967296n) ^ root.ino;
  for (let i = 0; i < 16; i++) uuid[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  root.ops.setxattr?.(root, OVL_UUID, uuid, 0);
  return true;
}

/** ovl_statfs(): the upper (or top lower) filesystem's numbers, with overlay's type. */
function ovlStatfs(s: OvlSuper): ReturnType<SuperBlock["ops"]["statfs"]> {
  const p = (s.upper ?? s.lowers[0]!).path;
  const real = p.dentry.inode.sb;
  return { ...real.ops.statfs(real), type: OVERLAYFS_SUPER_MAGIC, namelen: 255 };
}

/** ovl_show_options(), with this kernel's defaults (what 6.18 on Debian prints). */
function showOptions(s: OvlSuper): string {
  let o = "lowerdir=" + s.lowers.map((l) => l.name.replace(/[:, \t\n\\]/g, (c) => "\\" + c)).join(":");
  if (s.upper) o += `,upperdir=${s.upper.name},workdir=${s.work!.name}${s.redirectDir ? ",redirect_dir=on" : ""}${s.showUuid ? ",uuid=on" : ""}`;
  else o += ",redirect_dir=on";
  return o;
}

export const overlayType: FileSystemType = { name: "overlay", nodev: true, mount: mountOverlay };
