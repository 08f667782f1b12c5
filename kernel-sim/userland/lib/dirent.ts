// readdir(3) over getdents64(2): the names in a directory, in the order the filesystem gives.

import type { Sys } from "./sys.ts";
import type { Dirent } from "../../uapi/stat.ts";
import { O_DIRECTORY, O_RDONLY, O_CLOEXEC } from "../../uapi/fcntl.ts";

/** All entries of a directory, "." and ".." included when the filesystem reports them. */
export async function readdir(sys: Sys, path: string): Promise<Dirent[]> {
  const fd = await sys.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  try {
    const all: Dirent[] = [];
    for (;;) {
      const batch = sys.getdents64(fd);
      if (batch.length === 0) break;
      for (const d of batch) all.push(d);
    }
    return all;
  } finally {
    sys.close(fd);
  }
}

/** Entries without "." and "..". */
export async function readdirNames(sys: Sys, path: string): Promise<Dirent[]> {
  return (await readdir(sys, path)).filter((d) => d.name !== "." && d.name !== "..");
}

/** Join a directory and a name as the GNU tools print it ("dir/name", "/name", "dir/" + name). */
export function joinPath(dir: string, name: string): string {
  if (dir === "") return name;
  return dir.endsWith("/") ? dir + name : dir + "/" + name;
}
