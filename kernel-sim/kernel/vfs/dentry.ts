// The dentry cache. Analogous to Linux's struct dentry (include/linux/dcache.h): a name in a
// directory, bound to an inode, with a parent pointer so ".." and getcwd(2) can walk up.
// Mount points are dentries, which is why the cache exists at all: the mount tree is keyed by
// (mount, dentry), and a path walk must land on the same Dentry object every time.
//
// Only positive dentries are cached (a miss asks the filesystem). Every namespace change goes
// through the VFS (vfs/ops.ts), which keeps the cache coherent for tmpfs; generated
// filesystems (proc) are revalidated on each lookup instead (SuperBlock.volatile).

import type { Inode } from "./inode.ts";

export class Dentry {
  /** Cached children by name. */
  readonly children = new Map<string, Dentry>();
  /** How many mounts sit on this dentry (d_mounted): a fast "not a mount point" check. */
  mounted = 0;
  /** Unlinked (or replaced by rename) while still referenced: getcwd adds " (deleted)". */
  deleted = false;

  /** Invariant: the root of a filesystem is its own parent. */
  parent: Dentry;

  constructor(
    public name: string,
    parent: Dentry | null,
    public inode: Inode,
  ) {
    this.parent = parent ?? this;
  }

  get isRoot(): boolean {
    return this.parent === this;
  }

  /** d_add: cache a child. */
  add(name: string, inode: Inode): Dentry {
    const d = new Dentry(name, this, inode);
    this.children.set(name, d);
    return d;
  }

  /** d_delete: the name is gone. */
  drop(name: string): void {
    const d = this.children.get(name);
    if (!d) return;
    this.children.delete(name);
    d.deleted = true;
  }

  /** d_move: this dentry now is newName in newParent (rename). */
  moveTo(newParent: Dentry, newName: string): void {
    this.parent.children.delete(this.name);
    newParent.drop(newName);
    this.name = newName;
    this.parent = newParent;
    newParent.children.set(newName, this);
  }
}
