// Pathname expansion (XCU 2.13.3): a field with unquoted * ? [ becomes the sorted list of
// existing paths it matches, or stays as written when none match. Directories are read with
// open(O_DIRECTORY) + getdents64, as glibc's glob(3) does; a leading "." must be matched by a
// literal dot, and "/" only by a literal slash.

import type { Sys } from "../../lib/sys.ts";
import { O_DIRECTORY, O_RDONLY } from "../../../uapi/fcntl.ts";
import { hasGlobChars, patternSource, unescapeGlob } from "./pattern.ts";

const reCache = new Map<string, RegExp>();

function componentRe(p: string, nocase = false): RegExp {
  const key = nocase ? "i" + p : "c" + p;
  let r = reCache.get(key);
  if (r === undefined) {
    r = new RegExp(`^(?:${patternSource(p, true)})$`, nocase ? "i" : "");
    if (reCache.size > 1000) reCache.clear();
    reCache.set(key, r);
  }
  return r;
}

async function readDir(sys: Sys, dir: string): Promise<string[] | null> {
  let fd: number;
  try {
    fd = await sys.open(dir === "" ? "." : dir, O_RDONLY | O_DIRECTORY);
  } catch {
    return null;
  }
  const names: string[] = [];
  try {
    for (let batch = sys.getdents64(fd); batch.length > 0; batch = sys.getdents64(fd)) for (const d of batch) names.push(d.name);
  } catch {
    // an unreadable directory matches nothing, as in glob(3) without GLOB_ERR
  } finally {
    sys.close(fd);
  }
  return names;
}

function exists(sys: Sys, path: string): boolean {
  try {
    sys.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Strings sort as bash does in the C locale: by code unit. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every path below base (recursively), sorted per directory, as bash's globstar lists them. */
async function walk(sys: Sys, base: string, dotglob: boolean, dirsOnly: boolean, out: string[]): Promise<void> {
  const names = await readDir(sys, base);
  if (names === null) return;
  const list = names.filter((n) => n !== "." && n !== ".." && (dotglob || !n.startsWith("."))).sort(byteOrder);
  for (const n of list) {
    const path = join(base, n);
    let dir = false;
    try {
      dir = (sys.lstat(path).mode & 0o170000) === 0o040000;
    } catch {
      continue;
    }
    if (dir || !dirsOnly) out.push(path);
    if (dir) await walk(sys, path, dotglob, dirsOnly, out);
  }
}

/** Expand one pattern; [] when nothing matches. dotglob: also match names starting with ".". */
export async function glob(sys: Sys, pattern: string, dotglob = false, globstar = false, nocase = false): Promise<string[]> {
  const comps = pattern.split("/");
  let bases: string[] = [pattern.startsWith("/") ? "/" : ""];
  if (pattern.startsWith("/")) comps.shift();
  for (let ci = 0; ci < comps.length; ci++) {
    const comp = comps[ci]!;
    const last = ci === comps.length - 1;
    const next: string[] = [];
    if (comp === "") {
      // a doubled or trailing slash: keep it, and a trailing one means directories only
      for (const b of bases) next.push(b === "/" ? "/" : b + "/");
      bases = next;
      continue;
    }
    if (!hasGlobChars(comp)) {
      const name = unescapeGlob(comp);
      for (const b of bases) {
        const path = join(b, name);
        if (!last || exists(sys, path)) next.push(path);
      }
      bases = next;
      continue;
    }
    if (comp === "**" && globstar) {
      for (const b of bases) {
        // dir/** lists dir/ itself first; a ** before more components also matches no directory
        if (!last) next.push(b);
        else if (b !== "") next.push(b.endsWith("/") ? b : b + "/");
        const found: string[] = [];
        await walk(sys, b, dotglob, !last, found);
        next.push(...found);
      }
      bases = next;
      if (bases.length === 0) return [];
      continue;
    }
    const re = componentRe(comp, nocase);
    const explicitDot = comp.startsWith(".") || comp.startsWith("\\.");
    for (const b of bases) {
      const names = await readDir(sys, b);
      if (names === null) continue;
      const matched: string[] = [];
      for (const n of names) {
        if (n === "." || n === "..") {
          if (!explicitDot) continue;
        } else if (n.startsWith(".") && !explicitDot && !dotglob) continue;
        if (re.test(n)) matched.push(n);
      }
      matched.sort(byteOrder);
      for (const n of matched) {
        const path = join(b, n);
        if (!last && !isDir(sys, path)) continue;
        next.push(path);
      }
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  // bash sorts the whole list: sub/deep/y.txt comes before sub/x.txt
  return globstar && comps.includes("**") ? bases.sort(byteOrder) : bases;
}

function isDir(sys: Sys, path: string): boolean {
  try {
    return (sys.stat(path).mode & 0o170000) === 0o040000;
  } catch {
    return false;
  }
}

function join(base: string, name: string): string {
  if (base === "") return name;
  if (base.endsWith("/")) return base + name;
  return base + "/" + name;
}
