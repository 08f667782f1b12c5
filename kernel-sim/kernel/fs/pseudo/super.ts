// Mounting a generated filesystem: a superblock whose root is a PDir (fs/pseudo/node.ts).

import type { Kernel } from "../../kernel.ts";
import { SuperBlock, type SuperOperations } from "../../vfs/inode.ts";
import { Dentry } from "../../vfs/dentry.ts";
import { vfsState } from "../../vfs/state.ts";
import { PseudoInode, PseudoSuper, type PDir } from "./node.ts";
import type { Statfs } from "../../../uapi/stat.ts";

/** statfs of a filesystem with no space of its own (simple_statfs). */
export function emptyStatfs(type: number, sb: SuperBlock, bsize = 4096): Statfs {
  return { type, bsize, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: sb.dev, namelen: 255, frsize: bsize, flags: 0 };
}

export function mountPseudo(kernel: Kernel, type: string, source: string, ops: SuperOperations, root: (sb: SuperBlock) => PDir, firstIno = 1): SuperBlock {
  const sb = new SuperBlock(kernel, type, vfsState(kernel).allocAnonDev(), ops, source);
  sb.volatile = true;
  const ps = new PseudoSuper({ kind: "dir", key: "", mode: 0, list: () => [], get: () => null }, sb, firstIno);
  sb.priv = ps;
  const rootNode = root(sb);
  (ps as { root: PDir }).root = rootNode;
  sb.root = new Dentry("/", null, new PseudoInode(sb, rootNode));
  return sb;
}
