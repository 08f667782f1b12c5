// Backups of files about to be replaced, as gnulib's backupfile.c makes them for mv, cp,
// ln and install: --backup[=CONTROL] (none/off, simple/never, existing/nil, numbered/t;
// VERSION_CONTROL when CONTROL is not given; "existing" by default), -b, -S SUFFIX
// (SIMPLE_BACKUP_SUFFIX, "~" by default). Numbered backups are NAME.~N~.

import type { Proc } from "../lib/main.ts";
import { quote } from "../lib/main.ts";
import { usageError } from "../lib/getopt.ts";
import { readdirNames } from "../lib/dirent.ts";

export type BackupType = "none" | "simple" | "existing" | "numbered";

const ALIASES: Record<string, BackupType> = {
  none: "none", off: "none", simple: "simple", never: "simple", existing: "existing", nil: "existing", numbered: "numbered", t: "numbered",
};

/** Does a --backup argument name exactly one type (without reporting anything)? */
export function validBackupArg(v: string): boolean {
  return new Set(Object.keys(ALIASES).filter((k) => k.startsWith(v)).map((k) => ALIASES[k])).size === 1 || v in ALIASES;
}

/** The backup type of a --backup argument or VERSION_CONTROL, or null after a usage error. */
export async function backupType(p: Proc, arg: string | undefined, what = "backup type"): Promise<BackupType | null> {
  const v = arg ?? p.getenv("VERSION_CONTROL");
  if (v === undefined || v === "") return "existing";
  const exact = ALIASES[v];
  if (exact) return exact;
  const cands = Object.keys(ALIASES).filter((k) => k.startsWith(v));
  const types = new Set(cands.map((k) => ALIASES[k]!));
  if (types.size === 1) return [...types][0]!;
  await p.out.flush();
  await p.err.write(
    `${p.name}: ${types.size ? "ambiguous" : "invalid"} argument ${quote(v)} for '${what}'\nValid arguments are:\n  - 'none', 'off'\n  - 'simple', 'never'\n  - 'existing', 'nil'\n  - 'numbered', 't'\n`,
  );
  await usageError(p, null);
  return null;
}

/** The name to back dst up to (null for "none"). */
export async function backupName(p: Proc, dst: string, type: BackupType, suffix: string): Promise<string | null> {
  if (type === "none") return null;
  if (type === "simple") return dst + suffix;
  const slash = dst.lastIndexOf("/");
  const dir = slash >= 0 ? dst.slice(0, slash) || "/" : ".";
  const base = dst.slice(slash + 1);
  let max = 0;
  try {
    for (const d of await readdirNames(p.sys, dir)) {
      if (!d.name.startsWith(base + ".~") || !d.name.endsWith("~")) continue;
      const n = d.name.slice(base.length + 2, -1);
      if (/^[1-9][0-9]*$/.test(n)) max = Math.max(max, Number(n));
    }
  } catch {
    // An unreadable directory: as if it held no numbered backups.
  }
  if (type === "existing" && max === 0) return dst + suffix;
  return `${dst}.~${max + 1}~`;
}

/** The -S suffix: the option, else SIMPLE_BACKUP_SUFFIX, else "~" (one without a slash). */
export function backupSuffix(p: Proc, arg: string | undefined): string {
  const s = arg ?? p.getenv("SIMPLE_BACKUP_SUFFIX");
  return s && !s.includes("/") ? s : "~";
}
