// chmod(1) mode operands, as gnulib's mode_compile()/mode_adjust(): octal ("755", "4755") or
// symbolic clauses ("u+x,g-w", "a=rX", "+t", "o=u"). Used by chmod, mkdir -m, mkfifo -m, install.

import { S_IFDIR, S_IFMT, S_ISGID, S_ISUID, S_ISVTX } from "../../uapi/stat.ts";

interface Clause {
  who: number; // mask of affected bits; 0 = "a, minus the umask"
  op: "+" | "-" | "=";
  perm: number; // rwxst bits (in all positions)
  x: boolean; // X: execute only for directories or if anyone has x
  copy: "u" | "g" | "o" | null;
}

export type ModeChange = { octal: number; octalDigits: number } | { clauses: Clause[] };

const ALL = 0o7777;

/** Compile a mode operand; null when it is invalid ("invalid mode"). */
export function compileMode(s: string): ModeChange | null {
  if (/^[0-7]+$/.test(s)) {
    const n = parseInt(s, 8);
    if (n > ALL) return null;
    return { octal: n, octalDigits: s.length };
  }
  const clauses: Clause[] = [];
  for (const part of s.split(",")) {
    let i = 0;
    let who = 0;
    for (; i < part.length && "ugoa".includes(part[i]!); i++) {
      const c = part[i]!;
      who |= c === "u" ? S_ISUID | 0o700 : c === "g" ? S_ISGID | 0o070 : c === "o" ? S_ISVTX | 0o007 : ALL;
    }
    if (i >= part.length) return null;
    while (i < part.length) {
      const op = part[i]!;
      if (op !== "+" && op !== "-" && op !== "=") return null;
      i++;
      let perm = 0;
      let x = false;
      let copy: Clause["copy"] = null;
      if (i < part.length && "ugo".includes(part[i]!)) {
        copy = part[i++] as "u" | "g" | "o";
      } else {
        for (; i < part.length && "rwxXst".includes(part[i]!); i++) {
          const c = part[i]!;
          if (c === "r") perm |= 0o444;
          else if (c === "w") perm |= 0o222;
          else if (c === "x") perm |= 0o111;
          else if (c === "X") x = true;
          else if (c === "s") perm |= S_ISUID | S_ISGID;
          else if (c === "t") perm |= S_ISVTX;
        }
      }
      clauses.push({ who, op, perm, x, copy });
    }
  }
  return { clauses };
}

/**
 * Apply a compiled mode to oldMode (with type bits); umask applies to clauses without "who".
 * Returns the new permission bits (07777).
 */
export function adjustMode(oldMode: number, change: ModeChange, umask: number): number {
  const isDir = (oldMode & S_IFMT) === S_IFDIR;
  if ("octal" in change) {
    // A directory keeps its set-id bits under an octal mode of 4 digits or fewer without them (GNU).
    if (isDir && change.octalDigits < 5) return change.octal | (oldMode & (S_ISUID | S_ISGID));
    return change.octal;
  }
  let mode = oldMode & ALL;
  for (const c of change.clauses) {
    let perm = c.perm;
    if (c.copy) {
      const shift = c.copy === "u" ? 6 : c.copy === "g" ? 3 : 0;
      const bits = (mode >> shift) & 7;
      perm = bits * 0o111;
    }
    if (c.x && (isDir || (mode & 0o111) !== 0)) perm |= 0o111;
    const who = c.who === 0 ? ALL & ~umask : c.who;
    const eff = perm & who;
    if (c.op === "+") mode |= eff;
    else if (c.op === "-") mode &= ~eff;
    else {
      const clear = c.who === 0 ? ALL : c.who;
      // "=" keeps a directory's set-id bits unless named (GNU).
      const keep = isDir ? (S_ISUID | S_ISGID) & ~(c.perm & (S_ISUID | S_ISGID)) : 0;
      mode = (mode & ~(clear & ~keep)) | eff;
    }
  }
  return mode;
}

/** ls -l's mode string: "drwxr-xr-x" (filemodestring). */
export function modeString(mode: number): string {
  const t = mode & S_IFMT;
  const type = t === 0o040000 ? "d" : t === 0o120000 ? "l" : t === 0o020000 ? "c" : t === 0o060000 ? "b" : t === 0o010000 ? "p" : t === 0o140000 ? "s" : "-";
  const rwx = (r: number, w: number, x: number, special: number, on: string, off: string): string =>
    (mode & r ? "r" : "-") + (mode & w ? "w" : "-") + (mode & special ? (mode & x ? on : off) : mode & x ? "x" : "-");
  return (
    type +
    rwx(0o400, 0o200, 0o100, S_ISUID, "s", "S") +
    rwx(0o040, 0o020, 0o010, S_ISGID, "s", "S") +
    rwx(0o004, 0o002, 0o001, S_ISVTX, "t", "T")
  );
}
