// The VFS's per-kernel state: registered filesystem types, character devices, and the number
// allocators (mount ids, anonymous device numbers). Lives in kernel.subsys under "vfs", so
// two kernels in one test never share anything.

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import type { SuperBlock, Inode } from "./inode.ts";
import type { File } from "./file.ts";
import { makedev } from "../../uapi/stat.ts";

/** Analogous to struct file_system_type: what `mount -t name` instantiates. */
export interface FileSystemType {
  readonly name: string;
  /** FS_REQUIRES_DEV unset: listed as "nodev" in /proc/filesystems. */
  readonly nodev: boolean;
  /** Make (or, for single-instance filesystems such as devtmpfs, return) a superblock. */
  mount(kernel: Kernel, task: Task | null, source: string, flags: number, data: string): SuperBlock;
}

/** Opens a character device inode: the driver's file for it. */
export type ChrdevOpener = (task: Task, inode: Inode, flags: number, path: string) => File;

export class VfsState {
  readonly fsTypes = new Map<string, FileSystemType>();
  readonly chrdevs = new Map<number, ChrdevOpener>();
  private nextMntId = 21;
  /** Anonymous device minors (get_anon_bdev); major 0. */
  private nextAnonMinor = 20;

  /**
   * Mount namespaces made by CLONE_NEWNS, until found dead (no live task in them): their mounts
   * then leave their peer groups, as put_mnt_ns() would have made them (see pnode.ts).
   */
  readonly namespaces = new Set<import("./mount.ts").MountNamespace>();
  /** Peer group ids in use (mnt_group_ida): a new group takes the smallest free one, from 1. */
  private readonly groupIds = new Set<number>();

  allocGroupId(): number {
    let id = 1;
    while (this.groupIds.has(id)) id++;
    this.groupIds.add(id);
    return id;
  }
  freeGroupId(id: number): void {
    this.groupIds.delete(id);
  }

  allocMntId(): number {
    return this.nextMntId++;
  }
  allocAnonDev(): number {
    return makedev(0, this.nextAnonMinor++);
  }
}

export function vfsState(kernel: Kernel): VfsState {
  let s = kernel.subsys.get("vfs") as VfsState | undefined;
  if (!s) {
    s = new VfsState();
    kernel.subsys.set("vfs", s);
  }
  return s;
}

export function registerFilesystem(kernel: Kernel, type: FileSystemType): void {
  vfsState(kernel).fsTypes.set(type.name, type);
}

/** The machine's RAM in 4 KiB pages (2 GiB), until an mm/ subsystem owns it: tmpfs defaults and meminfo. */
export const TOTALRAM_PAGES = 524288;
