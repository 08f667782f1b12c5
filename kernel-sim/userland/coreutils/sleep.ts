// sleep(1), GNU coreutils: NUMBER[smhd]..., summed; fractions and "inf"/"infinity" allowed.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";

const MULT: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds of one operand, or null if it is not a valid interval. */
export function parseInterval(s: string): number | null {
  const m = /^\+?((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|inf|infinity)([smhd]?)$/i.exec(s.trim() === s ? s : "");
  if (!m) return null;
  const v = /^inf/i.test(m[1]!) ? Infinity : Number(m[1]);
  if (Number.isNaN(v)) return null;
  return v * MULT[m[2]!]!;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(
    p,
    parsed,
    "Usage: sleep NUMBER[SUFFIX]...\n  or:  sleep OPTION\nPause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),\n'm' for minutes, 'h' for hours or 'd' for days.\n",
    "Jim Meyering and Paul Eggert",
  );
  if (hv !== null) return hv;
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  let total = 0;
  let bad = false;
  for (const a of parsed.operands) {
    const v = parseInterval(a);
    if (v === null) {
      await p.warn(`invalid time interval ${quote(a)}`);
      bad = true;
    } else total += v;
  }
  if (bad) return usageError(p, null);
  // A day at a time, so "infinity" needs no special case in the kernel's timer.
  let left = total * 1e9;
  while (left > 0) {
    const step = Math.min(left, 86400e9);
    await p.sys.nanosleep(step);
    left -= step;
  }
  return 0;
});
