// tmpfs superblocks: size accounting, mount options, statfs. Analogous to struct
// shmem_sb_info and shmem_parse_one/shmem_show_options/shmem_statfs in mm/shmem.c.
// Sizes are counted in pages, as tmpfs does: a 1-byte file uses one 4 KiB page.

import type { Kernel } from "../../kernel.ts";
import { SuperBlock, type SuperOperations } from "../../vfs/inode.ts";
import { newTmpfsInode, type TmpfsInode } from "./inode.ts";
import { Dentry } from "../../vfs/dentry.ts";
import { vfsState, TOTALRAM_PAGES, type FileSystemType } from "../../vfs/state.ts";
import { EINVAL, ENOSPC, Errno } from "../../../uapi/errno.ts";
import { S_IFDIR, TMPFS_MAGIC, type Statfs } from "../../../uapi/stat.ts";
import { KERN_ERR } from "../../printk.ts";
import { NAME_MAX } from "../../../uapi/fcntl.ts";

export const PAGE_SIZE = 4096;

/** tmpfs mount options (shmem_options). */
export interface TmpfsOptions {
  maxPages: number;
  maxInodes: number;
  mode: number;
  uid: number;
  gid: number;
}

/** The defaults when mount gives none: half of RAM, half as many inodes as RAM pages, mode 1777. */
export function defaultTmpfsOptions(): TmpfsOptions {
  return { maxPages: TOTALRAM_PAGES / 2, maxInodes: TOTALRAM_PAGES / 2, mode: 0o1777, uid: 0, gid: 0 };
}

/** Per-superblock state (shmem_sb_info). */
export class TmpfsSuper {
  nextIno = 1;
  inodes = 0;
  usedPages = 0;

  constructor(public opts: TmpfsOptions) {}

  get maxInodes(): number {
    return this.opts.maxInodes;
  }

  /**
   * shmem_alloc_page() for pages [first, last) of inode: the ones not yet allocated are charged.
   * Throws ENOSPC (changing nothing) if they do not fit under the size limit.
   */
  allocate(inode: TmpfsInode, first: number, last: number): void {
    const fresh = inode.pages.missing(first, last);
    if (fresh === 0) return;
    // size=0 is no limit (shmem: max_blocks 0 means unlimited).
    if (this.opts.maxPages !== 0 && this.usedPages + fresh > this.opts.maxPages) throw new Errno(ENOSPC);
    inode.pages.add(first, last);
    this.usedPages += fresh;
  }

  /** Give back inode's pages from `first` on (truncate, eviction). */
  release(inode: TmpfsInode, first: number): void {
    this.usedPages -= inode.pages.cut(first);
  }

  /** Pages still free (Infinity without a size limit). */
  freePages(): number {
    return this.opts.maxPages === 0 ? Infinity : this.opts.maxPages - this.usedPages;
  }
}

export function tmpfsSuper(sb: SuperBlock): TmpfsSuper {
  return sb.priv as TmpfsSuper;
}

/** memparse(): "512", "4k", "10m", "2g" -> a number. */
function memparse(v: string): number {
  const m = /^(\d+)([kmgtpe]?)$/i.exec(v);
  if (!m) throw new Errno(EINVAL);
  return Number(m[1]) * 2 ** (" kmgtpe".indexOf(m[2]!.toLowerCase() || " ") * 10);
}

/** size=: bytes (memparse) or a percentage of RAM -> pages. */
function parseSize(v: string): number {
  if (v.endsWith("%")) return Math.ceil((TOTALRAM_PAGES * memparse(v.slice(0, -1))) / 100);
  return Math.ceil(memparse(v) / PAGE_SIZE);
}

/** shmem_parse_options(): apply a comma-separated option string; unknown ones are EINVAL. */
export function parseTmpfsOptions(kernel: Kernel, data: string, opts: TmpfsOptions): TmpfsOptions {
  const o = { ...opts };
  for (const item of data.split(",")) {
    if (item === "" || item === "rw" || item === "ro" || item === "inode64" || item === "inode32") continue;
    const eq = item.indexOf("=");
    const key = eq < 0 ? item : item.slice(0, eq);
    const val = eq < 0 ? "" : item.slice(eq + 1);
    switch (key) {
      case "size":
        o.maxPages = parseSize(val);
        break;
      case "nr_blocks":
        o.maxPages = Number(val);
        break;
      case "nr_inodes":
        o.maxInodes = memparse(val);
        break;
      case "mode":
        if (!/^[0-7]+$/.test(val)) throw new Errno(EINVAL);
        o.mode = parseInt(val, 8) & 0o7777;
        break;
      case "uid":
      case "gid":
        if (!/^\d+$/.test(val)) throw new Errno(EINVAL);
        o[key] = Number(val);
        break;
      default:
        kernel.log.printk(KERN_ERR, `tmpfs: Unknown parameter '${key}'`);
        throw new Errno(EINVAL);
    }
  }
  return o;
}

export const tmpfsSuperOps: SuperOperations = {
  statfs(sb): Statfs {
    const s = tmpfsSuper(sb);
    // Unlimited size or inodes (size=0, nr_inodes=0) show as 0 total and 0 free, as shmem_statfs.
    const free = Math.max(0, s.opts.maxPages - s.usedPages);
    return {
      type: TMPFS_MAGIC,
      bsize: PAGE_SIZE,
      blocks: s.opts.maxPages,
      bfree: free,
      bavail: free,
      files: s.opts.maxInodes,
      ffree: s.opts.maxInodes === 0 ? 0 : s.opts.maxInodes - s.inodes,
      fsid: sb.dev,
      namelen: NAME_MAX,
      frsize: PAGE_SIZE,
      flags: 0,
    };
  },

  showOptions(sb) {
    const o = tmpfsSuper(sb).opts;
    const d = defaultTmpfsOptions();
    const parts: string[] = [];
    // devtmpfs always shows its size and inode count (it is mounted with them by the kernel).
    const always = sb.type === "devtmpfs";
    if (always || o.maxPages !== d.maxPages) parts.push(`size=${o.maxPages * (PAGE_SIZE / 1024)}k`);
    if (always || o.maxInodes !== d.maxInodes) parts.push(`nr_inodes=${o.maxInodes}`);
    if (o.mode !== 0o1777) parts.push(`mode=${o.mode.toString(8).padStart(3, "0")}`);
    if (o.uid !== 0) parts.push(`uid=${o.uid}`);
    if (o.gid !== 0) parts.push(`gid=${o.gid}`);
    return parts.join(",");
  },

  remount(sb, _flags, data) {
    const s = tmpfsSuper(sb);
    const o = parseTmpfsOptions(sb.kernel, data, s.opts);
    if ((o.maxPages !== 0 && o.maxPages < s.usedPages) || (o.maxInodes !== 0 && o.maxInodes < s.inodes)) throw new Errno(EINVAL);
    s.opts = { ...s.opts, maxPages: o.maxPages, maxInodes: o.maxInodes };
  },
};

/** Make a tmpfs superblock with its root directory. */
export function makeTmpfs(kernel: Kernel, type: string, source: string, opts: TmpfsOptions): SuperBlock {
  const sb = new SuperBlock(kernel, type, vfsState(kernel).allocAnonDev(), tmpfsSuperOps, source);
  sb.priv = new TmpfsSuper(opts);
  return sb;
}

export const tmpfsType: FileSystemType = {
  name: "tmpfs",
  nodev: true,
  mount(kernel, _task, source, _flags, data) {
    const opts = parseTmpfsOptions(kernel, data, defaultTmpfsOptions());
    return mountTmpfs(kernel, "tmpfs", source, opts);
  },
};

/** A mounted tmpfs: a superblock with its root directory (mode and owner from the options). */
export function mountTmpfs(kernel: Kernel, type: string, source: string, opts: TmpfsOptions): SuperBlock {
  const sb = makeTmpfs(kernel, type, source, opts);
  const root = newTmpfsInode(sb, S_IFDIR | opts.mode, opts.uid, opts.gid);
  sb.root = new Dentry("/", null, root);
  return sb;
}
